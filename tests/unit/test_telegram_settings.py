"""The Telegram connector's settings (bot/telegram/settings.py)."""

from __future__ import annotations

import pytest

from bot.settings import SettingsError
from bot.telegram.settings import TelegramSettings

TOKEN = "123456:ABCdefGHIjklMNOpqrSTUvwxYZ012345678"


def test_polling_with_defaults():
    settings = TelegramSettings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN, "RASA_PORT": "5099"})
    assert settings.webhook_url == ""
    assert settings.api_base_url == "https://api.telegram.org/bot"
    assert settings.rasa_url == "http://127.0.0.1:5099"
    assert (settings.rate_per_minute, settings.rate_burst) == (20, 8)
    assert TOKEN not in repr(settings)


def test_webhook_settings():
    settings = TelegramSettings.from_env(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/telegram/hook",
            "TELEGRAM_WEBHOOK_SECRET": "s" * 40,
            "TELEGRAM_WEBHOOK_PORT": "9000",
            "HEARME_RASA_URL": "http://rasa:5005/",
        }
    )
    assert settings.webhook_path == "/telegram/hook"
    assert settings.webhook_port == 9000
    assert settings.rasa_url == "http://rasa:5005"
    assert "s" * 40 not in repr(settings)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "TELEGRAM_BOT_TOKEN is not set"),
        ({"TELEGRAM_BOT_TOKEN": "not-a-token"}, "does not look like a token"),
        (
            {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_URL": "https://x.org/h"},
            "needs TELEGRAM_WEBHOOK_SECRET",
        ),
        (
            {
                "TELEGRAM_BOT_TOKEN": TOKEN,
                "TELEGRAM_WEBHOOK_URL": "http://x.org/h",
                "TELEGRAM_WEBHOOK_SECRET": "s" * 40,
            },
            "must start with https://",
        ),
        (
            {
                "TELEGRAM_BOT_TOKEN": TOKEN,
                "TELEGRAM_WEBHOOK_URL": "https://x.org/h",
                "TELEGRAM_WEBHOOK_SECRET": "bad secret!",
            },
            "may only hold",
        ),
        (
            {
                "HEARME_ENV": "production",
                "TELEGRAM_BOT_TOKEN": TOKEN,
                "TELEGRAM_WEBHOOK_URL": "https://x.org/h",
                "TELEGRAM_WEBHOOK_SECRET": "short",
            },
            "at least 32 characters",
        ),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_RATE_BURST": "0"}, "at least 1"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_WEBHOOK_PORT": "x"}, "whole number"),
    ],
)
def test_unusable_values_are_refused(env, message):
    with pytest.raises(SettingsError, match=message):
        TelegramSettings.from_env(env)
