"""knowledge/telegram/commands.yml and its validating loader (bot/telegram/texts.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.names import LANGUAGES
from bot.telegram.texts import (
    COMMANDS,
    DEFAULT_PATH,
    MESSAGES,
    TelegramTextsError,
    load_texts,
)


@pytest.fixture(scope="module")
def texts():
    return load_texts()


def test_every_command_and_message_is_there_in_every_language(texts):
    assert list(texts.commands) == list(COMMANDS)
    for descriptions in texts.commands.values():
        assert set(descriptions) == set(LANGUAGES)
        assert all(0 < len(d) <= 256 for d in descriptions.values())
    assert set(texts.messages) == set(MESSAGES)
    for key, by_language in texts.messages.items():
        assert set(by_language) == set(LANGUAGES), key


def test_messages_are_filled_and_fall_back_to_english(texts):
    filled = texts.message(
        "mydata", "fr", messages=12, language="français", country="FR", age_band="13-15"
    )
    assert "12 messages" in filled and "FR" in filled and "{" not in filled
    assert texts.message("group_only", "de") == texts.message("group_only", "en")
    assert texts.message("group_only", None) == texts.message("group_only", "en")
    assert texts.language_name("es", "fr") == "espagnol"
    assert texts.language_name(None, "fr") is None


def test_line_breaks_are_kept_in_block_texts(texts):
    assert texts.message("mydata_unavailable", "en").count("\n") == 2


def test_the_group_message_never_promises_secrecy(texts):
    # SAFEGUARDING.md: never promise confidentiality.
    for lang in LANGUAGES:
        words = texts.message("group_only", lang).lower()
        for promise in ("secret", "between us", "entre nous", "entre nosotros", "confiden"):
            assert promise not in words


def test_the_error_message_gives_an_emergency_number(texts):
    for lang in LANGUAGES:
        assert "112" in texts.message("error", lang)


def _write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "commands.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _data() -> dict:
    return yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))


def _problems(tmp_path: Path, data: dict) -> str:
    with pytest.raises(TelegramTextsError) as caught:
        load_texts(_write(tmp_path, data))
    return str(caught.value)


def test_a_missing_language_is_refused_with_file_line_and_field(tmp_path):
    data = _data()
    del data["commands"]["help_now"]["es"]
    message = _problems(tmp_path, data)
    assert "commands.yml:" in message
    assert "commands.help_now.es: missing required field" in message


def test_a_missing_command_or_message_is_refused(tmp_path):
    data = _data()
    del data["commands"]["forget"]
    del data["messages"]["error"]
    message = _problems(tmp_path, data)
    assert "commands.forget: missing required field" in message
    assert "messages.error: missing required field" in message


def test_unknown_commands_and_fields_are_refused(tmp_path):
    data = _data()
    data["commands"]["unsubscribe"] = {lang: "x" for lang in LANGUAGES}
    data["extra"] = 1
    message = _problems(tmp_path, data)
    assert "commands.unsubscribe: unknown field" in message
    assert "extra: unknown field" in message


def test_wrong_placeholders_are_refused(tmp_path):
    data = _data()
    data["messages"]["mydata"]["fr"] = "Tu as {messages} messages."
    data["messages"]["error"]["en"] = "Oops {name}"
    data["messages"]["stopped"]["es"] = "Oops {"
    message = _problems(tmp_path, data)
    want = "{age_band}, {country}, {language}, {messages}"
    assert f"messages.mydata.fr: placeholders must be {want}, found {{messages}}" in message
    assert "messages.error.en: placeholders must be none, found {name}" in message
    assert "messages.stopped.es: has unbalanced braces" in message


def test_too_long_empty_and_non_text_values_are_refused(tmp_path):
    data = _data()
    data["commands"]["help"]["en"] = "x" * 257
    data["commands"]["rights"]["fr"] = "  "
    data["messages"]["unknown"]["es"] = 12
    data["schema"] = "2"
    message = _problems(tmp_path, data)
    assert "commands.help.en: is 257 characters, at most 256 allowed" in message
    assert "commands.rights.fr: must not be empty" in message
    assert "messages.unknown.es: expected text" in message
    assert 'schema: must be "1"' in message


def test_an_unreadable_file_is_refused(tmp_path):
    path = tmp_path / "commands.yml"
    path.write_text("commands: [unclosed", encoding="utf-8")
    with pytest.raises(TelegramTextsError, match="not valid YAML"):
        load_texts(path)
    with pytest.raises(TelegramTextsError, match="cannot read"):
        load_texts(tmp_path / "missing.yml")
