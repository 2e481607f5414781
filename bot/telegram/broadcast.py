"""Broadcasts (U-Report style): children who typed /subscribe get short messages from
the deployment, sent at a steady rate, resumable after an interruption.

Design:

* **Opt-in only.** A child is subscribed by typing /subscribe, and unsubscribed by /stop,
  by blocking the bot (``my_chat_member`` "kicked") or by a 403 while sending.
* **Where the chat id lives.** Sending needs the Telegram chat id, which a pseudonym
  cannot give back. It is kept only in the connector's own SQLite file
  (``TELEGRAM_SUBSCRIBERS_DB``, never the application database, which staff can read),
  encrypted with AES-GCM under a key derived from ``HEARME_PSEUDONYM_SECRET`` (HKDF), next
  to the child's pseudonym and language. Unsubscribing deletes the encrypted id.
* **Resumable.** Every send is recorded per (broadcast, child): a broadcast sent again
  goes only to the children it has not reached, so an interrupted run is resumed by
  running it again. Failures other than "blocked" are retried by the next run.
* **Rate.** At most ``rate`` messages a second (default 20, under Telegram's ~30/s for
  one bot); a 429 waits as long as Telegram asks.

A broadcast's words are child-facing text, so they live in a YAML file reviewed like the
rest (``id`` and ``texts`` in en, fr and es), checked by ``load_broadcast``.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import logging
import os
import re
import sqlite3
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from yaml.nodes import Node

from bot.names import DEFAULT_LANGUAGE, LANGUAGES
from bot.problems import DataFileError, NodeReader, compose_yaml
from bot.telegram.translate import TEXT_LIMIT, utf16_len

logger = logging.getLogger(__name__)

_ID_RE: Final = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
DEFAULT_RATE: Final = 20.0
MAX_RETRY_AFTER: Final = 300.0

SENT: Final = "sent"
BLOCKED: Final = "blocked"
FAILED: Final = "failed"


class BroadcastError(DataFileError):
    """A broadcast file is invalid."""

    subject = "broadcast"


@dataclass(frozen=True)
class Broadcast:
    """One message for every subscriber, in their language."""

    id: str
    texts: dict[str, str]

    def text_for(self, language: str | None) -> str:
        return self.texts[language if language in LANGUAGES else DEFAULT_LANGUAGE]


def load_broadcast(path: Path) -> Broadcast:
    """Reads and checks a broadcast file: ``id`` (a-z, 0-9, _ and -) and ``texts`` with
    en, fr and es, each at most one Telegram message.

    Raises:
        BroadcastError: every problem, with file, line and field.
    """
    root = compose_yaml(path, BroadcastError)
    reader = NodeReader(str(path))
    fields = reader.mapping(root, "", ("id", "texts"))
    if fields is None:
        raise BroadcastError(reader.problems)
    ident = reader.text(fields["id"], "id", 64)
    if ident is not None and not _ID_RE.fullmatch(ident):
        reader.problem(fields["id"], "id", "use a-z, 0-9, _ and - (start with a letter or digit)")
    texts: dict[str, str] = {}
    by_language = reader.mapping(fields["texts"], "texts", LANGUAGES)
    if by_language is not None:
        for lang in LANGUAGES:
            node: Node = by_language[lang]
            text = reader.text(node, f"texts.{lang}", TEXT_LIMIT)
            if text is not None and utf16_len(text) > TEXT_LIMIT:
                reader.problem(node, f"texts.{lang}", f"is longer than {TEXT_LIMIT} UTF-16 units")
            elif text is not None:
                texts[lang] = text
    if reader.problems:
        raise BroadcastError(reader.problems)
    assert ident is not None
    return Broadcast(ident, texts)


def chat_key(pseudonym_secret: bytes) -> bytes:
    """The AES-256 key for chat ids, derived from the pseudonym secret (a separate key:
    the secret itself only ever keys HMACs)."""
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"hearme telegram chat id v1"
    ).derive(pseudonym_secret)


@dataclass(frozen=True)
class Recipient:
    pseudonym: str
    chat_id: int
    language: str


class SubscriberStore:
    """The connector's own SQLite file of subscribers and deliveries (thread-safe by
    opening one connection per call; calls are short)."""

    def __init__(self, path: Path, pseudonym_secret: bytes) -> None:
        self.path = path
        self._aead = AESGCM(chat_key(pseudonym_secret))
        self._ready = False

    def _connect(self) -> sqlite3.Connection:
        if not self._ready:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=10)
        if not self._ready:
            with connection:
                connection.executescript(
                    """
                    CREATE TABLE IF NOT EXISTS subscribers (
                        pseudonym TEXT PRIMARY KEY CHECK (length(pseudonym) = 64),
                        chat BLOB NOT NULL,
                        language TEXT NOT NULL,
                        since TEXT NOT NULL
                    );
                    CREATE TABLE IF NOT EXISTS deliveries (
                        broadcast TEXT NOT NULL,
                        pseudonym TEXT NOT NULL,
                        status TEXT NOT NULL,
                        at TEXT NOT NULL,
                        PRIMARY KEY (broadcast, pseudonym)
                    );
                    """
                )
            if os.name == "posix":
                self.path.chmod(0o600)  # only the connector's user reads it
            self._ready = True
        return connection

    def _seal(self, pseudonym: str, chat_id: int) -> bytes:
        nonce = os.urandom(12)
        # The pseudonym is bound as associated data: a row's sealed id can't be moved
        # to another row.
        return nonce + self._aead.encrypt(nonce, str(chat_id).encode(), pseudonym.encode())

    def _open(self, pseudonym: str, sealed: bytes) -> int:
        return int(self._aead.decrypt(sealed[:12], sealed[12:], pseudonym.encode()))

    def subscribe(self, pseudonym: str, chat_id: int, language: str | None) -> bool:
        """Subscribes (or updates the language of) a child; True if they were new."""
        lang = language if language in LANGUAGES else DEFAULT_LANGUAGE
        now = dtm.datetime.now(dtm.timezone.utc).isoformat()
        connection = self._connect()
        try:
            with connection:
                new = not connection.execute(
                    "SELECT 1 FROM subscribers WHERE pseudonym = ?", (pseudonym,)
                ).fetchone()
                connection.execute(
                    "INSERT INTO subscribers (pseudonym, chat, language, since) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT (pseudonym) DO UPDATE SET "
                    "chat = excluded.chat, language = excluded.language",
                    (pseudonym, self._seal(pseudonym, chat_id), lang, now),
                )
            return new
        finally:
            connection.close()

    def unsubscribe(self, pseudonym: str) -> bool:
        """Deletes the child's row (and so their encrypted chat id); True if there was one."""
        connection = self._connect()
        try:
            with connection:
                cursor = connection.execute(
                    "DELETE FROM subscribers WHERE pseudonym = ?", (pseudonym,)
                )
            return cursor.rowcount > 0
        finally:
            connection.close()

    def is_subscribed(self, pseudonym: str) -> bool:
        connection = self._connect()
        try:
            return bool(
                connection.execute(
                    "SELECT 1 FROM subscribers WHERE pseudonym = ?", (pseudonym,)
                ).fetchone()
            )
        finally:
            connection.close()

    def pending(self, broadcast: str) -> list[Recipient]:
        """Subscribers the broadcast has not reached yet (never tried, or failed)."""
        connection = self._connect()
        try:
            rows = connection.execute(
                "SELECT s.pseudonym, s.chat, s.language FROM subscribers s "
                "LEFT JOIN deliveries d ON d.broadcast = ? AND d.pseudonym = s.pseudonym "
                "WHERE d.status IS NULL OR d.status = ? ORDER BY s.since, s.pseudonym",
                (broadcast, FAILED),
            ).fetchall()
        finally:
            connection.close()
        out = []
        for pseudonym, sealed, language in rows:
            try:
                out.append(Recipient(pseudonym, self._open(pseudonym, sealed), language))
            except (InvalidTag, ValueError):
                # Sealed under another key (the secret changed): nobody can be reached.
                logger.error("telegram_subscriber_unreadable user=%s", pseudonym[:8])
        return out

    def record(self, broadcast: str, pseudonym: str, status: str) -> None:
        now = dtm.datetime.now(dtm.timezone.utc).isoformat()
        connection = self._connect()
        try:
            with connection:
                connection.execute(
                    "INSERT INTO deliveries (broadcast, pseudonym, status, at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (broadcast, pseudonym) DO UPDATE SET "
                    "status = excluded.status, at = excluded.at",
                    (broadcast, pseudonym, status, now),
                )
        finally:
            connection.close()

    def counts(self, broadcast: str) -> dict[str, int]:
        connection = self._connect()
        try:
            rows = connection.execute(
                "SELECT status, count(*) FROM deliveries WHERE broadcast = ? GROUP BY status",
                (broadcast,),
            ).fetchall()
        finally:
            connection.close()
        return {str(status): int(count) for status, count in rows}


