from __future__ import annotations

import pytest

from bot.settings import Settings, SettingsError


def test_defaults(monkeypatch):
    monkeypatch.delenv("HEARME_MAX_MESSAGE_CHARS", raising=False)
    assert Settings.from_env().max_message_chars == 1000


def test_reads_environment(monkeypatch):
    monkeypatch.setenv("HEARME_MAX_MESSAGE_CHARS", "500")
    assert Settings.from_env().max_message_chars == 500


@pytest.mark.parametrize("bad", ["lots", "5", "-1"])
def test_rejects_bad_values_with_the_setting_name(monkeypatch, bad):
    monkeypatch.setenv("HEARME_MAX_MESSAGE_CHARS", bad)
    with pytest.raises(SettingsError, match="HEARME_MAX_MESSAGE_CHARS"):
        Settings.from_env()
