"""After the help: the numbers for the country the child just named."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions._tracker import language
from bot.helplines import resources_for
from bot.names import Action as ActionName
from bot.names import Entity, Response, Slot
from bot.safety.respond import plan_safety_response
from bot.texts import response_text


def latest_safety_flag(events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The safety entity of the child's most recent flagged message, if any."""
    for event in reversed(events):
        if event.get("event") != "user":
            continue
        for entity in (event.get("parse_data") or {}).get("entities") or []:
            if entity.get("entity") == Entity.SAFETY:
                return dict(entity)
    return None


class ActionSafetyResources(Action):
    """Sends the helpline, emergency number and routes for the newly named country."""

    def name(self) -> str:
        return ActionName.SAFETY_RESOURCES

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        flag = latest_safety_flag(tracker.events) or {}
        lang = language(tracker)
        says = plan_safety_response(
            str(flag.get("value") or "abuse_neglect"),
            str(flag.get("severity") or "high"),
            resources_for(tracker.get_slot(Slot.COUNTRY)),
            country_asked=False,
            in_flow=bool((tracker.active_loop or {}).get("name")),
            fragment=lambda key: response_text(domain, f"{Response.SAFETY_PREFIX}fmt_{key}", lang),
            also=[str(c) for c in flag.get("categories") or []],
            resources_only=True,
        )
        dispatcher.utter_message(response="utter_safety_country_thanks")
        for say in says:
            dispatcher.utter_message(response=say.response, **say.values)
        return []
