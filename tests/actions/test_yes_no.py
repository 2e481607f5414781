"""A bare yes or no (affirm, deny): the answer to HearMe's last question, or a kind word
and the main menu; never a deletion question out of the blue."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from actions._tracker import last_bot_response
from actions.consultation import ActionConsultationEnd
from actions.privacy import ActionForgetConfirm
from actions.yes_no import ActionYesNo, reply_to
from bot.names import Action, Intent, Response
from bot.telegram.translate import ERASED, SUBSCRIBE_PAYLOAD
from tests.actions.conftest import make_tracker
from tests.actions.test_consultation import SCHOOL, FakeStore
from web.consultations import chat


def bot_said(response: str | None, text: str = "…") -> dict[str, Any]:
    """A bot message as Rasa records it: the response's name is in its metadata."""
    metadata = {"utter_action": response} if response else {}
    return {"event": "bot", "text": text, "metadata": metadata}


def after(text: str, intent: str, *said: dict[str, Any]) -> Tracker:
    """The child's ``text`` right after HearMe said ``said`` (to an earlier message)."""
    tracker = make_tracker(text, intent=intent)
    tracker.events = [
        {"event": "user", "text": "earlier", "parse_data": {}},
        *said,
        {"event": "action", "name": "action_listen"},
        *tracker.events,
    ]
    return tracker


def run(tracker: Tracker) -> tuple[list[dict[str, Any]], list[Any]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(ActionYesNo().run(dispatcher, tracker, {}))
    return dispatcher.messages, events


@pytest.mark.parametrize(("text", "intent"), [("yes", Intent.AFFIRM), ("nope", Intent.DENY)])
def test_out_of_context_a_yes_or_no_gets_the_menu_answer_never_the_deletion_question(text, intent):
    for tracker in (
        make_tracker(text, intent=intent),  # the first message
        after(text, intent, bot_said(Response.GREET)),
        after(text, intent, bot_said(None)),  # an action's own text
    ):
        messages, events = run(tracker)
        assert [m["response"] for m in messages] == [Response.YES_NO]
        assert events == []


def test_a_yes_to_the_deletion_question_confirms_and_a_no_keeps():
    asked = bot_said(Response.FORGET_ASK)
    messages, events = run(after("yes", Intent.AFFIRM, asked))
    assert (messages, events) == ([], [FollowupAction(Action.FORGET_CONFIRM)])
    messages, events = run(after("nan", Intent.DENY, asked))
    assert [m["response"] for m in messages] == [Response.FORGET_KEPT]
    assert events == []


def test_the_privacy_note_after_the_deletion_question_does_not_hide_it():
    tracker = after(
        "ok", Intent.AFFIRM, bot_said(Response.FORGET_ASK), bot_said(Response.PRIVACY_NOTE)
    )
    assert last_bot_response(tracker.events) == Response.FORGET_ASK
    _, events = run(tracker)
    assert events == [FollowupAction(Action.FORGET_CONFIRM)]


def test_a_question_before_another_reply_is_not_answered():
    # The deletion question was answered already (another reply came after it).
    tracker = after(
        "yes", Intent.AFFIRM, bot_said(Response.FORGET_ASK), bot_said(Response.HELP_MENU)
    )
    messages, events = run(tracker)
    assert [m["response"] for m in messages] == [Response.YES_NO] and events == []
    # Only what HearMe said since the child's previous message counts.
    tracker = make_tracker("yes", intent=Intent.AFFIRM)
    tracker.events = [
        bot_said(Response.FORGET_ASK),
        {"event": "user", "text": "what are my rights", "parse_data": {}},
        {"event": "user", "text": "yes", "parse_data": {}},
    ]
    assert last_bot_response(tracker.events) is None


def test_the_question_about_new_consultations():
    asked = bot_said(Response.CONSULTATION_SUBSCRIBE_ASK)
    messages, _ = run(after("yes please", Intent.AFFIRM, asked))
    assert [m["response"] for m in messages] == [Response.CONSULTATION_SUBSCRIBE_TYPED]
    messages, _ = run(after("no thanks", Intent.DENY, asked))
    assert [m["response"] for m in messages] == [Response.CONSULTATION_SUBSCRIBE_DECLINED]


def test_reply_to_names_only_actions_and_responses_of_the_domain(domain):
    for asked in (None, Response.FORGET_ASK, Response.CONSULTATION_SUBSCRIBE_ASK, "utter_greet"):
        for yes in (True, False):
            reply = reply_to(asked, yes)
            assert reply in domain["responses"] or reply in domain["actions"], reply


# ----------------------------------------------- the end of a consultation, /forget, Telegram


TELEGRAM = {"channel": "telegram", "language": "en-GB"}


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> FakeStore:
    """The consultations' store, in memory (as in tests/actions/test_consultation.py)."""
    fake = FakeStore()

    async def call(function, *args, **kwargs):
        return getattr(fake, function.__name__)(*args, **kwargs)

    monkeypatch.setattr(chat, "call", call)
    return fake


def ended(metadata: dict[str, Any] | None) -> Tracker:
    return make_tracker(
        "/consultation_answer",
        intent="consultation_answer",
        metadata=metadata,
        slots={"consultation_outcome": "done", "consultation": SCHOOL.id, "language": "es"},
    )


def run_action(action: Any, tracker: Tracker, domain) -> tuple[list[dict[str, Any]], list[Any]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker, domain))
    return dispatcher.messages, events


