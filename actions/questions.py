"""Neutral questions ("what is sextortion?", "what age can you get married?").

A question about staying safe online gets the matching tips topic; a question about a
right gets that right, citing the article, or "did you mean…" buttons when HearMe is
unsure (actions/rights.py); a question about neither gets an honest "I can't answer
that in detail yet" and the menu.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions._tracker import language
from actions.education import send_tips
from actions.rights import answer_rights_question
from bot.education import education, match_topic
from bot.names import Action as ActionName
from bot.names import Response


class ActionAnswerQuestion(Action):
    """Answers what HearMe knows (online-safety tips, rights); is honest about the rest."""

    def name(self) -> str:
        return ActionName.ANSWER_QUESTION

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        lang = language(tracker)
        topic = match_topic(education().topics, text)
        if topic is not None:
            send_tips(dispatcher, domain, lang, topic)
            return []
        events = answer_rights_question(dispatcher, tracker, domain)
        if events is not None:
            return events
        dispatcher.utter_message(response=Response.ASK_QUESTION)
        return []
