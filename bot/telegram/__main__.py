"""``python -m bot.telegram``: runs the Telegram connector (polling, or the webhook when
``TELEGRAM_WEBHOOK_URL`` is set) until Ctrl-C or SIGTERM.

``python -m bot.telegram broadcast FILE [--rate N] [--country GB] [--age-band 13-15]
[--language fr] [--dry-run]`` sends a broadcast (a YAML file with ``id``, ``texts`` in
en/fr/es and an optional ``audience``) to the children who typed /subscribe and match the
audience; ``--dry-run`` only counts them. Run it again to resume an interrupted
broadcast. See docs/telegram.md.
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
    DEFAULT_CONCURRENCY,
    DEFAULT_RATE,
    Audience,
    BroadcastError,
    SubscriberStore,
    audience_from,
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


def _counts(numbers: dict[str, int]) -> str:
    return ", ".join(f"{key} {value}" for key, value in numbers.items())


async def _broadcast(
    settings: TelegramSettings,
    path: Path,
    rate: float,
    flags: Audience,
    dry_run: bool,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> str:
    broadcast = load_broadcast(path)
    audience = broadcast.audience.narrowed(flags)  # ValueError: set twice
    store = SubscriberStore(settings.subscribers_db, get_settings().pseudonym_key)
    matched = store.matched(broadcast.id, audience)
    summary = f"broadcast {broadcast.id} to {audience.describe()}: {_counts(matched)}"
    if dry_run:
        return f"{summary} (dry run: nothing sent)"
    print(summary, flush=True)
    async with Bot(settings.token, base_url=settings.api_base_url) as bot:

        async def send(chat_id: int, text: str) -> object:
            return await bot.send_message(
                chat_id, text, link_preview_options=LinkPreviewOptions(is_disabled=True)
            )

        report = await send_broadcast(
            broadcast, store, send, rate, audience=audience, concurrency=concurrency
        )
    total = store.counts(broadcast.id)
    return (
        f"broadcast {broadcast.id}: this run sent {report.sent}, blocked {report.blocked}, "
        f"failed {report.failed}, unconfirmed {report.unconfirmed} in {report.seconds:.1f} s; "
        f"all runs: {_counts(total)}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.telegram", description=__doc__)
    commands = parser.add_subparsers(dest="command")
    send = commands.add_parser("broadcast", help="send a broadcast to the subscribers")
    send.add_argument("file", type=Path, help="YAML file: id, texts (en, fr, es)")
    send.add_argument(
        "--rate",
        type=float,
        default=DEFAULT_RATE,
        help=f"messages per second (default {DEFAULT_RATE:g}, Telegram's limit)",
    )
    send.add_argument(
        "--country", action="append", help="only children in this country (ISO code; repeat)"
    )
    send.add_argument("--age-band", action="append", help="only this age band, e.g. 13-15")
    send.add_argument("--language", action="append", help="only this language (en, fr, es)")
    send.add_argument(
        "--dry-run", action="store_true", help="count the matched recipients, send nothing"
    )
    args = parser.parse_args(argv)
    if args.command == "broadcast":
        try:
            flags = audience_from(args.country, args.age_band, args.language)
        except ValueError as e:
            parser.error(str(e))
        if args.rate <= 0:
            parser.error("--rate must be positive")

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
            print(asyncio.run(_broadcast(settings, args.file, args.rate, flags, args.dry_run)))
        else:
            asyncio.run(_serve(settings))
    except (BroadcastError, ValueError) as e:
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
