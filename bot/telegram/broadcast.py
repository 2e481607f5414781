"""Broadcasts (U-Report style): children who typed /subscribe get short messages from
the deployment, sent at a steady rate, resumable after an interruption.

Design:

* **Opt-in only.** A child is subscribed by typing /subscribe, and unsubscribed by /stop,
  by blocking the bot (``my_chat_member`` "kicked") or by a 403 while sending.
* **Where the chat id lives.** Sending needs the Telegram chat id, which a pseudonym
  cannot give back. It is kept only in the connector's own SQLite file
  (``TELEGRAM_SUBSCRIBERS_DB``, never the application database, which staff can read),
  encrypted with AES-GCM under a key derived from ``HEARME_PSEUDONYM_SECRET`` (HKDF), next
  to the child's pseudonym, language, and the country and age band the child gave HearMe
  (for audiences). Unsubscribing deletes the row.
* **Audience.** A broadcast can go to some countries, age bands or languages only
  (``audience`` in the file, or flags); a dry run counts the matched children.
* **Resumable, at most once.** Every send is recorded per (broadcast, child): a broadcast
  sent again goes only to the children it has not reached, so an interrupted run is
  resumed by running it again. Failures other than "blocked" are retried by the next
  run; a call cut by a kill ("sending" left behind) is never repeated.
* **Rate.** Telegram never sees more than ``rate`` calls in any 1-second window (default
  30, Telegram's limit for one bot), whatever the network does to them: a call may start
  only while fewer than ``rate`` calls are in flight or were answered in the last second
  (see ``send_broadcast``). Calls of the previous run count too, so a run resumed at once
  does not burst. A 429 makes everyone wait as long as Telegram asks.

A broadcast's words are child-facing text, so they live in a YAML file reviewed like the
rest (``id``, ``texts`` in en, fr and es, optional ``audience``), checked by
``load_broadcast``.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import logging
import os
import re
import sqlite3
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from yaml.nodes import MappingNode, Node, ScalarNode

from bot.age import AGE_BANDS
from bot.names import DEFAULT_LANGUAGE, LANGUAGES
from bot.problems import DataFileError, NodeReader, compose_yaml
from bot.telegram.translate import TEXT_LIMIT, utf16_len

logger = logging.getLogger(__name__)

_ID_RE: Final = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
_COUNTRY_RE: Final = re.compile(r"[A-Z]{2}")
# Telegram allows about 30 messages a second for one bot.
DEFAULT_RATE: Final = 30.0
# Sends in flight at once: enough to hold the rate over a slow link (one at a time
# would cap it at 1/latency), few enough not to burst when a 429 arrives.
DEFAULT_CONCURRENCY: Final = 8
MAX_RETRY_AFTER: Final = 300.0
MAX_ATTEMPTS: Final = 3
# Telegram's rate window, in seconds.
WINDOW: Final = 1.0
# A call a killed run left "sending" may still have reached Telegram after the kill: the
# next run counts those from the last few seconds as just answered.
UNCONFIRMED_HORIZON: Final = 10.0

SENT: Final = "sent"
BLOCKED: Final = "blocked"
FAILED: Final = "failed"
# Recorded (and committed) just before each call. If the process dies before the answer
# is recorded, the row stays "sending": the message may or may not have arrived, and it
# is NOT sent again (at most once; see docs/telegram.md, "the kill window").
SENDING: Final = "sending"
UNCONFIRMED: Final = "unconfirmed"  # how a leftover "sending" is reported


class BroadcastError(DataFileError):
    """A broadcast file is invalid."""

    subject = "broadcast"


@dataclass(frozen=True)
class Audience:
    """Who a broadcast is for: each field, when not empty, keeps only subscribers whose
    value is in it (a subscriber whose country or age band is unknown matches no
    country or age-band filter). Empty everywhere means every subscriber."""

    countries: frozenset[str] = frozenset()
    age_bands: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()

    def matches(self, country: str | None, age_band: str | None, language: str | None) -> bool:
        return (
            (not self.countries or country in self.countries)
            and (not self.age_bands or age_band in self.age_bands)
            and (not self.languages or language in self.languages)
        )

    def narrowed(self, other: Audience) -> Audience:
        """This audience with ``other``'s non-empty fields added (command-line flags).

        Raises:
            ValueError: a field set in both (the reviewed file and the flags disagree
                about who gets it: say it in one place).
        """
        for name in ("countries", "age_bands", "languages"):
            if getattr(self, name) and getattr(other, name):
                raise ValueError(f"{name} is set both in the file and on the command line")
        return Audience(
            self.countries or other.countries,
            self.age_bands or other.age_bands,
            self.languages or other.languages,
        )

    def describe(self) -> str:
        parts = [
            f"{name}={','.join(sorted(values))}"
            for name, values in (
                ("country", self.countries),
                ("age_band", self.age_bands),
                ("language", self.languages),
            )
            if values
        ]
        return " ".join(parts) or "everyone"


def audience_from(
    countries: list[str] | None = None,
    age_bands: list[str] | None = None,
    languages: list[str] | None = None,
) -> Audience:
    """An audience from command-line values, checked like the file's.

    Raises:
        ValueError: an unknown value.
    """
    for country in countries or []:
        if not _COUNTRY_RE.fullmatch(country):
            raise ValueError(f"country {country!r}: use an ISO 3166 code such as GB")
    for band in age_bands or []:
        if band not in AGE_BANDS:
            raise ValueError(f"age band {band!r}: use one of {', '.join(AGE_BANDS)}")
    for lang in languages or []:
        if lang not in LANGUAGES:
            raise ValueError(f"language {lang!r}: use one of {', '.join(LANGUAGES)}")
    return Audience(
        frozenset(countries or ()), frozenset(age_bands or ()), frozenset(languages or ())
    )


@dataclass(frozen=True)
class Broadcast:
    """One message for the subscribers in ``audience``, in their language."""

    id: str
    texts: dict[str, str]
    audience: Audience = Audience()

    def text_for(self, language: str | None) -> str:
        return self.texts[language if language in LANGUAGES else DEFAULT_LANGUAGE]


_AUDIENCE_FIELDS: Final = ("countries", "age_bands", "languages")


def _present(node: Node, among: tuple[str, ...]) -> tuple[str, ...]:
    """The optional keys of ``among`` that a mapping node has (NodeReader.mapping knows
    only required keys)."""
    if not isinstance(node, MappingNode):
        return ()
    keys = {str(k.value) for k, _ in node.value if isinstance(k, ScalarNode)}
    return tuple(key for key in among if key in keys)


def _read_audience(reader: NodeReader, node: Node | None) -> Audience:
    if node is None:
        return Audience()
    fields = reader.mapping(node, "audience", _present(node, _AUDIENCE_FIELDS))
    if fields is None:
        return Audience()
    if not fields:
        reader.problem(node, "audience", "give countries, age_bands or languages (or leave it out)")
    allowed: dict[str, tuple[Callable[[str], bool], str]] = {
        "countries": (lambda v: bool(_COUNTRY_RE.fullmatch(v)), "an ISO 3166 code such as GB"),
        "age_bands": (lambda v: v in AGE_BANDS, f"one of {', '.join(AGE_BANDS)}"),
        "languages": (lambda v: v in LANGUAGES, f"one of {', '.join(LANGUAGES)}"),
    }
    values: dict[str, frozenset[str]] = {}
    for name, field_node in fields.items():
        ok, hint = allowed[name]

        def item(
            child: Node, where: str, ok: Callable[[str], bool] = ok, hint: str = hint
        ) -> str | None:
            value = reader.text(child, where, 16)
            if value is not None and not ok(value):
                reader.problem(child, where, f"use {hint}")
                return None
            return value

        items = reader.sequence(field_node, f"audience.{name}", item)
        if items is not None:
            values[name] = frozenset(items)
    return Audience(
        values.get("countries", frozenset()),
        values.get("age_bands", frozenset()),
        values.get("languages", frozenset()),
    )


def load_broadcast(path: Path) -> Broadcast:
    """Reads and checks a broadcast file: ``id`` (a-z, 0-9, _ and -), ``texts`` with
    en, fr and es, each at most one Telegram message, and an optional ``audience``
    (``countries``, ``age_bands``, ``languages``: lists).

    Raises:
        BroadcastError: every problem, with file, line and field.
    """
    root = compose_yaml(path, BroadcastError)
    reader = NodeReader(str(path))
    fields = reader.mapping(root, "", ("id", "texts", *_present(root, ("audience",))))
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
    audience = _read_audience(reader, fields.get("audience"))
    if reader.problems:
        raise BroadcastError(reader.problems)
    assert ident is not None
    return Broadcast(ident, texts, audience)


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
    country: str | None = None
    age_band: str | None = None


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
        connection.execute("PRAGMA synchronous=NORMAL")
        if not self._ready:
            with connection:
                connection.executescript(
                    """
                    CREATE TABLE IF NOT EXISTS subscribers (
                        pseudonym TEXT PRIMARY KEY CHECK (length(pseudonym) = 64),
                        chat BLOB NOT NULL,
                        language TEXT NOT NULL,
                        since TEXT NOT NULL,
                        country TEXT,
                        age_band TEXT
                    );
                    CREATE TABLE IF NOT EXISTS deliveries (
                        broadcast TEXT NOT NULL,
                        pseudonym TEXT NOT NULL,
                        status TEXT NOT NULL,
                        at TEXT NOT NULL,
                        PRIMARY KEY (broadcast, pseudonym)
                    );
                    CREATE INDEX IF NOT EXISTS deliveries_at ON deliveries (at);
                    """
                )
                columns = {row[1] for row in connection.execute("PRAGMA table_info(subscribers)")}
                for column in ("country", "age_band"):  # files from before audiences
                    if column not in columns:
                        connection.execute(f"ALTER TABLE subscribers ADD COLUMN {column} TEXT")
            # WAL: a commit survives the process being killed (synchronous=NORMAL only
            # risks the last commits on power loss), and readers don't block the sender.
            connection.execute("PRAGMA journal_mode=WAL")
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

    def subscribe(
        self,
        pseudonym: str,
        chat_id: int,
        language: str | None,
        country: str | None = None,
        age_band: str | None = None,
    ) -> bool:
        """Subscribes (or updates the language, country and age band of) a child; True if
        they were new. Country and age band are what the child told HearMe (unknown:
        None; a known value is not forgotten by a later /subscribe that lacks it)."""
        lang = language if language in LANGUAGES else DEFAULT_LANGUAGE
        country = country if country and _COUNTRY_RE.fullmatch(country) else None
        age_band = age_band if age_band in AGE_BANDS else None
        now = dtm.datetime.now(dtm.timezone.utc).isoformat()
        connection = self._connect()
        try:
            with connection:
                new = not connection.execute(
                    "SELECT 1 FROM subscribers WHERE pseudonym = ?", (pseudonym,)
                ).fetchone()
                connection.execute(
                    "INSERT INTO subscribers (pseudonym, chat, language, since, country, age_band) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (pseudonym) DO UPDATE SET "
                    "chat = excluded.chat, language = excluded.language, "
                    "country = coalesce(excluded.country, country), "
                    "age_band = coalesce(excluded.age_band, age_band)",
                    (pseudonym, self._seal(pseudonym, chat_id), lang, now, country, age_band),
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

    def _rows(self, sql: str, params: tuple[Any, ...]) -> list[Any]:
        connection = self._connect()
        try:
            return connection.execute(sql, params).fetchall()
        finally:
            connection.close()

    def matched(self, broadcast: str, audience: Audience = Audience()) -> dict[str, int]:
        """How many subscribers the audience matches, and of them how many the broadcast
        has already reached (by status) and how many are still to send (``pending``):
        the dry run's numbers, with no chat id decrypted."""
        rows = self._rows(
            "SELECT s.country, s.age_band, s.language, d.status FROM subscribers s "
            "LEFT JOIN deliveries d ON d.broadcast = ? AND d.pseudonym = s.pseudonym",
            (broadcast,),
        )
        out = {"subscribers": len(rows), "matched": 0, "pending": 0}
        for country, age_band, language, status in rows:
            if not audience.matches(country, age_band, language):
                continue
            out["matched"] += 1
            if status is None or status == FAILED:
                out["pending"] += 1
            if status is not None:
                key = UNCONFIRMED if status == SENDING else str(status)
                out[key] = out.get(key, 0) + 1
        return out

    def pending(self, broadcast: str, audience: Audience = Audience()) -> list[Recipient]:
        """Subscribers in ``audience`` the broadcast has not reached yet (never tried, or
        failed). A "sending" row (the process died mid-call) is not pending: at most once."""
        rows = self._rows(
            "SELECT s.pseudonym, s.chat, s.language, s.country, s.age_band FROM subscribers s "
            "LEFT JOIN deliveries d ON d.broadcast = ? AND d.pseudonym = s.pseudonym "
            "WHERE d.status IS NULL OR d.status = ? ORDER BY s.since, s.pseudonym",
            (broadcast, FAILED),
        )
        out = []
        for pseudonym, sealed, language, country, age_band in rows:
            if not audience.matches(country, age_band, language):
                continue
            try:
                chat_id = self._open(pseudonym, sealed)
            except (InvalidTag, ValueError):
                # Sealed under another key (the secret changed): nobody can be reached.
                logger.error("telegram_subscriber_unreadable user=%s", pseudonym[:8])
                continue
            out.append(Recipient(pseudonym, chat_id, language, country, age_band))
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

    def recent_calls(self, within: float = WINDOW) -> list[float]:
        """How many seconds ago each call of any broadcast was answered, for those in the
        last ``within`` seconds, oldest first: a new run counts them in its rate window.

        An outcome is recorded after Telegram answered, so its time is no earlier than
        the call's arrival. A call a killed run left "sending" in the last
        ``UNCONFIRMED_HORIZON`` seconds may have arrived at any time up to now: it counts
        as answered just now.
        """
        now = dtm.datetime.now(dtm.timezone.utc)
        since = (now - dtm.timedelta(seconds=max(within, UNCONFIRMED_HORIZON))).isoformat()
        ages = []
        for status, at in self._rows("SELECT status, at FROM deliveries WHERE at >= ?", (since,)):
            age = (now - dtm.datetime.fromisoformat(at)).total_seconds()
            if status == SENDING:
                ages.append(0.0)
            elif age <= within:
                ages.append(max(0.0, age))
        return sorted(ages, reverse=True)

    def counts(self, broadcast: str) -> dict[str, int]:
        connection = self._connect()
        try:
            rows = connection.execute(
                "SELECT status, count(*) FROM deliveries WHERE broadcast = ? GROUP BY status",
                (broadcast,),
            ).fetchall()
        finally:
            connection.close()
        return {
            UNCONFIRMED if status == SENDING else str(status): int(count) for status, count in rows
        }


