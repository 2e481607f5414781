from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from actions.language import ActionConfirmLanguage
from tests.actions.conftest import make_tracker


def responses(tracker):
    dispatcher = CollectingDispatcher()
    assert ActionConfirmLanguage().run(dispatcher, tracker, {}) == []
    return [m["response"] for m in dispatcher.messages]


def test_a_named_language_is_confirmed():
    tracker = make_tracker("parle en espagnol", intent="choose_language")
    assert responses(tracker) == ["utter_language_changed"]


def test_without_a_language_the_choice_is_offered():
    assert responses(make_tracker("/language", intent="choose_language")) == ["utter_language_menu"]
