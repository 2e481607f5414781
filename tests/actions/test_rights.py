"""Rights in chat: the buttons under an answer, the same follow-ups typed, "did you
mean…", reading levels, and the right after the safety response to a disclosing question."""

from __future__ import annotations

import json

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import rights as rights_actions
from actions.fallback import ActionHearMeFallback
from actions.rights import ActionRightsFollowUp, ActionShowRight, answer_rights_question
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


def remembered(right: str | None) -> dict:
    """The event that makes ``right`` the one a typed follow-up is about."""
    return {"event": "slot", "timestamp": None, "name": "last_right", "value": right}


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
    assert events == [remembered("crc-16")]


def test_the_age_band_picks_the_older_wording_and_offers_simpler(domain):
    (message,), _ = press(domain, "crc-12", "answer", age_band="13-15")
    assert message["text"] == answer_text(entry("crc-12"), "en", "older")
    assert views(message) == ["more", "simpler", "related", "act"]


def test_more_detail_switches_level_and_is_remembered(domain):
    (message,), events = press(domain, "crc-28", "detail")
    assert message["text"] == answer_text(entry("crc-28"), "en", "older")
    assert events == [
        remembered("crc-28"),
        {"event": "slot", "timestamp": None, "name": "reading_level", "value": "older"},
    ]
    (message,), events = press(domain, "crc-28", "simpler", age_band="13-15")
    assert message["text"] == answer_text(entry("crc-28"), "en", "younger")
    assert events[1]["value"] == "younger"
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


# --- Follow-ups typed instead of pressed ("simpler please", "je comprends pas") ---------


def slot_event(name: str, value) -> dict:
    return {"event": "slot", "timestamp": None, "name": name, "value": value}


def action_event(name: str) -> dict:
    return {"event": "action", "timestamp": None, "name": name}


def user_event(text: str, intent: str) -> dict:
    return {
        "event": "user",
        "timestamp": None,
        "text": text,
        "parse_data": {"text": text, "intent": {"name": intent, "confidence": 0.9}},
    }


def typed(domain, intent: str, text: str, before: list[dict], **slots):
    """The child types a follow-up after the events ``before``; returns (messages, events)."""
    tracker = make_tracker(text, intent=intent, slots={"language": "en", **slots})
    tracker.events = [*before, *tracker.events]
    dispatcher = CollectingDispatcher()
    events = ActionRightsFollowUp().run(dispatcher, tracker, domain)
    return dispatcher.messages, events


def right_shown(right: str) -> list[dict]:
    """The events of a turn where HearMe answered a rights question with ``right``."""
    return [
        user_event("can my parents read my messages", "ask_question"),
        action_event("action_answer_question"),
        slot_event("last_right", right),
        action_event("action_listen"),
    ]


TYPED = [
    ("rights_more", "tell me more", "more"),
    ("rights_simpler", "simpler please", "simpler"),
    ("rights_detail", "more details", "detail"),
    ("rights_related", "what other rights are like that", "related"),
    ("rights_act", "what can i do about it", "act"),
]


@pytest.mark.parametrize(("intent", "text", "view"), TYPED)
@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_a_typed_follow_up_acts_like_its_button_for_the_right_last_shown(
    domain, intent, text, view, lang
):
    slots = {"language": lang, "country": "FR", "age_band": "13-15"}
    messages, events = typed(domain, intent, text, right_shown("crc-12"), **slots)
    assert (messages, events) == press(domain, "crc-12", view, **slots)
    assert events[0] == remembered("crc-12")


def test_typed_simpler_then_what_can_i_do_in_each_language(domain):
    for lang, country in (("en", "GB"), ("fr", "FR"), ("es", "ES")):
        slots = {"language": lang, "country": country, "age_band": "16-17"}
        (simpler,), events = typed(domain, "rights_simpler", "?", right_shown("crc-31"), **slots)
        assert simpler["text"] == answer_text(entry("crc-31"), lang, "younger")
        assert events == [remembered("crc-31"), slot_event("reading_level", "younger")]
        before = [*right_shown("crc-31"), action_event("action_rights_follow_up"), *events]
        (act,), _ = typed(domain, "rights_act", "?", before, reading_level="younger", **slots)
        assert act["text"] == what_can_i_do(country, lang)


def test_the_latest_right_wins(domain):
    before = [*right_shown("crc-16"), *right_shown("crc-28")]
    (message,), _ = typed(domain, "rights_more", "tell me more", before)
    assert message["text"] == examples_text(entry("crc-28"), "en")


def test_the_slot_is_used_when_its_event_is_not_in_the_tracker(domain):
    """A new session carries the slot over without the event that set it."""
    (message,), _ = typed(domain, "rights_more", "tell me more", [], last_right="crc-19")
    assert message["text"] == examples_text(entry("crc-19"), "en")


@pytest.mark.parametrize(("intent", "text", "view"), [t for t in TYPED if t[2] != "act"])
@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_without_a_right_shown_a_follow_up_says_how_to_pick_one(domain, intent, text, view, lang):
    messages, events = typed(domain, intent, text, [], language=lang)
    assert [m["response"] for m in messages] == ["utter_rights_no_right_yet"]
    assert events == []


