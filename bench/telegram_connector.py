"""Telegram connector overhead per message: what the connector adds on top of Rasa.

Runs the real connector process (``python -m bot.telegram``, python-telegram-bot 22)
against the local fake Bot API (tests/telegram/fake_api.py) and an instant stand-in for
Rasa, both in this process, so the connector process's CPU is the connector's alone and
the latency is what it adds to a Rasa turn (plus loopback HTTP to the fakes): getUpdates
or the webhook POST, parsing, limits, translation, "typing…", two sendMessage. Reported:
  * polling and webhook: latency from the update being available to the last reply
    being sent (p50/p95), one child at a time and 20 children at once, messages/s;
  * CPU time of the connector process per message, and its memory;
  * the translation layer alone (Rasa replies -> Telegram chunks), in microseconds;
  * the button table in the connector's SQLite file (long payloads, see
    bot/telegram/buttons.py): giving out and saving a new id, giving out a known one,
    and reading an id back from the file (a press after a restart or on another
    worker), in microseconds.
With --rasa it also starts the real Rasa + action server and compares a REST turn with
the same turn through the connector.
Usage: make bench   (or: python bench/telegram_connector.py --messages 200 --rasa)
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import psutil
from aiohttp import web

from bot.telegram.buttons import ButtonStore, StoredCallbackTable
from bot.telegram.translate import CallbackTable, replies_from_rasa, to_chunks
from tests.e2e.stack import ROOT, free_port
from tests.telegram import fake_api as tg
from tests.telegram.harness import running

REPLY = [
    {
        "text": "Privacy — Article 16 of the UN Convention on the Rights of the Child says "
        "you have the right to privacy. " * 3,
        "buttons": [
            {"title": "Tell me more", "payload": '/rights_show{"right": "16", "view": "more"}'},
            {"title": "Simpler please", "payload": '/rights_show{"right": "16", "view": "a"}'},
            {
                "title": "What can I do?",
                "payload": '/rights_show{"right": "16", "view": "act", "from": "answer"}',
            },
        ],
    },
    {"text": "A quick note: I never ask for your name or address."},
]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))]


def row(name: str, latencies: list[float], seconds: float, cpu: float) -> dict[str, Any]:
    return {
        "scenario": name,
        "messages": len(latencies),
        "p50_ms": round(statistics.median(latencies), 2),
        "p95_ms": round(percentile(latencies, 95), 2),
        "msgs_per_s": round(len(latencies) / seconds, 1),
        "cpu_ms_per_msg": round(cpu * 1000 / len(latencies), 2),
    }


def fake_rasa_app() -> web.Application:
    """An instant stand-in for Rasa's REST channel: the same two replies every time."""

    async def webhook(request: web.Request) -> web.Response:
        body = await request.json()
        return web.json_response([{"recipient_id": body["sender"], **r} for r in REPLY])

    async def health(request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", webhook)
    app.router.add_get("/webhooks/rest/", health)
    return app


@contextlib.asynccontextmanager
async def connector_process(
    api: tg.FakeBotAPI, rasa_url: str, webhook: bool
) -> AsyncIterator[tuple[psutil.Process, str, str]]:
    """``python -m bot.telegram`` as deployed, against the fakes; yields the process,
    the webhook URL and secret (empty when polling)."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "HEARME_RASA_URL": rasa_url,
        "RASA_AUTH_TOKEN": "",
        "TELEGRAM_RATE_PER_MINUTE": "1000000",
        "TELEGRAM_RATE_BURST": "1000000",
        # The connector's own file (button ids), not the one in var/.
        "TELEGRAM_SUBSCRIBERS_DB": str(Path(tempfile.mkdtemp()) / "subscribers.sqlite3"),
    }
    url = secret = ""
    if webhook:
        port = free_port()
        url, secret = f"http://127.0.0.1:{port}/telegram/hook", secrets.token_urlsafe(32)
        env |= {
            "TELEGRAM_WEBHOOK_URL": url,
            "TELEGRAM_WEBHOOK_SECRET": secret,
            "TELEGRAM_WEBHOOK_PORT": str(port),
        }
    process = subprocess.Popen(
        [sys.executable, "-m", "bot.telegram"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        started = "setWebhook" if webhook else "getUpdates"
        await api.wait_for(lambda: any(c.method == started for c in api.calls), 120)
        yield psutil.Process(process.pid), url, secret
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)


async def one_child(
    api: tg.FakeBotAPI,
    user: int,
    count: int,
    session: aiohttp.ClientSession,
    webhook: tuple[str, str],
) -> list[float]:
    """Sends ``count`` messages one after the other; latency of each (ms): from the
    update being available (queued for getUpdates, or POSTed) to the last reply sent."""
    url, secret = webhook
    latencies = []
    for i in range(count):
        before = api.count("sendMessage", user)
        update = tg.text(user, f"message {i} from a child")
        started = time.monotonic()
        if url:
            headers = {"X-Telegram-Bot-Api-Secret-Token": secret}
            async with session.post(url, json=api.numbered(update), headers=headers) as response:
                assert response.status == 200, response.status
        else:
            await api.push(update)
        await api.wait_for(
            lambda u=user, b=before: api.count("sendMessage", u) >= b + len(REPLY), 60
        )
        latencies.append((api.last_at[("sendMessage", user)] - started) * 1000)
    return latencies


async def scenario(mode: str, messages: int, users: int) -> tuple[list[dict], float]:
    """Both runs of one mode; returns their rows and the connector's memory (MB)."""
    api = tg.FakeBotAPI()
    await api.start()
    runner = web.AppRunner(fake_rasa_app(), access_log=None)
    await runner.setup()
    rasa_port = free_port()
    await web.TCPSite(runner, "127.0.0.1", rasa_port).start()
    out = []
    try:
        async with (
            connector_process(api, f"http://127.0.0.1:{rasa_port}", mode == "webhook") as (
                process,
                url,
                secret,
            ),
            aiohttp.ClientSession() as session,
        ):
            hook = (url, secret)
            await one_child(api, 1, 10, session, hook)  # warm-up
            for name, children, each in (
                ("one child", 1, messages),
                (f"{users} children at once", users, max(1, messages // users)),
            ):
                cpu, started = process.cpu_times(), time.monotonic()
                runs = await asyncio.gather(
                    *(one_child(api, 100 + c, each, session, hook) for c in range(children))
                )
                used = process.cpu_times()
                seconds = (used.user + used.system) - (cpu.user + cpu.system)
                out.append(
                    row(
                        f"{mode}: {name}",
                        [x for r in runs for x in r],
                        time.monotonic() - started,
                        seconds,
                    )
                )
            memory = process.memory_info().rss / 2**20
    finally:
        await runner.cleanup()
        await api.stop()
    return out, memory


def button_table_us(rounds: int = 500) -> dict[str, float]:
    """Microseconds per long-payload id: new (encode + flush: one SQLite write),
    known (encode + flush: no write) and read back from the file by another table."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "subscribers.sqlite3"
        table = StoredCallbackTable(ButtonStore(path))
        payloads = [
            f'/consultation_answer{{"consultation_question": "q{i}", "choice": "a"}}'
            for i in range(rounds)
        ]

        async def run() -> dict[str, float]:
            out = {}
            started = time.perf_counter()
            keys = []
            for payload in payloads:
                keys.append(table.encode(payload))
                await table.flush()
            out["new"] = (time.perf_counter() - started) / rounds * 1e6
            started = time.perf_counter()
            for payload in payloads:
                table.encode(payload)
                await table.flush()
            out["known"] = (time.perf_counter() - started) / rounds * 1e6
            other = StoredCallbackTable(ButtonStore(path))
            started = time.perf_counter()
            for key in keys:
                assert await other.resolve(key) is not None
            out["from_file"] = (time.perf_counter() - started) / rounds * 1e6
            return out

        return {k: round(v, 1) for k, v in asyncio.run(run()).items()}


def translation_us(rounds: int = 5000) -> float:
    table = CallbackTable()
    started = time.perf_counter()
    for _ in range(rounds):
        to_chunks(replies_from_rasa(REPLY), table)
    return (time.perf_counter() - started) / rounds * 1e6


# A mix of what children send (as in bench/rest_latency.py), the same for both paths.
MESSAGES = [
    ("hi", "en"),
    ("what can you do?", "en"),
    ("/menu_rights", "en"),
    ("thanks!", "en"),
    ("bonjour", "fr"),
    ("tu sers à quoi ?", "fr"),
    ("je veux donner mon avis", "fr"),
    ("hola", "es"),
    ("¿qué puedes hacer?", "es"),
    ("blorf zxqv wibble", "es"),
]


async def with_rasa(messages: int) -> dict[str, Any]:
    """The same turns over REST and through the connector, alternately, on the real
    stack; what the connector adds is the difference of the medians."""
    from bot.telegram.rasa import RestRasa
    from scripts.model import ensure_model
    from tests.e2e.stack import start_stack

    model = ensure_model()
    rest, through = [], []
    with tempfile.TemporaryDirectory() as work:
        stack = start_stack(model, Path(work))
        try:
            backend = RestRasa(stack.rasa_url, timeout=60)
            limits = {"rate_per_minute": 100_000, "rate_burst": 100_000}
            async with running(backend, **limits) as run:
                for i in range(messages):
                    text, lang = MESSAGES[i % len(MESSAGES)]
                    started = time.perf_counter()
                    await asyncio.to_thread(
                        stack.send, f"bench-rest-{i % 5}", text, {"language": lang}
                    )
                    rest.append((time.perf_counter() - started) * 1000)

                    user = 900 + i % 5
                    before = run.api.count("sendMessage", user)
                    started = time.monotonic()
                    await run.api.push(tg.text(user, text, lang))
                    await run.api.wait_for(
                        lambda u=user, b=before: run.api.count("sendMessage", u) > b, 60
                    )
                    await asyncio.sleep(0.3)  # let the other replies of the turn go out
                    through.append((run.api.last_at[("sendMessage", user)] - started) * 1000)
        finally:
            stack.stop()
    return {
        "turns": messages,
        "rest_p50_ms": round(statistics.median(rest), 1),
        "telegram_p50_ms": round(statistics.median(through), 1),
        "added_p50_ms": round(statistics.median(through) - statistics.median(rest), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--rasa", action="store_true", help="also compare with the real stack")
    args = parser.parse_args()

    results: list[dict[str, Any]] = []
    memory = {}
    for mode in ("polling", "webhook"):
        rows, memory[f"{mode}_rss_mb"] = asyncio.run(scenario(mode, args.messages, args.users))
        results += rows
    translate = round(translation_us(), 1)
    buttons = button_table_us()
    rasa = asyncio.run(with_rasa(min(args.messages, 50))) if args.rasa else None

    header = f"{'scenario':34} {'msgs':>5} {'p50 ms':>8} {'p95 ms':>8} {'msg/s':>7} {'cpu ms':>7}"
    print(header)
    for r in results:
        print(
            f"{r['scenario']:34} {r['messages']:>5} {r['p50_ms']:>8} {r['p95_ms']:>8} "
            f"{r['msgs_per_s']:>7} {r['cpu_ms_per_msg']:>7}"
        )
    print(", ".join(f"connector {k}={v:.1f}" for k, v in memory.items()))
    print(f"translation layer (2 replies, 3 buttons -> Telegram chunks): {translate} µs")
    print(
        f"button table (SQLite): new id {buttons['new']} µs, known id {buttons['known']} µs, "
        f"read back from the file {buttons['from_file']} µs"
    )
    if rasa:
        print(", ".join(f"{k}={v}" for k, v in rasa.items()))
    out = ROOT / "var" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / "telegram_connector.json").write_text(
        json.dumps(
            {
                "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
                "results": results,
                "memory_mb": memory,
                "translation_us": translate,
                "button_table_us": buttons,
                "with_rasa": rasa,
            },
            indent=2,
        )
    )
    print(f"saved {out / 'telegram_connector.json'}")


if __name__ == "__main__":
    main()
