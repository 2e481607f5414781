"""Repairs slips of the finger in a normalised message, for the safety lexicons.

Children type fast: "my mum is gonna kill me i fogrot", "suicide prevenrion", "mon
oncle est cahsseur", "toomrrow". A lexicon pattern or fence whose word is misspelled
does not match, so a fence fails to explain an idiom away (a false alarm) or a key word
goes unseen (bench/safety_robustness_study.py measured both).

:class:`Speller` replaces a word that no dictionary knows by the most common word one
edit away (a letter dropped, added, changed, or two neighbours swapped), in the
conversation's language first. It leaves alone:

* words the word lists of ``wordfreq`` (en, fr, es, from PyPI; nothing is downloaded)
  know, in any of the three languages: "realy" is common enough to be a word;
* words the safety lexicons spell out (their text-speak, patterns and fences), so that
  "unalive" or "kms" is never "repaired";
* short words (fewer than :data:`MIN_LENGTH` letters), words with digits, and words
  with more than one candidate of about the same frequency (no guess);
* a known word glued to a French elided pronoun or article ("mecrit" is "m'écrit",
  "didees" "d'idées"): one edit away from "ecrit", it is not a slip.

The repaired text is an extra reading of the message, never a replacement: the triage
(bot/safety/triage.py) keeps what the original spelling found unless the repaired one
explains it away as an idiom, a negation or a studied topic, and adds what the repaired
spelling finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Final

from bot.language import fold
from bot.names import LANGUAGES

# Words shorter than this are not repaired: too many real words are one edit apart.
MIN_LENGTH: Final = 5
# Nor longer ones: a word's edits grow with its length (a 10,000-letter "word" has half
# a million), and such words are keyboard mashing or glued text, not slips.
MAX_LENGTH: Final = 24
# At most this many words of one message are looked up (a flood of made-up words costs
# about a millisecond each); the rest are read as typed.
MAX_REPAIRS: Final = 64
# A word this common (Zipf scale: 3 is once per million words) in any language is known.
KNOWN_ZIPF: Final = 2.0
# A repair must be at least this common.
TARGET_ZIPF: Final = 3.0
# The best candidate must beat the runner-up by this much (Zipf) to be chosen.
MARGIN: Final = 0.5
LETTERS: Final = "abcdefghijklmnopqrstuvwxyz"
# French elisions children glue to the next word: j', m', t', s', l', d', n', c', qu'.
_ELIDED: Final = re.compile(r"(?:qu|[jmtsldnc])(?=[a-z]{2})")
_WORD: Final = re.compile(r"[a-z]+")
_RAW_WORD: Final = re.compile(r"[^\W\d_]+")


def _edits(word: str) -> set[str]:
    """Every string one edit from ``word`` (Damerau: with transpositions)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in LETTERS}
    out |= {a + c + b for a, b in splits for c in LETTERS}
    out.discard(word)
    return out


class Speller:
    """Repairs one-edit slips against per-language word frequencies.

    Args:
        frequencies: language → folded word → Zipf frequency.
        protected: folded words never repaired (the lexicons' own words).
    """

    def __init__(self, frequencies: dict[str, dict[str, float]], protected: Iterable[str]) -> None:
        self._targets = {
            language: {w: z for w, z in words.items() if z >= TARGET_ZIPF}
            for language, words in frequencies.items()
        }
        self._known = frozenset(
            w for words in frequencies.values() for w, z in words.items() if z >= KNOWN_ZIPF
        ) | frozenset(protected)

    def word(self, word: str, language: str | None = None) -> str:
        """The repair of one normalised word, or the word itself."""
        if not self._looked_up(word) or not word.isalpha():
            return word
        glued = _ELIDED.match(word)
        if glued is not None and word[glued.end() :] in self._known:
            return word
        scored: dict[str, float] = {}
        for candidate in _edits(word):
            best = self._score(candidate, language)
            if best is not None:
                scored[candidate] = best
        if not scored:
            return word
        ranked = sorted(scored.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < MARGIN:
            return word
        return ranked[0][0]

    def _score(self, candidate: str, language: str | None) -> float | None:
        if language in self._targets:
            stated = self._targets[language].get(candidate)
            if stated is not None:
                # The conversation's language first: "morir" before "motor" in Spanish.
                return stated + 10
        found = [t[candidate] for t in self._targets.values() if candidate in t]
        return max(found) if found else None

    def _looked_up(self, word: str) -> bool:
        return MIN_LENGTH <= len(word) <= MAX_LENGTH and word not in self._known

    def __call__(self, text: str, language: str | None = None) -> str:
        """``text`` (normalised: lower case, no accents) with its slips repaired."""
        return self._repair(_WORD, text, language)

    def raw(self, text: str, language: str | None = None) -> str:
        """``text`` as the child wrote it, with only its repaired words replaced (in
        lower case, without accents); everything else keeps its case and accents."""
        return self._repair(_RAW_WORD, text, language)

    def _repair(self, words: re.Pattern[str], text: str, language: str | None) -> str:
        """``text`` with each of its ``words`` repaired, up to :data:`MAX_REPAIRS` looked up."""
        budget = [MAX_REPAIRS]

        def one(match: re.Match[str]) -> str:
            word = match.group()
            folded = fold(word)
            if not self._looked_up(folded) or budget[0] <= 0:
                return word
            budget[0] -= 1
            repaired = self.word(folded, language)
            return word if repaired == folded else repaired

        return words.sub(one, text)


@cache
def speller(protected: frozenset[str] = frozenset()) -> Speller:
    """The speller built from ``wordfreq``'s large word lists (about two seconds, once).

    The lists are read straight from the package's files, not through ``wordfreq``'s
    own functions, which would keep every list (about 100 MB) in memory for good."""
    import wordfreq

    frequencies: dict[str, dict[str, float]] = {}
    for language in LANGUAGES:
        words: dict[str, float] = {}
        # Bucket i holds the words whose frequency is 10 ** (-i / 100): Zipf 9 - i / 100.
        buckets = wordfreq.read_cBpack(str(wordfreq.DATA_PATH / f"large_{language}.msgpack.gz"))
        for i, bucket in enumerate(buckets):
            zipf = 9 - i / 100
            if zipf < KNOWN_ZIPF:
                break
            for word in bucket:
                key = fold(word)
                if key.isalpha() and zipf > words.get(key, 0.0):
                    words[key] = zipf
        frequencies[language] = words
    return Speller(frequencies, protected)
