"""Neutral questions: tips when HearMe has them, an honest answer otherwise."""

from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.questions import ActionAnswerQuestion
from bot.education import education
from tests.actions.conftest import make_tracker


def answer(text: str, lang: str, domain, events: list[dict] | None = None) -> list[dict]:
    """The messages; the action must return ``events`` (none unless a right is involved)."""
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_question", slots={"language": lang})
    assert ActionAnswerQuestion().run(dispatcher, tracker, domain) == (events or [])
    return dispatcher.messages


def last_right(value: str | None) -> list[dict]:
    """The slot event that tells typed follow-ups which right was shown (None: none)."""
    return [{"event": "slot", "timestamp": None, "name": "last_right", "value": value}]


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        ("how do i make a strong password", "en", "passwords"),
        ("c'est quoi un bon mot de passe ?", "fr", "passwords"),
        ("como hago una contraseña segura", "es", "passwords"),
    ],
)
def test_an_online_safety_question_gets_that_topics_tips(domain, text, lang, topic):
    (message,) = answer(text, lang, domain)
    assert message["text"] == education().topic(topic).text(lang)
    assert message["buttons"]  # next topic, all topics, quiz, menu


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("what is the capital of australia", "en"),
        ("how many legs does a spider have", "en"),
        ("ou habitent les pingouins", "fr"),
        ("cuantas patas tiene una araña", "es"),
    ],
)
def test_a_question_about_neither_gets_the_honest_answer_and_the_menu(domain, text, lang):
    (message,) = answer(text, lang, domain)
    assert message["response"] == "utter_ask_question"


def test_a_general_question_that_shares_words_with_a_right_may_get_did_you_mean(domain):
    # "france" is in the texts about children who flee and trafficking: since the
    # "did you mean" threshold was lowered for real questions (docs/rights.md, 5th
    # session) such a question is asked back, always with a way out.
    (message,) = answer("quelle est la capitale de la france", "fr", domain, last_right(None))
    assert message["response"] == "utter_rights_did_you_mean"
    payloads = [button["payload"] for button in message["buttons"]]
    assert any('"view": "none"' in payload for payload in payloads), payloads


def test_a_rights_question_hearme_is_unsure_of_gets_did_you_mean(domain, monkeypatch):
    from actions import rights as rights_actions
    from bot.rights import rights

    monkeypatch.setattr(rights_actions, "find_right", lambda text: None)
    monkeypatch.setattr(rights_actions, "candidates", lambda text: list(rights()[:2]))
    (message,) = answer("what age can you get married in spain", "en", domain, last_right(None))
    assert message["response"] == "utter_rights_did_you_mean"


@pytest.mark.parametrize(
    ("text", "lang", "article", "words"),
    [
        ("can my parents read my messages", "en", "16", "Article 16 of the UN Convention"),
        ("que dice el articulo 31", "es", "31", "El artículo 31 de la Convención"),
        ("c'est quoi l'article 12 ?", "fr", "12", "L'article 12 de la Convention"),
    ],
)
def test_a_rights_question_gets_the_right_citing_the_article(domain, text, lang, article, words):
    from bot.rights import rights

    (message,) = answer(text, lang, domain, last_right(f"crc-{article}"))
    assert words in message["text"]
    entry = next(r for r in rights() if r.id == f"crc-{article}")
    # The 8-12 wording, in the child's language, from the knowledge base.
    assert entry.text(lang).younger in message["text"]
