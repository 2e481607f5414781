"""Runs the real connector (bot.telegram.app.serve) against the fake Bot API.

Used by tests/telegram/, tests/e2e/test_telegram.py and bench/telegram_connector.py.
Rasa is either the real stack (``RestRasa``) or ``FakeRasa`` below.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import tempfile
import threading
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bot.telegram.app import build_connector, serve
from bot.telegram.connector import Connector
from bot.telegram.data import DataUnavailable, Summary
from bot.telegram.settings import TelegramSettings
from bot.telegram.translate import RasaMessage
from tests.e2e.stack import free_port
from tests.telegram.fake_api import TOKEN, FakeBotAPI

Replier = Callable[[RasaMessage], list[dict[str, Any]]]


def echo(message: RasaMessage) -> list[dict[str, Any]]:
    return [{"recipient_id": message.sender, "text": f"you said: {message.message}"}]


class FakeRasa:
    """Stands in for Rasa's REST channel: records messages, answers with ``replier``."""

    def __init__(
        self,
        replier: Replier = echo,
        delay: float = 0.0,
        down: bool = False,
        intents: frozenset[str] = frozenset(),
    ) -> None:
        self.replier = replier
        self.delay = delay
        self.down = down
        self.model_intents = intents
        self.received: list[RasaMessage] = []

    async def intents(self) -> frozenset[str]:
        return self.model_intents

    async def send(self, message: RasaMessage) -> list[dict[str, Any]]:
        from bot.telegram.rasa import RasaUnavailable

        self.received.append(message)
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.down:
            raise RasaUnavailable("ConnectError")
        return self.replier(message)

    async def wait_until_ready(self, timeout: float = 600.0, interval: float = 2.0) -> None:
        return None

    async def close(self) -> None:
        return None


@dataclass
class FakeData:
    """Records /mydata, /forget, subscribe and unsubscribe calls."""

    summaries: dict[str, Summary] = field(default_factory=dict)
    forgotten: list[str] = field(default_factory=list)
    unsubscribed: list[str] = field(default_factory=list)
    subscribed: list[tuple[str, int, str | None, str | None, str | None]] = field(
        default_factory=list
    )
    # Children subscribed before the test started.
    subscribed_before: set[str] = field(default_factory=set)
    broken: bool = False

    async def subscribe(
        self,
        sender: str,
        chat_id: int,
        language: str | None,
        country: str | None = None,
        age_band: str | None = None,
    ) -> bool:
        if self.broken:
            raise DataUnavailable("broken")
        self.subscribed.append((sender, chat_id, language, country, age_band))
        return True

    async def summary(self, sender: str) -> Summary:
        if self.broken:
            raise DataUnavailable("broken")
        return self.summaries.get(sender, Summary(0))

    async def forget(self, sender: str) -> int:
        if self.broken:
            raise DataUnavailable("broken")
        self.forgotten.append(sender)
        return 3

    async def unsubscribe(self, sender: str) -> int:
        self.unsubscribed.append(sender)
        return 1

    async def is_subscribed(self, sender: str) -> bool:
        if self.broken:
            raise DataUnavailable("broken")
        subscribed = self.subscribed_before | {s[0] for s in self.subscribed}
        return sender in subscribed - set(self.unsubscribed)


@dataclass
class Running:
    api: FakeBotAPI
    settings: TelegramSettings
    connector: Connector

    @property
    def webhook_endpoint(self) -> str:
        return f"http://127.0.0.1:{self.settings.webhook_port}{self.settings.webhook_path}"


def make_settings(api: FakeBotAPI, webhook: bool = False, **overrides: Any) -> TelegramSettings:
    settings = TelegramSettings(
        token=TOKEN,
        api_base_url=api.base_url,
        tracker_db=Path("/nonexistent/tracker.sqlite3"),
    )
    if webhook:
        port = free_port()
        settings = replace(
            settings,
            webhook_url=f"http://127.0.0.1:{port}/telegram/{secrets.token_hex(4)}",
            webhook_secret=secrets.token_urlsafe(32),
            webhook_port=port,
        )
    return replace(settings, **overrides)


@contextlib.asynccontextmanager
async def running(
    rasa: Any,
    data: Any = None,
    *,
    api: FakeBotAPI | None = None,
    webhook: bool = False,
    typing_interval: float | None = None,
    **overrides: Any,
) -> AsyncIterator[Running]:
    """Starts the fake Bot API (unless given) and the connector; stops both after.

    The connector's own SQLite file (button ids; subscribers with ``HearMeData``) is a
    fresh temporary one unless ``subscribers_db`` is given (a test of a restart gives
    the same file to two runs).
    """
    api = api or FakeBotAPI()
    own_api = not api.url
    own_db = None
    if "subscribers_db" not in overrides:
        own_db = tempfile.TemporaryDirectory(prefix="hearme-telegram-")
        overrides["subscribers_db"] = Path(own_db.name) / "subscribers.sqlite3"
    if own_api:
        await api.start()
    settings = make_settings(api, webhook, **overrides)
    connector = build_connector(settings, rasa, data if data is not None else FakeData())
    if typing_interval is not None:
        connector.typing_interval = typing_interval
    stop, ready = asyncio.Event(), asyncio.Event()
    task = asyncio.create_task(serve(settings, stop, rasa=rasa, connector=connector, ready=ready))
    try:
        ready_wait = asyncio.create_task(ready.wait())
        done, _ = await asyncio.wait({task, ready_wait}, timeout=30, return_when="FIRST_COMPLETED")
        if task in done:
            ready_wait.cancel()
            task.result()  # raises what went wrong
        if ready_wait not in done:
            raise TimeoutError("the connector did not start")
        yield Running(api, settings, connector)
    finally:
        stop.set()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, 30)
        if own_api:
            await api.stop()
        if own_db is not None:
            own_db.cleanup()


class ThreadedFakeAPI:
    """The fake Bot API on its own event loop in a daemon thread."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        threading.Thread(target=self.loop.run_forever, daemon=True).start()
        self.api: FakeBotAPI = self.run(self._make())
        self.run(self.api.start())

    @staticmethod
    async def _make() -> FakeBotAPI:
        return FakeBotAPI()

    def run(self, coro: Any, timeout: float = 60) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def stop(self) -> None:
        self.run(self.api.stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
