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


class RasaServer(RasaBackend, Protocol):
    """A backend the runner can wait for and close."""

    async def wait_until_ready(
        self, timeout: float = 600.0, interval: float = 2.0
    ) -> None: ...  # pragma: no cover - a protocol

    async def intents(self) -> frozenset[str]: ...  # pragma: no cover - a protocol

    async def close(self) -> None: ...  # pragma: no cover - a protocol


class RestRasa:
    """Talks to one Rasa server over its REST channel."""

    def __init__(self, url: str, timeout: float = 30.0, token: str = "") -> None:
        self.url = url.rstrip("/")
        self._token = token
        self._client = httpx.AsyncClient(timeout=timeout)

    async def intents(self) -> frozenset[str]:
        """The intents of the loaded model (Rasa's ``GET /domain``, which needs the API
        token); empty when there is no token or Rasa does not say."""
        if not self._token:
            return frozenset()
        try:
            response = await self._client.get(
                f"{self.url}/domain",
                params={"token": self._token},
                headers={"Accept": "application/json"},
            )
            response.raise_for_status()
            names = response.json().get("intents") or []
        except (httpx.HTTPError, ValueError, AttributeError) as e:
            logger.warning("telegram_domain_unavailable error=%s", type(e).__name__)
            return frozenset()
        return frozenset(
            name if isinstance(name, str) else next(iter(name))
            for name in names
            if isinstance(name, str) or (isinstance(name, dict) and name)
        )

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
