"""Wires the connector into python-telegram-bot and runs it, polling or by webhook.

``serve`` is what ``python -m bot.telegram`` runs (and ``make run`` when
``TELEGRAM_BOT_TOKEN`` is set); tests run it against a fake Bot API server.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiohttp import web
from telegram import BotCommand, Update
from telegram.ext import Application, ContextTypes, TypeHandler

from bot.names import DEFAULT_LANGUAGE, LANGUAGES
from bot.settings import get_settings
from bot.telegram.buttons import ButtonStore, StoredCallbackTable
from bot.telegram.connector import ALLOWED_UPDATES, Connector
from bot.telegram.data import ChildData, HearMeData
from bot.telegram.guard import RateLimiter
from bot.telegram.rasa import RasaBackend, RasaServer, RestRasa
from bot.telegram.settings import TelegramSettings
from bot.telegram.texts import TelegramTexts, get_texts
from bot.telegram.webhook import start_webhook_server

logger = logging.getLogger(__name__)

# Updates handled at once (each child's own messages still go one at a time).
CONCURRENT_UPDATES = 32


def build_connector(
    settings: TelegramSettings,
    rasa: RasaBackend,
    data: ChildData | None = None,
    texts: TelegramTexts | None = None,
) -> Connector:
    key = get_settings().pseudonym_key
    return Connector(
        rasa=rasa,
        secret=key,
        texts=texts or get_texts(),
        data=data or HearMeData(settings.tracker_db, key, settings.subscribers_db),
        limiter=RateLimiter(settings.rate_per_minute, settings.rate_burst),
        table=StoredCallbackTable(ButtonStore(settings.subscribers_db)),
    )


def build_application(
    settings: TelegramSettings, connector: Connector, polling: bool
) -> Application:  # type: ignore[type-arg]
    """A python-telegram-bot application whose only handler is the connector.

    No JobQueue (its APScheduler pin conflicts with Rasa's); no updater in webhook mode.
    """
    builder = (
        Application.builder()
        .token(settings.token)
        .base_url(settings.api_base_url)
        .job_queue(None)
        .concurrent_updates(CONCURRENT_UPDATES)
    )
    if not polling:
        builder = builder.updater(None)
    application = builder.build()
    application.add_handler(TypeHandler(Update, connector.handle))

    async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        # One line for operators, no message content and no ids.
        logger.error("telegram_handler_failed error=%s", type(context.error).__name__)

    application.add_error_handler(on_error)
    return application


async def register_commands(bot: Any, texts: TelegramTexts) -> None:
    """The command menu in each language, and English for every other app language."""
    for lang in (None, *LANGUAGES):
        commands = [
            BotCommand(name, descriptions[lang or DEFAULT_LANGUAGE])
            for name, descriptions in texts.commands.items()
        ]
        await bot.set_my_commands(commands, language_code=lang)


async def serve(
    settings: TelegramSettings,
    stop: asyncio.Event,
    *,
    rasa: RasaServer | None = None,
    connector: Connector | None = None,
    ready: asyncio.Event | None = None,
) -> None:
    """Runs the connector until ``stop`` is set.

    Polling when ``settings.webhook_url`` is empty (``getUpdates``; any webhook is
    removed first), otherwise the webhook endpoint on ``webhook_listen:webhook_port``
    with ``setWebhook`` (secret and ``allowed_updates`` included). ``ready`` is set once
    updates are being received. ``rasa`` and ``connector`` default to the real ones
    (tests pass their own).

    Raises:
        telegram.error.InvalidToken: Telegram refused the token.
        RasaUnavailable: Rasa did not come up.
    """
    polling = not settings.webhook_url
    rasa = rasa or RestRasa(settings.rasa_url, settings.rasa_timeout, settings.rasa_token)
    connector = connector or build_connector(settings, rasa)
    application = build_application(settings, connector, polling)
    runner: web.AppRunner | None = None
    try:
        await rasa.wait_until_ready()
        connector.use_rasa_intents(await rasa.intents())
        async with application:  # getMe: a wrong token fails here
            await register_commands(application.bot, connector.texts)
            await application.start()
            if polling:
                assert application.updater is not None
                await application.updater.start_polling(
                    allowed_updates=list(ALLOWED_UPDATES), drop_pending_updates=False
                )
            else:
                runner = await start_webhook_server(
                    application,
                    settings.webhook_secret,
                    settings.webhook_path,
                    settings.webhook_listen,
                    settings.webhook_port,
                )
                await application.bot.set_webhook(
                    settings.webhook_url,
                    secret_token=settings.webhook_secret,
                    allowed_updates=list(ALLOWED_UPDATES),
                )
            logger.info(
                "telegram_started mode=%s bot=@%s rasa_commands=%s",
                "polling" if polling else "webhook",
                application.bot.username,
                ",".join(sorted(connector.command_payloads)),
            )
            if ready is not None:
                ready.set()
            await stop.wait()
            if application.updater is not None and application.updater.running:
                await application.updater.stop()
            if runner is not None:
                await runner.cleanup()
                runner = None
            await application.stop()
    finally:
        if runner is not None:
            await runner.cleanup()
        await rasa.close()
