"""Consultation and privacy actions, with trackers built inline and an in-memory store
in place of web/consultations/chat.py (the store has its own tests in tests/web/)."""

from __future__ import annotations

import asyncio
import inspect
import json
import re
from typing import Any

import pytest
from rasa_sdk import Action, Tracker
from rasa_sdk.events import Restarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.consultation import (
    AGREE,
    NOT_FOR_AGE,
    QUESTION_PREFIX,
    SKIP,
    STEP_AGE,
    STEP_CHOOSE,
    STEP_CONSENT,
    STEP_COUNTRY,
    STOP,
    ActionAskConsultationOutcome,
    ActionConsultationEnd,
    ActionConsultationStart,
    ActionReportBack,
    ValidateConsultationForm,
)
from actions.privacy import ActionForgetConfirm, ActionMyData
from bot.consultations.answers import collects_free_text
from bot.consultations.definition import load_consultation
from bot.names import Slot
from bot.texts import response_text
from tests.actions.conftest import make_tracker
from tests.conftest import ROOT
from web.consultations import chat
from web.consultations.services import InvalidAnswer

SCHOOL = load_consultation(ROOT / "consultations/examples/your-school-your-say.yml")
PAYLOAD = re.compile(r"^/(\w+)(\{.*\})?$")


class FakeStore:
    """What web.consultations.chat would answer, for one consultation, in memory."""

    def __init__(self) -> None:
        self.spec = SCHOOL
        self.status = ""
        self.answers: dict[str, object] = {}
        self.last = ""
        self.below: bool | None = None
        self.saved: list[tuple[str, dict[str, Any]]] = []
        self.erased = 0
        self.accepting = True

    def state(self) -> chat.State:
        return chat.State(
            slug=self.spec.id,
            label=f"{self.spec.id}@1",
            spec=self.spec,
            accepting=self.accepting,
            status=self.status,
            last_question=self.last,
            answers=dict(self.answers),
            below_consent_age=bool(self.below),
        )

    def open_for(self, channel, sender, age_band, country, language):
        admitted = self.spec.audience.admits(age_band, country, language)
        return [chat.Listed(self.spec.id, dict(self.spec.title), self.status == "started")][
            : 1 if admitted else 0
        ]

    def state_of(self, slug, channel, sender):
        return self.state() if slug == self.spec.id else None

    def begin(self, slug, channel, sender, *, age_band, country, language, below_consent_age):
        self.status = self.status or "started"
        self.below = below_consent_age
        return self.state()

    def answer(self, slug, channel, sender, question_id, *, choices=None, number=None, text=None):
        question = self.spec.question(question_id)
        assert question is not None
        if question.type == "text" and len(text or "") > (question.max_length or 500):
            raise InvalidAnswer("too long")
        self.saved.append((question_id, {"choices": choices, "number": number, "text": text}))
        if question.type == "multiple":
            self.answers[question_id] = list(choices or [])
        elif question.type in ("number", "text"):
            self.answers[question_id] = number if question.type == "number" else text
        else:
            self.answers[question_id] = (choices or [None])[0]
        self.last = question_id
        return self.state()

    def finish(self, slug, channel, sender):
        self.status = "complete"
        return self.state()

    def erase(self, channel, sender):
        self.erased += 1
        return len(self.answers)

    def stored(self, channel, sender):
        if not self.status:
            return None
        data = {
            "participant": {"age_band": "13-15", "country": "GB", "language": "en"},
            "responses": [
                {
                    "consultation": self.spec.id,
                    "version": 1,
                    "status": self.status,
                    "delete_after": "2028-04-30T22:00:00+00:00",
                    "answers": [
                        {"question": key, "choices": value if isinstance(value, list) else [value]}
                        for key, value in self.answers.items()
                    ],
                }
            ],
        }
        return chat.Stored(data, {f"{self.spec.id}@1": self.spec})

    def report_backs(self, channel, sender, seen):
        key = f"{self.spec.id}@1"
        if key in seen:
            return []
        return [chat.ReportBack(key, dict(self.spec.title), "Org", {"en": "We fixed the toilets."})]


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> FakeStore:
    fake = FakeStore()

    async def call(function, *args, **kwargs):
        return getattr(fake, function.__name__)(*args, **kwargs)

    monkeypatch.setattr(chat, "call", call)
    return fake


