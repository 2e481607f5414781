"""The webhook endpoint: a small aiohttp server in the connector's own event loop.

aiohttp rather than Django or Sanic because python-telegram-bot's ``Application`` runs
in an asyncio loop: the endpoint only checks the secret, parses the update and puts it
on the application's queue, so sharing the loop needs no second process and no thread.

Only a POST to the webhook path with the right ``X-Telegram-Bot-Api-Secret-Token``
(compared in constant time) is accepted; every other request gets 403.
"""

from __future__ import annotations

import hmac
import json
import logging
from typing import Final

from aiohttp import web
from telegram import Update
from telegram.ext import Application

logger = logging.getLogger(__name__)

SECRET_HEADER: Final = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name
# Updates HearMe accepts are a few kilobytes; refuse anything much bigger.
MAX_BODY_BYTES: Final = 256 * 1024


def authorised(header: str | None, secret: str) -> bool:
    """True if the request carries the webhook secret (constant-time comparison)."""
    if not header or not secret:
        return False
    return hmac.compare_digest(header.encode(), secret.encode())


def webhook_app(application: Application, secret: str, path: str) -> web.Application:  # type: ignore[type-arg]
    """The aiohttp application that feeds ``application`` from Telegram's webhook."""
    if not secret:
        raise ValueError("the webhook needs a secret")

    async def receive(request: web.Request) -> web.Response:
        if request.path != path or not authorised(request.headers.get(SECRET_HEADER), secret):
            logger.warning("telegram_webhook_refused method=%s", request.method)
            return web.Response(status=403, text="forbidden")
        if request.method != "POST":
            return web.Response(status=405, text="method not allowed")
        try:
            data = json.loads(await request.read())
            update = Update.de_json(data, application.bot)
        except (ValueError, TypeError, KeyError, AttributeError):
            return web.Response(status=400, text="not an update")
        if update is None:
            return web.Response(status=400, text="not an update")
        await application.update_queue.put(update)
        return web.Response(status=200, text="ok")

    app = web.Application(client_max_size=MAX_BODY_BYTES)
    # One handler for every path and method: anything not authorised is a 403, even a
    # path that does not exist, so the server reveals nothing.
    app.router.add_route("*", "/{tail:.*}", receive)
    return app


async def start_webhook_server(
    application: Application,  # type: ignore[type-arg]
    secret: str,
    path: str,
    host: str,
    port: int,
) -> web.AppRunner:
    """Starts the endpoint on ``host:port``; stop it with ``await runner.cleanup()``."""
    runner = web.AppRunner(webhook_app(application, secret, path), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    return runner
