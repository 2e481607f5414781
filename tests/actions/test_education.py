"""Online-safety tips and quiz actions, with trackers built inline."""

from __future__ import annotations

import asyncio
import inspect
import json
import re
from typing import Any

import pytest
from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

import actions.education as module
from actions.education import (
    ActionAskQuizScams,
    ActionOnlineSafetyQuizScore,
    ActionOnlineSafetyQuizStart,
    ActionOnlineSafetyTips,
    ValidateOnlineSafetyQuizForm,
)
from bot.education import education
from bot.names import LANGUAGES, QUIZ_SLOTS, Slot
from bot.texts import response_text
from tests.actions.conftest import make_tracker

PAYLOAD = re.compile(r"^/(\w+)(\{.*\})?$")


def parse(payload: str) -> tuple[str, dict[str, Any]]:
    """What Rasa reads from a button payload: the intent and its entities."""
    match = PAYLOAD.match(payload)
    assert match, payload
    return match.group(1), json.loads(match.group(2) or "{}")


def run(action: Action, tracker: Tracker, domain) -> tuple[list[dict[str, Any]], list[Any]]:
    dispatcher = CollectingDispatcher()
    result = action.run(dispatcher, tracker, domain)
    events = asyncio.run(result) if inspect.iscoroutine(result) else result
    return dispatcher.messages, events


def label(domain, response: str, lang: str) -> str:
    return response_text(domain, response, lang)


# ------------------------------------------------------------------------------- tips


@pytest.mark.parametrize("lang", LANGUAGES)
def test_tips_without_a_topic_list_the_topics_then_the_quiz_and_the_menu(domain, lang):
    tracker = make_tracker(
        "/online_safety_tips", intent="online_safety_tips", slots={"language": lang}
    )
    (message,), events = run(ActionOnlineSafetyTips(), tracker, domain)
    assert events == []
    assert message["response"] == "utter_tips_menu"
    topics = education().topics
    buttons = message["buttons"]
    assert [b["title"] for b in buttons] == [
        *(t.title(lang) for t in topics),
        label(domain, "utter_education_label_quiz", lang),
        label(domain, "utter_education_label_menu", lang),
    ]
    parsed = [parse(b["payload"]) for b in buttons]
    assert parsed == [
        *(("online_safety_tips", {"tips_topic": t.id}) for t in topics),
        ("online_safety_quiz", {}),
        ("help", {}),
    ]


def test_a_topic_button_gives_that_topics_tips_in_the_childs_language(domain):
    tracker = make_tracker(
        '/online_safety_tips{"tips_topic": "passwords"}',
        intent="online_safety_tips",
        entities=[{"entity": "tips_topic", "value": "passwords"}],
        slots={"language": "fr"},
    )
    (message,), _ = run(ActionOnlineSafetyTips(), tracker, domain)
    topic = education().topic("passwords")
    lines = message["text"].split("\n")
    assert lines[0] == topic.title("fr") == "Mots de passe"
    assert lines[1:] == [f"• {point}" for point in topic.points["fr"]]
    following = education().next_topic(topic)
    assert [b["title"] for b in message["buttons"]] == [
        f"Conseil suivant : {following.title('fr')}",
        "Tous les conseils",
        "Faire le quiz",
        "Menu principal",
    ]
    assert parse(message["buttons"][0]["payload"]) == (
        "online_safety_tips",
        {"tips_topic": following.id},
    )


@pytest.mark.parametrize(
    ("text", "lang", "topic"),
    [
        ("how do i make a good password", "en", "passwords"),
        ("des conseils sur les arnaques stp", "fr", "scams"),
        ("consejos sobre el acoso", "es", "bullying"),
    ],
)
def test_a_topic_named_in_the_message_goes_straight_to_it(domain, text, lang, topic):
    tracker = make_tracker(text, intent="online_safety_tips", slots={"language": lang})
    (message,), _ = run(ActionOnlineSafetyTips(), tracker, domain)
    assert message["text"] == education().topic(topic).text(lang)


def test_an_unknown_topic_in_an_old_button_shows_the_list(domain):
    tracker = make_tracker(
        '/online_safety_tips{"tips_topic": "gone"}',
        intent="online_safety_tips",
        entities=[{"entity": "tips_topic", "value": "gone"}],
    )
    (message,), _ = run(ActionOnlineSafetyTips(), tracker, domain)
    assert message["response"] == "utter_tips_menu"


# ------------------------------------------------------------------------------ quiz


