"""One typed settings object, read from the environment when first asked for."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache


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


@dataclass(frozen=True)
class Settings:
    """Deployment settings. See the configuration table in README.md."""

    max_message_chars: int = 1000

    @classmethod
    def from_env(cls) -> Settings:
        return cls(max_message_chars=_int("HEARME_MAX_MESSAGE_CHARS", 1000, minimum=20))


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (cached; tests call ``get_settings.cache_clear()``)."""
    return Settings.from_env()
