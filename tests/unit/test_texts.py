"""Every child-facing text exists in en, fr and es, and the variants line up."""

from __future__ import annotations

import json
import re

import pytest

from bot.names import LANGUAGES
from bot.texts import MissingText, response_text, variant_language


def test_every_response_has_exactly_one_text_per_language(domain):
    problems = []
    for name, variants in domain["responses"].items():
        langs = [variant_language(v) for v in variants]
        if sorted(langs, key=str) != sorted(LANGUAGES):
            problems.append(f"{name}: languages {langs}")
        for v in variants:
            if not (v.get("text") or "").strip():
                problems.append(f"{name}/{variant_language(v)}: empty text")
    assert not problems, "\n".join(problems)


def test_buttons_offer_the_same_choices_in_every_language(domain):
    for name, variants in domain["responses"].items():
        payloads = {
            variant_language(v): [b["payload"] for b in v.get("buttons") or []] for v in variants
        }
        assert len({tuple(p) for p in payloads.values()}) == 1, f"{name}: {payloads}"


def test_no_placeholder_left_untranslated(domain):
    # A French or Spanish variant identical to the English one is a forgotten translation
    # (button titles such as language names are exempt: they are written in their own language).
    # Words that really are the same in two languages ("No" in English and Spanish), and
    # texts with no words at all (a tick before the option's own, translated, label).
    same_word = {("es", "No")}
    for name, variants in domain["responses"].items():
        texts = {variant_language(v): v["text"] for v in variants}
        for language in ("fr", "es"):
            wordless = not any(ch.isalpha() for ch in re.sub(r"{\w+}", "", texts["en"]))
            if (language, texts[language]) not in same_word and not wordless:
                assert texts[language] != texts["en"], f"{name} ({language})"


def test_response_text_picks_the_language_and_fails_loudly(domain):
    assert response_text(domain, "utter_label_menu_rights", "fr") == "Mes droits"
    assert response_text(domain, "utter_label_menu_rights", "es") == "Mis derechos"
    # An unsupported language falls back to the default language rather than nothing.
    assert response_text(domain, "utter_label_menu_rights", "de") == "My rights"
    with pytest.raises(MissingText):
        response_text(domain, "utter_does_not_exist", "en")


def test_button_payloads_reach_rasa_as_an_intent_and_entities(domain):
    """Rasa fills {placeholders} in buttons too: what a button finally sends must still be
    /intent or /intent{json}, naming an intent and entities of the domain, and filling it
    must not log an error (JSON braces are doubled, Rasa's escape for "not a placeholder")."""
    from rasa.core.nlg.interpolator import interpolate
    from structlog.testing import capture_logs

    for name, variants in domain["responses"].items():
        for variant in variants:
            for button in variant.get("buttons") or []:
                with capture_logs() as logged:
                    sent = interpolate(dict(button), {"language": "en"})["payload"]
                assert logged == [], (name, button)
                match = re.fullmatch(r"/(\w+)(\{.*\})?", sent)
                assert match, (name, sent)
                assert match.group(1) in domain["intents"], (name, sent)
                assert set(json.loads(match.group(2) or "{}")) <= set(domain["entities"]), name


def test_the_bullying_offer_sends_the_bullying_topic_without_a_logged_error(domain):
    # The payload's JSON braces are doubled in the domain, Rasa's escape for "not a
    # placeholder"; single braces would still be sent, but with an error in the log
    # during every safety response.
    from rasa.core.nlg.interpolator import interpolate
    from structlog.testing import capture_logs

    for variant in domain["responses"]["utter_bullying_tips_offer"]:
        with capture_logs() as logged:
            sent = [interpolate(dict(b), {"language": "en"})["payload"] for b in variant["buttons"]]
        assert sent == ['/online_safety_tips{"tips_topic": "bullying"}', "/online_safety_quiz"]
        assert logged == []
