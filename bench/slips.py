"""Keyboard slips: how hurried typing on a phone misspells a message.

Children type fast on phones: a letter dropped, doubled, swapped with the next one or
replaced by a key beside it. :mod:`bench.safety_robustness_study` puts such slips into
check messages to see which decisions survive them, and tries teaching the safety
classifier from slipped copies of its training examples (:func:`with_slips`; not kept,
docs/benchmarks.md, 22nd session).

Slips are drawn from a generator seeded by the text, so every run makes the same ones.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Mapping, Sequence
from typing import Final

# Only words at least this long get a slip: short words are mostly function words, and
# a slip in them would teach nothing about the words that decide.
MIN_LETTERS: Final = 5
# The letter rows of the keyboards children in the three languages use.
QWERTY: Final = ("qwertyuiop", "asdfghjkl", "zxcvbnm")  # en, es
AZERTY: Final = ("azertyuiop", "qsdfghjklm", "wxcvbn")  # fr
_WORD: Final = re.compile(r"[^\W\d_]+")


def keyboard_neighbours(rows: Sequence[str]) -> dict[str, str]:
    """The keys left and right of each letter on a keyboard of these rows."""
    return {
        letter: row[max(0, i - 1) : i] + row[i + 1 : i + 2]
        for row in rows
        for i, letter in enumerate(row)
    }


# A letter's neighbours on either keyboard (where the language is not known).
NEIGHBOURS: Final = {
    letter: "".join(sorted(set(keyboard_neighbours(QWERTY)[letter] + near)))
    for letter, near in keyboard_neighbours(AZERTY).items()
}


def slip(word: str, rng: random.Random, neighbours: Mapping[str, str] = NEIGHBOURS) -> str:
    """``word`` with one slip, never in its first letter (``neighbours``: the keys beside
    each letter)."""
    position = rng.randrange(1, len(word))
    letter = word[position]
    near = neighbours.get(letter.lower(), "")
    kinds: Sequence[str] = (
        ("drop", "double", "swap", "near") if near else ("drop", "double", "swap")
    )
    kind = rng.choice(kinds)
    if kind == "drop":
        return word[:position] + word[position + 1 :]
    if kind == "double":
        return word[:position] + letter + word[position:]
    if kind == "near":
        return word[:position] + rng.choice(near) + word[position + 1 :]
    if position + 1 < len(word):
        return word[:position] + word[position + 1] + letter + word[position + 2 :]
    return word[: position - 1] + letter + word[position - 1]


def slip_words(
    text: str, rng: random.Random, count: int, neighbours: Mapping[str, str] = NEIGHBOURS
) -> str:
    """``text`` with one slip in each of ``count`` of its words of :data:`MIN_LETTERS`
    letters or more (all of them when it has fewer)."""
    words = [m for m in _WORD.finditer(text) if len(m.group()) >= MIN_LETTERS]
    chosen = sorted(rng.sample(words, min(count, len(words))), key=lambda m: m.start())
    parts, last = [], 0
    for match in chosen:
        parts += [text[last : match.start()], slip(match.group(), rng, neighbours)]
        last = match.end()
    return "".join(parts) + text[last:]


def seeded(text: str, seed: str) -> random.Random:
    """A generator that depends only on ``text`` and ``seed``, so a run can be repeated."""
    digest = hashlib.sha256(f"{seed}\n{text}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))  # noqa: S311 - not for secrets


def slipped(text: str, most: int = 2, seed: str = "slip") -> str:
    """``text`` with a slip in one to ``most`` of its longer words (the same text and
    seed always give the same result; a text without such a word comes back unchanged)."""
    rng = seeded(text, seed)
    words = [m for m in _WORD.finditer(text) if len(m.group()) >= MIN_LETTERS]
    if not words:
        return text
    return slip_words(text, rng, min(len(words), rng.randint(1, most)))


def with_slips(
    texts: Sequence[str], labels: Sequence[str], copies: int
) -> tuple[list[str], list[str]]:
    """The examples followed by ``copies`` copies of each with slips (:func:`slipped`, a
    different draw per copy), labelled as the original; a copy equal to a text already
    there is left out."""
    out_texts, out_labels = list(texts), list(labels)
    seen = set(out_texts)
    for copy in range(copies):
        for text, label in zip(texts, labels, strict=True):
            changed = slipped(text, seed=f"slip {copy}")
            if changed not in seen:
                seen.add(changed)
                out_texts.append(changed)
                out_labels.append(label)
    return out_texts, out_labels
