"""Rights questions over the REST channel: the right, citing the article, in the child's
language; its buttons, and the same follow-ups typed; questions that are also
disclosures get the safety response first."""

from __future__ import annotations

import json
import uuid

import pytest

from bot.remedies import what_can_i_do
from bot.rights import answer_text, right_by_id

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


def buttons_by_view(reply) -> dict[str, str]:
    """A reply's buttons by the view their payload asks for."""
    out = {}
    for button in reply.get("buttons") or []:
        body = json.loads("{" + button["payload"].split("{", 1)[1])
        out[body.get("view", "")] = button["payload"]
    return out


def test_a_disclosing_question_gets_safety_first_then_the_right(stack):
    replies = stack.send(
        f"child-{uuid.uuid4().hex[:12]}",
        "my dad hits me with a belt, is that allowed?",
        {"language": "en", "country": "GB"},
    )
    texts = [r.get("text") or "" for r in replies]
    helpline = next(i for i, t in enumerate(texts) if "0800 1111" in t)
    right = next(i for i, t in enumerate(texts) if "Article 19 of the UN Convention" in t)
    assert helpline < right, texts


@pytest.mark.parametrize(
    ("lang", "age", "question", "cited", "act_words"),
    [
        ("en", "I'm 15", "can my teacher read my texts", "Article 16", "Childline"),
        ("fr", "j'ai 14 ans", "est-ce que j'ai le droit de jouer ?", "L'article 31", "119"),
        ("es", "tengo 16 años", "tengo derecho a ir a la escuela?", "El artículo 28", "ANAR"),
    ],
)
def test_buttons_under_an_answer_in_each_language(stack, lang, age, question, cited, act_words):
    """An older child's answer, then more, simpler, related and what-can-I-do."""
    child = f"child-{uuid.uuid4().hex[:12]}"
    country = {"en": "GB", "fr": "FR", "es": "ES"}[lang]
    metadata = {"language": lang, "country": country}
    stack.send(child, age, metadata)
    (answer, *_) = [r for r in stack.send(child, question, metadata) if r.get("text")]
    assert cited in answer["text"], answer
    buttons = buttons_by_view(answer)
    assert set(buttons) == {"more", "simpler", "related", "act"}  # 13 and over: older wording
    more = stack.send(child, buttons["more"], metadata)
    assert more[0]["text"].count("•") >= 2, more
    simpler = stack.send(child, buttons["simpler"], metadata)
    assert cited in simpler[0]["text"] and "detail" in buttons_by_view(simpler[0])
    related = stack.send(child, buttons["related"], metadata)
    first_related = next(iter(related[0].get("buttons") or [{}]))["payload"]
    other = stack.send(child, first_related, metadata)
    assert "Conven" in other[0]["text"] and "detail" in buttons_by_view(other[0])
    act = stack.send(child, buttons["act"], metadata)
    assert act_words in act[0]["text"], act


@pytest.mark.parametrize(
    ("lang", "age", "question", "article", "simpler", "act"),
    [
        (
            "en",
            "I'm 15",
            "can my teacher read my texts",
            "crc-16",
            "simpler please",
            "what can I do?",
        ),
        (
            "fr",
            "j'ai 14 ans",
            "est-ce que j'ai le droit de jouer ?",
            "crc-31",
            "plus simple stp",
            "qu'est-ce que je peux faire ?",
        ),
        (
            "es",
            "tengo 16 años",
            "tengo derecho a ir a la escuela?",
            "crc-28",
            "más fácil por favor",
            "¿qué puedo hacer?",
        ),
    ],
)
def test_typed_follow_ups_act_like_the_buttons(stack, lang, age, question, article, simpler, act):
    """Typed after an answer, "simpler please" brings the simpler text of the same
    article, and "what can I do?" the remedies answer for the child's country."""
    child = f"child-{uuid.uuid4().hex[:12]}"
    country = {"en": "GB", "fr": "FR", "es": "ES"}[lang]
    metadata = {"language": lang, "country": country}
    stack.send(child, age, metadata)
    (answer, *_) = [r for r in stack.send(child, question, metadata) if r.get("text")]
    right = right_by_id(article)
    assert right is not None
    assert answer["text"] == answer_text(right, lang, "older"), answer
    simpler_reply = stack.send(child, simpler, metadata)
    assert simpler_reply[0]["text"] == answer_text(right, lang, "younger"), simpler_reply
    assert "detail" in buttons_by_view(simpler_reply[0])
    act_reply = stack.send(child, act, metadata)
    assert act_reply[0]["text"] == what_can_i_do(country, lang), act_reply


@pytest.mark.parametrize(
    ("lang", "message", "start"),
    [
        ("en", "tell me more", "Happy to!"),
        ("fr", "dis m'en plus", "Avec plaisir !"),
        ("es", "cuéntame más", "¡Claro!"),
    ],
)
def test_a_typed_follow_up_before_any_right_says_how_to_pick_one(stack, lang, message, start):
    replies = stack.send(f"child-{uuid.uuid4().hex[:12]}", message, {"language": lang})
    assert replies[0]["text"].startswith(start), replies
    assert [b["payload"] for b in replies[0]["buttons"]] == ["/menu_rights"]