def test_without_a_right_shown_what_can_i_do_gets_the_menu_as_before(domain):
    messages, events = typed(domain, "rights_act", "what can i do", [])
    assert [m["response"] for m in messages] == ["utter_help_menu"]
    assert events == []


def test_after_did_you_mean_no_right_is_followed_up(domain):
    before = [*right_shown("crc-16"), action_event("action_answer_question"), remembered(None)]
    messages, _ = typed(domain, "rights_simpler", "simpler please", before)
    assert [m["response"] for m in messages] == ["utter_rights_no_right_yet"]


def test_what_can_i_do_right_after_a_safety_response_is_not_about_an_older_right(domain):
    before = [
        *right_shown("crc-16"),
        user_event("my dad hits me", "safety_abuse_neglect"),
        action_event("action_safety_response"),
        action_event("action_listen"),
    ]
    messages, events = typed(domain, "rights_act", "what can i do", before)
    assert [m["response"] for m in messages] == ["utter_help_menu"]
    assert events == []


def test_what_can_i_do_after_a_disclosing_question_is_about_the_right_it_showed(domain):
    before = [
        user_event("my dad hits me, is that allowed?", "safety_abuse_neglect"),
        action_event("action_safety_response"),
        remembered("crc-19"),
        action_event("action_listen"),
    ]
    (message,), _ = typed(domain, "rights_act", "what can i do", before, country="GB")
    assert message["text"] == what_can_i_do("GB", "en")


def test_the_safety_response_remembers_the_right_of_a_disclosing_question(domain):
    tracker = make_tracker(
        "my dad hits me, is that allowed?",
        intent="safety_abuse_neglect",
        entities=[{"entity": "safety", "value": "abuse_neglect", "severity": "high"}],
        slots={"country": "GB"},
    )
    assert ActionSafetyResponse().run(CollectingDispatcher(), tracker, domain) == [
        remembered("crc-19")
    ]


def test_the_fallback_remembers_a_confident_right_after_its_rewind(domain):
    tracker = make_tracker(
        "can my parents read my messages",
        intent="nlu_fallback",
        ranking=[{"name": "nlu_fallback", "confidence": 0.5}],
    )
    dispatcher = CollectingDispatcher()
    events = ActionHearMeFallback().run(dispatcher, tracker, domain)
    assert "Article 16 of the UN" in dispatcher.messages[0]["text"]
    assert events == [
        {"event": "rewind", "timestamp": None},
        {"event": "slot", "timestamp": None, "name": "language", "value": "en"},
        remembered("crc-16"),
    ]


def test_the_no_right_yet_answer_offers_my_rights_in_every_language(domain):
    variants = domain["responses"]["utter_rights_no_right_yet"]
    assert {v["condition"][0]["value"] for v in variants} == {"en", "fr", "es"}
    for variant in variants:
        assert [b["payload"] for b in variant["buttons"]] == ["/menu_rights"]


def menu(domain, text: str):
    tracker = make_tracker(text, intent="menu_rights", slots={"language": "es"})
    dispatcher = CollectingDispatcher()
    events = rights_actions.ActionMenuRights().run(dispatcher, tracker, domain)
    return dispatcher.messages, events


def test_a_question_about_one_right_read_as_the_menu_gets_the_right(domain):
    # DIET learned "is going to school a right?" as My rights once.
    (message,), events = menu(domain, "tengo derecho a ir a la escuela?")
    assert "El artículo 28" in message["text"]
    assert events == [remembered("crc-28")]


@pytest.mark.parametrize(
    "text", ["/menu_rights", "mis derechos", "cuáles son mis derechos", "what are my rights"]
)
def test_the_menu_and_questions_about_rights_in_general_get_the_menu(domain, text):
    (message,), events = menu(domain, text)
    assert message["response"] == "utter_menu_rights"
    assert events == []


def test_an_unsure_what_can_i_do_after_a_right_is_the_follow_up(domain):
    # The NLU is torn between help ("what can you do?") and the follow-up.
    ranking = [
        {"name": "nlu_fallback", "confidence": 0.5},
        {"name": "help", "confidence": 0.47},
        {"name": "rights_act", "confidence": 0.41},
    ]
    slots = {"language": "en", "country": "GB"}
    tracker = make_tracker("what can I do?", intent="nlu_fallback", slots=slots, ranking=ranking)
    tracker.events = [*right_shown("crc-16"), *tracker.events]
    dispatcher = CollectingDispatcher()
    events = ActionHearMeFallback().run(dispatcher, tracker, domain)
    (message,) = dispatcher.messages
    assert message["text"] == what_can_i_do("GB", "en")
    assert events[0]["event"] == "rewind"
    # Without a right shown before, the same message gets "did you mean…".
    tracker.events = tracker.events[-1:]
    dispatcher = CollectingDispatcher()
    ActionHearMeFallback().run(dispatcher, tracker, domain)
    assert dispatcher.messages[0]["response"] == "utter_did_you_mean"
