"""The Telegram connector: turns updates into Rasa messages and Rasa's replies into
Telegram messages. The same ``Connector.handle`` serves polling and the webhook.

What it does with each kind of update:

* private text: a command from the menu becomes its intent payload (``/start`` with a
  deep-link payload also passes ``metadata.deep_link``); other text goes to Rasa as is;
* photos, videos, files, stickers, voice and video notes, animations, contacts,
  locations…: never fetched (no ``getFile``); Rasa gets ``/nontext_message``, then the
  caption as text, if any, so safety triage still reads the child's words;
* a button press: the callback query is answered and the button's payload goes to Rasa;
* anything in a group, or being added to one: a polite message and ``leaveChat``;
* edited messages: ignored (the child already got an answer to the original);
* the child blocking the bot (``my_chat_member`` "kicked", or 403 on send): unsubscribed.

Before anything reaches Rasa: a per-user rate limit, a filter for repeated identical
messages, and one message at a time per child (so replies keep their order).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dtm
import functools
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Final, TypeVar

from telegram import (
    CallbackQuery,
    Chat,
    ChatMember,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    Update,
    User,
)
from telegram.constants import ChatAction
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import ContextTypes

from bot.language import normalise_language
from bot.names import Intent
from bot.telegram.data import ChildData, DataUnavailable, Summary
from bot.telegram.guard import FloodFilter, RateLimiter
from bot.telegram.rasa import RasaBackend, RasaUnavailable
from bot.telegram.texts import TelegramTexts
from bot.telegram.translate import (
    COMMAND_PAYLOADS,
    FORGET_NO,
    FORGET_YES,
    LOCAL_COMMANDS,
    NONTEXT_PAYLOAD,
    SUBSCRIBE_PAYLOAD,
    CallbackTable,
    Chunk,
    command_payloads,
    deep_link,
    free_text,
    offers_subscription,
    parse_command,
    rasa_message,
    replies_from_rasa,
    says_erased,
    sender_id,
    to_chunks,
)

logger = logging.getLogger(__name__)

# The button payload that confirms /forget when Rasa answers it (consultations' flow).
FORGET_CONFIRM_PAYLOAD: Final = f"/{Intent.FORGET_CONFIRM}"

# What Telegram sends the bot: nothing else is asked for (webhook and polling alike).
ALLOWED_UPDATES: Final = ("message", "callback_query", "my_chat_member")

# A typing action shows for 5 s; renew it a little sooner while Rasa works.
TYPING_INTERVAL: Final = 4.0
SEND_ATTEMPTS: Final = 3
# The longest wait a 429 may ask for before the connector gives up on that message.
MAX_RETRY_AFTER: Final = 60.0
# Identical messages from one child within this many seconds are dropped.
REPEAT_WINDOW: Final = 10.0

# Message parts that are media or other non-text content; the connector never downloads
# them. (Message.effective_attachment covers most; these cover the rest.)
_NONTEXT_FIELDS: Final = (
    "photo",
    "video",
    "document",
    "sticker",
    "voice",
    "video_note",
    "animation",
    "audio",
    "contact",
    "location",
    "venue",
    "poll",
    "dice",
    "game",
    "story",
    "paid_media",
)
_JOINED: Final = (ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.OWNER)

_T = TypeVar("_T")


def _seconds(error: RetryAfter) -> float:
    value: Any = error.retry_after
    seconds = value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)
    return max(0.0, seconds)


def _is_nontext(message: Message) -> bool:
    return any(getattr(message, name, None) for name in _NONTEXT_FIELDS)


class _UserLocks:
    """One asyncio lock per child, dropped when nobody holds or waits for it."""

    def __init__(self) -> None:
        self._locks: dict[str, tuple[asyncio.Lock, int]] = {}

    @contextlib.asynccontextmanager
    async def hold(self, key: str) -> Any:
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)


class Connector:
    """Handles every update; register ``handle`` for all updates (a ``TypeHandler``)."""

    def __init__(
        self,
        *,
        rasa: RasaBackend,
        secret: bytes,
        texts: TelegramTexts,
        data: ChildData,
        limiter: RateLimiter,
        flood: FloodFilter | None = None,
        table: CallbackTable | None = None,
        typing_interval: float = TYPING_INTERVAL,
    ) -> None:
        self.rasa = rasa
        self.secret = secret
        self.texts = texts
        self.data = data
        self.limiter = limiter
        self.flood = flood or FloodFilter(REPEAT_WINDOW)
        self.table = table if table is not None else CallbackTable()  # an empty one is falsy
        self.typing_interval = typing_interval
        self._locks = _UserLocks()
        # Commands Rasa answers (see use_rasa_intents); the others are LOCAL_COMMANDS.
        self.command_payloads = dict(COMMAND_PAYLOADS)
        # Counters for operators and the benchmark (no ids).
        self.stats: dict[str, int] = {}

    def use_rasa_intents(self, intents: frozenset[str]) -> None:
        """Lets Rasa answer /mydata and /forget when its model has intents for them."""
        self.command_payloads = command_payloads(intents)

    def _count(self, what: str) -> None:
        self.stats[what] = self.stats.get(what, 0) + 1

    # ------------------------------------------------------------------ entry point

    async def handle(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Processes one update (the python-telegram-bot handler callback)."""
        if not isinstance(update, Update):
            return
        bot = context.bot
        if update.my_chat_member is not None:
            await self._membership(bot, update)
        elif update.callback_query is not None:
            await self._callback(bot, update.callback_query)
        elif update.message is not None:
            await self._message(bot, update.message)
        else:
            # Edited messages and anything else Telegram may still send (e.g. from an
            # older webhook's allowed_updates) are not processed again.
            self._count("ignored")

    # ------------------------------------------------------------------ kinds of update

    async def _membership(self, bot: Any, update: Update) -> None:
        change = update.my_chat_member
        assert change is not None
        chat, status = change.chat, change.new_chat_member.status
        if chat.type == Chat.PRIVATE:
            if status == ChatMember.BANNED and change.from_user is not None:
                # The child blocked the bot.
                self._count("blocked")
                await self.data.unsubscribe(sender_id(change.from_user.id, self.secret))
            return
        if status in _JOINED:
            await self._leave(bot, chat, change.from_user)

    async def _leave(self, bot: Any, chat: Chat, user: User | None) -> None:
        """Says (in the language of whoever added the bot) that it only talks one to one,
        then leaves the group."""
        self._count("group_left")
        language = normalise_language(user.language_code) if user else None
        if chat.type != Chat.CHANNEL:
            with contextlib.suppress(TelegramError):
                await bot.send_message(chat.id, self.texts.message("group_only", language))
        try:
            await bot.leave_chat(chat.id)
        except TelegramError as e:
            logger.warning("telegram_leave_failed error=%s", type(e).__name__)

    async def _message(self, bot: Any, message: Message) -> None:
        chat, user = message.chat, message.from_user
        if chat.type != Chat.PRIVATE:
            await self._leave(bot, chat, user)
            return
        if user is None or user.is_bot:
            self._count("ignored")
            return
        sender = sender_id(user.id, self.secret)
        language = user.language_code
        if message.text is not None:
            command = parse_command(message.text)
            if command is not None and command.name in self.command_payloads:
                link = deep_link(command.argument) if command.name == "start" else None
                payload = self.command_payloads[command.name]
                # Help comes first: a child asking for it is never held back by the limit.
                urgent = command.name == "help_now"
                await self._to_rasa(bot, chat.id, sender, language, [payload], link, urgent)
                return
            if command is not None and command.name in LOCAL_COMMANDS:
                if self._admit(sender, message.text):
                    await self._local_command(bot, chat.id, sender, language, command.name)
                else:
                    await self._limited(bot, chat.id, sender, language)
                return
            text = free_text(message.text)
            if text is None:
                self._count("ignored")
                return
            await self._to_rasa(bot, chat.id, sender, language, [text])
            return
        if _is_nontext(message):
            self._count("nontext")
            messages = [NONTEXT_PAYLOAD]
            caption = free_text(message.caption) if message.caption else None
            if caption:
                messages.append(caption)
            await self._to_rasa(bot, chat.id, sender, language, messages)
            return
        self._count("ignored")  # service messages (pins, chat photo changes…)

    async def _callback(self, bot: Any, query: CallbackQuery) -> None:
        message, user = query.message, query.from_user
        if message is None or message.chat.type != Chat.PRIVATE or query.data is None:
            with contextlib.suppress(TelegramError):
                await query.answer()  # stops the button's spinner
            self._count("ignored")
            return
        chat_id = message.chat.id
        sender = sender_id(user.id, self.secret)
        language = user.language_code
        self._count("button")
        forget = query.data in (FORGET_YES, FORGET_NO)
        # Read before answering (the answer carries the "too old" note); never raises.
        payload = None if forget else await self.table.resolve(query.data)
        expired = not forget and payload is None
        with contextlib.suppress(TelegramError):
            await query.answer(
                self.texts.message("button_expired", normalise_language(language))
                if expired
                else None
            )
        if forget:
            if not self._admit(sender, query.data):
                await self._limited(bot, chat_id, sender, language)
                return
            await self._forget_answer(bot, chat_id, sender, language, query.data == FORGET_YES)
            return
        if payload is None:
            # An id nobody knows any more (not shown for longer than the table keeps,
            # or never made here): no guess at what it meant, but the menu to start from.
            self._count("button_expired")
            payload = COMMAND_PAYLOADS["help"]
        if payload == SUBSCRIBE_PAYLOAD:
            # "Yes please" to new consultations (asked at the end of one): the same as
            # typing /subscribe, so the same things are stored.
            if self._admit(sender, payload):
                await self._local_command(bot, chat_id, sender, language, "subscribe")
            else:
                await self._limited(bot, chat_id, sender, language)
            return
        await self._to_rasa(bot, chat_id, sender, language, [payload])

    # ------------------------------------------------------------------ limits

    def _admit(self, sender: str, fingerprint: str, urgent: bool = False) -> bool:
        """Rate limit and repeat filter. Repeats are dropped silently; an urgent message
        (/help_now) passes the rate limit but not the repeat filter."""
        if self.flood.is_repeat(sender, fingerprint):
            self._count("repeat_dropped")
            return False
        if not self.limiter.allow(sender) and not urgent:
            self._count("rate_limited")
            return False
        return True

    async def _limited(self, bot: Any, chat_id: int, sender: str, language: str | None) -> None:
        if self.limiter.should_warn(sender):
            await self._say(bot, chat_id, sender, self.texts.message("rate_limited", language))

    # ------------------------------------------------------------------ Rasa

    async def _to_rasa(
        self,
        bot: Any,
        chat_id: int,
        sender: str,
        language: str | None,
        messages: list[str],
        link: str | None = None,
        urgent: bool = False,
    ) -> None:
        if not self._admit(sender, "\n".join(messages), urgent):
            await self._limited(bot, chat_id, sender, language)
            return
        async with self._locks.hold(sender):
            for i, text in enumerate(messages):
                outgoing = rasa_message(sender, text, language, link if i == 0 else None)
                try:
                    replies = await self._typing(bot, chat_id, self.rasa.send(outgoing))
                except RasaUnavailable as e:
                    logger.error("telegram_rasa_failed user=%s error=%s", sender[:8], e)
                    self._count("rasa_failed")
                    await self._say(bot, chat_id, sender, self.texts.message("error", language))
                    return
                self._count("to_rasa")
                if text == FORGET_CONFIRM_PAYLOAD or says_erased(replies):
                    # Rasa erased the conversation and answers; the connector's own
                    # record (the broadcast subscription) goes too.
                    await self.data.unsubscribe(sender)
                answers = replies_from_rasa(replies)
                if any(offers_subscription(a) for a in answers) and await self._subscribed(sender):
                    answers = [a for a in answers if not offers_subscription(a)]
                chunks = to_chunks(answers, self.table)
                await self.table.flush()  # the buttons' ids, before they are shown
                if not await self._send_all(bot, chat_id, sender, chunks):
                    return

    async def _subscribed(self, sender: str) -> bool:
        """Whether the child is subscribed to broadcasts; False when the subscriber file
        cannot be read (the question is asked then; /subscribe says if it fails)."""
        try:
            return await self.data.is_subscribed(sender)
        except DataUnavailable as e:
            logger.error("telegram_subscribed_unknown user=%s error=%s", sender[:8], e)
            return False

    async def _typing(self, bot: Any, chat_id: int, work: Awaitable[_T]) -> _T:
        """Awaits ``work`` while showing "typing…" in the chat."""
        task = asyncio.ensure_future(work)
        try:
            while True:
                with contextlib.suppress(TelegramError):
                    await bot.send_chat_action(chat_id, ChatAction.TYPING)
                done, _ = await asyncio.wait({task}, timeout=self.typing_interval)
                if done:
                    return task.result()
        finally:
            if not task.done():
                task.cancel()

    # ------------------------------------------------------------------ local commands

    async def _local_command(
        self, bot: Any, chat_id: int, sender: str, language: str | None, name: str
    ) -> None:
        self._count(f"command_{name}")
        lang = normalise_language(language)
        async with self._locks.hold(sender):
            if name == "mydata":
                await self._say(bot, chat_id, sender, await self._mydata(sender, lang))
            elif name == "forget":
                keyboard = (
                    (
                        (self.texts.message("forget_yes", lang), FORGET_YES),
                        (self.texts.message("forget_no", lang), FORGET_NO),
                    ),
                )
                chunk = Chunk(self.texts.message("forget_confirm", lang), keyboard)
                await self._send_all(bot, chat_id, sender, [chunk])
            elif name == "subscribe":
                # The audience of a broadcast (language, country, age band) is what the
                # child chose in the conversation, if anything: the language they picked
                # in HearMe over Telegram's app language; country and age band unknown
                # without it.
                try:
                    known = await self.data.summary(sender)
                except DataUnavailable:
                    known = Summary(0)
                chosen = normalise_language(known.chosen_language) or lang
                try:
                    await self.data.subscribe(
                        sender, chat_id, chosen, known.country, known.age_band
                    )
                except DataUnavailable as e:
                    logger.error("telegram_subscribe_failed user=%s error=%s", sender[:8], e)
                    await self._say(bot, chat_id, sender, self.texts.message("error", lang))
                    return
                await self._say(bot, chat_id, sender, self.texts.message("subscribed", chosen))
            elif name == "stop":
                await self.data.unsubscribe(sender)
                await self._say(bot, chat_id, sender, self.texts.message("stopped", lang))

    async def _mydata(self, sender: str, lang: str | None) -> str:
        try:
            summary = await self.data.summary(sender)
        except DataUnavailable as e:
            logger.error("telegram_mydata_failed user=%s error=%s", sender[:8], e)
            return self.texts.message("mydata_unavailable", lang)
        lang = summary.language or lang  # the language the child chose with HearMe
        unknown = self.texts.message("unknown", lang)
        return self.texts.message(
            "mydata",
            lang,
            messages=summary.messages,
            language=self.texts.language_name(summary.language, lang) or unknown,
            country=summary.country or unknown,
            age_band=summary.age_band or unknown,
        )

    async def _forget_answer(
        self, bot: Any, chat_id: int, sender: str, language: str | None, confirmed: bool
    ) -> None:
        lang = normalise_language(language)
        async with self._locks.hold(sender):
            if not confirmed:
                await self._say(bot, chat_id, sender, self.texts.message("forget_kept", lang))
                return
            try:
                await self.data.forget(sender)
                await self.data.unsubscribe(sender)
            except DataUnavailable as e:
                logger.error("telegram_forget_failed user=%s error=%s", sender[:8], e)
                await self._say(bot, chat_id, sender, self.texts.message("forget_failed", lang))
                return
            await self._say(bot, chat_id, sender, self.texts.message("forgotten", lang))

    # ------------------------------------------------------------------ sending

    async def _say(self, bot: Any, chat_id: int, sender: str, text: str) -> bool:
        return await self._send_all(bot, chat_id, sender, [Chunk(text)])

    async def _send_all(self, bot: Any, chat_id: int, sender: str, chunks: list[Chunk]) -> bool:
        """Sends the chunks in order; False (and the rest dropped) once one fails for
        good. A 403 means the child blocked the bot: they are marked unsubscribed."""
        for chunk in chunks:
            markup = None
            if chunk.keyboard:
                markup = InlineKeyboardMarkup(
                    [
                        [InlineKeyboardButton(title, callback_data=data) for title, data in row]
                        for row in chunk.keyboard
                    ]
                )
            try:
                await self._retrying(
                    functools.partial(
                        bot.send_message,
                        chat_id,
                        chunk.text,
                        reply_markup=markup,
                        link_preview_options=LinkPreviewOptions(is_disabled=True),
                    )
                )
            except Forbidden:
                self._count("blocked")
                await self.data.unsubscribe(sender)
                return False
            except TelegramError as e:
                logger.error("telegram_send_failed user=%s error=%s", sender[:8], type(e).__name__)
                self._count("send_failed")
                return False
            self._count("sent")
        return True

    async def _retrying(self, call: Callable[[], Awaitable[_T]]) -> _T:
        """Runs a Bot API call, waiting out 429s (as long as Telegram asks, up to
        ``MAX_RETRY_AFTER``) and retrying network errors, ``SEND_ATTEMPTS`` times."""
        for attempt in range(1, SEND_ATTEMPTS + 1):
            try:
                return await call()
            except RetryAfter as e:
                wait = _seconds(e)
                if attempt == SEND_ATTEMPTS or wait > MAX_RETRY_AFTER:
                    raise
                self._count("retry_after")
                await asyncio.sleep(wait)
            except (Forbidden, BadRequest):
                raise
            except NetworkError:
                if attempt == SEND_ATTEMPTS:
                    raise
                await asyncio.sleep(0.5 * attempt)
        raise AssertionError("unreachable")  # pragma: no cover
