"""Talks to the real Rasa server and action server over the REST channel."""

from __future__ import annotations

import uuid

import pytest
import requests

pytestmark = pytest.mark.e2e

MENU_PAYLOADS = [
    "/menu_rights",
    "/menu_get_help",
    "/menu_have_say",
    "/online_safety_tips",
    "/choose_language",
]
GREETING_START = {"en": "Hi, I'm HearMe", "fr": "Salut, moi c'est HearMe", "es": "Hola, soy HearMe"}
PRIVACY_START = {"en": "A quick note", "fr": "Petite info", "es": "Un detalle"}


def child() -> str:
    return f"child-{uuid.uuid4().hex[:12]}"


def texts(replies):
    return [r.get("text", "") for r in replies]


@pytest.mark.parametrize(
    ("lang", "message"),
    [("en", "hello there"), ("fr", "bonjour"), ("es", "hola, ¿qué tal?")],
)
def test_first_message_gets_a_real_answer_then_a_one_time_privacy_note(stack, lang, message):
    sender = child()
    replies = stack.send(sender, message, {"language": lang, "country": "GB"})
    assert len(replies) == 2, replies
    greeting, note = replies
    assert greeting["text"].startswith(GREETING_START[lang])
    assert [b["payload"] for b in greeting["buttons"]] == MENU_PAYLOADS
    assert note["text"].startswith(PRIVACY_START[lang])
    # The note is given once per conversation, not with every reply.
    again = stack.send(sender, message, {"language": lang})
    assert [r["text"] for r in again] == [greeting["text"]]


def test_metadata_is_kept_as_slots_without_asking(stack):
    sender = child()
    stack.send(sender, "hi", {"language": "es", "country": "mx"})
    slots = stack.tracker(sender)["slots"]
    assert (slots["language"], slots["language_source"], slots["country"]) == (
        "es",
        "metadata",
        "MX",
    )
    # Later messages without metadata keep what we know.
    stack.send(sender, "gracias")
    assert stack.tracker(sender)["slots"]["country"] == "MX"


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("hola", "es"),
        ("bonjour", "fr"),
        ("hello", "en"),
        ("quiero saber cuáles son mis derechos", "es"),
    ],
)
def test_language_is_detected_from_text_when_metadata_is_absent(stack, message, lang):
    sender = child()
    stack.send(sender, message)
    assert stack.tracker(sender)["slots"]["language"] == lang


@pytest.mark.parametrize(
    ("message", "lang", "confirmation"),
    [
        ("en français stp", "fr", "D'accord"),
        ("can you speak spanish", "es", "Vale"),
        ("parle-moi en anglais", "en", "OK, I'll speak English"),
    ],
)
def test_child_switches_language_and_the_choice_sticks(stack, message, lang, confirmation):
    sender = child()
    start = "en" if lang != "en" else "fr"
    stack.send(sender, "hi", {"language": start})
    replies = stack.send(sender, message, {"language": start})
    assert replies[0]["text"].startswith(confirmation), replies
    # The app keeps sending its own language, but the child's choice stays.
    follow = stack.send(sender, "/greet", {"language": start})
    assert follow[0]["text"].startswith(GREETING_START[lang])


@pytest.mark.parametrize(
    ("command", "lang", "question"),
    [
        ("/choose_language", "en", "Which language would you like me to use?"),
        ("/language", "en", "Which language would you like me to use?"),
        ("/langue", "fr", "Dans quelle langue veux-tu que je te parle ?"),
        ("/idioma", "es", "¿En qué idioma quieres que te hable?"),
    ],
)
def test_language_command_offers_the_three_languages(stack, command, lang, question):
    replies = stack.send(child(), command, {"language": lang})
    assert replies[0]["text"] == question
    assert [b["title"] for b in replies[0]["buttons"]] == ["English", "Français", "Español"]
    pressed = stack.send(child(), replies[0]["buttons"][2]["payload"], {"language": lang})
    assert pressed[0]["text"].startswith("Vale")


@pytest.mark.parametrize(
    ("lang", "message", "start"),
    [
        ("en", "what can you do?", "Here's what I can do"),
        ("fr", "tu sers à quoi ?", "Voilà ce que je sais faire"),
        ("es", "¿qué puedes hacer?", "Esto es lo que puedo hacer"),
    ],
)
def test_help_menu_in_each_language(stack, lang, message, start):
    replies = stack.send(child(), message, {"language": lang})
    assert replies[0]["text"].startswith(start)
    assert [b["payload"] for b in replies[0]["buttons"]] == MENU_PAYLOADS


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ("I'm not sure I understood", "Sorry, I didn't understand")),
        ("fr", ("Je ne suis pas sûr", "Pardon, je n'ai pas compris")),
        ("es", ("No estoy seguro", "Perdona, no te he entendido")),
    ],
)
def test_gibberish_gets_a_kind_fallback_with_choices(stack, lang, expected):
    replies = stack.send(child(), "blorf zxqv wibble", {"language": lang})
    assert replies[0]["text"].startswith(expected), replies
    assert replies[0].get("buttons"), "the child is offered something to press"


