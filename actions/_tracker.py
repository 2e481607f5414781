"""Small helpers to read the parts of a rasa-sdk tracker the actions need."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from bot.names import DEFAULT_LANGUAGE, LANGUAGES, Response, Slot


def latest_metadata(tracker: Tracker) -> dict[str, Any]:
    metadata = tracker.latest_message.get("metadata") or {}
    return metadata if isinstance(metadata, dict) else {}


def latest_intent(tracker: Tracker) -> str | None:
    intent = tracker.latest_message.get("intent") or {}
    name = intent.get("name")
    return name if isinstance(name, str) else None


def entity_value(tracker: Tracker, entity: str) -> str | None:
    for e in tracker.latest_message.get("entities") or []:
        if e.get("entity") == entity and isinstance(e.get("value"), str):
            return str(e["value"])
    return None


def language(tracker: Tracker) -> str:
    value = tracker.get_slot(Slot.LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def previous_bot_action(events: list[dict[str, Any]]) -> str | None:
    """The last action (other than listening) before the child's latest message."""
    seen_user = False
    for event in reversed(events):
        if event.get("event") == "user":
            if seen_user:
                return None
            seen_user = True
        elif (
            seen_user
            and event.get("event") == "action"
            and event.get("name") not in ("action_listen", None)
        ):
            return str(event["name"])
    return None


# Said after the reply to a message, never a question of its own (bot/policies.py):
# a yes or no typed after it answers the message before it.
_SAID_AFTER_A_REPLY = frozenset({Response.PRIVACY_NOTE})


def last_bot_response(events: list[dict[str, Any]]) -> str | None:
    """The response (``utter_…``) of HearMe's last message before the child's latest
    message, passing over the privacy note.

    None when HearMe said nothing between the child's two latest messages, or when its
    last message was not a domain response. Rasa records the response's name as
    ``utter_action`` in the message's metadata, whether a rule or an action sent it.
    """
    seen_user = False
    for event in reversed(events):
        kind = event.get("event")
        if kind == "user":
            if seen_user:
                return None
            seen_user = True
        elif seen_user and kind == "bot":
            name = (event.get("metadata") or {}).get("utter_action")
            if name in _SAID_AFTER_A_REPLY:
                continue
            return name if isinstance(name, str) else None
    return None
