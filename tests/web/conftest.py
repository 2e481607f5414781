"""Shared fixtures for the dashboard tests."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    # WhiteNoise warns that STATIC_ROOT (var/static) does not exist until `collectstatic`
    # has run; outside production static files are served from the app folders instead.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")


@pytest.fixture
def password() -> str:
    return "correct-horse-battery-staple-42"


@pytest.fixture
def staff_user(django_user_model, password):
    return django_user_model.objects.create_user(
        username="moderator", password=password, is_staff=True
    )


@pytest.fixture
def plain_user(django_user_model, password):
    return django_user_model.objects.create_user(username="visitor", password=password)
