"""Recognises messages HearMe cannot use as they are: too long, empty or unreadable."""

from __future__ import annotations

import unicodedata
from typing import Literal

Problem = Literal["too_long", "unreadable"]

# Categories of characters that carry meaning for a reader: letters, numbers,
# punctuation and symbols (emoji are symbols).
_MEANINGFUL = ("L", "N", "P", "S")


def inspect_text(text: str | None, max_chars: int) -> Problem | None:
    """Returns what is wrong with a message, or None if HearMe can work with it.

    Args:
        text: the message as received (may be None for an empty payload).
        max_chars: the deployment's cap on message length.
    """
    if text is None or not text.strip():
        return "unreadable"
    if len(text) > max_chars:
        return "too_long"
    meaningful = junk = 0
    for ch in text:
        category = unicodedata.category(ch)
        if ch == "\ufffd" or (category[0] == "C" and ch not in "\n\r\t"):
            junk += 1
        elif category[0] in _MEANINGFUL:
            meaningful += 1
    # Binary data decoded as text is mostly replacement and control characters.
    if meaningful == 0 or junk * 3 > meaningful:
        return "unreadable"
    return None
