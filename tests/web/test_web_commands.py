"""`ensure_superuser` creates the first admin from the environment, once, quietly."""

from __future__ import annotations

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-and-unusual-passphrase-17"


def run(monkeypatch, **env: str) -> tuple[str, str]:
    for name in ("HEARME_ADMIN_USER", "HEARME_ADMIN_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    out, err = StringIO(), StringIO()
    call_command("ensure_superuser", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_creates_superuser_when_both_variables_are_set(monkeypatch):
    out, err = run(monkeypatch, HEARME_ADMIN_USER="admin", HEARME_ADMIN_PASSWORD=PASSWORD)
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.is_staff and user.is_active
    assert user.check_password(PASSWORD)
    assert user.password.startswith("argon2")
    assert "created superuser 'admin'" in out
    assert PASSWORD not in out + err


def test_does_nothing_when_user_exists(monkeypatch, django_user_model):
    django_user_model.objects.create_user(username="admin", password="the-original-pass-99")
    out, err = run(monkeypatch, HEARME_ADMIN_USER="admin", HEARME_ADMIN_PASSWORD=PASSWORD)
    user = django_user_model.objects.get(username="admin")
    assert user.check_password("the-original-pass-99"), "existing password is never replaced"
    assert not user.is_superuser
    assert "already exists" in out
    assert PASSWORD not in out + err


@pytest.mark.parametrize(
    "env, stream, expected",
    [
        ({}, "out", "not set"),
        ({"HEARME_ADMIN_USER": "admin"}, "err", "HEARME_ADMIN_PASSWORD is not set"),
        ({"HEARME_ADMIN_PASSWORD": PASSWORD}, "err", "HEARME_ADMIN_USER is not set"),
    ],
)
def test_skips_unless_both_variables_are_set(monkeypatch, env, stream, expected):
    out, err = run(monkeypatch, **env)
    assert expected in (out if stream == "out" else err)
    assert not get_user_model().objects.exists()
    assert PASSWORD not in out + err


def test_refuses_a_weak_password_without_echoing_it(monkeypatch):
    with pytest.raises(CommandError) as excinfo:
        run(monkeypatch, HEARME_ADMIN_USER="admin", HEARME_ADMIN_PASSWORD="password1")
    assert "too weak" in str(excinfo.value)
    assert "password1" not in str(excinfo.value)
    assert not get_user_model().objects.exists()