def run(action: Action, tracker: Tracker, domain) -> tuple[list[dict[str, Any]], list[Any]]:
    dispatcher = CollectingDispatcher()
    result = action.run(dispatcher, tracker, domain)
    events = asyncio.run(result) if inspect.iscoroutine(result) else result
    return dispatcher.messages, events


def slots_of(events) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def parse(payload: str) -> tuple[str, dict[str, Any]]:
    match = PAYLOAD.match(payload)
    assert match, payload
    return match.group(1), json.loads(match.group(2) or "{}")


CHILD = {"age_band": "13-15", "country": "GB", "language": "en"}


def form_tracker(
    text: str,
    *,
    step: str,
    intent: str = "nlu_fallback",
    entities: list[dict[str, Any]] | None = None,
    slots: dict[str, Any] | None = None,
) -> Tracker:
    tracker = make_tracker(
        text,
        intent=intent,
        entities=entities,
        slots={
            **CHILD,
            "requested_slot": "consultation_outcome",
            "consultation": SCHOOL.id,
            "consultation_step": step,
            **(slots or {}),
        },
    )
    tracker.active_loop = {"name": "consultation_form"}
    # Rasa hands the validation a tracker that ends with the form's own action.
    tracker.events.append({"event": "action", "name": "consultation_form"})
    tracker.latest_action_name = "consultation_form"
    return tracker


def button(step: str, choice: str | None = None, consultation: str | None = None) -> dict:
    entities = [{"entity": "consultation_question", "value": step}]
    if choice is not None:
        entities.append({"entity": "consultation_choice", "value": choice})
    if consultation is not None:
        entities.append({"entity": "consultation", "value": consultation})
    return {
        "text": "/consultation_answer" + json.dumps({e["entity"]: e["value"] for e in entities}),
        "intent": "consultation_answer",
        "entities": entities,
    }


def qstep(question_id: str) -> str:
    return f"{QUESTION_PREFIX}{question_id}"


# ---------------------------------------------------------------------------- start


def test_have_my_say_asks_the_age_band_first_when_unknown(store, domain):
    tracker = make_tracker("/menu_have_say", intent="menu_have_say", slots={"country": "GB"})
    messages, events = run(ActionConsultationStart(), tracker, domain)
    assert messages == []
    assert slots_of(events)[Slot.CONSULTATION_STEP] == STEP_AGE
    assert slots_of(events)[Slot.CONSULTATION_OUTCOME] is None
    asked, _ = run(
        ActionAskConsultationOutcome(), make_tracker(slots={"consultation_step": STEP_AGE}), domain
    )
    assert [m["response"] for m in asked] == ["utter_consultation_ask_age"]


def test_have_my_say_lists_what_is_open_when_age_and_country_are_known(store, domain):
    tracker = make_tracker("/menu_have_say", intent="menu_have_say", slots=CHILD)
    _, events = run(ActionConsultationStart(), tracker, domain)
    assert slots_of(events)[Slot.CONSULTATION_STEP] == STEP_CHOOSE
    messages, _ = run(
        ActionAskConsultationOutcome(), make_tracker(slots={**CHILD, **slots_of(events)}), domain
    )
    (message,) = messages
    assert message["response"] == "utter_consultation_choose"
    parsed = [parse(b["payload"]) for b in message["buttons"]]
    assert parsed[0] == (
        "consultation_answer",
        {"consultation_question": STEP_CHOOSE, "consultation": SCHOOL.id},
    )
    assert message["buttons"][0]["title"] == SCHOOL.title["en"]
    assert message["buttons"][-1]["title"] == response_text(
        domain, "utter_consultation_label_not_now", "en"
    )


def test_nothing_open_ends_at_once_with_the_have_say_message(store, domain):
    tracker = make_tracker(
        "/menu_have_say", intent="menu_have_say", slots={**CHILD, "age_band": "18+"}
    )
    _, events = run(ActionConsultationStart(), tracker, domain)
    assert slots_of(events)[Slot.CONSULTATION_OUTCOME] == "none_open"
    ended = make_tracker(slots={"consultation_outcome": "none_open"})
    messages, _ = run(ActionConsultationEnd(), ended, domain)
    assert [m["response"] for m in messages] == ["utter_menu_have_say"]


