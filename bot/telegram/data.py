"""What HearMe keeps about a Telegram child, for /mydata, /forget and /stop.

* The conversation is in Rasa's SQL tracker store (``HEARME_TRACKER_DB``, SQLite), under
  the child's pseudonym. Rasa's HTTP API has no way to delete a conversation, so the
  connector reads and deletes the pseudonym's rows of Rasa's ``events`` table itself;
  it must run next to the tracker database (``make run`` does).
* "Subscribed" is ``web.consultations.models.Participant.subscribed`` (wants the report
  back of a consultation). A child who blocks the bot or types /stop is unsubscribed. The
  participant's pseudonym is ``pseudonym("telegram", <Rasa sender id>)``, as for
  safeguarding alerts (``web.safeguarding.store``), where the sender id is itself the
  Telegram pseudonym; a child who never took part has no row and nothing to change.

Blocking work (SQLite, Django's ORM) runs in worker threads; nothing happens at import.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from bot.names import DEFAULT_LANGUAGE
from bot.privacy import pseudonym
from bot.telegram.translate import CHANNEL

logger = logging.getLogger(__name__)

# Slots /mydata shows (bot.names.Slot values; the domain test keeps them real).
LANGUAGE_SLOT = "language"
COUNTRY_SLOT = "country"
AGE_BAND_SLOT = "age_band"
_SHOWN_SLOTS = (LANGUAGE_SLOT, COUNTRY_SLOT, AGE_BAND_SLOT)


class DataUnavailable(RuntimeError):
    """The conversation store cannot be read or changed right now."""


@dataclass(frozen=True)
class Summary:
    """What the conversation store holds for one child."""

    messages: int
    language: str | None = None
    country: str | None = None
    age_band: str | None = None
    # The language the conversation set (first message or /language), None if it never
    # did: ``language`` then falls back to the default for display.
    chosen_language: str | None = None


class ChildData(Protocol):
    async def summary(self, sender: str) -> Summary: ...

    async def forget(self, sender: str) -> int: ...

    async def unsubscribe(self, sender: str) -> int: ...

    async def is_subscribed(self, sender: str) -> bool: ...

    async def subscribe(
        self,
        sender: str,
        chat_id: int,
        language: str | None,
        country: str | None = None,
        age_band: str | None = None,
    ) -> bool: ...


class ConversationStore:
    """Reads and deletes one sender's rows in Rasa's SQLite tracker store."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _connect(self) -> sqlite3.Connection:
        if not self.path.is_file():
            raise DataUnavailable(f"no tracker database at {self.path}")
        try:
            # Rasa writes from its own process; wait for its lock rather than fail.
            return sqlite3.connect(self.path, timeout=10)
        except sqlite3.Error as e:
            raise DataUnavailable(type(e).__name__) from e

    def summary_sync(self, sender: str) -> Summary:
        connection = self._connect()
        try:
            rows = connection.execute(
                "SELECT type_name, data FROM events WHERE sender_id = ? ORDER BY id", (sender,)
            ).fetchall()
        except sqlite3.Error as e:
            raise DataUnavailable(type(e).__name__) from e
        finally:
            connection.close()
        messages = 0
        slots: dict[str, str | None] = {}
        for type_name, data in rows:
            if type_name in ("user", "bot"):
                messages += 1
            elif type_name == "slot":
                try:
                    event = json.loads(data or "{}")
                except ValueError:
                    continue
                name, value = event.get("name"), event.get("value")
                if name in _SHOWN_SLOTS:
                    slots[name] = value if isinstance(value, str) and value else None
        # The language slot starts as the default language and is only set on a change.
        language = slots.get(LANGUAGE_SLOT) or (DEFAULT_LANGUAGE if messages else None)
        return Summary(
            messages,
            language,
            slots.get(COUNTRY_SLOT),
            slots.get(AGE_BAND_SLOT),
            slots.get(LANGUAGE_SLOT),
        )

    def forget_sync(self, sender: str) -> int:
        connection = self._connect()
        try:
            with connection:
                cursor = connection.execute("DELETE FROM events WHERE sender_id = ?", (sender,))
            return int(cursor.rowcount)
        except sqlite3.Error as e:
            raise DataUnavailable(type(e).__name__) from e
        finally:
            connection.close()


