"""Neutral questions ("what is sextortion?", "what age can you get married?").

A question about staying safe online gets the matching tips topic; any other question
gets an honest "I can't answer that in detail yet" and the menu, until the rights
knowledge base answers it.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions._tracker import language
from actions.education import send_tips
from bot.education import education, match_topic
from bot.names import Action as ActionName
from bot.names import Response


class ActionAnswerQuestion(Action):
    """Answers what HearMe knows (online-safety tips); is honest about the rest."""

    def name(self) -> str:
        return ActionName.ANSWER_QUESTION

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        topic = match_topic(education().topics, tracker.latest_message.get("text") or "")
        if topic is None:
            dispatcher.utter_message(response=Response.ASK_QUESTION)
        else:
            send_tips(dispatcher, domain, language(tracker), topic)
        return []
