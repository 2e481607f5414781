"""Translation between Telegram and Rasa's REST channel, shared by polling and webhook.

Plain functions and small classes with no network and no python-telegram-bot objects, so
each rule is tested on its own: what a child's message becomes for Rasa (sender
pseudonym, payload, metadata) and what Rasa's replies become for Telegram (plain-text
chunks under Telegram's length limit, inline keyboards with callback data of at most
64 bytes).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Final

from bot.commands import TELEGRAM_COMMANDS
from bot.names import Intent
from bot.privacy import pseudonym

CHANNEL: Final = "telegram"

# What Rasa receives for a photo, video, file, sticker, voice message, contact or
# location: the same payload the web and REST channels send. The media is never fetched.
NONTEXT_PAYLOAD: Final = f"/{Intent.NONTEXT_MESSAGE}"

# Commands the connector answers itself (they are about the child's data on this channel).
LOCAL_COMMANDS: Final = ("mydata", "forget", "subscribe", "stop")
# ...unless the running model has an intent for them (the consultations work adds
# my_data and forget, which also cover consultation answers): then Rasa answers.
RASA_IF_AVAILABLE: Final[dict[str, str]] = {"mydata": "my_data", "forget": "forget"}
# Commands answered by Rasa: the command becomes this intent payload (the same names,
# typed in any channel, mean the same intents: bot.commands).
COMMAND_PAYLOADS: Final[dict[str, str]] = {
    name: f"/{intent}" for name, intent in TELEGRAM_COMMANDS.items() if name not in LOCAL_COMMANDS
}

# Telegram's limits (https://core.telegram.org/bots/api): message text, in UTF-16 code
# units, and callback data, in bytes.
TEXT_LIMIT: Final = 4096
CALLBACK_DATA_LIMIT: Final = 64
# Telegram never delivers more than TEXT_LIMIT characters of text; anything longer did not
# come from Telegram and is cut before it reaches Rasa. Between HEARME_MAX_MESSAGE_CHARS
# and this, Rasa's InputGuard asks for a shorter message, after safety triage has read
# every word (cutting here would hide a disclosure at the end of a long message).
FORWARD_MAX_CHARS: Final = TEXT_LIMIT
LANGUAGE_CODE_MAX_CHARS: Final = 16

# Deep-link payloads as Telegram allows them: t.me/<bot>?start=<payload>.
_DEEP_LINK_RE: Final = re.compile(r"[A-Za-z0-9_-]{1,64}")
_COMMAND_RE: Final = re.compile(r"/([A-Za-z0-9_]{1,32})(?:@[A-Za-z0-9_]+)?(?:\s+(.*))?", re.DOTALL)

# Callback data the connector makes for itself; everything else is a Rasa payload.
LOCAL_PREFIX: Final = "hm:"
LONG_PAYLOAD_PREFIX: Final = "hm:p:"
FORGET_YES: Final = "hm:forget:yes"
FORGET_NO: Final = "hm:forget:no"

# The "Yes please" button of the question at the end of a consultation
# (utter_consultation_subscribe_ask). The connector keeps the subscriptions, so it answers
# this payload itself, exactly as the /subscribe command, and leaves the question out
# for a child who is subscribed already.
SUBSCRIBE_PAYLOAD: Final = f"/{Intent.SUBSCRIBE}"
# The custom payload action_forget_confirm adds on Telegram after it deleted a child's
# answers and chat (never shown): the connector then ends the broadcast subscription
# too, however the child confirmed (the button, or a typed "yes").
ERASED: Final = {"hearme": "erased"}


def sender_id(user_id: int, secret: bytes) -> str:
    """The sender id Rasa sees for a Telegram user: the keyed pseudonym, never the id."""
    return pseudonym(CHANNEL, str(user_id), secret)


@dataclass(frozen=True)
class Command:
    """A bot command as typed: ``/start consult_12`` is ``Command("start", "consult_12")``."""

    name: str
    argument: str


def parse_command(text: str) -> Command | None:
    """The command at the start of ``text`` (``/name``, ``/name@bot``, with an argument),
    or None if the text is not a command. Names are compared in lower case."""
    match = _COMMAND_RE.fullmatch(text.strip())
    if match is None:
        return None
    return Command(match.group(1).lower(), (match.group(2) or "").strip())


def command_payloads(intents: frozenset[str] | set[str]) -> dict[str, str]:
    """The commands Rasa answers, with their payloads, given the model's ``intents``."""
    payloads = dict(COMMAND_PAYLOADS)
    for command, intent in RASA_IF_AVAILABLE.items():
        if intent in intents:
            payloads[command] = f"/{intent}"
    return payloads