_django_lock = threading.Lock()


def _ensure_django() -> None:
    """Loads Django's app registry once (not its logging; see web.safeguarding.store)."""
    with _django_lock:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "web.hearme_web.settings")
        from django.apps import apps
        from django.conf import settings

        if not apps.ready:
            apps.populate(settings.INSTALLED_APPS)


def participant_pseudonym(sender: str, secret: bytes) -> str:
    """The ``Participant.pseudonym`` of the Telegram child whose Rasa sender id is
    ``sender`` (the same rule as safeguarding alerts: channel + sender id, keyed)."""
    return pseudonym(CHANNEL, sender, secret)


def unsubscribe_sync(sender: str, secret: bytes) -> int:
    """Sets ``subscribed`` to False on the child's participant row, if there is one.

    Returns:
        The number of rows changed (0 or 1).
    """
    _ensure_django()
    from django.db import close_old_connections

    from web.consultations.models import Participant

    close_old_connections()
    try:
        return int(
            Participant.objects.filter(
                pseudonym=participant_pseudonym(sender, secret), subscribed=True
            ).update(subscribed=False)
        )
    finally:
        close_old_connections()


class HearMeData:
    """The real store: Rasa's tracker database, the application database and the
    connector's subscriber file (broadcasts)."""

    def __init__(self, tracker_db: Path, secret: bytes, subscribers_db: Path | None = None) -> None:
        from bot.telegram.broadcast import SubscriberStore

        self.conversations = ConversationStore(tracker_db)
        self.subscribers = SubscriberStore(subscribers_db, secret) if subscribers_db else None
        self._secret = secret

    async def subscribe(
        self,
        sender: str,
        chat_id: int,
        language: str | None,
        country: str | None = None,
        age_band: str | None = None,
    ) -> bool:
        if self.subscribers is None:
            raise DataUnavailable("no subscriber store")
        try:
            return await asyncio.to_thread(
                self.subscribers.subscribe, sender, chat_id, language, country, age_band
            )
        except sqlite3.Error as e:
            raise DataUnavailable(type(e).__name__) from e

    async def is_subscribed(self, sender: str) -> bool:
        """Whether the child is subscribed to broadcasts (the connector's own file)."""
        if self.subscribers is None:
            raise DataUnavailable("no subscriber store")
        try:
            return await asyncio.to_thread(self.subscribers.is_subscribed, sender)
        except sqlite3.Error as e:
            raise DataUnavailable(type(e).__name__) from e

    async def summary(self, sender: str) -> Summary:
        return await asyncio.to_thread(self.conversations.summary_sync, sender)

    async def forget(self, sender: str) -> int:
        deleted = await asyncio.to_thread(self.conversations.forget_sync, sender)
        logger.info("telegram_forget user=%s events=%d", sender[:8], deleted)
        return deleted

    async def unsubscribe(self, sender: str) -> int:
        """Unsubscribes from broadcasts and from consultation report-backs."""
        if self.subscribers is not None:
            try:
                await asyncio.to_thread(self.subscribers.unsubscribe, sender)
            except sqlite3.Error as e:
                logger.error(
                    "telegram_unsubscribe_failed user=%s error=%s", sender[:8], type(e).__name__
                )
        try:
            changed = await asyncio.to_thread(unsubscribe_sync, sender, self._secret)
        except Exception as e:  # the app database is down: log it, the chat goes on
            logger.error(
                "telegram_unsubscribe_failed user=%s error=%s", sender[:8], type(e).__name__
            )
            return 0
        logger.info("telegram_unsubscribed user=%s participants=%d", sender[:8], changed)
        return changed
