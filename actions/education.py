"""Online-safety tips and quiz: thin adapters around :mod:`bot.education`.

Every word a child reads comes from ``knowledge/education/`` (tips, questions) or from
the responses in ``domain/education.yml`` (the words around them, button labels).
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT

from actions._tracker import entity_value, language, latest_intent
from bot.education import QuizQuestion, TipTopic, education, match_topic, read_answer, score
from bot.names import QUIZ_SLOTS, Entity, Form, Intent, Response, Slot
from bot.names import Action as ActionName
from bot.texts import response_text


def payload(intent: str, **entities: str) -> str:
    """A button payload: ``/intent`` plus its entities as JSON."""
    return f"/{intent}{json.dumps(entities, ensure_ascii=False) if entities else ''}"


def question_for_slot(slot: str | None) -> QuizQuestion | None:
    """The quiz question a ``quiz_<id>`` slot holds the answer to."""
    if not slot or not slot.startswith(Slot.QUIZ_PREFIX):
        return None
    return education().question(slot[len(Slot.QUIZ_PREFIX) :])


def slot_for(question: QuizQuestion) -> str:
    return f"{Slot.QUIZ_PREFIX}{question.id}"


def send_tips(
    dispatcher: CollectingDispatcher, domain: dict[str, Any], lang: str, topic: TipTopic | None
) -> None:
    """One topic's tips with buttons to the next topic, all topics, the quiz and the menu;
    or, without a topic, the list of topics."""
    data = education()

    def label(response: str) -> str:
        return response_text(domain, response, lang)

    quiz = {
        "title": label(Response.EDUCATION_LABEL_QUIZ),
        "payload": payload(Intent.ONLINE_SAFETY_QUIZ),
    }
    menu = {"title": label(Response.EDUCATION_LABEL_MENU), "payload": payload(Intent.HELP)}
    if topic is None:
        topics = [
            {
                "title": t.title(lang),
                "payload": payload(Intent.ONLINE_SAFETY_TIPS, **{Entity.TIPS_TOPIC: t.id}),
            }
            for t in data.topics
        ]
        dispatcher.utter_message(response=Response.TIPS_MENU, buttons=[*topics, quiz, menu])
        return
    following = data.next_topic(topic)
    buttons = [
        {
            "title": label(Response.TIPS_LABEL_NEXT).format(topic=following.title(lang)),
            "payload": payload(Intent.ONLINE_SAFETY_TIPS, **{Entity.TIPS_TOPIC: following.id}),
        },
        {
            "title": label(Response.TIPS_LABEL_ALL),
            "payload": payload(Intent.ONLINE_SAFETY_TIPS),
        },
        quiz,
        menu,
    ]
    dispatcher.utter_message(text=topic.text(lang), buttons=buttons)


class ActionOnlineSafetyTips(Action):
    """One topic's tips (from a button, or named in the message), else the list of topics."""

    def name(self) -> str:
        return ActionName.ONLINE_SAFETY_TIPS

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        data = education()
        topic = data.topic(entity_value(tracker, Entity.TIPS_TOPIC))
        text = tracker.latest_message.get("text") or ""
        if topic is None and not text.startswith("/"):
            topic = match_topic(data.topics, text)
        send_tips(dispatcher, domain, language(tracker), topic)
        return []


class ActionOnlineSafetyQuizStart(Action):
    """Clears any earlier answers and says what the quiz is; the form then asks."""

    def name(self) -> str:
        return ActionName.QUIZ_START

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(response=Response.QUIZ_INTRO, total=str(len(education().quiz)))
        return [SlotSet(slot, None) for slot in QUIZ_SLOTS] + [SlotSet(REQUESTED_SLOT, None)]


class ActionOnlineSafetyQuizScore(Action):
    """After the last answer: the score, kindly, and where to go next."""

    def name(self) -> str:
        return ActionName.QUIZ_SCORE

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        quiz = education().quiz
        answers = {q.id: tracker.get_slot(slot_for(q)) for q in quiz}
        right = score(quiz, answers)
        total = str(len(quiz))
        if right == len(quiz):
            dispatcher.utter_message(response=Response.QUIZ_SCORE_ALL, total=total)
        else:
            dispatcher.utter_message(response=Response.QUIZ_SCORE, score=str(right), total=total)
        return []


