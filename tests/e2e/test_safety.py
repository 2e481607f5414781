"""Safety over the REST channel: help first, the right numbers for the child's country."""

from __future__ import annotations

import uuid

import pytest

pytestmark = pytest.mark.e2e


def child() -> str:
    return f"child-{uuid.uuid4().hex[:12]}"


def said(replies) -> str:
    return "\n".join(r.get("text") or "" for r in replies)


@pytest.mark.parametrize(
    ("lang", "country", "message", "numbers"),
    [
        ("en", "GB", "i want to kill myself", ["0800 1111", "116 123"]),
        ("fr", "FR", "je veux me suicider", ["119"]),
        ("es", "ES", "quiero suicidarme", ["900 20 20 10"]),
        # Typed after a slash (the web widget sends it as it is): words, not a button.
        ("en", "GB", "/i want to kill myself", ["0800 1111", "116 123"]),
    ],
)
def test_first_message_crisis_gets_the_countrys_numbers_before_anything_else(
    stack, lang, country, message, numbers
):
    replies = stack.send(child(), message, {"language": lang, "country": country})
    text = said(replies)
    for number in numbers:
        assert number in text, replies
    # Help first: no greeting, no privacy note, no menu before or among the help.
    assert "HearMe" not in replies[0]["text"]
    assert not any(
        r["text"].startswith(("A quick note", "Petite info", "Un detalle")) for r in replies
    )


def test_immediate_danger_leads_with_the_emergency_number(stack):
    replies = stack.send(
        child(),
        "i took all my mums pills and i feel really weird",
        {"language": "en", "country": "US"},
    )
    assert "911" in replies[0]["text"], replies


def test_unknown_country_gets_general_help_and_is_asked_only_afterwards(stack):
    replies = stack.send(child(), "my dad beats me with a belt every night", {"language": "en"})
    text = said(replies)
    assert "childhelplineinternational.org" in text
    assert "112" in text
    assert "country" in replies[-1]["text"].lower()  # the question comes last


def test_telegrams_command_names_typed_in_the_web_widget(stack):
    meta = {"language": "en", "country": "GB"}
    typed = said(stack.send(child(), "/help_now", meta))
    assert typed == said(stack.send(child(), "/menu_get_help", meta))
    assert "emergency number" in typed, typed
    replies = stack.send(child(), "/mydata", meta)
    assert "don't keep any answers" in said(replies), replies
    # Not a command HearMe has: an honest "didn't get that", not a guess.
    replies = stack.send(child(), "/banana", meta)
    assert said(replies).startswith("Sorry, I didn't understand that."), replies


def test_idioms_do_not_alarm(stack):
    for message in ("this homework is killing me", "je suis mort de rire", "me muero de risa"):
        replies = stack.send(child(), message, {"language": "en", "country": "GB"})
        assert "0800 1111" not in said(replies), (message, replies)


def test_the_conversation_goes_on_after_help(stack):
    sender = child()
    stack.send(
        sender, "people at school keep telling me to kys", {"language": "en", "country": "GB"}
    )
    replies = stack.send(sender, "what can you do?", {"language": "en", "country": "GB"})
    assert replies[0]["text"].startswith("Here's what I can do")


def test_a_photo_or_file_is_never_opened_and_the_child_is_told_why(stack):
    replies = stack.send(child(), "/nontext_message", {"language": "fr", "country": "FR"})
    assert replies and "photo" in said(replies).lower()


@pytest.mark.parametrize(
    ("lang", "first", "answer", "number", "code"),
    [
        ("en", "my dad beats me with a belt every night", "i'm in the uk", "0800 1111", "GB"),
        ("fr", "mon pere me frappe avec une ceinture tous les soirs", "en France", "119", "FR"),
    ],
)
def test_naming_the_country_after_the_help_brings_its_numbers(
    stack, lang, first, answer, number, code
):
    sender = child()
    stack.send(sender, first, {"language": lang})
    replies = stack.send(sender, answer, {"language": lang})
    assert number in said(replies), replies
    # It is remembered for the rest of the conversation.
    assert stack.tracker(sender)["slots"]["country"] == code
