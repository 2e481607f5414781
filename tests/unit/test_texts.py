"""Every child-facing text exists in en, fr and es, and the variants line up."""

from __future__ import annotations

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
    for name, variants in domain["responses"].items():
        texts = {variant_language(v): v["text"] for v in variants}
        assert texts["fr"] != texts["en"] and texts["es"] != texts["en"], name


def test_response_text_picks_the_language_and_fails_loudly(domain):
    assert response_text(domain, "utter_label_menu_rights", "fr") == "Mes droits"
    assert response_text(domain, "utter_label_menu_rights", "es") == "Mis derechos"
    # An unsupported language falls back to the default language rather than nothing.
    assert response_text(domain, "utter_label_menu_rights", "de") == "My rights"
    with pytest.raises(MissingText):
        response_text(domain, "utter_does_not_exist", "en")