@dataclass(frozen=True)
class Report:
    sent: int
    blocked: int
    failed: int
    seconds: float


Send = Callable[[int, str], Awaitable[Any]]


async def _attempt(send: Send, recipient: Recipient, text: str) -> tuple[str, float | None]:
    """One send: the status, or (None-status) how long Telegram asks to wait."""
    from telegram.error import Forbidden, RetryAfter, TelegramError

    try:
        await send(recipient.chat_id, text)
    except RetryAfter as e:
        value: Any = e.retry_after
        seconds = value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)
        return FAILED, seconds
    except Forbidden:
        return BLOCKED, None
    except TelegramError as e:
        logger.warning(
            "telegram_broadcast_failed user=%s error=%s", recipient.pseudonym[:8], type(e).__name__
        )
        return FAILED, None
    return SENT, None


async def send_broadcast(
    broadcast: Broadcast,
    store: SubscriberStore,
    send: Send,
    rate: float = DEFAULT_RATE,
    clock: Callable[[], float] = time.monotonic,
) -> Report:
    """Sends ``broadcast`` to every subscriber it has not reached, at most ``rate``
    messages a second, recording each outcome as it goes, so a run stopped half-way is
    resumed by running it again. Cancelling (Ctrl-C) lets the message in flight finish
    and be recorded first, so nobody gets it twice; only a killed process can leave one
    message sent but unrecorded (sent again on resume).

    Args:
        send: ``send(chat_id, text)``, e.g. ``bot.send_message``; may raise
            ``telegram.error.RetryAfter``, ``Forbidden`` or other ``TelegramError``.
    """
    if rate <= 0:
        raise ValueError("rate must be positive")
    interval = 1.0 / rate
    started = clock()
    sent = blocked = failed = 0
    next_at = clock()

    async def deliver(recipient: Recipient, text: str) -> tuple[str, float | None]:
        status, retry_after = await _attempt(send, recipient, text)
        if retry_after is None:
            if status == BLOCKED:
                await asyncio.to_thread(store.unsubscribe, recipient.pseudonym)
            await asyncio.to_thread(store.record, broadcast.id, recipient.pseudonym, status)
        return status, retry_after

    for recipient in await asyncio.to_thread(store.pending, broadcast.id):
        text = broadcast.text_for(recipient.language)
        status = FAILED
        for attempt in range(3):
            wait = next_at - clock()
            if wait > 0:
                await asyncio.sleep(wait)
            next_at = max(next_at, clock()) + interval
            in_flight = asyncio.ensure_future(deliver(recipient, text))
            try:
                status, retry_after = await asyncio.shield(in_flight)
            except asyncio.CancelledError:
                await in_flight  # finish and record the message in flight, then stop
                raise
            if retry_after is None:
                break
            if retry_after > MAX_RETRY_AFTER or attempt == 2:
                await asyncio.to_thread(store.record, broadcast.id, recipient.pseudonym, FAILED)
                break
            # Telegram asks the whole bot to slow down: everyone waits.
            next_at = clock() + retry_after
        sent += status == SENT
        blocked += status == BLOCKED
        failed += status == FAILED
    report = Report(sent, blocked, failed, clock() - started)
    logger.info(
        "telegram_broadcast id=%s sent=%d blocked=%d failed=%d seconds=%.1f",
        broadcast.id,
        report.sent,
        report.blocked,
        report.failed,
        report.seconds,
    )
    return report
