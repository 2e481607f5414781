"""The safety response: warm words, then the right numbers for the child's country."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions._tracker import language
from actions.rights import send_right_for_disclosure
from bot.helplines import resources_for
from bot.names import Action as ActionName
from bot.names import Entity, Response, Slot
from bot.questions import is_question
from bot.safety.respond import plan_safety_response
from bot.texts import response_text
from web.safeguarding.store import record_alert

logger = logging.getLogger(__name__)


def safety_entity(entities: list[dict[str, Any]]) -> dict[str, Any] | None:
    for entity in entities:
        if entity.get("entity") == Entity.SAFETY:
            return dict(entity)
    return None


def latest_safety_flag(events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The safety entity of the child's most recent flagged message, if any."""
    for event in reversed(events):
        if event.get("event") == "user":
            flag = safety_entity((event.get("parse_data") or {}).get("entities") or [])
            if flag is not None:
                return flag
    return None


def send_help(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain: dict[str, Any],
    flag: dict[str, Any],
    *,
    resources_only: bool = False,
    before_country_question: Callable[[], None] | None = None,
) -> tuple[str, str]:
    """Plans and sends the help for a flag; returns its (category, severity).

    ``before_country_question`` runs after the help and before HearMe asks for the
    country (or at the end when it does not ask), e.g. to add the right a disclosing
    question asked about."""
    category = str(flag.get("value") or "abuse_neglect")
    severity = str(flag.get("severity") or "high")
    country = tracker.get_slot(Slot.COUNTRY)
    lang = language(tracker)

    def fragment(key: str) -> str:
        return response_text(domain, f"{Response.SAFETY_PREFIX}fmt_{key}", lang)

    says = plan_safety_response(
        category,
        severity,
        resources_for(country),
        country_asked=country is None,
        in_flow=bool((tracker.active_loop or {}).get("name")),
        fragment=fragment,
        also=[str(c) for c in flag.get("categories") or []],
        resources_only=resources_only,
    )
    pending = before_country_question
    for say in says:
        if pending is not None and say.response == Response.SAFETY_ASK_COUNTRY:
            pending()
            pending = None
        dispatcher.utter_message(response=say.response, **say.values)
    if pending is not None:
        pending()
    return category, severity


class ActionSafetyResponse(Action):
    """Runs whenever triage flagged the child's message (see HearMeRulePolicy)."""

    def name(self) -> str:
        return ActionName.SAFETY_RESPONSE

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        flag = safety_entity(tracker.latest_message.get("entities") or []) or {}
        text = tracker.latest_message.get("text") or ""
        events: list[EventType] = []

        def the_right_asked_about() -> None:
            # "my dad hits me, is that allowed?": the help first, then the right — only
            # when HearMe can tell which right, never "did you mean…" here. The right is
            # remembered, so that a typed "what can I do?" afterwards is about it.
            if is_question(text):
                events.extend(
                    send_right_for_disclosure(
                        dispatcher, tracker, domain, str(flag.get("value") or "")
                    )
                )

        category, severity = send_help(
            dispatcher, tracker, domain, flag, before_country_question=the_right_asked_about
        )
        country = tracker.get_slot(Slot.COUNTRY)
        lang = language(tracker)
        # One line for operators: ids only, never the child's words.
        logger.info(
            "safety_response category=%s severity=%s source=%s country=%s language=%s",
            category,
            severity,
            flag.get("source"),
            country or "-",
            lang,
        )
        # After the help is dispatched, and never in its way: a failed alert is logged
        # for operators (ids only) and the child still gets every message above.
        try:
            record_alert(
                channel=tracker.get_latest_input_channel() or "unknown",
                sender_id=tracker.sender_id,
                category=category,
                severity=severity,
                source=str(flag.get("source") or ""),
                language=lang,
                country=country,
                text=tracker.latest_message.get("text"),
                wait=False,
            )
        except Exception as e:
            logger.error(
                "safeguarding_alert_failed category=%s severity=%s error=%s",
                category,
                severity,
                type(e).__name__,
            )
        return events


class ActionSafetyResources(Action):
    """After the child named their country in answer to the safety response's question:
    that country's helpline, emergency number and routes for the earlier disclosure."""

    def name(self) -> str:
        return ActionName.SAFETY_RESOURCES

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        dispatcher.utter_message(response="utter_safety_country_thanks")
        send_help(
            dispatcher,
            tracker,
            domain,
            latest_safety_flag(tracker.events) or {},
            resources_only=True,
        )
        return []
