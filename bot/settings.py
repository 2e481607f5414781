"""One typed settings object, read from the environment when first asked for."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from bot.safety.lexicon import DEFAULT_SEVERITY, Category, Severity

# Public on purpose and refused in production: pseudonyms made with it can be reversed
# by anyone who guesses an id, so it must never protect real children's ids.
DEV_PSEUDONYM_SECRET: Final = "hearme-DEVELOPMENT-ONLY-pseudonym-secret-never-use-in-production"  # noqa: S105
PSEUDONYM_SECRET_MIN_CHARS: Final = 32

# Alerts by default for every category whose default severity is high or critical.
DEFAULT_ALERT_CATEGORIES: Final = frozenset(
    c for c, severity in DEFAULT_SEVERITY.items() if severity >= Severity.HIGH
)
_NO_ALERTS: Final = "none"


class SettingsError(ValueError):
    """A setting has a value HearMe cannot use."""


def _int(name: str, default: int, minimum: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError as e:
        raise SettingsError(f"{name} must be a whole number, got {raw!r}") from e
    if value < minimum:
        raise SettingsError(f"{name} must be at least {minimum}, got {value}")
    return value


def _is_production() -> bool:
    return os.environ.get("HEARME_ENV", "").strip().lower() == "production"


def _pseudonym_secret(name: str) -> str:
    secret = os.environ.get(name, "").strip()
    if not _is_production():
        return secret or DEV_PSEUDONYM_SECRET
    how = 'Generate one with: python -c "import secrets; print(secrets.token_hex(32))"'
    if not secret:
        raise SettingsError(f"HEARME_ENV=production requires {name} to be set. {how}")
    if secret == DEV_PSEUDONYM_SECRET:
        raise SettingsError(f"HEARME_ENV=production refuses the development {name}. {how}")
    if len(secret) < PSEUDONYM_SECRET_MIN_CHARS:
        raise SettingsError(
            f"HEARME_ENV=production requires {name} of at least "
            f"{PSEUDONYM_SECRET_MIN_CHARS} characters, got {len(secret)}. {how}"
        )
    return secret


def _categories(name: str, default: frozenset[Category]) -> frozenset[Category]:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    items = [item.strip().lower() for item in raw.split(",") if item.strip()]
    if items == [_NO_ALERTS]:
        return frozenset()
    chosen = set()
    for item in items:
        if item not in Category._value2member_map_:
            known = ", ".join(c.value for c in Category)
            raise SettingsError(
                f"{name} has an unknown category {item!r}; use a comma-separated list "
                f"of {known}, or {_NO_ALERTS!r} for no alerts"
            )
        chosen.add(Category(item))
    return frozenset(chosen)


@dataclass(frozen=True)
class Settings:
    """Deployment settings. See the configuration table in README.md."""

    max_message_chars: int = 1000
    pseudonym_secret: str = field(default=DEV_PSEUDONYM_SECRET, repr=False)
    alert_categories: frozenset[Category] = DEFAULT_ALERT_CATEGORIES
    # GDPR Art. 8 lets each country set 13 to 16; 13 is COPPA's and the lowest. A child
    # whose age band starts below it is "below the age of digital consent" (see
    # bot.consultations.answers.below_consent_age).
    digital_consent_age: int = 13

    @property
    def pseudonym_key(self) -> bytes:
        """The pseudonym secret as the HMAC key."""
        return self.pseudonym_secret.encode()

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            max_message_chars=_int("HEARME_MAX_MESSAGE_CHARS", 1000, minimum=20),
            pseudonym_secret=_pseudonym_secret("HEARME_PSEUDONYM_SECRET"),
            alert_categories=_categories("HEARME_ALERT_CATEGORIES", DEFAULT_ALERT_CATEGORIES),
            digital_consent_age=_int("HEARME_DIGITAL_CONSENT_AGE", 13, minimum=13),
        )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (cached; tests call ``get_settings.cache_clear()``)."""
    return Settings.from_env()
