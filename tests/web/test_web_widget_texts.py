"""The demo chat's own words: every key in every language, loaded strictly, not in code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from django.conf import settings

from web.dashboard import widget_texts as module
from web.dashboard.widget_texts import (
    WIDGET_TEXTS_FILE,
    WidgetTextsError,
    check_widget_texts,
    load_widget_texts,
    widget_texts,
)

LANGUAGES = ["en", "fr", "es"]
WEB = Path(module.__file__).resolve().parent
CHAT_SCRIPT = WEB / "static" / "dashboard" / "demo-chat.js"
DEMO_TEMPLATE = WEB / "templates" / "dashboard" / "demo.html"
# Every key the page or the script asks for.
USED_KEYS = {
    "chat_title",
    "language_label",
    "conversation_label",
    "input_label",
    "placeholder",
    "send",
    "error",
    "privacy_note",
    "noscript",
    "bot_label",
    "child_label",
    "choices_label",
}


@pytest.fixture(scope="module")
def raw() -> dict:
    # Read without the loader, so a bug in the loader can't hide a gap in the file.
    return yaml.safe_load(WIDGET_TEXTS_FILE.read_text(encoding="utf-8"))


def test_the_site_supports_the_languages_these_tests_check():
    assert [code for code, _ in settings.LANGUAGES] == LANGUAGES


def test_every_key_has_a_text_in_every_language(raw):
    problems = []
    for key, by_language in raw.items():
        if not isinstance(by_language, dict):
            problems.append(f"{key}: not a mapping of languages")
            continue
        if sorted(by_language) != sorted(LANGUAGES):
            problems.append(f"{key}: languages {sorted(by_language)}")
        for lang in LANGUAGES:
            text = by_language.get(lang)
            if not isinstance(text, str) or not text.strip():
                problems.append(f"{key}.{lang}: missing or empty")
    assert not problems, "\n".join(problems)


def test_the_file_has_every_key_the_chat_uses(raw):
    assert set(raw) == USED_KEYS


def test_every_key_the_template_and_script_mention_exists(raw):
    template = DEMO_TEMPLATE.read_text(encoding="utf-8")
    script = CHAT_SCRIPT.read_text(encoding="utf-8")
    in_template = set(re.findall(r'data-text(?:-placeholder|-aria-label)?="([a-z_]+)"', template))
    in_template |= set(re.findall(r"\btext\.([a-z_]+)", template))
    in_template |= set(re.findall(r"\btexts\.([a-z_]+)", template))
    in_script = set(re.findall(r'\buiText\("([a-z_]+)"\)', script))
    assert in_template and in_script
    assert in_template | in_script <= set(raw)
    # And nothing in the file is dead: each key is shown somewhere.
    assert set(raw) <= in_template | in_script


def test_translations_are_not_left_in_english(raw):
    # Names and words that are the same in the other language are listed here on purpose.
    same_everywhere = {"bot_label", "conversation_label"}
    for key, by_language in raw.items():
        if key in same_everywhere:
            continue
        assert by_language["fr"] != by_language["en"], key
        assert by_language["es"] != by_language["en"], key


def test_no_chat_sentence_lives_in_code(raw):
    code = CHAT_SCRIPT.read_text(encoding="utf-8") + (WEB / "views.py").read_text(encoding="utf-8")
    literals = set(re.findall(r'"((?:[^"\\\n]|\\.)*)"', code))
    literals |= set(re.findall(r"'((?:[^'\\\n]|\\.)*)'", code))
    assert "Content-Type" in literals, "the string literals were found"
    for key, by_language in raw.items():
        for lang, text in by_language.items():
            assert text not in literals, f"{key}.{lang} is written in code"


def test_the_loader_groups_the_real_file_by_language(raw):
    widget_texts.cache_clear()
    texts = widget_texts()
    assert sorted(texts) == sorted(LANGUAGES)
    for lang in LANGUAGES:
        assert texts[lang] == {key: by_language[lang] for key, by_language in raw.items()}


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "texts.yml"
    path.write_text(body, encoding="utf-8")
    return path


GOOD = 'send:\n  en: "Send"\n  fr: "Envoyer"\n  es: "Enviar"\n'


@pytest.mark.parametrize(
    ("body", "where", "problem"),
    [
        (GOOD + 'title:\n  en: "Hi"\n  fr: "Salut"\n', ":5:", "title: missing es"),
        (GOOD + 'title:\n  en: "Hi"\n  fr: ""\n  es: "Hola"\n', ":7:", "title.fr: empty"),
        (GOOD + 'title:\n  en: "Hi"\n  fr: "   "\n  es: "Hola"\n', ":7:", "title.fr: empty"),
        (GOOD + "title:\n  en: Hi\n  fr:\n  es: Hola\n", ":7:", "title.fr: empty"),
        (GOOD + "title:\n  en: Hi\n  fr: yes\n  es: Hola\n", ":7:", "title.fr: empty or not"),
        (GOOD + 'title:\n  en: "Hi"\n  fr: "Salut"\n  es: "Hola"\n  de: "Hallo"\n', ":9:", "de"),
        (GOOD + 'title: "Hi"\n', ":5:", "title: expected one text per language"),
        (GOOD + 'send:\n  en: "Go"\n  fr: "Va"\n  es: "Va"\n', ":5:", "send: defined twice"),
        ("- just\n- a list\n", "", "expected a mapping"),
        ("", "", "expected a mapping"),
    ],
)
def test_the_loader_refuses_a_bad_file_naming_line_and_key(tmp_path, body, where, problem):
    path = write(tmp_path, body)
    with pytest.raises(WidgetTextsError) as caught:
        load_widget_texts(path, LANGUAGES)
    message = str(caught.value)
    assert message.startswith(str(path))
    assert where in message
    assert problem in message


def test_the_loader_accepts_a_good_file(tmp_path):
    texts = load_widget_texts(write(tmp_path, GOOD), LANGUAGES)
    assert texts == {"en": {"send": "Send"}, "fr": {"send": "Envoyer"}, "es": {"send": "Enviar"}}


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(WidgetTextsError, match="cannot read the chat texts"):
        load_widget_texts(tmp_path / "nope.yml", LANGUAGES)


def test_the_system_check_passes_on_the_real_file_and_names_a_broken_one(tmp_path, monkeypatch):
    assert check_widget_texts() == []
    broken = write(tmp_path, 'send:\n  en: "Send"\n')
    monkeypatch.setattr(module, "WIDGET_TEXTS_FILE", broken)
    (error,) = check_widget_texts()
    assert error.id == "hearme.E001"
    assert "send: missing fr, es" in error.msg