class AskQuizQuestion(Action, ABC):
    """Asks one quiz question (the form runs ``action_ask_<slot>``): the question, one
    button per option and a stop button, in the child's current language."""

    @property
    @abstractmethod
    def slot(self) -> str:
        """The slot this action asks for."""

    def name(self) -> str:
        return f"{ActionName.ASK_PREFIX}{self.slot}"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        quiz = education().quiz
        question = question_for_slot(self.slot)
        if question is None:  # the quiz file and the domain disagree; tests prevent it
            raise LookupError(f"no quiz question for slot {self.slot}")
        lang = language(tracker)
        buttons = [
            {
                "title": f"{letter}) {option(lang)}",
                "payload": payload(
                    Intent.QUIZ_ANSWER,
                    **{Entity.QUIZ_QUESTION: question.id, Entity.QUIZ_OPTION: letter},
                ),
            }
            for letter, option in zip(question.letters, question.options, strict=True)
        ]
        buttons.append(
            {
                "title": response_text(domain, Response.QUIZ_LABEL_STOP, lang),
                "payload": payload(Intent.STOP_QUIZ),
            }
        )
        dispatcher.utter_message(
            response=Response.QUIZ_QUESTION,
            buttons=buttons,
            number=str(quiz.index(question) + 1),
            total=str(len(quiz)),
            question=question.question(lang),
        )
        return []


class ActionAskQuizPasswords(AskQuizQuestion):
    slot = Slot.QUIZ_PASSWORDS


class ActionAskQuizStrangers(AskQuizQuestion):
    slot = Slot.QUIZ_STRANGERS


class ActionAskQuizScams(AskQuizQuestion):
    slot = Slot.QUIZ_SCAMS


class ActionAskQuizSextortion(AskQuizQuestion):
    slot = Slot.QUIZ_SEXTORTION


class ActionAskQuizBullying(AskQuizQuestion):
    slot = Slot.QUIZ_BULLYING


class ValidateOnlineSafetyQuizForm(FormValidationAction):
    """Reads each message as an answer to the pending question, and says how it went.

    Extraction decides whether the message is an answer at all
    (:func:`bot.education.read_answer`); when it is not (a button, "stop", the menu…),
    nothing is extracted, the form steps aside and the rules answer. An answer that
    matches no option is kept as None, so the form asks the same question again.
    """

    def name(self) -> str:
        return ActionName.VALIDATE_QUIZ

    def form_name(self) -> str:
        return Form.ONLINE_SAFETY_QUIZ

    async def get_extraction_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        slot = tracker.get_slot(REQUESTED_SLOT)
        question = question_for_slot(slot)
        if question is None:
            return []
        reading = read_answer(
            question,
            text=tracker.latest_message.get("text") or "",
            intent=latest_intent(tracker),
            payload_question=entity_value(tracker, Entity.QUIZ_QUESTION),
            payload_option=entity_value(tracker, Entity.QUIZ_OPTION),
        )
        return [SlotSet(slot, reading.letter)] if reading.for_quiz else []

    def check(
        self, slot: str, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker
    ) -> dict[str, Any]:
        """Feedback for the answer in ``slot``: right, not quite, or "say it again"."""
        question = question_for_slot(slot)
        if question is None or value not in tuple(question.letters):
            # Only the pending question's answer can be unclear; other empty slots come
            # from action_online_safety_quiz_start clearing the last quiz.
            if slot == tracker.get_slot(REQUESTED_SLOT):
                dispatcher.utter_message(response=Response.QUIZ_NOT_UNDERSTOOD)
            return {slot: None}
        lang = language(tracker)
        why = question.why(lang)
        if value == question.correct:
            dispatcher.utter_message(response=Response.QUIZ_RIGHT, why=why)
        else:
            answer = question.option(question.correct)(lang)
            dispatcher.utter_message(response=Response.QUIZ_WRONG, answer=answer, why=why)
        return {slot: value}

    def validate_quiz_passwords(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> dict[str, Any]:
        return self.check(Slot.QUIZ_PASSWORDS, value, dispatcher, tracker)

    def validate_quiz_strangers(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> dict[str, Any]:
        return self.check(Slot.QUIZ_STRANGERS, value, dispatcher, tracker)

    def validate_quiz_scams(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> dict[str, Any]:
        return self.check(Slot.QUIZ_SCAMS, value, dispatcher, tracker)

    def validate_quiz_sextortion(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> dict[str, Any]:
        return self.check(Slot.QUIZ_SEXTORTION, value, dispatcher, tracker)

    def validate_quiz_bullying(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> dict[str, Any]:
        return self.check(Slot.QUIZ_BULLYING, value, dispatcher, tracker)
