"""Neutral questions: tips when HearMe has them, an honest answer otherwise."""

from __future__ import annotations

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.questions import ActionAnswerQuestion
from bot.education import education
from tests.actions.conftest import make_tracker


def answer(text: str, lang: str, domain) -> list[dict]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent="ask_question", slots={"language": lang})
    assert ActionAnswerQuestion().run(dispatcher, tracker, domain) == []
    return dispatcher.messages


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


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_any_other_question_gets_the_honest_answer_and_the_menu(domain, lang):
    (message,) = answer("what age can you get married in spain", lang, domain)
    assert message["response"] == "utter_ask_question"