def test_a_deep_link_goes_straight_to_the_consent(store, domain):
    tracker = make_tracker(
        "/greet", intent="greet", slots=CHILD, metadata={"deep_link": f"consult_{SCHOOL.id}"}
    )
    _, events = run(ActionConsultationStart(), tracker, domain)
    slots = slots_of(events)
    assert (slots[Slot.CONSULTATION], slots[Slot.CONSULTATION_STEP]) == (SCHOOL.id, STEP_CONSENT)
    messages, _ = run(
        ActionAskConsultationOutcome(), make_tracker(slots={**CHILD, **slots}), domain
    )
    (message,) = messages
    assert message["response"] == "utter_consultation_consent"
    assert message["consent"] == SCHOOL.consent["en"]
    assert message["intro"] == SCHOOL.intro["en"]
    assert [b["title"] for b in message["buttons"]] == ["I agree", "Not now"]


@pytest.mark.parametrize("band", ["18+"])
def test_a_child_outside_the_audience_is_told_kindly(store, domain, band):
    tracker = make_tracker(
        "/menu_have_say",
        intent="menu_have_say",
        slots={**CHILD, "age_band": band},
        entities=[{"entity": "consultation", "value": SCHOOL.id}],
    )
    _, events = run(ActionConsultationStart(), tracker, domain)
    assert slots_of(events)[Slot.CONSULTATION_OUTCOME] == NOT_FOR_AGE
    ended = make_tracker(slots={"consultation_outcome": NOT_FOR_AGE, "consultation": SCHOOL.id})
    (message,), _ = run(ActionConsultationEnd(), ended, domain)
    assert message["response"] == "utter_consultation_not_for_age"
    assert message["ages"] == "8-12, 13-15, 16-17"


# ----------------------------------------------------------------- age, country, consent


@pytest.mark.parametrize(("text", "band"), [("14", "13-15"), ("j'ai 9 ans", "8-12")])
def test_a_typed_age_sets_the_band_and_moves_on(store, domain, text, band):
    tracker = form_tracker(text, step=STEP_AGE, slots={"age_band": None, "consultation": None})
    messages, events = run(ValidateConsultationForm(), tracker, domain)
    slots = slots_of(events)
    assert slots[Slot.AGE_BAND] == band
    assert slots[Slot.CONSULTATION_STEP] == STEP_CHOOSE
    assert messages == []


def test_an_unclear_age_is_asked_again_with_help(store, domain):
    tracker = form_tracker("old enough", step=STEP_AGE, slots={"age_band": None})
    messages, events = run(ValidateConsultationForm(), tracker, domain)
    assert events == [SlotSet(Slot.CONSULTATION_OUTCOME, None)]
    assert [m["response"] for m in messages] == ["utter_consultation_age_help"]


def test_country_typed_or_declined(store, domain):
    typed = form_tracker("I live in France", step=STEP_COUNTRY, slots={"country": None})
    _, events = run(ValidateConsultationForm(), typed, domain)
    assert slots_of(events)[Slot.COUNTRY] == "FR"
    declined = form_tracker(
        **button(STEP_COUNTRY, "@none"), step=STEP_COUNTRY, slots={"country": None}
    )
    _, events = run(ValidateConsultationForm(), declined, domain)
    assert slots_of(events)[Slot.COUNTRY_DECLINED] is True
    assert slots_of(events)[Slot.CONSULTATION_STEP] == STEP_CONSENT  # open everywhere


@pytest.mark.parametrize(("band", "below"), [("8-12", True), ("13-15", False)])
def test_consent_starts_the_response_and_asks_the_first_question(store, domain, band, below):
    tracker = form_tracker(
        **button(STEP_CONSENT, AGREE), step=STEP_CONSENT, slots={"age_band": band}
    )
    _, events = run(ValidateConsultationForm(), tracker, domain)
    assert store.below is below
    assert slots_of(events)[Slot.CONSULTATION_STEP] == qstep(SCHOOL.questions[0].id)


def test_typed_consent_in_spanish_and_not_now(store, domain):
    _, events = run(ValidateConsultationForm(), form_tracker("vale", step=STEP_CONSENT), domain)
    assert slots_of(events)[Slot.CONSULTATION_STEP].startswith(QUESTION_PREFIX)
    _, events = run(ValidateConsultationForm(), form_tracker("not now", step=STEP_CONSENT), domain)
    assert slots_of(events)[Slot.CONSULTATION_OUTCOME] == "declined"


# ---------------------------------------------------------------------------- questions


def started(store: FakeStore, band: str = "13-15") -> None:
    store.status = "started"
    store.below = band == "8-12"


