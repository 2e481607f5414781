"""Rights in chat: the buttons under an answer, "did you mean…", reading levels, and the
right after the safety response to a disclosing question."""

from __future__ import annotations

import json

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import rights as rights_actions
from actions.rights import ActionShowRight, answer_rights_question
from actions.safety import ActionSafetyResponse
from bot.remedies import what_can_i_do
from bot.rights import answer_text, examples_text, rights
from bot.texts import response_text
from tests.actions.conftest import make_tracker


def entry(entry_id: str):
    return next(r for r in rights() if r.id == entry_id)


def press(domain, right: str | None, view: str, **slots):
    """The child presses a rights button; returns (messages, events)."""
    entities = [{"entity": "view", "value": view}]
    if right is not None:
        entities.append({"entity": "right", "value": right})
    body = {"view": view, **({"right": right} if right else {})}
    tracker = make_tracker(
        f"/rights_show{json.dumps(body)}",
        intent="rights_show",
        entities=entities,
        slots={"language": "en", **slots},
    )
    dispatcher = CollectingDispatcher()
    events = ActionShowRight().run(dispatcher, tracker, domain)
    return dispatcher.messages, events


def payloads(message) -> list[dict]:
    return [json.loads("{" + b["payload"].split("{", 1)[1]) for b in message["buttons"]]


def views(message) -> list[str]:
    return [p.get("view") for p in payloads(message)]


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_an_answer_has_the_four_follow_up_buttons_in_the_childs_language(domain, lang):
    (message,), events = press(domain, "crc-16", "answer", language=lang)
    assert message["text"] == answer_text(entry("crc-16"), lang, "younger")
    assert views(message) == ["more", "detail", "related", "act"]
    assert {p["right"] for p in payloads(message)} == {"crc-16"}
    titles = [b["title"] for b in message["buttons"]]
    assert titles[0] == response_text(domain, "utter_rights_label_more", lang)
    assert titles[3] == response_text(domain, "utter_rights_label_act", lang)
    assert events == []


def test_the_age_band_picks_the_older_wording_and_offers_simpler(domain):
    (message,), _ = press(domain, "crc-12", "answer", age_band="13-15")
    assert message["text"] == answer_text(entry("crc-12"), "en", "older")
    assert views(message) == ["more", "simpler", "related", "act"]


def test_more_detail_switches_level_and_is_remembered(domain):
    (message,), events = press(domain, "crc-28", "detail")
    assert message["text"] == answer_text(entry("crc-28"), "en", "older")
    assert events == [
        {"event": "slot", "timestamp": None, "name": "reading_level", "value": "older"}
    ]
    (message,), events = press(domain, "crc-28", "simpler", age_band="13-15")
    assert message["text"] == answer_text(entry("crc-28"), "en", "younger")
    assert events[0]["value"] == "younger"
    # The remembered choice wins over the age band for the next right.
    (message,), _ = press(domain, "crc-31", "answer", age_band="13-15", reading_level="younger")
    assert message["text"] == answer_text(entry("crc-31"), "en", "younger")


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_tell_me_more_gives_examples_without_repeating_its_button(domain, lang):
    (message,), _ = press(domain, "crc-31", "more", language=lang)
    assert message["text"] == examples_text(entry("crc-31"), lang)
    assert "more" not in views(message) and "act" in views(message)


def test_related_rights_are_buttons_to_each_of_them(domain):
    right = entry("crc-19")
    (message,), _ = press(domain, "crc-19", "related")
    assert message["response"] == "utter_rights_related"
    assert message["title"] == right.text("en").title
    assert [p["right"] for p in payloads(message)] == list(right.related)
    assert set(views(message)) == {"answer"}
    assert [b["title"] for b in message["buttons"]] == [
        entry(i).text("en").title for i in right.related
    ]


@pytest.mark.parametrize(("country", "lang"), [("GB", "en"), ("FR", "fr"), (None, "es")])
def test_what_can_i_do_uses_the_childs_country(domain, country, lang):
    (message,), _ = press(domain, "crc-16", "act", country=country, language=lang)
    assert message["text"] == what_can_i_do(country, lang)
    assert message["buttons"][0]["payload"] == "/help"


def test_none_of_these_is_honest(domain):
    (message,), _ = press(domain, None, "none")
    assert message["response"] == "utter_rights_not_found"


@pytest.mark.parametrize(
    ("right", "view"), [("crc-99", "answer"), ("crc-16", "explode"), (None, "more")]
)
def test_an_altered_button_gets_a_kind_message(domain, right, view):
    (message,), events = press(domain, right, view)
    assert message["response"] == "utter_rights_unknown"
    assert events == []


def test_an_unsure_question_gets_did_you_mean_buttons(domain, monkeypatch):
    monkeypatch.setattr(rights_actions, "find_right", lambda text: None)
    monkeypatch.setattr(
        rights_actions, "candidates", lambda text: [entry("crc-9"), entry("crc-18")]
    )
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("my parents are splitting up", intent="ask_question")
    assert answer_rights_question(dispatcher, tracker, domain)
    (message,) = dispatcher.messages
    assert message["response"] == "utter_rights_did_you_mean"
    assert [b["title"] for b in message["buttons"][:2]] == [
        entry("crc-9").text("en").title,
        entry("crc-18").text("en").title,
    ]
    assert views(message) == ["answer", "answer", "none"]
    # Without suggestions (the fallback, after a safety response) nothing is said.
    dispatcher = CollectingDispatcher()
    assert not answer_rights_question(dispatcher, tracker, domain, suggest=False)
    assert dispatcher.messages == []


def test_commands_are_never_read_as_questions(domain):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("/restart article 16", intent="nlu_fallback")
    assert not answer_rights_question(dispatcher, tracker, domain)


def safety_turn(domain, text: str, country: str | None):
    tracker = make_tracker(
        text,
        intent="safety_abuse_neglect",
        entities=[{"entity": "safety", "value": "abuse_neglect", "severity": "high"}],
        slots={"country": country},
    )
    dispatcher = CollectingDispatcher()
    ActionSafetyResponse().run(dispatcher, tracker, domain)
    return dispatcher.messages


def test_a_disclosing_question_gets_help_first_then_the_right_before_the_country_question(
    domain,
):
    messages = safety_turn(domain, "my dad hits me, is that allowed?", None)
    texts = [m.get("text") or m.get("response") for m in messages]
    right = next(
        i for i, m in enumerate(messages) if "Article 19 of the UN" in (m.get("text") or "")
    )
    assert right > 0  # the help comes first
    assert messages[-1]["response"] == "utter_safety_ask_country", texts
    assert right == len(messages) - 2


def test_a_disclosure_that_asks_nothing_gets_only_the_help(domain):
    messages = safety_turn(domain, "my dad hits me", "GB")
    assert not any("Article" in (m.get("text") or "") for m in messages)
