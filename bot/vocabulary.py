"""How much of a short message uses words HearMe was trained on.

Neural intent classifiers are confidently wrong on words they never saw ("asdfgh" →
goodbye, 100 %). Counting known words — allowing one typo — is a cheap, deterministic
check that turns such guesses into an honest "I didn't understand".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from bot.language import fold

_WORD = re.compile(r"[^\W_]+")
# Longer messages are real attempts to say something; the guard only judges short ones.
MAX_WORDS_JUDGED = 12


def words(text: str) -> list[str]:
    """Lower-case, accent-folded words (letters and digits) of a text."""
    return _WORD.findall(fold(text))


def build_vocabulary(texts: Iterable[str]) -> frozenset[str]:
    return frozenset(w for text in texts for w in words(text))


def _one_edit_apart(a: str, b: str) -> bool:
    """True if b is a with one letter changed, added, removed or two swapped."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


def _squeeze(word: str) -> str:
    """Collapses repeated letters, as children stretch words ("holaaaa", "heyyy")."""
    return re.sub(r"(.)\1+", r"\1", word)


def is_known(word: str, vocabulary: frozenset[str]) -> bool:
    if word in vocabulary or _squeeze(word) in vocabulary:
        return True
    if len(word) < 4:
        return False
    return any(_one_edit_apart(word, v) for v in vocabulary if abs(len(v) - len(word)) <= 1)


def known_share(text: str, vocabulary: frozenset[str]) -> float | None:
    """Share of the message's words that are known, or None if it is not judged.

    Messages of only punctuation ("?", "...") know nothing (0.0); messages with emoji
    but no words, or more than ``MAX_WORDS_JUDGED`` words, are not judged.
    """
    if not vocabulary:
        return None
    found = words(text)
    if not found:
        has_symbol = any(unicodedata.category(ch)[0] == "S" for ch in text)
        return None if has_symbol or not text.strip() else 0.0
    if len(found) > MAX_WORDS_JUDGED:
        return None
    return sum(is_known(w, vocabulary) for w in found) / len(found)
