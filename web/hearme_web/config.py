"""The dashboard's configuration, read from the environment into one typed object.

`load_config` is pure: it reads a mapping and returns a frozen `WebConfig` or raises
`ImproperlyConfigured` with a message an operator can act on. `settings.py` calls it
once; tests call it directly with hand-made mappings.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

ENVIRONMENTS = ("development", "test", "production")

# Deliberately long enough for Django's own checks, but unmistakable and refused in
# production, so a forgotten DJANGO_SECRET_KEY can never reach a real deployment.
# It is public on purpose (S105): `_check_production_secret` refuses it.
DEV_SECRET_KEY = "django-insecure-hearme-DEVELOPMENT-ONLY-never-use-in-production"  # noqa: S105

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}

# Published results never show a group or count of fewer than this many children. Below
# 3 a count of 2 could be a child and their sibling, so lower values are refused.
DEFAULT_MIN_GROUP_SIZE = 5
LOWEST_MIN_GROUP_SIZE = 3

_HOW_TO_GENERATE = (
    'Generate one with: python -c "from django.core.management.utils import '
    'get_random_secret_key; print(get_random_secret_key())"'
)


@dataclass(frozen=True)
class WebConfig:
    """Everything the dashboard reads from the environment."""

    env: str
    secret_key: str
    debug: bool
    allowed_hosts: tuple[str, ...]
    database_url: str
    database_url_is_default: bool
    rasa_public_url: str
    csrf_trusted_origins: tuple[str, ...]
    trust_x_forwarded_proto: bool
    log_level: str
    min_group_size: int = DEFAULT_MIN_GROUP_SIZE

    @property
    def is_production(self) -> bool:
        return self.env == "production"

    @property
    def rasa_origin(self) -> str:
        """Scheme and host of the Rasa server, for the Content-Security-Policy."""
        parts = urlsplit(self.rasa_public_url)
        return f"{parts.scheme}://{parts.netloc}"


def default_database_url(repo_root: Path) -> str:
    """SQLite file under `<repo>/var/`, used when DATABASE_URL is not set."""
    return f"sqlite:///{repo_root / 'var' / 'hearme.sqlite3'}"


def _bool(environ: Mapping[str, str], name: str, default: bool) -> bool:
    raw = environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    # A typo must not silently flip a security switch either way.
    raise ImproperlyConfigured(
        f"{name} must be one of 1/0, true/false, yes/no, on/off; got {raw!r}"
    )


def _list(environ: Mapping[str, str], name: str, default: str) -> tuple[str, ...]:
    raw = environ.get(name, default)
    return tuple(item.strip() for item in raw.split(",") if item.strip())


def _http_url(name: str, value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ImproperlyConfigured(f"{name} must be an http(s) URL such as http://localhost:5005")
    return value.rstrip("/")


def _min_group_size(environ: Mapping[str, str]) -> int:
    raw = environ.get("HEARME_MIN_GROUP_SIZE", "").strip()
    if not raw:
        return DEFAULT_MIN_GROUP_SIZE
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(
            f"HEARME_MIN_GROUP_SIZE must be a whole number; got {raw!r}"
        ) from None
    if value < LOWEST_MIN_GROUP_SIZE:
        raise ImproperlyConfigured(
            f"HEARME_MIN_GROUP_SIZE must be at least {LOWEST_MIN_GROUP_SIZE}; got {value}"
        )
    return value


def _check_production_secret(secret: str) -> None:
    if not secret:
        raise ImproperlyConfigured(
            "HEARME_ENV=production requires DJANGO_SECRET_KEY to be set. " + _HOW_TO_GENERATE
        )
    if secret == DEV_SECRET_KEY or secret.startswith("django-insecure"):
        raise ImproperlyConfigured(
            "HEARME_ENV=production refuses the development DJANGO_SECRET_KEY. " + _HOW_TO_GENERATE
        )
    if len(secret) < 50 or len(set(secret)) < 5:
        raise ImproperlyConfigured(
            "HEARME_ENV=production requires a DJANGO_SECRET_KEY of at least 50 characters "
            "with at least 5 different characters. " + _HOW_TO_GENERATE
        )


def load_config(environ: Mapping[str, str], repo_root: Path) -> WebConfig:
    """Read and validate the dashboard's settings.

    Args:
        environ: The process environment (or a test's stand-in for it).
        repo_root: The repository root, used for the default SQLite location.

    Returns:
        The validated configuration.

    Raises:
        ImproperlyConfigured: A value is missing, malformed, or unsafe for production.
    """
    env = environ.get("HEARME_ENV", "development").strip().lower() or "development"
    if env not in ENVIRONMENTS:
        raise ImproperlyConfigured(
            f"HEARME_ENV must be one of {', '.join(ENVIRONMENTS)}; got {env!r}"
        )
    production = env == "production"

    # Off unless asked for, in every environment: a deployment that forgets HEARME_ENV
    # must still not serve debug pages to the internet.
    debug = _bool(environ, "DJANGO_DEBUG", default=False)
    if production and debug:
        raise ImproperlyConfigured("HEARME_ENV=production refuses DJANGO_DEBUG=on; unset it.")

    secret = environ.get("DJANGO_SECRET_KEY", "").strip()
    if production:
        _check_production_secret(secret)
    elif not secret:
        secret = DEV_SECRET_KEY

    allowed_hosts = _list(environ, "DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1")
    if not allowed_hosts:
        raise ImproperlyConfigured("DJANGO_ALLOWED_HOSTS must name at least one host")

    raw_db = environ.get("DATABASE_URL", "").strip()
    database_url = raw_db or default_database_url(repo_root)

    rasa_public_url = _http_url(
        "RASA_PUBLIC_URL", environ.get("RASA_PUBLIC_URL", "").strip() or "http://localhost:5005"
    )

    origins = _list(environ, "DJANGO_CSRF_TRUSTED_ORIGINS", "")
    for origin in origins:
        _http_url("DJANGO_CSRF_TRUSTED_ORIGINS", origin)

    log_level = environ.get("HEARME_LOG_LEVEL", "INFO").strip().upper() or "INFO"
    if log_level not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
        raise ImproperlyConfigured(f"HEARME_LOG_LEVEL is not a log level: {log_level!r}")

    return WebConfig(
        env=env,
        secret_key=secret,
        debug=debug,
        allowed_hosts=allowed_hosts,
        database_url=database_url,
        database_url_is_default=not raw_db,
        rasa_public_url=rasa_public_url,
        csrf_trusted_origins=origins,
        trust_x_forwarded_proto=_bool(environ, "DJANGO_TRUST_X_FORWARDED_PROTO", default=False),
        log_level=log_level,
        min_group_size=_min_group_size(environ),
    )