def deep_link(argument: str) -> str | None:
    """The ``/start`` argument if it is a valid deep-link payload, else None."""
    return argument if _DEEP_LINK_RE.fullmatch(argument) else None


def free_text(text: str) -> str | None:
    """A child's typed text as Rasa should read it, or None if nothing is left.

    A leading "/" would make Rasa read the text as an intent payload, and safety triage
    skips payloads, so an unknown command ("/ i want to die", "/menu_rights") is sent as
    the words after the slashes. Text is cut at ``FORWARD_MAX_CHARS``.
    """
    stripped = text.strip()
    if stripped.startswith("/"):
        stripped = stripped.lstrip("/").strip()
    return stripped[:FORWARD_MAX_CHARS] or None


@dataclass(frozen=True)
class RasaMessage:
    """One message for Rasa's REST channel (``POST /webhooks/rest/webhook``)."""

    sender: str
    message: str
    metadata: dict[str, str] = field(default_factory=dict)

    def body(self) -> dict[str, Any]:
        """The JSON body; ``input_channel`` makes Rasa record "telegram" as the channel."""
        return {
            "sender": self.sender,
            "message": self.message,
            "input_channel": CHANNEL,
            "metadata": dict(self.metadata),
        }


def rasa_message(
    sender: str, message: str, language_code: str | None, deep_link_payload: str | None = None
) -> RasaMessage:
    """What Rasa receives for one message of a Telegram user.

    Args:
        sender: The pseudonym (``sender_id``).
        message: Text or an intent payload.
        language_code: Telegram's ``User.language_code`` (IETF tag, e.g. "en-GB"); Rasa
            keeps supported languages and ignores others. The region is not used as the
            child's country: app language says little about where a child is, and a wrong
            country means wrong helpline numbers.
        deep_link_payload: A validated ``/start`` payload, e.g. "consult_12".
    """
    metadata = {"channel": CHANNEL}
    if language_code and language_code.strip():
        metadata["language"] = language_code.strip()[:LANGUAGE_CODE_MAX_CHARS]
    if deep_link_payload:
        metadata["deep_link"] = deep_link_payload
    return RasaMessage(sender, message, metadata)


@dataclass(frozen=True)
class Button:
    title: str
    payload: str


@dataclass(frozen=True)
class Reply:
    """One Rasa reply: text with optional buttons."""

    text: str
    buttons: tuple[Button, ...] = ()


def replies_from_rasa(replies: list[dict[str, Any]]) -> list[Reply]:
    """Rasa's REST replies as text replies.

    Images, attachments and custom payloads are dropped (HearMe sends none; the connector
    sends text only). Buttons without text join the reply before them.
    """
    out: list[Reply] = []
    for item in replies:
        if not isinstance(item, dict):
            continue
        text = item.get("text")
        text = text.strip() if isinstance(text, str) else ""
        buttons = tuple(
            Button(str(b["title"]).strip(), str(b["payload"]))
            for b in item.get("buttons") or []
            if isinstance(b, dict) and b.get("title") and b.get("payload")
        )
        if text:
            out.append(Reply(text, buttons))
        elif buttons and out:
            out[-1] = Reply(out[-1].text, out[-1].buttons + buttons)
    return out


def offers_subscription(reply: Reply) -> bool:
    """Whether ``reply`` is the question about new consultations (its "Yes please")."""
    return any(button.payload == SUBSCRIBE_PAYLOAD for button in reply.buttons)


def says_erased(replies: list[dict[str, Any]]) -> bool:
    """Whether Rasa's replies say it has just deleted the child's data (:data:`ERASED`)."""
    return any(isinstance(item, dict) and item.get("custom") == ERASED for item in replies)


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's limits (an emoji counts 2)."""
    return len(text.encode("utf-16-le")) // 2


# Where a long text may be cut, best first: between paragraphs, lines, sentences, words.
_CUTS: Final = (
    re.compile(r"\n\s*\n"),
    re.compile(r"\n"),
    re.compile(r"(?<=[.!?…。])[\"'»”)]*\s+"),
    re.compile(r"\s+"),
)


def _fit(text: str, limit: int) -> int:
    """The longest prefix length of ``text`` within ``limit`` UTF-16 units."""
    units = 0
    for i, ch in enumerate(text):
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > limit:
            return i
    return len(text)