@dataclass(frozen=True)
class Report:
    sent: int
    blocked: int
    failed: int
    seconds: float
    unconfirmed: int = 0


Send = Callable[[int, str], Awaitable[Any]]


async def _attempt(send: Send, recipient: Recipient, text: str) -> tuple[str, float | None]:
    """One send: the status, and how long Telegram asks to wait (429) or None."""
    from telegram.error import Forbidden, RetryAfter, TelegramError, TimedOut

    try:
        await send(recipient.chat_id, text)
    except RetryAfter as e:
        value: Any = e.retry_after
        seconds = value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)
        return FAILED, seconds
    except Forbidden:
        return BLOCKED, None
    except TimedOut:
        # The request may have reached Telegram: like a kill mid-call, not sent again.
        logger.warning("telegram_broadcast_unconfirmed user=%s", recipient.pseudonym[:8])
        return UNCONFIRMED, None
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
    audience: Audience | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> Report:
    """Sends ``broadcast`` to every subscriber in its audience it has not reached,
    with up to ``concurrency`` calls in flight, recording each outcome as it goes, so a
    run stopped half-way is resumed by running it again.

    Rate: Telegram never sees more than ``rate`` calls (429s and retries included) in
    any 1-second window, however the network delays them. A call's arrival is unknown
    but lies between its start here and its answer, so a call may start at ``t`` only
    while the calls in flight plus those answered after ``t - 1`` are fewer than
    ``rate``. (Take any second at Telegram and, of the calls in it, the last one this
    side started: every other one was then in flight or answered less than a second
    before.) Each call thus holds its place for its latency plus one second: the
    steady rate is ``rate / (1 + latency)``, slightly under the limit. Calls answered
    in the last second before this run (an earlier run, resumed at once) count too.
    Starts are also at least 3/4 of an interval apart (no bursts).

    At most once: "sending" is committed before each call and the outcome after it. A
    run killed between the two leaves "sending", which later runs count as unconfirmed
    and never send again; a 429 (not delivered) is recorded as failed before waiting.

    Args:
        send: ``send(chat_id, text)``, e.g. ``bot.send_message``; may raise
            ``telegram.error.RetryAfter``, ``Forbidden`` or other ``TelegramError``.
        audience: who gets it (default: the broadcast's own audience).
    """
    if rate <= 0:
        raise ValueError("rate must be positive")
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    audience = broadcast.audience if audience is None else audience
    interval = 1.0 / rate
    per_window = max(1, int(rate * WINDOW))
    started = clock()
    # When each call that may still be in Telegram's current window was answered,
    # oldest first, beginning with the previous run's.
    answered: deque[float] = deque(
        started - age for age in await asyncio.to_thread(store.recent_calls, WINDOW)
    )
    calls_in_flight = 0
    counts = {SENT: 0, BLOCKED: 0, FAILED: 0, UNCONFIRMED: 0}
    next_at = clock()
    queue = deque((r, 1) for r in await asyncio.to_thread(store.pending, broadcast.id, audience))
    in_flight: set[asyncio.Task[None]] = set()

    async def deliver(recipient: Recipient, attempt: int) -> None:
        nonlocal next_at, calls_in_flight
        try:
            status, retry_after = await _attempt(
                send, recipient, broadcast.text_for(recipient.language)
            )
        finally:
            # Counted before anything else can wait: the answer is in.
            calls_in_flight -= 1
            answered.append(clock())
        if retry_after is not None:
            # Not delivered. Telegram asks the whole bot to slow down: everyone waits.
            await asyncio.to_thread(store.record, broadcast.id, recipient.pseudonym, FAILED)
            if retry_after <= MAX_RETRY_AFTER and attempt < MAX_ATTEMPTS:
                next_at = max(next_at, clock() + retry_after)
                queue.appendleft((recipient, attempt + 1))
                return
        else:
            if status == BLOCKED:
                await asyncio.to_thread(store.unsubscribe, recipient.pseudonym)
            await asyncio.to_thread(
                store.record,
                broadcast.id,
                recipient.pseudonym,
                SENDING if status == UNCONFIRMED else status,
            )
        counts[status] += 1

    try:
        while queue or in_flight:
            if not queue or len(in_flight) >= concurrency:
                await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
                continue
            now = clock()
            wait = next_at - now
            if wait > 0:
                # Sleep in short steps: a 429 arriving meanwhile moves next_at later.
                await asyncio.sleep(min(wait, 0.25))
                continue
            while answered and answered[0] <= now - WINDOW:
                answered.popleft()
            if calls_in_flight + len(answered) >= per_window:
                if answered:
                    next_at = answered[0] + WINDOW
                else:  # all in flight (a rate below the concurrency): wait for one
                    await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
                continue
            # The call holds its place from now on (before the commit below, which may
            # let answers in: they only ever free places later).
            calls_in_flight += 1
            recipient, attempt = queue.popleft()
            # Committed before the call, so a kill after it leaves "sending".
            await asyncio.to_thread(store.record, broadcast.id, recipient.pseudonym, SENDING)
            # Spaced from here, right before the call (a commit's variable delay would
            # blur the spacing).
            next_at = max(next_at, clock() + (interval if rate < 1 else interval * 0.75))
            task = asyncio.create_task(deliver(recipient, attempt))
            in_flight.add(task)
            task.add_done_callback(in_flight.discard)
            task.add_done_callback(_log_crash)
    except asyncio.CancelledError:
        # Ctrl-C: let the calls in flight finish and be recorded, then stop.
        if in_flight:
            await asyncio.wait(set(in_flight))
        raise
    report = Report(
        counts[SENT], counts[BLOCKED], counts[FAILED], clock() - started, counts[UNCONFIRMED]
    )
    logger.info(
        "telegram_broadcast id=%s sent=%d blocked=%d failed=%d unconfirmed=%d seconds=%.1f",
        broadcast.id,
        report.sent,
        report.blocked,
        report.failed,
        report.unconfirmed,
        report.seconds,
    )
    return report


def _log_crash(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        logger.error("telegram_broadcast_crashed error=%r", task.exception())
