"""REST channel benchmark: latency (p50/p95), throughput and memory of the real stack.

Starts its own Rasa server and action server on free loopback ports (training the
model first if it is stale), then measures
  * sequential: one conversation at a time,
  * concurrent: 10 conversations at once (threads),
and reports the resident memory of the Rasa and action server processes.
Usage: make bench   (or: python bench/rest_latency.py --messages 200)
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil

from scripts.model import ensure_model
from tests.e2e.stack import ROOT, Stack, start_stack

# A mix of what children send: greetings, questions, menu buttons, fallbacks.
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


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def conversation(stack: Stack, count: int) -> list[float]:
    sender = f"bench-{uuid.uuid4().hex[:10]}"
    latencies = []
    for i in range(count):
        text, lang = MESSAGES[i % len(MESSAGES)]
        started = time.perf_counter()
        replies = stack.send(sender, text, {"language": lang, "country": "GB"})
        latencies.append((time.perf_counter() - started) * 1000)
        if not replies:
            raise RuntimeError(f"no reply to {text!r}")
    return latencies


def rss_mb(pid: int) -> float:
    process = psutil.Process(pid)
    total = process.memory_info().rss
    for child in process.children(recursive=True):
        total += child.memory_info().rss
    return total / 2**20


def summary(name: str, latencies: list[float], seconds: float) -> dict[str, float | str]:
    return {
        "scenario": name,
        "messages": len(latencies),
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(percentile(latencies, 95), 1),
        "max_ms": round(max(latencies), 1),
        "msgs_per_s": round(len(latencies) / seconds, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--messages",
        type=int,
        default=100,
        help="messages in the sequential run (concurrent: 2x, over 10 users)",
    )
    parser.add_argument("--users", type=int, default=10)
    args = parser.parse_args()

    model = ensure_model()
    with tempfile.TemporaryDirectory() as work:
        stack = start_stack(model, Path(work))
        try:
            rss_idle = rss_mb(stack.rasa_pid())
            conversation(stack, 20)  # warm-up

            started = time.perf_counter()
            sequential = []
            for _ in range(max(1, args.messages // 10)):
                sequential += conversation(stack, 10)
            seq = summary("sequential", sequential, time.perf_counter() - started)

            per_user = max(1, 2 * args.messages // args.users)
            started = time.perf_counter()
            with ThreadPoolExecutor(max_workers=args.users) as pool:
                runs = list(pool.map(lambda _: conversation(stack, per_user), range(args.users)))
            conc = summary(
                f"concurrent ({args.users} conversations)",
                [x for r in runs for x in r],
                time.perf_counter() - started,
            )

            memory = {
                "rasa_rss_idle_mb": round(rss_idle, 1),
                "rasa_rss_after_mb": round(rss_mb(stack.rasa_pid()), 1),
                "actions_rss_mb": round(rss_mb(stack.processes[0].pid), 1),
            }
        finally:
            stack.stop()

    print(f"{'scenario':32} {'msgs':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'msg/s':>7}")
    for row in (seq, conc):
        print(
            f"{row['scenario']:32} {row['messages']:>5} {row['p50_ms']:>8} "
            f"{row['p95_ms']:>8} {row['max_ms']:>8} {row['msgs_per_s']:>7}"
        )
    print(", ".join(f"{k}={v}" for k, v in memory.items()))
    out = ROOT / "var" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / "rest_latency.json").write_text(
        json.dumps(
            {
                "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
                "model": model.name,
                "results": [seq, conc],
                "memory": memory,
            },
            indent=2,
        )
    )
    print(f"saved {out / 'rest_latency.json'}")


if __name__ == "__main__":
    main()
