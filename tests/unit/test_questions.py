"""Telling a question from a statement, in en, fr and es."""

from __future__ import annotations

import pytest

from bot.questions import is_question


@pytest.mark.parametrize(
    "text",
    [
        "my dad hits me, is that allowed?",
        "my dad hits me is that allowed",
        "my stepmum locks me in my room is it legal",
        "can my teacher take my phone",
        "do i have a right to see my mum",
        "mon père me frappe, il a le droit",
        "est-ce que c'est normal que ma mère lise mes messages",
        "c'est permis de frapper un enfant",
        "mi papá me pega, es legal",
        "¿pueden mis padres leer mi diario",
        "tengo derecho a ver a mi papá",
    ],
)
def test_questions(text):
    assert is_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "i want to die",
        "my dad hits me",
        "je veux mourir",
        "mon copain m'a envoyé des photos",
        "me quiero morir",
        "nadie me escucha en casa",
        "",
    ],
)
def test_statements(text):
    assert not is_question(text)