def split_text(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Splits ``text`` into chunks of at most ``limit`` UTF-16 units, cutting between
    paragraphs if it can, else between lines, sentences, words, and only as a last resort
    inside a word. Chunks are stripped; none is empty."""
    if limit < 2:
        raise ValueError(f"limit must be at least 2, got {limit}")
    chunks: list[str] = []
    rest = text.strip()
    while rest:
        if utf16_len(rest) <= limit:
            chunks.append(rest)
            break
        window = rest[: _fit(rest, limit)]
        cut = None
        for pattern in _CUTS:
            # The last boundary in the window that leaves a reasonably full chunk.
            spots = [m for m in pattern.finditer(window) if m.start() >= len(window) // 4]
            if spots:
                cut = spots[-1]
                break
        if cut is None:
            head, rest = window, rest[len(window) :]
        else:
            head, rest = window[: cut.start()], rest[cut.end() :]
        head = head.strip()
        if head:
            chunks.append(head)
        rest = rest.strip()
    return chunks


class CallbackTable:
    """Callback data for button payloads, within Telegram's 64 bytes.

    A payload that fits (and does not look like the connector's own data) is its own
    callback data, so those buttons work across restarts. A longer one is stored in
    memory under a short id derived from its hash, so the same payload always gets the
    same id; the table keeps the ``capacity`` most recently used. The connector uses
    ``bot.telegram.buttons.StoredCallbackTable``, which also keeps them in its SQLite
    file (restarts, several processes); this one alone forgets them at a restart. A
    button it does not know is answered with "that button is too old" and the menu.
    """

    def __init__(self, capacity: int = 20_000) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self._payloads: OrderedDict[str, str] = OrderedDict()

    def __len__(self) -> int:
        return len(self._payloads)

    def encode(self, payload: str) -> str:
        """The callback data for ``payload``."""
        if len(payload.encode()) <= CALLBACK_DATA_LIMIT and not payload.startswith(LOCAL_PREFIX):
            return payload
        digest = hashlib.sha256(payload.encode()).digest()
        key = LONG_PAYLOAD_PREFIX + base64.urlsafe_b64encode(digest[:12]).decode()
        self._payloads[key] = payload
        self._payloads.move_to_end(key)
        while len(self._payloads) > self.capacity:
            self._payloads.popitem(last=False)
        return key

    def decode(self, data: str) -> str | None:
        """The payload behind callback ``data``; None for an unknown long-payload id or
        for the connector's own data (``hm:…``), which the caller handles itself."""
        if data.startswith(LONG_PAYLOAD_PREFIX):
            payload = self._payloads.get(data)
            if payload is not None:
                self._payloads.move_to_end(data)
            return payload
        if data.startswith(LOCAL_PREFIX):
            return None
        return data

    async def flush(self) -> None:
        """Makes the ids ``encode`` gave out usable by other processes and after a
        restart (nothing to do in memory; see ``StoredCallbackTable``)."""
        return None

    async def resolve(self, data: str) -> str | None:
        """``decode`` for the connector, which may have to read a file to answer."""
        return self.decode(data)


@dataclass(frozen=True)
class Chunk:
    """One Telegram message to send: plain text and rows of (title, callback data)."""

    text: str
    keyboard: tuple[tuple[tuple[str, str], ...], ...] = ()


# Buttons this short, and this few, share one row (e.g. English / Français / Español).
_SHORT_TITLE: Final = 14
_ROW_MAX: Final = 3


def keyboard_rows(
    buttons: tuple[Button, ...], table: CallbackTable
) -> tuple[tuple[tuple[str, str], ...], ...]:
    """Inline keyboard rows: one row for up to three short titles, else one per row."""
    cells = tuple((b.title, table.encode(b.payload)) for b in buttons)
    if len(cells) <= _ROW_MAX and all(len(b.title) <= _SHORT_TITLE for b in buttons):
        return (cells,) if cells else ()
    return tuple((cell,) for cell in cells)


def to_chunks(replies: list[Reply], table: CallbackTable, limit: int = TEXT_LIMIT) -> list[Chunk]:
    """Telegram messages for Rasa's replies: each reply split under ``limit``, its
    buttons under its last chunk."""
    chunks: list[Chunk] = []
    for reply in replies:
        parts = split_text(reply.text, limit)
        if not parts:
            continue
        chunks.extend(Chunk(part) for part in parts[:-1])
        chunks.append(Chunk(parts[-1], keyboard_rows(reply.buttons, table)))
    return chunks
