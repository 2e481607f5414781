"""Pseudonyms and redaction for anything about a child that HearMe stores.

Pure functions, no Django and no Rasa: the safeguarding alert store, and later the
consultations, call them before anything reaches the application database.

What is redacted today is what a pattern can find reliably: email addresses, links,
phone numbers, @handles and other long digit runs (postcodes, account or card numbers).
Names, schools and street addresses need a named-entity model; that redaction (spaCy)
comes with the consultations issue. Until then an excerpt can still contain them, which
is why alerts are only shown to trained staff.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from typing import Final

EMAIL: Final = "[email]"
LINK: Final = "[link]"
HANDLE: Final = "[handle]"
PHONE: Final = "[phone]"
NUMBER: Final = "[number]"

ELLIPSIS: Final = "…"

# Phone numbers have at least 7 digits (national numbers in en/fr/es countries have 9 to
# 11) and at most 15 (ITU E.164). Longer runs are some other number.
_PHONE_MIN_DIGITS: Final = 7
_PHONE_MAX_DIGITS: Final = 15

_EMAIL_RE: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)

# Links: anything with a scheme or "www.", and bare domains children commonly meet
# ("tiktok.com/@name", "discord.gg/abc"). Top-level domains that are also words when a
# child skips the space after a full stop ("miedo.me", "comme.ca", "so.it") count only
# with a path. A trailing full stop, comma or bracket belongs to the sentence.
_URL_TAIL: Final = r"[^\s<>\"']*[^\s<>\"'.,;:!?)\]}]"
_DOMAIN: Final = r"\b[\w-]+(?:\.[\w-]+)*\."
_URL_RE: Final = re.compile(
    rf"(?:\b(?:https?|ftp)://|\bwww\.)(?:{_URL_TAIL})?"
    rf"|{_DOMAIN}(?:com|org|net|info|io|gg|tv|app|uk|fr|eu|au|nz|ie|mx|cl|sn)\b(?:/(?:{_URL_TAIL})?)?"
    rf"|{_DOMAIN}(?:me|es|co|ly|it|us|ar|pe|ma|de|be|ca|ch)/(?:{_URL_TAIL})?",
    re.IGNORECASE,
)

# "@lily_2010", "@lily.smith"; an "@" after a word character is an email (already gone).
_HANDLE_RE: Final = re.compile(r"(?<![\w@])@\w(?:[\w.]*\w)?")

# A digit, then digits separated by at most a few spaces, dots, dashes or brackets, with
# an optional leading "+" or "(": "07700 900123", "+33 (0)6 12 34 56 78",
# "(555) 123-4567", "06.12.34.56.78". How many digits decides what it is.
_DIGITS_RE: Final = re.compile(r"(?<![\d+])(?:\+\s?|\()?\d(?:[ \t.\-()]{0,3}\d)*")
_LONG_RUN_RE: Final = re.compile(r"\d{5,}")
_SPACE_RE: Final = re.compile(r"\s+")


def pseudonym(channel: str, sender_id: str, secret: bytes) -> str:
    """A stable, keyed stand-in for a channel's user id.

    The same child on the same channel always gets the same pseudonym, so staff can see
    that two alerts came from one conversation partner, but without the secret nobody
    can turn it back into the id, nor test a guessed id against it.

    Args:
        channel: The input channel's name, e.g. ``"rest"`` or ``"telegram"``.
        sender_id: The channel's id for the child (never stored itself).
        secret: The deployment's pseudonym key (``HEARME_PSEUDONYM_SECRET``).

    Returns:
        64 lowercase hex characters: HMAC-SHA256 of ``"<channel>:<sender_id>"``.

    Raises:
        ValueError: The secret is empty, which would make the pseudonym a plain hash.
    """
    if not secret:
        raise ValueError("the pseudonym secret must not be empty")
    message = f"{channel}:{sender_id}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()


def _digits(match: re.Match[str]) -> str:
    found = match.group(0)
    count = sum(ch.isdigit() for ch in found)
    if _PHONE_MIN_DIGITS <= count <= _PHONE_MAX_DIGITS:
        return PHONE
    # Not a phone number: keep the text (ages, times, "116 111"), but still hide long
    # unbroken runs such as postcodes or account numbers.
    return _LONG_RUN_RE.sub(NUMBER, found)


def redact(text: str) -> str:
    """Replaces contact details and long numbers with placeholders.

    Emails become ``[email]``, links ``[link]``, @handles ``[handle]``, phone-like
    numbers (7 to 15 digits, however spaced) ``[phone]``, and any other run of 5 or more
    digits ``[number]``. Everything else is kept as it was. Names, schools and addresses
    are not redacted yet (see the module docstring).

    Args:
        text: Free text a child wrote.

    Returns:
        The text with the placeholders in place of what they replace.
    """
    text = _EMAIL_RE.sub(EMAIL, text)
    text = _URL_RE.sub(LINK, text)
    text = _HANDLE_RE.sub(HANDLE, text)
    text = _DIGITS_RE.sub(_digits, text)
    return _LONG_RUN_RE.sub(NUMBER, text)


def excerpt(text: str, max_chars: int = 200) -> str:
    """A short, redacted, single-line excerpt of free text for staff to read.

    Redaction runs before shortening, so a number cut in half by the limit can't leave
    its first digits behind.

    Args:
        text: Free text a child wrote.
        max_chars: The longest excerpt to return, ellipsis included.

    Returns:
        The redacted text with runs of whitespace made single spaces, cut at a word
        boundary and ended with "…" when it is longer than ``max_chars``.

    Raises:
        ValueError: ``max_chars`` is less than 2 (no room for a word and the ellipsis).
    """
    if max_chars < 2:
        raise ValueError(f"max_chars must be at least 2, got {max_chars}")
    flat = _SPACE_RE.sub(" ", redact(text)).strip()
    if len(flat) <= max_chars:
        return flat
    room = max_chars - len(ELLIPSIS)
    cut = flat[: room + 1]  # one more, to see whether the cut falls on a space
    space = cut.rfind(" ")
    head = cut[:space] if space > 0 else flat[:room]
    return head.rstrip(" ,;:") + ELLIPSIS