@pytest.mark.parametrize(
    ("lang", "start"),
    [
        ("en", "That's a lot to read"),
        ("fr", "C'est beaucoup à lire"),
        ("es", "¡Es mucho para leer"),
    ],
)
def test_too_long_message_is_answered_kindly_and_loses_nothing(stack, lang, start):
    sender = child()
    stack.send(sender, "hi", {"language": lang, "country": "FR"})
    replies = stack.send(sender, "blah " * 400, {"language": lang})
    assert texts(replies)[0].startswith(start)
    # The conversation and what we knew carry on.
    assert stack.send(sender, "/greet", {"language": lang})[0]["text"].startswith(
        GREETING_START[lang]
    )
    assert stack.tracker(sender)["slots"]["country"] == "FR"


@pytest.mark.parametrize(
    "message",
    ["", "   ", "\x00\x01\x02", "\ufffd\ufffd\ufffd\ufffd", "\u200b\u200b"],
)
def test_empty_or_binary_input_never_crashes(stack, message):
    replies = stack.send(child(), message, {"language": "en"})
    assert texts(replies)[0] == "I couldn't read that message. Could you type it again in words?"


def test_emoji_flood_and_hostile_html_are_handled(stack):
    assert stack.send(child(), "😀" * 500, {"language": "en"})
    replies = stack.send(
        child(), "<script>alert(1)</script><img src=x onerror=alert(1)>", {"language": "en"}
    )
    assert replies and all("<script>" not in t for t in texts(replies))


def test_malformed_request_body_is_rejected_without_harm(stack):
    response = requests.post(
        f"{stack.rasa_url}/webhooks/rest/webhook",
        data=b"{not json",
        timeout=30,
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code in (400, 500)
    # The server is still there for the next child.
    assert stack.send(child(), "hi", {"language": "en"})


def test_http_api_requires_the_token(stack):
    response = requests.get(f"{stack.rasa_url}/conversations/someone/tracker", timeout=30)
    assert response.status_code == 401


# ----------------------------------------------------------- a bare yes or no (issue 5)


FORGET_ASK = "Do you want me to delete all your answers"
YES_NO_START = {
    "en": "OK! If you'd like something",
    "fr": "D'accord ! Si tu veux",
    "es": "¡De acuerdo!",
}


@pytest.mark.parametrize(
    ("lang", "message"),
    [("en", "yes"), ("en", "ok"), ("en", "nope"), ("fr", "oui"), ("fr", "nan"), ("es", "sí")],
)
def test_a_bare_yes_or_no_out_of_context_gets_the_menu_never_the_deletion_question(
    stack, lang, message
):
    sender = child()
    stack.send(sender, "hi", {"language": lang})
    replies = stack.send(sender, message, {"language": lang})
    assert replies[0]["text"].startswith(YES_NO_START[lang]), replies
    assert [b["payload"] for b in replies[0]["buttons"]] == MENU_PAYLOADS
    assert not any("/forget_confirm" in str(r.get("buttons")) for r in replies), replies
    assert stack.tracker(sender)["latest_message"]["intent"]["name"] in ("affirm", "deny")


def test_forget_then_a_typed_yes_deletes_the_conversation(stack):
    sender = child()
    stack.send(sender, "hello", {"language": "en"})
    replies = stack.send(sender, "/forget", {"language": "en"})
    assert replies[0]["text"].startswith(FORGET_ASK), replies
    replies = stack.send(sender, "yes", {"language": "en"})
    assert texts(replies)[0].startswith("Done: I've deleted"), replies
    events = stack.tracker(sender).get("events") or []
    # Nothing is left from before the deletion: the only message is the typed "yes"
    # that confirmed it, after the restart, if anything.
    said_before = [e.get("text") for e in events if e.get("event") == "user"]
    assert "hello" not in said_before and "/forget" not in said_before, said_before


def test_forget_as_the_first_message_then_yes_still_deletes(stack):
    # The privacy note comes after the question; the typed yes still answers it.
    sender = child()
    replies = stack.send(sender, "/forget", {"language": "fr"})
    assert replies[0]["text"].startswith("Tu veux que j'efface"), replies
    assert len(replies) == 2 and replies[1]["text"].startswith(PRIVACY_START["fr"])
    replies = stack.send(sender, "ouais", {"language": "fr"})
    assert texts(replies)[0].startswith("C'est fait"), replies


def test_forget_then_a_typed_no_keeps_everything(stack):
    sender = child()
    stack.send(sender, "hello", {"language": "es"})
    replies = stack.send(sender, "/forget", {"language": "es"})
    assert replies[0]["text"].startswith("¿Quieres que borre"), replies
    replies = stack.send(sender, "no", {"language": "es"})
    assert texts(replies) == ["De acuerdo, no he borrado nada."], replies
    events = stack.tracker(sender).get("events") or []
    assert "hello" in [e.get("text") for e in events if e.get("event") == "user"]
