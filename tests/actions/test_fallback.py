from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from actions.fallback import ActionHearMeFallback, suggestions
from tests.actions.conftest import make_tracker


def test_suggestions_keep_order_skip_unsuggestible_and_weak():
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.5},
        {"name": "menu_rights", "confidence": 0.4},
        {"name": "out_of_scope", "confidence": 0.3},
        {"name": "help", "confidence": 0.2},
        {"name": "greet", "confidence": 0.15},
        {"name": "goodbye", "confidence": 0.12},
        {"name": "thanks", "confidence": 0.01},
    ]
    assert suggestions(ranking) == ["menu_rights", "help", "greet"]
    assert suggestions([{"name": "greet", "confidence": 0.05}]) == []


def test_did_you_mean_buttons_are_in_the_childs_language(domain):
    tracker = make_tracker(
        "droitz",
        intent="nlu_fallback",
        slots={"language": "fr"},
        ranking=[
            {"name": "nlu_fallback", "confidence": 0.5},
            {"name": "menu_rights", "confidence": 0.45},
            {"name": "menu_get_help", "confidence": 0.3},
        ],
    )
    dispatcher = CollectingDispatcher()
    events = ActionHearMeFallback().run(dispatcher, tracker, domain)
    (message,) = dispatcher.messages
    assert message["response"] == "utter_did_you_mean"
    assert message["buttons"] == [
        {"title": "Mes droits", "payload": "/menu_rights"},
        {"title": "Trouver de l'aide", "payload": "/menu_get_help"},
    ]
    assert events == [
        {"event": "rewind", "timestamp": None},
        {"event": "slot", "timestamp": None, "name": "language", "value": "fr"},
    ]


def test_the_rewind_keeps_what_the_message_told_about_the_child(domain):
    # "tengo 16 años" that the NLU could not place: the age band and language the turn
    # resolved must survive the rewind of the misunderstood message.
    tracker = make_tracker(
        "tengo 16 años",
        intent="nlu_fallback",
        slots={"language": "es", "language_source": "metadata", "age_band": "16-17"},
        ranking=[{"name": "nlu_fallback", "confidence": 0.5}],
    )
    events = ActionHearMeFallback().run(CollectingDispatcher(), tracker, domain)
    assert events[0]["event"] == "rewind"
    kept = {e["name"]: e["value"] for e in events[1:] if e["event"] == "slot"}
    assert {k: v for k, v in kept.items() if k != "last_right"} == {
        "language": "es",
        "language_source": "metadata",
        "age_band": "16-17",
    }


def test_without_candidates_the_menu_is_shown(domain):
    tracker = make_tracker(
        "zzzz", intent="nlu_fallback", ranking=[{"name": "nlu_fallback", "confidence": 0.5}]
    )
    dispatcher = CollectingDispatcher()
    ActionHearMeFallback().run(dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == ["utter_default"]
