from __future__ import annotations

import pytest

from bot.vocabulary import build_vocabulary, is_known, known_share, words

VOCAB = build_vocabulary(
    ["hello there", "what are my rights", "¿Qué derechos tengo?", "je veux donner mon avis", "hola"]
)


def test_words_fold_accents_and_drop_punctuation():
    assert words("¿Qué DERECHOS tengo?") == ["que", "derechos", "tengo"]
    assert words("😀😀 !!") == []


@pytest.mark.parametrize(
    ("word", "known"),
    [
        ("hello", True),
        ("helo", True),
        ("hellp", True),
        ("rihgts", True),
        ("holaaaa", True),
        ("derechso", True),
        ("asdfgh", False),
        ("banana", False),
        ("xyz", False),
        ("rightz", True),
        ("righteous", False),
    ],
)
def test_is_known_allows_one_typo_and_stretched_letters(word, known):
    assert is_known(word, VOCAB) is known


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("hello there", 1.0),
        ("asdfgh qwerty", 0.0),
        ("hello asdfgh", 0.5),
        ("what are my rigths", 1.0),
        ("😀😀😀", None),
        ("word " * 13, None),
        ("?", 0.0),
        ("...!", 0.0),
        ("", None),
    ],
)
def test_known_share(text, share):
    assert known_share(text, VOCAB) == share


def test_empty_vocabulary_judges_nothing():
    assert known_share("anything", frozenset()) is None