def test_starting_the_quiz_clears_earlier_answers_and_says_how_many_questions(domain):
    slots = {slot: "a" for slot in QUIZ_SLOTS}
    tracker = make_tracker("quiz me", intent="online_safety_quiz", slots=slots)
    (message,), events = run(ActionOnlineSafetyQuizStart(), tracker, domain)
    assert message["response"] == "utter_quiz_intro"
    assert message["total"] == str(len(education().quiz))
    assert events == [SlotSet(slot, None) for slot in QUIZ_SLOTS] + [
        SlotSet("requested_slot", None)
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_question_has_its_options_as_buttons_and_a_way_to_stop(domain, lang):
    question = education().question("scams")
    tracker = make_tracker("b", intent="nlu_fallback", slots={"language": lang})
    (message,), events = run(ActionAskQuizScams(), tracker, domain)
    assert events == []
    assert message["response"] == "utter_quiz_question"
    assert message["question"] == question.question(lang)
    assert message["number"] == str(education().quiz.index(question) + 1)
    assert message["total"] == str(len(education().quiz))
    *options, stop = message["buttons"]
    assert [b["title"] for b in options] == [
        f"{letter}) {option(lang)}" for letter, option in zip("abc", question.options, strict=True)
    ]
    assert [parse(b["payload"]) for b in options] == [
        ("quiz_answer", {"quiz_question": "scams", "quiz_option": letter}) for letter in "abc"
    ]
    assert stop["title"] == label(domain, "utter_quiz_label_stop", lang)
    assert parse(stop["payload"]) == ("stop_quiz", {})


def quiz_tracker(
    text: str,
    *,
    intent: str,
    asking: str = Slot.QUIZ_SCAMS,
    lang: str = "en",
    entities: list[dict[str, Any]] | None = None,
) -> Tracker:
    """The tracker the form hands to its validation action while ``asking`` is pending."""
    tracker = make_tracker(
        text,
        intent=intent,
        entities=entities,
        slots={"language": lang, "requested_slot": asking},
    )
    tracker.active_loop = {"name": "online_safety_quiz_form"}
    tracker.events.append({"event": "action", "name": "online_safety_quiz_form"})
    return tracker


def validate(tracker: Tracker, domain) -> tuple[list[dict[str, Any]], list[Any]]:
    return run(ValidateOnlineSafetyQuizForm(), tracker, domain)


def answer_button(question: str, option: str) -> dict[str, Any]:
    return {
        "text": f'/quiz_answer{{"quiz_question": "{question}", "quiz_option": "{option}"}}',
        "intent": "quiz_answer",
        "entities": [
            {"entity": "quiz_question", "value": question},
            {"entity": "quiz_option", "value": option},
        ],
    }


def test_a_right_answer_is_kept_and_praised_with_the_reason(domain):
    question = education().question("scams")
    messages, events = validate(quiz_tracker(**answer_button("scams", question.correct)), domain)
    assert events == [SlotSet(Slot.QUIZ_SCAMS, question.correct)]
    (message,) = messages
    assert (message["response"], message["why"]) == ("utter_quiz_right", question.why("en"))


def test_a_wrong_answer_is_kept_with_kind_feedback_and_the_best_answer(domain):
    question = education().question("scams")
    wrong = next(letter for letter in question.letters if letter != question.correct)
    messages, events = validate(quiz_tracker(**answer_button("scams", wrong), lang="es"), domain)
    assert events == [SlotSet(Slot.QUIZ_SCAMS, wrong)]
    (message,) = messages
    assert message["response"] == "utter_quiz_wrong"
    assert message["answer"] == question.option(question.correct)("es")
    assert message["why"] == question.why("es")


def test_a_typed_answer_in_another_language_is_understood(domain):
    # The child switched to French mid-quiz: letters are the same in every language.
    question = education().question("scams")
    typed = question.option(question.correct)("fr").upper()
    messages, events = validate(quiz_tracker(typed, intent="nlu_fallback", lang="fr"), domain)
    assert events == [SlotSet(Slot.QUIZ_SCAMS, question.correct)]
    assert messages[0]["response"] == "utter_quiz_right"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_answer_that_matches_nothing_is_asked_again_kindly(domain, lang):
    messages, events = validate(quiz_tracker("banana", intent="nlu_fallback", lang=lang), domain)
    # Slot set to None: the form does not step aside, it asks the same question again.
    assert events == [SlotSet(Slot.QUIZ_SCAMS, None)]
    assert [m["response"] for m in messages] == ["utter_quiz_not_understood"]


def test_a_button_of_an_earlier_question_is_not_taken_for_this_one(domain):
    messages, events = validate(quiz_tracker(**answer_button("passwords", "c")), domain)
    assert events == [SlotSet(Slot.QUIZ_SCAMS, None)]
    assert [m["response"] for m in messages] == ["utter_quiz_not_understood"]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("/resume", "resume"),
        ("/stop_quiz", "stop_quiz"),
        ("/help", "help"),
        ("/menu_get_help", "menu_get_help"),
        ("/online_safety_quiz", "online_safety_quiz"),
        ("stop", "stop_quiz"),
        ("i need to talk to someone", "menu_get_help"),
    ],
)
def test_buttons_and_requests_for_something_else_are_not_answers(domain, text, intent):
    # Nothing extracted, nothing said: the form is rejected and the rules answer
    # (data/rules/education.yml), e.g. /resume asks the question again.
    messages, events = validate(quiz_tracker(text, intent=intent), domain)
    assert (messages, events) == ([], [])


def test_nothing_is_read_when_no_question_is_pending(domain):
    tracker = quiz_tracker("b", intent="nlu_fallback", asking=None)
    assert validate(tracker, domain) == ([], [])


@pytest.mark.parametrize(
    ("wrong", "response"),
    [(0, "utter_quiz_score_all"), (2, "utter_quiz_score")],
)
def test_the_score_is_given_kindly(domain, wrong, response):
    quiz = education().quiz
    answers = {}
    for index, question in enumerate(quiz):
        other = next(letter for letter in question.letters if letter != question.correct)
        answers[f"quiz_{question.id}"] = other if index < wrong else question.correct
    tracker = make_tracker("a", intent="nlu_fallback", slots=answers)
    (message,), events = run(ActionOnlineSafetyQuizScore(), tracker, domain)
    assert events == []
    assert message["response"] == response
    assert message["total"] == str(len(quiz))
    if wrong:
        assert message["score"] == str(len(quiz) - wrong)


def test_the_validation_action_checks_every_quiz_slot():
    for slot in QUIZ_SLOTS:
        assert callable(getattr(ValidateOnlineSafetyQuizForm, f"validate_{slot}", None)), slot


def test_every_quiz_slot_has_an_ask_action_in_the_package():
    names = {
        cls().name()
        for cls in vars(module).values()
        if isinstance(cls, type)
        and issubclass(cls, Action)
        and cls.__module__ == module.__name__
        and not inspect.isabstract(cls)
    }
    assert {f"action_ask_{slot}" for slot in QUIZ_SLOTS} <= names
