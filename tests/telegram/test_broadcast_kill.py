"""The issue's test: 500 subscribers, injected 429s and 403s, the sender SIGKILLed twice
(once just after Telegram accepted a message it had not yet recorded, once just after a
request reached Telegram that was never accepted) and restarted: nobody gets it twice,
and the report says what happened to everyone."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from bot.telegram.broadcast import SubscriberStore
from bot.telegram.translate import sender_id
from tests.telegram import fake_api as tg
from tests.telegram.harness import ThreadedFakeAPI

pytestmark = pytest.mark.timeout(300)

SECRET = "k" * 32
ROOT = Path(__file__).resolve().parents[2]
CHILDREN = 500
FIRST = 700_000
BLOCKED = {FIRST + i for i in (3, 77, 201, 333, 499)}
KILL_AFTER_DELIVERY = 150  # killed with the 150th accepted message unanswered
KILL_ON_RECEIPT = 320  # killed with the 320th request received but never accepted


def _run(env: dict[str, str], news: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot.telegram", "broadcast", str(news), "--rate", "200"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_killed_twice_and_restarted_nobody_gets_it_twice(tmp_path):
    store = SubscriberStore(tmp_path / "subscribers.sqlite3", SECRET.encode())
    languages = ("en", "fr", "es")
    for i in range(CHILDREN):
        chat = FIRST + i
        store.subscribe(sender_id(chat, SECRET.encode()), chat, languages[i % 3], "GB", "13-15")
    news = tmp_path / "news.yml"
    news.write_text(
        "id: kill-test\ntexts:\n  en: Hello!\n  fr: Salut !\n  es: ¡Hola!\n", encoding="utf-8"
    )
    fake = ThreadedFakeAPI()
    api = fake.api
    for chat in BLOCKED:
        api.fail_with_403("sendMessage", chat_id=chat)
    for skip in (40, 180, 400):  # 429s early, between the kills, and late
        api.fail_with_429("sendMessage", retry_after=1, skip=skip)

    process: dict[str, subprocess.Popen[str]] = {}
    killed = threading.Event()
    accepted = [0]
    lost: list[int] = []
    in_window: list[int] = []

    def on_call(call: tg.Call, stage: str) -> None:
        if call.method != "sendMessage":
            return
        if stage == "delivered":
            accepted[0] += 1
            if accepted[0] == KILL_AFTER_DELIVERY:
                in_window.append(call.params["chat_id"])
                os.kill(process["now"].pid, signal.SIGKILL)
                killed.set()
        elif stage == "received" and accepted[0] == KILL_ON_RECEIPT and not lost:
            lost.append(call.params["chat_id"])
            call.error = 499  # never accepted: the message is lost with the process
            os.kill(process["now"].pid, signal.SIGKILL)
            killed.set()

    api.on_call = on_call
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "TELEGRAM_SUBSCRIBERS_DB": str(store.path),
        "HEARME_PSEUDONYM_SECRET": SECRET,
    }
    try:
        outputs = []
        for run in range(3):
            killed.clear()
            process["now"] = _run(env, news)
            out, err = process["now"].communicate(timeout=120)
            code = process["now"].returncode
            if run < 2:
                assert code == -signal.SIGKILL, (code, out, err)
                assert killed.is_set()
            else:
                assert code == 0, err
            outputs.append(out)
    finally:
        fake.stop()

    sends = [c for c in api.calls if c.method == "sendMessage"]
    delivered: dict[int, int] = {}
    for call in sends:
        if call.error is None:
            chat = call.params["chat_id"]
            delivered[chat] = delivered.get(chat, 0) + 1
    # Nobody twice: not after a 429, not after either kill.
    assert max(delivered.values()) == 1
    everyone = {FIRST + i for i in range(CHILDREN)}
    missed = everyone - BLOCKED - set(delivered)
    assert len(lost) == 1 and len(in_window) == 1
    assert lost[0] in missed and in_window[0] in delivered
    assert sum(1 for c in sends if c.error == 429) == 3
    assert sum(1 for c in sends if c.error == 403) == len(BLOCKED)  # never retried
    # The killed calls (the two above, and any other then in flight, at most 8 a kill)
    # are reported unconfirmed and were never resent; everyone else's outcome is exact.
    counts = store.counts("kill-test")
    assert counts["blocked"] == len(BLOCKED)
    assert counts["sent"] + counts["unconfirmed"] + counts["blocked"] == CHILDREN
    assert 2 <= counts["unconfirmed"] <= 16
    db = sqlite3.connect(store.path)
    unconfirmed = {
        pseudonym
        for (pseudonym,) in db.execute(
            "SELECT pseudonym FROM deliveries WHERE broadcast = 'kill-test' AND status = 'sending'"
        )
    }
    db.close()
    secret = SECRET.encode()
    assert {sender_id(in_window[0], secret), sender_id(lost[0], secret)} <= unconfirmed
    # Everyone else got it exactly once: the only children missed are ones whose call
    # the kills cut (at most once: "sending" recorded, never resent).
    assert {sender_id(chat, secret) for chat in missed} <= unconfirmed
    assert len(missed) <= 8
    for chat in BLOCKED:
        assert not store.is_subscribed(sender_id(chat, secret))
    last = outputs[-1].splitlines()
    # Before sending, the count of who is left; after, what this run did adds up to it.
    head = re.fullmatch(
        r"broadcast kill-test to everyone: subscribers (\d+), matched (\d+), pending (\d+), .*",
        last[0],
    )
    assert head is not None, last[0]
    run = re.search(
        r"this run sent (\d+), blocked (\d+), failed (\d+), unconfirmed (\d+)", last[-1]
    )
    assert run is not None, last[-1]
    assert sum(map(int, run.groups())) == int(head[3]) > 0
    assert int(run[3]) == int(run[4]) == 0
    assert last[-1].endswith(
        f"all runs: sent {counts['sent']}, blocked 5, unconfirmed {counts['unconfirmed']}"
    ) or set(last[-1].split("all runs: ")[1].split(", ")) == {
        f"sent {counts['sent']}",
        "blocked 5",
        f"unconfirmed {counts['unconfirmed']}",
    }, last