def test_ask_a_scale_question_with_labelled_ends_and_stop(store, domain):
    started(store)
    first = SCHOOL.questions[0]
    tracker = make_tracker(
        slots={**CHILD, "consultation": SCHOOL.id, "consultation_step": qstep(first.id)}
    )
    (message,), _ = run(ActionAskConsultationOutcome(), tracker, domain)
    assert message["response"] == "utter_consultation_question"
    assert message["question"] == first.text["en"]
    titles = [b["title"] for b in message["buttons"]]
    low, high = first.scale_labels["en"]
    assert titles[0] == f"1 – {low}" and titles[4] == f"5 – {high}"
    assert titles[-1] == "Stop"
    assert "Skip" not in titles  # required
    assert "Back" not in titles  # the first question
    assert low in message["hint"]


def test_ask_an_optional_question_offers_prefer_not_skip_and_back(store, domain):
    started(store)
    store.answers = {"feel_safe": "4", "best_things": ["friends"]}
    tracker = make_tracker(
        slots={**CHILD, "consultation": SCHOOL.id, "consultation_step": qstep("change_one_thing")}
    )
    (message,), _ = run(ActionAskConsultationOutcome(), tracker, domain)
    titles = [b["title"] for b in message["buttons"]]
    assert titles[-4:] == ["I'd rather not say", "Skip", "Back", "Stop"]
    assert message["number"] == "3"
    payloads = [parse(b["payload"]) for b in message["buttons"]]
    assert payloads[0] == (
        "consultation_answer",
        {"consultation_question": qstep("change_one_thing"), "consultation_choice": "toilets"},
    )


def test_a_typed_answer_is_stored_and_the_next_question_follows(store, domain):
    started(store)
    tracker = form_tracker("moins de devoirs", step=qstep("change_one_thing"))
    messages, events = run(ValidateConsultationForm(), tracker, domain)
    assert store.saved == [
        ("change_one_thing", {"choices": ["homework"], "number": None, "text": None})
    ]
    assert slots_of(events)[Slot.CONSULTATION_STEP] == qstep("seen_bullying")
    assert messages == []


def test_an_invalid_answer_is_not_stored_and_asked_again_kindly(store, domain):
    started(store)
    tracker = form_tracker("banana", step=qstep("change_one_thing"))
    messages, events = run(ValidateConsultationForm(), tracker, domain)
    assert store.saved == []
    assert events == [SlotSet(Slot.CONSULTATION_OUTCOME, None)]
    assert [m["response"] for m in messages] == ["utter_consultation_not_understood"]


def test_a_flagged_message_is_never_read_as_an_answer(store, domain):
    started(store)
    tracker = form_tracker(
        "i want to kill myself",
        step=qstep("one_idea"),
        entities=[{"entity": "safety", "value": "suicide_self_harm", "severity": "critical"}],
    )
    assert run(ValidateConsultationForm(), tracker, domain) == ([], [])
    assert store.saved == []


def test_a_message_already_answered_elsewhere_is_not_read_again(store, domain):
    # The form comes back after /mydata answered "what do you know about me".
    started(store)
    tracker = form_tracker(
        "what do you know about me and my answers", step=qstep("one_idea"), intent="my_data"
    )
    user, _form = tracker.events
    tracker.events = [
        user,
        {"event": "action", "name": "action_my_data"},
        {"event": "bot", "text": "Here's what I keep about you."},
        {"event": "action", "name": "consultation_form"},
    ]
    assert run(ValidateConsultationForm(), tracker, domain) == ([], [])
    assert store.saved == []


@pytest.mark.parametrize(
    ("text", "intent"), [("/resume", "resume"), ("help", "help"), ("/help", "help")]
)
def test_other_requests_step_aside(store, domain, text, intent):
    started(store)
    tracker = form_tracker(text, step=qstep("change_one_thing"), intent=intent)
    assert run(ValidateConsultationForm(), tracker, domain) == ([], [])


def test_a_button_of_an_earlier_question_asks_this_one_again(store, domain):
    started(store)
    tracker = form_tracker(**button(qstep("feel_safe"), "3"), step=qstep("change_one_thing"))
    messages, events = run(ValidateConsultationForm(), tracker, domain)
    assert (messages, events) == ([], [SlotSet(Slot.CONSULTATION_OUTCOME, None)])
    assert store.saved == []


