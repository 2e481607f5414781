"""``python -m bot.telegram``: runs the Telegram connector (polling, or the webhook when
``TELEGRAM_WEBHOOK_URL`` is set) until Ctrl-C or SIGTERM.

``python -m bot.telegram broadcast FILE [--rate N]`` sends a broadcast (a YAML file with
``id`` and ``texts`` in en/fr/es) to the children who typed /subscribe; run it again to
resume an interrupted broadcast. See docs/telegram.md.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from pathlib import Path

from telegram import Bot, LinkPreviewOptions
from telegram.error import InvalidToken

from bot.settings import SettingsError, get_settings
from bot.telegram.app import serve
from bot.telegram.broadcast import (
    DEFAULT_RATE,
    BroadcastError,
    SubscriberStore,
    load_broadcast,
    send_broadcast,
)
from bot.telegram.rasa import RasaUnavailable
from bot.telegram.settings import TelegramSettings


async def _serve(settings: TelegramSettings) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    await serve(settings, stop)


async def _broadcast(settings: TelegramSettings, path: Path, rate: float) -> str:
    broadcast = load_broadcast(path)
    store = SubscriberStore(settings.subscribers_db, get_settings().pseudonym_key)
    async with Bot(settings.token, base_url=settings.api_base_url) as bot:

        async def send(chat_id: int, text: str) -> object:
            return await bot.send_message(
                chat_id, text, link_preview_options=LinkPreviewOptions(is_disabled=True)
            )

        report = await send_broadcast(broadcast, store, send, rate)
    total = store.counts(broadcast.id)
    return (
        f"broadcast {broadcast.id}: this run sent {report.sent}, blocked {report.blocked}, "
        f"failed {report.failed} in {report.seconds:.1f} s; all runs: {total}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.telegram", description=__doc__)
    commands = parser.add_subparsers(dest="command")
    send = commands.add_parser("broadcast", help="send a broadcast to the subscribers")
    send.add_argument("file", type=Path, help="YAML file: id, texts (en, fr, es)")
    send.add_argument(
        "--rate", type=float, default=DEFAULT_RATE, help="messages per second (default 20)"
    )
    args = parser.parse_args(argv)

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
        if args.command == "broadcast":
            print(asyncio.run(_broadcast(settings, args.file, args.rate)))
        else:
            asyncio.run(_serve(settings))
    except BroadcastError as e:
        print(f"telegram: {e}", file=sys.stderr)
        return 2
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
