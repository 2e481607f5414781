"""The Rasa tracker store HearMe uses: Rasa's SQL store, with two privacy rules.

1. **Consultation answers are redacted before they are stored.** While the consultation
   form is active, the text of every message the child sends (their answers, and
   anything else typed meanwhile) is stored only after :func:`bot.privacy.redact` has
   taken out names, phone numbers, emails, addresses, schools, handles and links. The
   answers themselves are kept, redacted, by ``web/consultations/services.py``; the
   conversation log does not keep a second, raw copy.
2. **/forget deletes the conversation.** When ``action_forget_confirm`` ends with a
   ``Restarted`` event (``actions/privacy.py``), every stored event of that sender, in
   every session, is deleted; only what follows (the "done" message) is kept.

Configured in ``endpoints.yml``::

    tracker_store:
      type: bot.tracker_store.RedactingTrackerStore
      dialect: sqlite
      db: ${HEARME_TRACKER_DB}

Rasa's ``SQLTrackerStore`` takes the same settings (any SQLAlchemy dialect). Rasa falls
back to an in-memory store when it cannot import this class (with a warning only); the
end-to-end tests read the SQLite file to make sure it did not.
"""

from __future__ import annotations

import itertools
import json
import logging
from collections.abc import Iterator, Sequence
from typing import Any

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import (
    ActionExecuted,
    ActiveLoop,
    Event,
    Restarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from bot.commands import is_payload
from bot.names import DEFAULT_LANGUAGE, Action, Form, Slot
from bot.privacy import redact

logger = logging.getLogger(__name__)

REDACTED_LOOPS = (Form.CONSULTATION,)
"""Forms whose messages are redacted before they are stored."""


def forget_index(events: Sequence[Event], start: int = 0) -> int | None:
    """The index of the last ``action_forget_confirm`` at or after ``start`` that ended
    with ``Restarted`` (the child's data was erased), or None."""
    found = None
    for i in range(start, len(events)):
        event = events[i]
        if isinstance(event, ActionExecuted) and event.action_name == Action.FORGET_CONFIRM:
            for later in events[i + 1 :]:
                if isinstance(later, Restarted):
                    found = i
                    break
                if isinstance(later, (ActionExecuted, UserUttered)):
                    break
    return found


def stored_form(events: Sequence[Event], start: int, end: int) -> Iterator[dict[str, Any]]:
    """``events[start:end]`` as the dicts to store, with the text of user messages sent
    while a consultation form was active redacted."""
    loop: str | None = None
    lang = DEFAULT_LANGUAGE
    for i, event in enumerate(events[:end]):
        if isinstance(event, ActiveLoop):
            loop = event.name
        elif isinstance(event, Restarted):
            loop = None
        elif isinstance(event, SlotSet) and event.key == Slot.LANGUAGE and event.value:
            lang = str(event.value)
        if i < start:
            continue
        data = event.as_dict()
        if isinstance(event, UserUttered) and loop in REDACTED_LOOPS:
            data = redacted(data, lang)
        yield data


def redacted(data: dict[str, Any], language: str) -> dict[str, Any]:
    """A user event's dict with its text (and the parse data's copy) redacted."""
    text = data.get("text")
    if not isinstance(text, str) or is_payload(text):
        return data
    clean = redact(text, language)
    data = {**data, "text": clean}
    parse_data = data.get("parse_data")
    if isinstance(parse_data, dict):
        data["parse_data"] = {**parse_data, "text": clean}
    return data


class RedactingTrackerStore(SQLTrackerStore):
    """``SQLTrackerStore`` that redacts consultation answers and honours /forget."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.event_broker is not None:
            # Events would leave unredacted: HearMe does not stream them anywhere.
            logger.warning("tracker_store: the event broker is ignored (events are not streamed)")

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Stores the tracker's new events, redacted; after /forget, only what follows."""
        with self.session_scope() as session:
            stored = self._event_query(
                session, tracker.sender_id, fetch_events_from_all_sessions=False
            ).count()
            events = list(tracker.events)
            start = stored
            erased_at = forget_index(events, stored)
            if erased_at is not None:
                deleted = (
                    session.query(self.SQLEvent)
                    .filter(self.SQLEvent.sender_id == tracker.sender_id)
                    .delete(synchronize_session=False)
                )
                logger.info("tracker_store_forgot events=%s", deleted)
                start = erased_at
            for data in stored_form(events, start, len(events)):
                intent = (data.get("parse_data") or {}).get("intent", {}).get(INTENT_NAME_KEY)
                session.add(
                    self.SQLEvent(
                        sender_id=tracker.sender_id,
                        type_name=data.get("event"),
                        timestamp=data.get("timestamp"),
                        intent_name=intent,
                        action_name=data.get("name"),
                        data=json.dumps(data),
                    )
                )
            session.commit()

    def _additional_events(self, session: Any, tracker: DialogueStateTracker) -> Iterator[Any]:
        # Not used by save() above; kept consistent for Rasa code that calls it.
        stored = self._event_query(
            session, tracker.sender_id, fetch_events_from_all_sessions=False
        ).count()
        return itertools.islice(tracker.events, stored, len(tracker.events))
