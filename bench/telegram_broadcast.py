"""Telegram broadcast rate: does sending hold the configured rate without exceeding it?

Sends one broadcast to N fake subscribers (default 1,000) with the real sender
(``bot.telegram.broadcast.send_broadcast`` over python-telegram-bot's ``Bot``) against
the local fake Bot API (tests/telegram/fake_api.py) on its own thread, at the configured
rate (default 30 messages/s, Telegram's limit for one bot), four ways: clean; with
injected 429s (retry_after 1 s, every ~200 messages) and a few 403s; behind a jittery
network (each request delayed 0-150 ms and each answer 0-50 ms at random, so calls
started evenly arrive bunched); and interrupted half-way (Ctrl-C) then run again at once
(the second run must count the first run's last second). Measured at the fake server
from the time each sendMessage arrived (429s and retries included):
  * max/1s: the most sendMessage calls in any sliding 1-second window [t, t + 1) (must
    be <= the rate), and the same for the times the sender started them ("sender");
    "jit ms" is the worst delay from a call starting to the server seeing it;
  * the mean rate while sending (calls / time, without the waits Telegram asked for:
    gaps over 0.5 s), and over the whole run (all/s);
  * the wall time, and that every subscriber got exactly one message.
Usage: make bench   (or: python bench/telegram_broadcast.py --subscribers 300 --rate 30)
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import contextlib
import random
import tempfile
import time
from pathlib import Path

from telegram import Bot

from bot.telegram.broadcast import DEFAULT_RATE, Broadcast, SubscriberStore, send_broadcast
from bot.telegram.translate import sender_id
from tests.telegram.harness import ThreadedFakeAPI

SECRET = b"b" * 32
NEWS = Broadcast("bench", {"en": "Hello!", "fr": "Salut !", "es": "¡Hola!"})


def max_in_window(times: list[float], window: float = 1.0) -> int:
    """The most events in any half-open window [t, t + window) (starting at an event)."""
    return max((bisect.bisect_left(times, t + window) - i for i, t in enumerate(times)), default=0)


def run(subscribers: int, rate: float, mode: str) -> dict[str, float]:
    """One broadcast; ``mode`` is clean, errors, jitter or resume (see the docstring)."""
    with tempfile.TemporaryDirectory() as tmp:
        store = SubscriberStore(Path(tmp) / "subscribers.sqlite3", SECRET)
        first = 900_000
        for i in range(subscribers):
            store.subscribe(sender_id(first + i, SECRET), first + i, ("en", "fr", "es")[i % 3])
        fake = ThreadedFakeAPI()
        api = fake.api
        blocked = set()
        if mode == "errors":
            for skip in range(150, subscribers, 200):
                api.fail_with_429("sendMessage", retry_after=1, skip=skip)
            blocked = {first + i for i in range(7, subscribers, 250)}
            for chat in blocked:
                api.fail_with_403("sendMessage", chat_id=chat)

        started_at: list[float] = []
        rng = random.Random(30)

        async def send() -> None:
            async with Bot(api.token, base_url=api.base_url) as bot:

                async def timed(chat_id: int, text: str) -> object:
                    if mode == "jitter":
                        await asyncio.sleep(rng.uniform(0.0, 0.15))
                    started_at.append(time.monotonic())
                    result = await bot.send_message(chat_id, text)
                    if mode == "jitter":
                        await asyncio.sleep(rng.uniform(0.0, 0.05))
                    return result

                if mode == "resume":
                    task = asyncio.create_task(send_broadcast(NEWS, store, timed, rate))
                    while len(started_at) < subscribers // 2:
                        await asyncio.sleep(0.01)
                    task.cancel()  # Ctrl-C: the calls in flight finish
                    with contextlib.suppress(asyncio.CancelledError):
                        await task
                await send_broadcast(NEWS, store, timed, rate)

        started = time.monotonic()
        try:
            asyncio.run(send())
        finally:
            fake.stop()
        wall = time.monotonic() - started
        calls = [c for c in api.calls if c.method == "sendMessage"]
        times = sorted(c.at for c in calls)
        per_chat: dict[int, int] = {}
        for c in calls:
            if c.error is None:
                per_chat[c.params["chat_id"]] = per_chat.get(c.params["chat_id"], 0) + 1
        exact = set(per_chat.values()) == {1} and len(per_chat) == subscribers - len(blocked)
        span = times[-1] - times[0]
        # Without the waits Telegram asked for (the only gaps over half a second).
        sending = span - sum(b - a for a, b in zip(times, times[1:], strict=False) if b - a > 0.5)
        return {
            "calls": len(calls),
            "429": sum(c.error == 429 for c in calls),
            "403": sum(c.error == 403 for c in calls),
            "max_1s": max_in_window(times),
            "sender_max_1s": max_in_window(sorted(started_at)),
            "jitter_ms": 1000 * max(b - a for a, b in zip(sorted(started_at), times, strict=False)),
            "mean": (len(calls) - 1) / sending if sending > 0 else 0.0,
            "overall": (len(calls) - 1) / span if span > 0 else 0.0,
            "wall": wall,
            "exactly_once": float(exact),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=DEFAULT_RATE)
    args = parser.parse_args()
    print(f"Telegram broadcast: {args.subscribers} subscribers at {args.rate:g} msg/s")
    print(
        f"{'run':<14}{'calls':>7}{'429':>5}{'403':>5}{'max/1s':>8}{'sender':>8}{'jit ms':>8}"
        f"{'mean/s':>8}{'all/s':>7}{'wall s':>8}  once"
    )
    runs = (
        ("clean", "clean"),
        ("429s + 403s", "errors"),
        ("jitter", "jitter"),
        ("resumed", "resume"),
    )
    for label, mode in runs:
        r = run(args.subscribers, args.rate, mode)
        print(
            f"{label:<14}{r['calls']:>7.0f}{r['429']:>5.0f}{r['403']:>5.0f}{r['max_1s']:>8.0f}"
            f"{r['sender_max_1s']:>8.0f}{r['jitter_ms']:>8.1f}"
            f"{r['mean']:>8.2f}{r['overall']:>7.2f}{r['wall']:>8.1f}"
            f"  {'yes' if r['exactly_once'] else 'NO'}"
        )
        if r["max_1s"] > args.rate:
            print(f"  !! more than {args.rate:g} calls in a 1-second window")


if __name__ == "__main__":
    main()
