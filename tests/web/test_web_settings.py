"""Settings come from the environment and refuse unsafe production configurations."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from web.hearme_web.config import DEV_SECRET_KEY, load_config

REPO_ROOT = Path(__file__).resolve().parents[2]
GOOD_SECRET = "x7#Kq9!mZ2@vL4$wR8^tY1&uP6*eN3(oB5)jH0-cF_gD+aS=iM%nQ"

# Loads the real settings module the way `manage.py` and gunicorn do.
LOAD_SETTINGS = (
    "import django; from django.conf import settings; django.setup(); "
    "print('loaded', settings.HEARME_ENV, settings.DEBUG)"
)


def run_settings(
    code: str = LOAD_SETTINGS, **env_overrides: str
) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "HEARME_", "DATABASE_URL", "RASA_"))
    }
    env["DJANGO_SETTINGS_MODULE"] = "web.hearme_web.settings"
    env["DATABASE_URL"] = "sqlite:///:memory:"
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_missing_secret_key():
    result = run_settings(HEARME_ENV="production")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "HEARME_ENV=production requires DJANGO_SECRET_KEY to be set" in result.stderr
    assert "loaded" not in result.stdout


def test_production_refuses_the_development_secret_key():
    result = run_settings(HEARME_ENV="production", DJANGO_SECRET_KEY=DEV_SECRET_KEY)
    assert result.returncode != 0
    assert "refuses the development DJANGO_SECRET_KEY" in result.stderr


def test_production_refuses_debug():
    result = run_settings(
        HEARME_ENV="production", DJANGO_SECRET_KEY=GOOD_SECRET, DJANGO_DEBUG="true"
    )
    assert result.returncode != 0
    assert "refuses DJANGO_DEBUG" in result.stderr


def test_production_starts_with_a_real_secret():
    result = run_settings(HEARME_ENV="production", DJANGO_SECRET_KEY=GOOD_SECRET)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "loaded production False"


def test_development_falls_back_to_the_marked_dev_key(tmp_path):
    config = load_config({}, tmp_path)
    assert config.env == "development"
    assert config.secret_key == DEV_SECRET_KEY
    assert "DEVELOPMENT-ONLY" in config.secret_key
    assert config.debug is False
    assert config.allowed_hosts == ("localhost", "127.0.0.1")
    assert config.database_url == f"sqlite:///{tmp_path / 'var' / 'hearme.sqlite3'}"
    assert config.database_url_is_default
    assert config.rasa_public_url == "http://localhost:5005"
    assert not (tmp_path / "var").exists(), "loading the config creates nothing"


def test_values_are_read_from_the_environment(tmp_path):
    config = load_config(
        {
            "DJANGO_DEBUG": "1",
            "DJANGO_ALLOWED_HOSTS": "hearme.example.org, admin.example.org ,",
            "DATABASE_URL": "postgres://u:p@db/hearme",
            "RASA_PUBLIC_URL": "https://rasa.example.org/",
            "DJANGO_CSRF_TRUSTED_ORIGINS": "https://hearme.example.org",
        },
        tmp_path,
    )
    assert config.debug is True
    assert config.allowed_hosts == ("hearme.example.org", "admin.example.org")
    assert config.database_url == "postgres://u:p@db/hearme"
    assert not config.database_url_is_default
    assert config.rasa_public_url == "https://rasa.example.org"
    assert config.rasa_origin == "https://rasa.example.org"
    assert config.csrf_trusted_origins == ("https://hearme.example.org",)


@pytest.mark.parametrize(
    "environ, message",
    [
        ({"HEARME_ENV": "prod"}, "HEARME_ENV must be one of"),
        ({"DJANGO_DEBUG": "maybe"}, "DJANGO_DEBUG must be one of"),
        ({"RASA_PUBLIC_URL": "javascript:alert(1)"}, "RASA_PUBLIC_URL must be an http(s) URL"),
        ({"DJANGO_ALLOWED_HOSTS": " , "}, "DJANGO_ALLOWED_HOSTS must name at least one host"),
        ({"HEARME_ENV": "production", "DJANGO_SECRET_KEY": "short"}, "at least 50 characters"),
        (
            {"HEARME_ENV": "production", "DJANGO_SECRET_KEY": "django-insecure-" + "a1b2c3" * 10},
            "refuses the development DJANGO_SECRET_KEY",
        ),
    ],
)
def test_bad_values_are_refused(tmp_path, environ, message):
    with pytest.raises(ImproperlyConfigured, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_config(environ, tmp_path)


# Two threads of one process, as in the action server (a consultation answer and the
# alert worker): B reads, A commits a write, then B writes. With SQLite's default
# deferred transactions B fails at once with "database is locked".
READ_THEN_WRITE = """
import sys, threading, time
import django
from django.conf import settings
django.setup()
from django.db import connection, transaction
with connection.cursor() as c:
    c.execute("CREATE TABLE t (x INTEGER)")
connection.close()
errors = []
def writer():
    try:
        with transaction.atomic(), connection.cursor() as c:
            c.execute("INSERT INTO t VALUES (1)")
            time.sleep(0.3)
    except Exception as e:
        errors.append(repr(e))
    finally:
        connection.close()
def reader_then_writer():
    time.sleep(0.1)
    try:
        with transaction.atomic(), connection.cursor() as c:
            c.execute("SELECT COUNT(*) FROM t")
            time.sleep(0.5)
            c.execute("INSERT INTO t VALUES (2)")
    except Exception as e:
        errors.append(repr(e))
    finally:
        connection.close()
threads = [threading.Thread(target=writer), threading.Thread(target=reader_then_writer)]
for t in threads: t.start()
for t in threads: t.join()
with connection.cursor() as c:
    c.execute("SELECT COUNT(*) FROM t")
    print("rows", c.fetchone()[0], "errors", errors)
"""


def test_sqlite_writers_in_two_threads_wait_for_each_other(tmp_path):
    done = run_settings(READ_THEN_WRITE, DATABASE_URL=f"sqlite:///{tmp_path / 'app.sqlite3'}")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().endswith("rows 2 errors []"), done.stdout
