"""Rights questions over the REST channel: the right, citing the article, in the child's
language; questions that are also disclosures get the safety response first."""

from __future__ import annotations

import uuid

import pytest

pytestmark = pytest.mark.e2e


def said(replies) -> str:
    return "\n".join(r.get("text") or "" for r in replies)


@pytest.mark.parametrize(
    ("lang", "question", "cited"),
    [
        ("en", "can my parents read my messages", "Article 16 of the UN Convention"),
        ("fr", "mes parents ont le droit de lire mes messages ?", "L'article 16 de la Convention"),
        (
            "es",
            "un niño puede elegir con q papa vivir si se divorcian?",
            "El artículo 9 de la Convención",
        ),
    ],
)
def test_a_first_message_rights_question_gets_the_article(stack, lang, question, cited):
    replies = stack.send(f"child-{uuid.uuid4().hex[:12]}", question, {"language": lang})
    assert cited in replies[0]["text"], replies


def test_a_question_that_discloses_gets_safety_first(stack):
    replies = stack.send(
        f"child-{uuid.uuid4().hex[:12]}",
        "my dad hits me with a belt, is that allowed?",
        {"language": "en", "country": "GB"},
    )
    assert "0800 1111" in said(replies), replies
