"""The connector's client for Rasa's REST channel (``POST /webhooks/rest/webhook``).

The REST channel is the one the web chat and the e2e tests use: no Rasa configuration
changes, and ``input_channel: telegram`` in the body makes Rasa record the right channel.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Protocol

import httpx

from bot.telegram.translate import RasaMessage

logger = logging.getLogger(__name__)


class RasaUnavailable(RuntimeError):
    """Rasa did not answer, or answered with an error."""


class RasaBackend(Protocol):
    async def send(self, message: RasaMessage) -> list[dict[str, Any]]:
        """Rasa's replies to ``message``.

        Raises:
            RasaUnavailable: no usable answer.
        """
        ...  # pragma: no cover - a protocol


class RestRasa:
    """Talks to one Rasa server over its REST channel."""

    def __init__(self, url: str, timeout: float = 30.0) -> None:
        self.url = url.rstrip("/")
        self._client = httpx.AsyncClient(timeout=timeout)

    async def send(self, message: RasaMessage) -> list[dict[str, Any]]:
        try:
            response = await self._client.post(
                f"{self.url}/webhooks/rest/webhook", json=message.body()
            )
            response.raise_for_status()
            replies = response.json()
        except (httpx.HTTPError, ValueError) as e:
            raise RasaUnavailable(type(e).__name__) from e
        if not isinstance(replies, list):
            raise RasaUnavailable("the reply is not a list")
        return replies

    async def wait_until_ready(self, timeout: float = 600.0, interval: float = 2.0) -> None:
        """Waits until the REST channel answers its health check (Rasa loads its model
        for a while after ``make run`` starts it).

        Raises:
            RasaUnavailable: not ready within ``timeout`` seconds.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            try:
                response = await self._client.get(f"{self.url}/webhooks/rest/", timeout=5)
                if response.status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if loop.time() >= deadline:
                raise RasaUnavailable(f"Rasa at {self.url} was not ready in {timeout:.0f} s")
            logger.info("telegram_waiting_for_rasa url=%s", self.url)
            await asyncio.sleep(interval)

    async def close(self) -> None:
        await self._client.aclose()
