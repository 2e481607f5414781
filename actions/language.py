"""Language switching: confirm a requested language or offer the choice."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.context import requested_in_message
from bot.names import Action as ActionName
from bot.names import Response


class ActionConfirmLanguage(Action):
    """Runs after action_resolve_context applied any requested language."""

    def name(self) -> str:
        return ActionName.CONFIRM_LANGUAGE

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if requested_in_message(tracker):
            dispatcher.utter_message(response=Response.LANGUAGE_CHANGED)
        else:
            dispatcher.utter_message(response=Response.LANGUAGE_MENU)
        return []
