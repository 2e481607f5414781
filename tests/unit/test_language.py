from __future__ import annotations

import pytest

from bot.language import (
    Detection,
    detect_language,
    fold,
    normalise_language,
    requested_language,
    resolve_language,
)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("fr", "fr"),
        ("fr-CA", "fr"),
        ("ES", "es"),
        ("en_GB", "en"),
        ("pt-BR", None),
        ("", None),
        (None, None),
        (42, None),
        ("../../etc", None),
    ],
)
def test_normalise_language(code, expected):
    assert normalise_language(code) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("en français stp", "fr"),
        ("EN FRANCAIS", "fr"),
        ("can we speak spanish?", "es"),
        ("hablame en inglés", "en"),
        ("en español por favor", "es"),
        ("english or french?", None),
        ("change language", None),
        ("", None),
    ],
)
def test_requested_language(text, expected):
    assert requested_language(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hi", "en"),
        ("hola", "es"),
        ("bonjour", "fr"),
        ("Salut ça va", "fr"),
        ("what are my rights at school", "en"),
        ("est-ce que mes parents peuvent lire mes messages", "fr"),
        ("mis padres pueden leer mis mensajes del móvil", "es"),
        ("¿Qué derechos tengo en el colegio?", "es"),
        ("😀😀😀", None),
        ("12345", None),
        ("ok", None),
    ],
)
def test_detect_language(text, expected):
    found = detect_language(text)
    assert (found.language if found else None) == expected


def test_fold_removes_accents_and_case():
    assert fold("Español FRANÇAIS") == "espanol francais"


FR = Detection("fr", 0.99)


@pytest.mark.parametrize(
    ("current", "source", "kwargs", "expected"),
    [
        # An explicit request always wins, even over metadata.
        ("en", "metadata", {"requested": "es", "metadata": "en"}, ("es", "chosen")),
        # A choice sticks although the app keeps sending its own language.
        ("es", "chosen", {"metadata": "en", "detected": FR}, ("es", "chosen")),
        # Metadata beats detection.
        ("en", None, {"metadata": "fr", "detected": Detection("es", 0.99)}, ("fr", "metadata")),
        # Detection decides when nothing else does, and may change its mind.
        ("en", None, {"detected": FR}, ("fr", "detected")),
        ("es", "detected", {"detected": FR}, ("fr", "detected")),
        # Detection does not override the channel's language.
        ("en", "metadata", {"detected": FR}, ("en", "metadata")),
        # Nothing known: keep what we have, or the default.
        ("es", "detected", {}, ("es", "detected")),
        (None, None, {}, ("en", None)),
        ("xx", None, {"requested": "de"}, ("en", None)),
    ],
)
def test_resolve_language_precedence(current, source, kwargs, expected):
    choice = resolve_language(current, source, **kwargs)
    assert (choice.language, choice.source) == expected
