"""Redaction of free text (``bot.privacy.redact``) on the held-out set eval/pii/*.yml,
which is never used to write or tune the rules.

Prints, per language and per kind of personal detail, the recall: a detail counts as
caught only if no letter or digit of it survives (every occurrence of the substring in
the answer is checked). On the answers with nothing to redact it prints the
over-redaction rate (share of answers where anything was changed) and, over all answers,
the words wrongly redacted (words outside every listed detail that lost a character).
Also the time per answer after warm-up, and for a 300-character answer.

What survived is found by aligning the answer with its redacted form, each placeholder
counted as one character that never occurs in an answer, so a word the placeholder
happens to share letters with can't count as kept.

Usage: make eval-pii [--show-misses] [--detect]
       (--detect: don't pass the language, let redact() guess it from the text)
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import yaml

from bot.privacy import redact

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "fr", "es")
KINDS = ("name", "phone", "email", "address", "school", "handle", "link")
TARGET_RECALL = 0.95
MIN_PII, MIN_CLEAN = 100, 40

_PLACEHOLDER = re.compile(r"\[(email|link|handle|phone|number|name|address|school)\]")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Item:
    text: str
    spans: tuple[tuple[str, str], ...]  # (kind, exact substring)


def load(language: str) -> tuple[list[Item], list[str]]:
    """The PII-bearing items and the PII-free answers of one language, checked."""
    path = ROOT / "eval" / "pii" / f"{language}.yml"
    data: dict[str, Any] = yaml.safe_load(path.read_text("utf-8"))
    problems = []
    if data.get("language") != language:
        problems.append(f"language is {data.get('language')!r}, expected {language!r}")
    items = []
    for i, raw in enumerate(data["pii"]):
        spans = tuple((s["kind"], s["text"]) for s in raw["spans"])
        for kind, text in spans:
            if kind not in KINDS:
                problems.append(f"pii[{i}]: unknown kind {kind!r}")
            if text not in raw["text"]:
                problems.append(f"pii[{i}]: {text!r} is not in {raw['text']!r}")
        if not spans:
            problems.append(f"pii[{i}]: no spans")
        items.append(Item(raw["text"], spans))
    clean = [str(t) for t in data["clean"]]
    if len(items) < MIN_PII or len(clean) < MIN_CLEAN:
        problems.append(f"needs >= {MIN_PII} pii and >= {MIN_CLEAN} clean answers")
    if problems:
        raise SystemExit(f"{path}:\n  " + "\n  ".join(problems))
    return items, clean


def kept_mask(text: str, redacted: str) -> list[bool]:
    """For each character of ``text``, whether it is still there in ``redacted``."""
    marked = _PLACEHOLDER.sub("\ue000", redacted)
    mask = [False] * len(text)
    matcher = SequenceMatcher(None, text, marked, autojunk=False)
    for block in matcher.get_matching_blocks():
        for i in range(block.a, block.a + block.size):
            mask[i] = True
    return mask


def occurrences(text: str, sub: str) -> list[tuple[int, int]]:
    return [(m.start(), m.start() + len(sub)) for m in re.finditer(re.escape(sub), text)]


def wrongly_redacted(text: str, mask: list[bool], pii: list[tuple[int, int]]) -> list[str]:
    """Words outside every PII span that lost at least one character."""
    words = []
    for m in _WORD.finditer(text):
        inside = any(start < m.end() and m.start() < end for start, end in pii)
        if not inside and not all(mask[m.start() : m.end()]):
            words.append(m.group(0))
    return words


def time_per_answer(texts: list[str], language: str | None) -> tuple[float, float]:
    """Mean ms per answer over ``texts`` and ms for one 300-character answer."""
    for text in texts[:20]:  # warm-up: builds the pipeline
        redact(text, language)
    start = time.perf_counter()
    for text in texts:
        redact(text, language)
    per_answer = (time.perf_counter() - start) * 1000 / len(texts)
    long = ""
    for text in texts:
        if len(long) >= 300:
            break
        long += text + ". "
    long = long[:300]
    rounds = 200
    start = time.perf_counter()
    for _ in range(rounds):
        redact(long, language)
    return per_answer, (time.perf_counter() - start) * 1000 / rounds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument(
        "--detect", action="store_true", help="call redact(text) without the language"
    )
    args = parser.parse_args()
    all_ok = True
    header = " ".join(f"{k:>7}" for k in KINDS)
    print(f"language given to redact(): {'no (detected)' if args.detect else 'yes'}")
    print(
        f"{'lang':5} {'n':>4} {'recall':>7} {header} {'over-red.':>9} {'wrong words':>11} "
        f"{'ms/answer':>9} {'ms/300ch':>8} target"
    )
    for language in LANGUAGES:
        items, clean = load(language)
        given = None if args.detect else language
        found: Counter[str] = Counter()
        total: Counter[str] = Counter()
        wrong: list[str] = []
        misses: list[str] = []
        for item in items:
            out = redact(item.text, given)
            mask = kept_mask(item.text, out)
            spans = [(kind, occ) for kind, sub in item.spans for occ in occurrences(item.text, sub)]
            for kind, (start, end) in spans:
                total[kind] += 1
                survived = any(mask[i] and item.text[i].isalnum() for i in range(start, end))
                found[kind] += not survived
                if survived:
                    misses.append(f"  {language} {kind}: {item.text[start:end]!r} in {out!r}")
            extra = wrongly_redacted(item.text, mask, [occ for _, occ in spans])
            wrong += extra
            if extra:
                misses.append(f"  {language} over-redacted {extra}: {out!r}")
        over = 0
        for text in clean:
            out = redact(text, given)
            if out != text:
                over += 1
                extra = wrongly_redacted(text, kept_mask(text, out), [])
                wrong += extra
                misses.append(f"  {language} clean answer changed: {out!r}")
        ms, ms300 = time_per_answer([i.text for i in items] + clean, given)
        recall = sum(found.values()) / sum(total.values())
        per_kind = " ".join(
            f"{found[k] / total[k]:>7.1%}" if total[k] else f"{'-':>7}" for k in KINDS
        )
        ok = recall >= TARGET_RECALL
        all_ok &= ok
        print(
            f"{language:5} {sum(total.values()):>4} {recall:>7.1%} {per_kind} "
            f"{over / len(clean):>9.1%} {len(wrong):>11} {ms:>9.2f} {ms300:>8.2f} "
            f"{TARGET_RECALL:.0%} {'ok' if ok else 'BELOW'}"
        )
        if args.show_misses:
            print("\n".join(misses))
    print("\n(n: PII substrings; over-red.: PII-free answers changed; wrong words: all answers)")
    print(f"all targets met: {'yes' if all_ok else 'no'}")


if __name__ == "__main__":
    main()
