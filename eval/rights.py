"""Rights retrieval on the held-out question set (eval/rights/*.yml), never used for
training.

Prints, per language, top-1 and top-3 accuracy (a hit when any acceptable entry is
there) and the fallback rate: questions whose best match is too weak to answer, which
get "did you mean…" buttons instead (bot.rights.CONFIDENT_SCORE).

Usage: make eval-rights [--show-misses]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import yaml

from bot.rights import index, is_confident

ROOT = Path(__file__).resolve().parent.parent
TARGET_TOP1 = 0.95


def load(language: str) -> list[dict[str, Any]]:
    data = yaml.safe_load((ROOT / "eval" / "rights" / f"{language}.yml").read_text("utf-8"))
    return list(data["questions"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    ranker = index()
    all_ok = True
    print(f"{'language':10} {'n':>4} {'top-1':>7} {'top-3':>7} {'fallback':>9} target")
    for language in ("en", "fr", "es"):
        questions = load(language)
        top1 = top3 = fallback = 0
        misses = []
        for item in questions:
            acceptable = set(item["articles"])
            found = ranker.search(item["text"], top=3)
            ids = [m.right.id for m in found]
            top1 += ids[0] in acceptable
            top3 += bool(acceptable & set(ids))
            fallback += not is_confident(found)
            if ids[0] not in acceptable:
                want = sorted(acceptable)
                misses.append(f"  {language}: {item['text']!r} -> {ids} (want {want})")
        n = len(questions)
        ok = top1 / n >= TARGET_TOP1
        all_ok &= ok
        print(
            f"{language:10} {n:>4} {top1 / n:>7.1%} {top3 / n:>7.1%} {fallback / n:>9.1%} "
            f"{TARGET_TOP1:.0%} {'ok' if ok else 'BELOW'}"
        )
        if args.show_misses:
            print("\n".join(misses))
    print(f"\nall targets met: {'yes' if all_ok else 'no'}")


if __name__ == "__main__":
    main()
