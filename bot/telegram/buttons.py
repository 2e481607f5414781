"""Long button payloads, kept in the connector's own SQLite file.

Telegram gives a button at most 64 bytes of callback data, so a longer payload
(``/rights_show{"right": "16", "view": "act", "from": "answer"}``) travels as a short id
(``hm:p:…``, see ``bot.telegram.translate.CallbackTable``). Kept in memory only, those
ids died with the process: after a restart, or on another webhook worker, the button
was "too old". Here they are also written to the connector's SQLite file (the one of
the broadcast subscribers, ``TELEGRAM_SUBSCRIBERS_DB``), so every process and every
restart knows them.

What is written: the id, the payload and when it was last shown, nothing else (no
pseudonym, no chat). Only a payload that is an intent with identifier entities
(``/intent`` or ``/intent{"key": "value", …}`` with values of letters, digits and
``_ - . : @ +``) is written: those come from the domain and the actions. Anything else,
which could hold words, stays in memory as before. Rows not shown for ``MAX_AGE``
seconds (30 days) are deleted, and the table keeps at most ``MAX_ROWS``.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Final

from bot.telegram.translate import LONG_PAYLOAD_PREFIX, CallbackTable

logger = logging.getLogger(__name__)

MAX_AGE: Final = 30 * 24 * 3600.0
MAX_ROWS: Final = 50_000
# A payload still being shown gets its time renewed at most this often (one write an
# hour per payload and process, not one per message).
REFRESH: Final = 3600.0
# Pruning runs at the first write and then at most this often.
PRUNE_EVERY: Final = 3600.0
PAYLOAD_MAX_CHARS: Final = 1024

_INTENT_PAYLOAD: Final = re.compile(r"/([A-Za-z0-9_]{1,64})(\{.*\})?", re.DOTALL)
_ENTITY_NAME: Final = re.compile(r"[A-Za-z0-9_]{1,64}")
_ENTITY_VALUE: Final = re.compile(r"[A-Za-z0-9_.:@+-]{0,64}")


def storable(payload: str) -> bool:
    """True if ``payload`` is an intent with identifier entities only, the only kind the
    file may hold (a payload with words in it, which could be a child's, is never
    written)."""
    if len(payload) > PAYLOAD_MAX_CHARS:
        return False
    match = _INTENT_PAYLOAD.fullmatch(payload)
    if match is None:
        return False
    if match.group(2) is None:
        return True
    try:
        entities = json.loads(match.group(2))
    except ValueError:
        return False
    return isinstance(entities, dict) and all(
        isinstance(name, str)
        and _ENTITY_NAME.fullmatch(name) is not None
        and isinstance(value, str)
        and _ENTITY_VALUE.fullmatch(value) is not None
        for name, value in entities.items()
    )


class ButtonStore:
    """The ``buttons`` table of the connector's SQLite file. One connection, opened at
    first use and shared by the threads that call it (a lock keeps them one at a
    time); several processes may share the file (WAL)."""

    def __init__(
        self,
        path: Path,
        max_age: float = MAX_AGE,
        max_rows: int = MAX_ROWS,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if max_age <= 0 or max_rows < 1:
            raise ValueError("max_age and max_rows must be positive")
        self.path = path
        self.max_age = max_age
        self.max_rows = max_rows
        self.clock = clock
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._pruned_at: float | None = None

    def _connect(self) -> sqlite3.Connection:
        """The connection (call with the lock held)."""
        if self._connection is not None:
            return self._connection
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=10, check_same_thread=False)
        try:
            connection.execute("PRAGMA synchronous=NORMAL")
            with connection:
                connection.executescript(
                    """
                    CREATE TABLE IF NOT EXISTS buttons (
                        id TEXT PRIMARY KEY,
                        payload TEXT NOT NULL,
                        shown REAL NOT NULL
                    );
                    CREATE INDEX IF NOT EXISTS buttons_shown ON buttons (shown);
                    """
                )
            connection.execute("PRAGMA journal_mode=WAL")
            if os.name == "posix":
                self.path.chmod(0o600)  # the file also holds the subscribers' chat ids
        except BaseException:
            connection.close()
            raise
        self._connection = connection
        return connection

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def save(self, rows: Iterable[tuple[str, str]]) -> None:
        """Writes (id, payload) rows as shown now; prunes now and then."""
        now = self.clock()
        with self._lock:
            connection = self._connect()
            with connection:
                connection.executemany(
                    "INSERT INTO buttons (id, payload, shown) VALUES (?, ?, ?) "
                    "ON CONFLICT (id) DO UPDATE SET payload = excluded.payload, "
                    "shown = excluded.shown",
                    [(key, payload, now) for key, payload in rows],
                )
                if self._pruned_at is None or now - self._pruned_at >= PRUNE_EVERY:
                    self._prune(connection, now)

    def _prune(self, connection: sqlite3.Connection, now: float) -> None:
        connection.execute("DELETE FROM buttons WHERE shown < ?", (now - self.max_age,))
        connection.execute(
            "DELETE FROM buttons WHERE id IN (SELECT id FROM buttons "
            "ORDER BY shown DESC LIMIT -1 OFFSET ?)",
            (self.max_rows,),
        )
        self._pruned_at = now

    def prune(self) -> None:
        """Deletes rows older than ``max_age`` and all but the newest ``max_rows``."""
        with self._lock:
            connection = self._connect()
            with connection:
                self._prune(connection, self.clock())

    def load(self, key: str) -> str | None:
        """The payload of id ``key``, or None if unknown or not shown for ``max_age``."""
        with self._lock:
            row = (
                self._connect()
                .execute(
                    "SELECT payload FROM buttons WHERE id = ? AND shown >= ?",
                    (key, self.clock() - self.max_age),
                )
                .fetchone()
            )
        return None if row is None else str(row[0])

    def __len__(self) -> int:
        with self._lock:
            return int(self._connect().execute("SELECT count(*) FROM buttons").fetchone()[0])


class StoredCallbackTable(CallbackTable):
    """A ``CallbackTable`` whose long payloads are also in a ``ButtonStore``.

    ``encode`` stays synchronous and in memory (``to_chunks`` calls it); the connector
    then awaits ``flush`` before sending the buttons, which writes the new ids in a
    thread. ``resolve`` reads an id from the file, so an id made by another process or
    before a restart works, and one not shown for ``max_age`` is expired here too. If
    the file cannot be used, buttons still work in memory, as before.
    """

    def __init__(
        self, store: ButtonStore, capacity: int = 20_000, clock: Callable[[], float] = time.time
    ) -> None:
        super().__init__(capacity)
        self.store = store
        self.clock = clock
        self._unsaved: dict[str, str] = {}
        self._saved_at: dict[str, float] = {}

    def encode(self, payload: str) -> str:
        key = super().encode(payload)
        if key.startswith(LONG_PAYLOAD_PREFIX) and storable(payload):
            saved = self._saved_at.get(key)
            if saved is None or self.clock() - saved >= REFRESH:
                self._unsaved[key] = payload
        return key

    async def flush(self) -> None:
        if not self._unsaved:
            return
        rows, self._unsaved = self._unsaved, {}
        try:
            await asyncio.to_thread(self.store.save, rows.items())
        except (sqlite3.Error, OSError) as e:
            logger.error("telegram_buttons_unsaved count=%d error=%s", len(rows), type(e).__name__)
            self._unsaved = {**rows, **self._unsaved}  # tried again with the next buttons
            return
        now = self.clock()
        if len(self._saved_at) + len(rows) > self.capacity:
            self._saved_at.clear()
        self._saved_at.update(dict.fromkeys(rows, now))

    async def resolve(self, data: str) -> str | None:
        if not data.startswith(LONG_PAYLOAD_PREFIX):
            return self.decode(data)
        try:
            payload = await asyncio.to_thread(self.store.load, data)
        except (sqlite3.Error, OSError) as e:
            logger.error("telegram_buttons_unreadable error=%s", type(e).__name__)
            return self.decode(data)
        if payload is not None:
            return payload
        # Not in the file: known here only if it was never meant to be (words), or its
        # write has not succeeded yet.
        local = self.decode(data)
        if local is not None and (not storable(local) or data in self._unsaved):
            return local
        return None
