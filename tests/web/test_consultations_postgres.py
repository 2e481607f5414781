"""The consultation tests again, against PostgreSQL (the scale-out profile's database).

The rest of the suite runs on SQLite. Partial unique indexes, the pseudonym check
constraint (a regular expression), deferred foreign keys and the grouped results
queries behave differently enough on PostgreSQL to run the database tests there too:
in a child pytest with ``DATABASE_URL`` pointing at the server of
``HEARME_TEST_POSTGRES`` (default ``postgres://postgres@127.0.0.1:5432/postgres``;
pytest-django creates and drops ``test_hearme_consultations``). Skipped, saying why,
when no PostgreSQL server answers.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
MODULES = [
    "tests/web/test_consultations_models.py",
    "tests/web/test_consultations_services.py",
    "tests/web/test_consultations_results.py",
    "tests/web/test_consultations_commands.py",
]


def postgres_url() -> str:
    admin = os.environ.get("HEARME_TEST_POSTGRES", "postgres://postgres@127.0.0.1:5432/postgres")
    psycopg2 = pytest.importorskip("psycopg2")
    try:
        psycopg2.connect(admin, connect_timeout=3).close()
    except psycopg2.OperationalError as exc:
        pytest.skip(f"no PostgreSQL server at {urlsplit(admin).netloc}: {str(exc).strip()}")
    parts = urlsplit(admin)
    return urlunsplit((parts.scheme, parts.netloc, "/hearme_consultations", "", ""))


def test_consultation_database_tests_pass_on_postgresql():
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "HEARME_", "DATABASE_URL", "PYTEST_"))
    }
    env.update(PYTHONPATH=str(ROOT), DATABASE_URL=postgres_url())
    result = subprocess.run(
        [sys.executable, "-m", "pytest", *MODULES, "-q", "-p", "no:cacheprovider", "--create-db"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-6000:]
    assert " passed" in result.stdout and "skipped" not in result.stdout