def test_skip_back_and_stop(store, domain):
    started(store)
    store.answers = {"feel_safe": "4", "best_things": ["friends"]}
    step = qstep("change_one_thing")
    _, events = run(
        ValidateConsultationForm(), form_tracker(**button(step, SKIP), step=step), domain
    )
    assert slots_of(events)[Slot.CONSULTATION_STEP] == qstep("seen_bullying")
    _, events = run(ValidateConsultationForm(), form_tracker("retour", step=step), domain)
    assert slots_of(events)[Slot.CONSULTATION_STEP] == qstep("best_things")
    _, events = run(
        ValidateConsultationForm(), form_tracker(**button(step, STOP), step=step), domain
    )
    assert slots_of(events)[Slot.CONSULTATION_OUTCOME] == "stopped"
    assert store.saved == []


def after_safety_help(tracker: Tracker) -> Tracker:
    """The same message, typed right after the safety response (which offers "Go back")."""
    tracker.events = [
        {"event": "action", "name": "action_safety_response"},
        {"event": "bot", "text": "Would you like to go back to what we were doing?"},
        {"event": "action", "name": "action_listen"},
        *tracker.events,
    ]
    return tracker


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("volver", "change_one_thing"),  # the Spanish button's title, and a "back" word
        ("Go back", "change_one_thing"),
        ("retour", "change_one_thing"),
        ("Reprendre", "one_idea"),  # would otherwise be stored as a free-text answer
    ],
)
def test_go_back_typed_after_the_safety_response_returns_to_the_waiting_question(
    store, domain, text, question
):
    started(store)
    store.answers = {"feel_safe": "4", "best_things": ["friends"]}
    tracker = after_safety_help(form_tracker(text, step=qstep(question)))
    messages, events = run(ValidateConsultationForm(), tracker, domain)
    assert [m["response"] for m in messages] == ["utter_consultation_resume"]
    assert events == [SlotSet(Slot.CONSULTATION_OUTCOME, None)]  # the same question again
    assert store.saved == []


def test_back_typed_elsewhere_still_goes_to_the_question_before(store, domain):
    started(store)
    store.answers = {"feel_safe": "4", "best_things": ["friends"]}
    step = qstep("change_one_thing")
    _, events = run(ValidateConsultationForm(), form_tracker("volver", step=step), domain)
    assert slots_of(events)[Slot.CONSULTATION_STEP] == qstep("best_things")


def test_a_required_question_cannot_be_skipped(store, domain):
    started(store)
    step = qstep("feel_safe")
    messages, events = run(ValidateConsultationForm(), form_tracker("saltar", step=step), domain)
    assert [m["response"] for m in messages] == ["utter_consultation_required"]
    assert events == [SlotSet(Slot.CONSULTATION_OUTCOME, None)]


def test_pick_several_by_buttons_then_done(store, domain):
    started(store)
    step = qstep("best_things")
    _, events = run(
        ValidateConsultationForm(), form_tracker(**button(step, "friends"), step=step), domain
    )
    assert slots_of(events)[Slot.CONSULTATION_PICKS] == ["friends"]
    assert store.saved == []
    tracker = form_tracker(
        **button(step, "breaks"), step=step, slots={"consultation_picks": ["friends"]}
    )
    _, events = run(ValidateConsultationForm(), tracker, domain)
    assert slots_of(events)[Slot.CONSULTATION_PICKS] == ["friends", "breaks"]
    tracker = form_tracker(
        **button(step, "@done"), step=step, slots={"consultation_picks": ["friends", "breaks"]}
    )
    _, events = run(ValidateConsultationForm(), tracker, domain)
    assert store.saved == [
        ("best_things", {"choices": ["friends", "breaks"], "number": None, "text": None})
    ]
    assert slots_of(events)[Slot.CONSULTATION_STEP] == qstep("change_one_thing")


def test_free_text_is_not_asked_below_the_consent_age(store, domain):
    started(store, band="8-12")
    assert not collects_free_text(SCHOOL, True)
    last_choice = [q for q in SCHOOL.questions if q.type != "text"][-1]
    store.answers = {"feel_safe": "4"}
    tracker = form_tracker("3", step=qstep(last_choice.id), slots={"age_band": "8-12"})
    _, events = run(ValidateConsultationForm(), tracker, domain)
    # The text question after it is left out: the response is complete.
    assert slots_of(events)[Slot.CONSULTATION_OUTCOME] == "done"
    assert store.status == "complete"


def test_the_end_says_thank_you_and_what_next_from_the_file(store, domain):
    tracker = make_tracker(
        slots={"consultation_outcome": "done", "consultation": SCHOOL.id, "language": "fr"}
    )
    (message,), events = run(ActionConsultationEnd(), tracker, domain)
    assert message["response"] == "utter_consultation_done"
    assert message["thank_you"] == SCHOOL.thank_you["fr"]
    assert message["what_next"] == SCHOOL.what_next["fr"]
    assert SlotSet(Slot.CONSULTATION_OUTCOME, None) in events


