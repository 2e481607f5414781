from __future__ import annotations

from rasa_sdk.executor import CollectingDispatcher

from actions.safety import ActionSafetyResponse
from tests.actions.conftest import make_tracker


def run(domain, *, category, severity="high", country=None, lang="en", categories=None):
    entity = {
        "entity": "safety",
        "value": category,
        "severity": severity,
        "source": "lexicon",
        "categories": categories or [category],
    }
    tracker = make_tracker(
        "…", intent="out_of_scope", entities=[entity], slots={"language": lang, "country": country}
    )
    dispatcher = CollectingDispatcher()
    assert ActionSafetyResponse().run(dispatcher, tracker, domain) == []
    return dispatcher.messages


def test_helpline_contact_is_built_from_the_childs_language_fragments(domain):
    messages = run(domain, category="bullying", country="FR", lang="fr")
    assert [m["response"] for m in messages] == [
        "utter_safety_bullying",
        "utter_safety_helpline",
        "utter_bullying_tips_offer",
    ]
    helpline = messages[1]
    assert helpline["helpline_name"] == "119 Allô Enfance en Danger"
    assert "119" in helpline["helpline_contact"]
    # The words around the number are French, from domain/safety.yml, not from Python.
    fr_call = next(
        v["text"]
        for v in domain["responses"]["utter_safety_fmt_phone"]
        if v["condition"][0]["value"] == "fr"
    )
    assert fr_call.format(phone="119") in helpline["helpline_contact"]


def test_unknown_country_is_asked_after_the_help(domain):
    messages = run(domain, category="suicide_self_harm")
    assert messages[-1]["response"] == "utter_safety_ask_country"
    assert messages[0]["response"] == "utter_safety_suicide_self_harm"


def test_resources_for_the_country_named_after_the_question(domain):
    from actions.safety import ActionSafetyResources

    flag = {
        "entity": "safety",
        "value": "suicide_self_harm",
        "severity": "high",
        "categories": ["suicide_self_harm"],
    }
    tracker = make_tracker("uk", intent="nlu_fallback", slots={"country": "GB"})
    tracker.events = [
        {"event": "user", "text": "…", "parse_data": {"entities": [flag]}},
        {"event": "action", "name": "action_safety_response"},
        {"event": "user", "text": "uk", "parse_data": {"entities": []}},
    ]
    dispatcher = CollectingDispatcher()
    ActionSafetyResources().run(dispatcher, tracker, domain)
    assert [m["response"] for m in dispatcher.messages] == [
        "utter_safety_country_thanks",
        "utter_safety_helpline",
        "utter_safety_crisis_line",
    ]
    assert "0800 1111" in dispatcher.messages[1]["helpline_contact"]
