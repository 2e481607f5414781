from __future__ import annotations

import pytest

from bot.safety.lexicon import DEFAULT_SEVERITY, Category, Severity
from bot.settings import (
    DEFAULT_ALERT_CATEGORIES,
    DEV_PSEUDONYM_SECRET,
    Settings,
    SettingsError,
)


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


# --- HEARME_PSEUDONYM_SECRET ---------------------------------------------------------

GOOD_SECRET = "0123456789abcdef" * 4


@pytest.fixture
def clean_env(monkeypatch):
    for name in ("HEARME_ENV", "HEARME_PSEUDONYM_SECRET", "HEARME_ALERT_CATEGORIES"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_development_uses_a_clearly_marked_dev_secret(clean_env):
    settings = Settings.from_env()
    assert settings.pseudonym_secret == DEV_PSEUDONYM_SECRET
    assert "DEVELOPMENT-ONLY" in settings.pseudonym_secret
    assert settings.pseudonym_key == DEV_PSEUDONYM_SECRET.encode()


def test_the_secret_is_not_in_the_repr(clean_env):
    clean_env.setenv("HEARME_PSEUDONYM_SECRET", GOOD_SECRET)
    assert GOOD_SECRET not in repr(Settings.from_env())


def test_development_accepts_a_set_secret(clean_env):
    clean_env.setenv("HEARME_PSEUDONYM_SECRET", "short-is-fine-locally")
    assert Settings.from_env().pseudonym_secret == "short-is-fine-locally"


def test_production_accepts_a_long_secret(clean_env):
    clean_env.setenv("HEARME_ENV", "production")
    clean_env.setenv("HEARME_PSEUDONYM_SECRET", f"  {GOOD_SECRET}\n")
    assert Settings.from_env().pseudonym_secret == GOOD_SECRET


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (None, "requires HEARME_PSEUDONYM_SECRET to be set"),
        ("   ", "requires HEARME_PSEUDONYM_SECRET to be set"),
        ("a" * 31, "at least 32 characters, got 31"),
        (DEV_PSEUDONYM_SECRET, "refuses the development HEARME_PSEUDONYM_SECRET"),
    ],
)
def test_production_refuses_a_missing_short_or_dev_secret(clean_env, value, message):
    clean_env.setenv("HEARME_ENV", " Production ")
    if value is not None:
        clean_env.setenv("HEARME_PSEUDONYM_SECRET", value)
    with pytest.raises(SettingsError, match=message):
        Settings.from_env()


def test_exactly_32_characters_is_enough_in_production(clean_env):
    clean_env.setenv("HEARME_ENV", "production")
    clean_env.setenv("HEARME_PSEUDONYM_SECRET", "b" * 32)
    assert Settings.from_env().pseudonym_secret == "b" * 32


# --- HEARME_ALERT_CATEGORIES ---------------------------------------------------------

HIGH_AND_CRITICAL = {
    "suicide_self_harm",
    "immediate_danger",
    "abuse_neglect",
    "sexual_abuse",
    "online_sexual_exploitation",
    "csam_seen",
    "child_marriage",
    "trafficking",
}


def values(categories):
    return {c.value for c in categories}


@pytest.mark.parametrize("raw", [None, "", "  "])
def test_default_alert_categories_are_the_high_and_critical_ones(clean_env, raw):
    if raw is not None:
        clean_env.setenv("HEARME_ALERT_CATEGORIES", raw)
    categories = Settings.from_env().alert_categories
    assert values(categories) == HIGH_AND_CRITICAL
    assert Category.BULLYING not in categories
    assert Category.CHILD_LABOUR not in categories


def test_default_follows_the_lexicons_default_severities():
    assert {
        c for c, s in DEFAULT_SEVERITY.items() if s in (Severity.HIGH, Severity.CRITICAL)
    } == DEFAULT_ALERT_CATEGORIES


def test_alert_categories_from_a_comma_list(clean_env):
    clean_env.setenv("HEARME_ALERT_CATEGORIES", " Bullying, sexual_abuse ,,child_labour")
    categories = Settings.from_env().alert_categories
    assert categories == {Category.BULLYING, Category.SEXUAL_ABUSE, Category.CHILD_LABOUR}


@pytest.mark.parametrize("raw", ["none", "NONE", " none "])
def test_none_disables_alerts(clean_env, raw):
    clean_env.setenv("HEARME_ALERT_CATEGORIES", raw)
    assert Settings.from_env().alert_categories == frozenset()


@pytest.mark.parametrize(
    ("raw", "bad"),
    [
        ("sexual_abuse,self_harm", "'self_harm'"),
        ("suicide", "'suicide'"),
        ("none,bullying", "'none'"),
    ],
)
def test_unknown_alert_category_is_named(clean_env, raw, bad):
    clean_env.setenv("HEARME_ALERT_CATEGORIES", raw)
    with pytest.raises(
        SettingsError, match=f"HEARME_ALERT_CATEGORIES has an unknown category {bad}"
    ):
        Settings.from_env()