def test_coming_back_to_a_finished_consultation_offers_to_change_answers(store, domain):
    store.status = "complete"
    store.below = False
    store.answers = {"feel_safe": "4"}
    tracker = make_tracker(
        "/menu_have_say",
        intent="menu_have_say",
        slots=CHILD,
        entities=[{"entity": "consultation", "value": SCHOOL.id}],
    )
    messages, events = run(ActionConsultationStart(), tracker, domain)
    assert [m["response"] for m in messages] == ["utter_consultation_change"]
    assert slots_of(events)[Slot.CONSULTATION_STEP] == qstep("feel_safe")
    asked = make_tracker(slots={**CHILD, **slots_of(events)})
    (message,), _ = run(ActionAskConsultationOutcome(), asked, domain)
    assert "Your answer now: 4." in message["hint"]
    assert "Keep my answer" in [b["title"] for b in message["buttons"]]


def test_resume_where_the_child_stopped(store, domain):
    started(store)
    store.answers = {"feel_safe": "4", "best_things": ["friends"]}
    store.last = "best_things"
    tracker = make_tracker(
        "/menu_have_say",
        intent="menu_have_say",
        slots=CHILD,
        entities=[{"entity": "consultation", "value": SCHOOL.id}],
    )
    messages, events = run(ActionConsultationStart(), tracker, domain)
    assert [m["response"] for m in messages] == ["utter_consultation_welcome_back"]
    assert slots_of(events)[Slot.CONSULTATION_STEP] == qstep("change_one_thing")


# ------------------------------------------------------------ report back, /mydata, /forget


def test_report_back_once(store, domain):
    (message,), events = run(ActionReportBack(), make_tracker(), domain)
    assert message["report"] == "We fixed the toilets."
    assert message["response"] == "utter_report_back"
    seen = slots_of(events)[Slot.REPORT_BACKS_SEEN]
    again, _ = run(ActionReportBack(), make_tracker(slots={"report_backs_seen": seen}), domain)
    assert again == []


def test_my_data_in_child_friendly_words(store, domain):
    none, _ = run(ActionMyData(), make_tracker(), domain)
    assert [m["response"] for m in none] == ["utter_my_data_none"]
    started(store)
    store.answers = {"change_one_thing": "homework"}
    messages, _ = run(ActionMyData(), make_tracker(), domain)
    assert [m["response"] for m in messages] == [
        "utter_my_data_intro",
        "utter_my_data_response",
        "utter_my_data_footer",
    ]
    answers = messages[1]["answers"]
    assert "Less homework" in answers and "homework\n" not in answers
    assert messages[1]["delete_after"] == "2028-04-30"


def test_forget_needs_the_confirmation(store, domain):
    typed = make_tracker("yes delete everything", intent="forget_confirm")
    messages, events = run(ActionForgetConfirm(), typed, domain)
    assert [m["response"] for m in messages] == ["utter_forget_ask"]
    assert (events, store.erased) == ([], 0)
    bare = make_tracker("yes", intent="forget_confirm")
    messages, events = run(ActionForgetConfirm(), bare, domain)
    assert [m["response"] for m in messages] == ["utter_default"]
    assert (events, store.erased) == ([], 0)
    answered = make_tracker("yes", intent="forget_confirm")
    answered.events = [
        {"event": "action", "name": "utter_forget_ask"},
        {"event": "bot", "text": "Do you want me to delete…?"},
        {"event": "action", "name": "action_listen"},
        *answered.events,
    ]
    messages, _ = run(ActionForgetConfirm(), answered, domain)
    assert [m["response"] for m in messages] == ["utter_forget_done"]
    assert store.erased == 1
    tapped = make_tracker("/forget_confirm", intent="forget_confirm", slots={"language": "es"})
    messages, events = run(ActionForgetConfirm(), tapped, domain)
    assert [m["response"] for m in messages] == ["utter_forget_done"]
    assert store.erased == 2
    assert events == [Restarted(), SlotSet(Slot.LANGUAGE, "es")]


def test_the_deep_link_prefix_is_the_policys():
    from bot.policies import DEEP_LINK_PREFIX

    assert module_prefix() == DEEP_LINK_PREFIX


def module_prefix() -> str:
    from actions.consultation import DEEP_LINK_PREFIX

    return DEEP_LINK_PREFIX
