"""``python -m bot.telegram``: runs the Telegram connector (polling, or the webhook when
``TELEGRAM_WEBHOOK_URL`` is set) until Ctrl-C or SIGTERM. See docs/telegram.md."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys

from telegram.error import InvalidToken

from bot.settings import SettingsError, get_settings
from bot.telegram.app import serve
from bot.telegram.rasa import RasaUnavailable
from bot.telegram.settings import TelegramSettings


async def _main(settings: TelegramSettings) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    await serve(settings, stop)


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    # httpx logs every request URL, and Bot API URLs contain the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    try:
        get_settings()
        settings = TelegramSettings.from_env()
    except SettingsError as e:
        print(f"telegram: {e}", file=sys.stderr)
        return 2
    try:
        asyncio.run(_main(settings))
    except InvalidToken:
        print(
            "telegram: Telegram refused TELEGRAM_BOT_TOKEN; check it with @BotFather",
            file=sys.stderr,
        )
        return 2
    except RasaUnavailable as e:
        print(f"telegram: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
