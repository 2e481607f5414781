"""Django settings for the HearMe dashboard.

Every value comes from `config.load_config`, read once from the environment. The only
side effect here is creating `<repo>/var/` for the default SQLite database.
See docs/dashboard.md for the environment variables.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url

from web.hearme_web.config import load_config

WEB_DIR = Path(__file__).resolve().parent.parent
REPO_ROOT = WEB_DIR.parent
VAR_DIR = REPO_ROOT / "var"

HEARME = load_config(os.environ, REPO_ROOT)

HEARME_ENV = HEARME.env
SECRET_KEY = HEARME.secret_key
DEBUG = HEARME.debug
ALLOWED_HOSTS = list(HEARME.allowed_hosts)
CSRF_TRUSTED_ORIGINS = list(HEARME.csrf_trusted_origins)
if HEARME.trust_x_forwarded_proto:
    # Only safe behind a proxy that always sets (and never forwards) this header.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

RASA_PUBLIC_URL = HEARME.rasa_public_url

# Published consultation results hide every group and count of fewer than this many
# children (see docs/consultation-results.md, "Suppression").
HEARME_MIN_GROUP_SIZE = HEARME.min_group_size

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "web.dashboard.apps.DashboardConfig",
    "web.safeguarding.apps.SafeguardingConfig",
    "web.consultations.apps.ConsultationsConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "web.hearme_web.middleware.SecurityHeadersMiddleware",
]

ROOT_URLCONF = "web.hearme_web.urls"
WSGI_APPLICATION = "web.hearme_web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database
if HEARME.database_url_is_default:
    os.makedirs(VAR_DIR, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(HEARME.database_url, conn_max_age=60, conn_health_checks=True),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several threads and processes write this one file (the action server's answers and
    # its alert worker, the dashboard). A transaction that reads and then writes must
    # take the write lock when it starts and wait for it: started as a reader, SQLite
    # fails it at once with "database is locked" when another writer commits — a
    # child's consultation answer was lost that way while a safeguarding alert was saved.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Authentication: argon2id for new hashes; the others only verify older hashes.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard:home"
LOGOUT_REDIRECT_URL = "login"

# Cookies and headers
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 8 * 60 * 60  # one working day; moderators sign in again after
CSRF_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
HEARME_SECURITY_HEADERS = {
    "Content-Security-Policy": "; ".join(
        [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            f"connect-src 'self' {HEARME.rasa_origin}",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    ),
    "Permissions-Policy": "geolocation=(), camera=(), microphone=(), payment=()",
}

# Internationalisation
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("fr", "Français"), ("es", "Español")]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

# Static files, served by whitenoise
STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Hashed, compressed files need `collectstatic`; outside production the plain
        # backend lets tests and `runserver` work without that step.
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if HEARME.is_production
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        ),
    },
}
WHITENOISE_USE_FINDERS = not HEARME.is_production

# Logging: one JSON object per line on stderr.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "web.hearme_web.logfmt.JsonLineFormatter"}},
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stderr",
            "formatter": "json",
        },
    },
    "root": {"handlers": ["stderr"], "level": HEARME.log_level},
    "loggers": {
        # Replace Django's own handlers so every line goes through the JSON formatter once.
        "django": {"handlers": [], "level": HEARME.log_level, "propagate": True},
        "django.server": {"handlers": [], "level": HEARME.log_level, "propagate": True},
    },
}
