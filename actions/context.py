"""Resolves the child's language and country on every turn (custom slot mapping)."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions._tracker import entity_value, latest_intent, latest_metadata, previous_bot_action
from bot.age import age_band_from_text, normalise_age_band
from bot.country import country_from_text, normalise_country
from bot.language import (
    detect_language,
    normalise_language,
    requested_language,
    resolve_language,
)
from bot.names import Action as ActionName
from bot.names import Entity, Intent, Slot


def requested_in_message(tracker: Tracker) -> str | None:
    """The language the child explicitly asked for in this message, if any."""
    if latest_intent(tracker) != Intent.CHOOSE_LANGUAGE:
        return None
    # The language names in the text first: DIET's entity once took the French
    # preposition of "en français stp" for English ("en").
    # A button's payload carries its language as the entity only.
    text = tracker.latest_message.get("text") or ""
    named = None if text.startswith("/") else requested_language(text)
    return named or normalise_language(entity_value(tracker, Entity.LANGUAGE))


def country_was_asked(tracker: Tracker) -> bool:
    """True when HearMe's last action before this message was the safety response, which
    asks for the country when it is unknown."""
    return previous_bot_action(tracker.events) == ActionName.SAFETY_RESPONSE


class ActionResolveContext(Action):
    """Fills ``language``, ``language_source``, ``country`` and ``age_band`` for the
    reply to come."""

    def name(self) -> str:
        return ActionName.RESOLVE_CONTEXT

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        metadata = latest_metadata(tracker)
        text = tracker.latest_message.get("text") or ""
        current = tracker.get_slot(Slot.LANGUAGE)
        source = tracker.get_slot(Slot.LANGUAGE_SOURCE)
        metadata_language = normalise_language(metadata.get("language"))
        requested = requested_in_message(tracker)
        # Detection is the weakest signal: skip its cost when a stronger one decides.
        needs_detection = not (requested or metadata_language or source in ("chosen", "metadata"))
        detected = detect_language(text) if needs_detection and not text.startswith("/") else None
        choice = resolve_language(
            current, source, requested=requested, metadata=metadata_language, detected=detected
        )
        events: list[EventType] = []
        if choice.language != current:
            events.append(SlotSet(Slot.LANGUAGE, choice.language))
        if choice.source != source:
            events.append(SlotSet(Slot.LANGUAGE_SOURCE, choice.source))
        country = normalise_country(metadata.get("country"))
        if (
            country is None
            and tracker.get_slot(Slot.COUNTRY) is None
            and country_was_asked(tracker)
        ):
            country = country_from_text(text)
        if country and country != tracker.get_slot(Slot.COUNTRY):
            events.append(SlotSet(Slot.COUNTRY, country))
        # A band the channel knows, else one the child just stated ("I'm 14"); a band
        # once known stays until the child states another.
        band = normalise_age_band(metadata.get("age_band", metadata.get("age")))
        if band is None and not text.startswith("/"):
            band = age_band_from_text(text)
        if band and band != tracker.get_slot(Slot.AGE_BAND):
            events.append(SlotSet(Slot.AGE_BAND, band))
        return events