def test_on_telegram_the_end_of_a_consultation_asks_about_new_ones(store, domain):
    messages, _ = run_action(ActionConsultationEnd(), ended(TELEGRAM), domain)
    assert [m["response"] for m in messages] == [
        Response.CONSULTATION_DONE,
        Response.CONSULTATION_SUBSCRIBE_ASK,
    ]
    # Its buttons come from the domain: "Yes please" is the /subscribe the connector answers.
    (variant,) = [
        v
        for v in domain["responses"][Response.CONSULTATION_SUBSCRIBE_ASK]
        if v["condition"][0]["value"] == "es"
    ]
    assert [b["payload"] for b in variant["buttons"]] == [
        SUBSCRIBE_PAYLOAD,
        f"/{Intent.SUBSCRIBE_DECLINE}",
    ]


@pytest.mark.parametrize("metadata", [None, {"channel": "web"}])
def test_elsewhere_there_are_no_broadcasts_and_no_question(store, domain, metadata):
    messages, _ = run_action(ActionConsultationEnd(), ended(metadata), domain)
    assert [m["response"] for m in messages] == [Response.CONSULTATION_DONE]


@pytest.mark.parametrize(("metadata", "signal"), [(TELEGRAM, True), (None, False)])
def test_forget_on_telegram_tells_the_connector_to_drop_the_subscription(
    store, domain, metadata, signal
):
    tracker = after("yes", Intent.AFFIRM, bot_said(Response.FORGET_ASK))
    tracker.latest_message["metadata"] = metadata or {}
    messages, _ = run_action(ActionForgetConfirm(), tracker, domain)
    assert messages[0]["response"] == Response.FORGET_DONE
    assert store.erased == 1
    custom = [m["custom"] for m in messages if m.get("custom")]
    assert custom == ([ERASED] if signal else [])


@pytest.mark.parametrize("intent", [Intent.AFFIRM, Intent.DENY])
def test_inside_the_quiz_or_a_consultation_a_bare_yes_or_no_is_read_by_the_form(intent):
    """Neither form steps aside for affirm or deny, so the rules above never take over:
    a consultation's yes/no question stores it, the quiz asks its question again."""
    from bot.consultations import answers as consultation
    from bot.education import STEPS_ASIDE as QUIZ_STEPS_ASIDE
    from bot.education import education
    from bot.education import read_answer as read_quiz_answer

    assert intent not in consultation.STEPS_ASIDE and intent not in QUIZ_STEPS_ASIDE
    yes_no = next(q for q in SCHOOL.questions if q.type == "yes_no")
    text = "yes" if intent == Intent.AFFIRM else "no"
    reading = consultation.read_answer(yes_no, text, intent=intent)
    assert (reading.kind, reading.choices) == ("answer", (text,))
    quiz = education().quiz[0]
    assert read_quiz_answer(quiz, text=text, intent=intent).for_quiz
