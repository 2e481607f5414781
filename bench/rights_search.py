"""Rights index benchmark: build and load time, search latency per language, memory.

Builds the index from the knowledge base and FAQ into a temporary cache (as after a
knowledge change), reads it back (as every process start does), then times
``find_right`` followed by ``candidates`` — what HearMe does for a question it is not
sure of — on questions of the tuning set ``eval/dev`` in each language, and reports
the resident memory of this process. English questions also run the sentence encoder
(bot/semantic.py); a question is encoded once and remembered for the second lookup.
Usage: make bench   (or: python bench/rights_search.py --questions 60)
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time

import psutil

from eval.rights import load


def _ms(seconds: list[float]) -> str:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return f"p50 {1000 * statistics.median(ordered):6.1f} ms   p95 {1000 * p95:6.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=60, help="questions per language")
    args = parser.parse_args()
    process = psutil.Process()
    with tempfile.TemporaryDirectory() as cache:
        os.environ["HEARME_RIGHTS_CACHE"] = cache
        import bot.rights as rights

        rights.rights()  # the knowledge base itself is not what is timed
        start = time.perf_counter()
        rights.index()
        built = time.perf_counter() - start
        rights._index.cache_clear()
        start = time.perf_counter()
        rights.index()
        read = time.perf_counter() - start
        print(f"rights index: built in {built:.1f} s, read from its cache in {read:.2f} s")
        for language in ("en", "fr", "es"):
            times = []
            for item in load(language, "dev")[: args.questions]:
                start = time.perf_counter()
                rights.find_right(item["text"])
                rights.candidates(item["text"])
                times.append(time.perf_counter() - start)
            print(f"  {language} question (answer + did-you-mean): {_ms(times)}")
        print(f"  resident memory of this process: {process.memory_info().rss / 2**20:.0f} MiB")


if __name__ == "__main__":
    main()
