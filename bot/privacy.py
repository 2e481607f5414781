"""Pseudonyms and redaction for anything about a child that HearMe stores.

Pure functions, no Django and no Rasa: the safeguarding alert store, and the
consultations, call them before anything reaches the application database.

:func:`redact` is the one redaction function. It works in two layers on the original
text and replaces every detail found with a placeholder (overlapping finds become one):

1. Regular expressions, in any language: emails (also "lily09@gmail" and spelled out,
   "lily arroba gmail punto com") ``[email]``; links ``[link]``; @handles, Discord tags
   ("name#1234") and words with an underscore ("lily_2010") ``[handle]``; phone numbers
   (7 to 15 digits, however written) ``[phone]``; UK and Canadian postcodes
   ``[address]``; any other run of 5 or more digits ``[number]``.
2. spaCy, per language (en, fr, es): *blank* pipelines (tokenizer and stop words only;
   no trained model is downloaded or shipped) with phrase patterns from
   ``knowledge/privacy/rules.yml`` and name lists from ``knowledge/privacy/names.yml``
   (see :mod:`bot.redaction`). They find

   - names ``[name]``: after a cue ("my name is", "je m'appelle", "me llamo"; weaker
     cues such as "call me", "moi c'est", "soy" need a capital letter or a known first
     name, so "soy feliz" stays), after a relation word ("my friend Sara", "mon frère
     Lucas", "mi amiga lucía") or a title ("Mrs Patel"), and common first names on
     their own, with surnames and hyphenated parts;
   - street addresses ``[address]``: "12 Baker Street", "5 rue de la Paix",
     "calle Mayor 3, 2ºB", "Carrera 7 # 45-10", and street names after "I live on";
   - schools ``[school]``: "St Mary's Primary School", "Lycée Victor Hugo",
     "Colegio San José", "i go to greenfield academy", "my school is called …";
   - handles ``[handle]`` given by a platform: "my insta is lily", "mon snap c'est …".

   The language is the caller's; without one it is guessed from common words (all three
   are tried when that is unclear). Pipelines are built on first use, once per language
   and process (spaCy's import and the French tokenizer take a few seconds on a busy
   machine); after that an answer of 300 characters takes 0.5 to 3 ms.

Measured on the held-out set ``eval/pii/`` (``make eval-pii``; ``docs/safeguarding.md``
has the numbers and the known limits): recall 96 % (en) to 99 % (es), no change to
any PII-free answer. Redaction is not perfect: lower-case names with no cue
("my cousin kez"), lower-case school names with no cue, misspelt numbers ("o7911 …")
and gamertags that look like ordinary words can stay, which is why stored answers and
alert excerpts are still treated as personal data and shown to trained staff only.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from typing import Final, NamedTuple

from bot.names import LANGUAGES
from bot.redaction import ADDRESS as ADDRESS_KIND
from bot.redaction import HANDLE as HANDLE_KIND
from bot.redaction import NAME as NAME_KIND
from bot.redaction import SCHOOL as SCHOOL_KIND
from bot.redaction import find_spans, guess_languages

EMAIL: Final = "[email]"
LINK: Final = "[link]"
HANDLE: Final = "[handle]"
PHONE: Final = "[phone]"
NUMBER: Final = "[number]"
NAME: Final = "[name]"
ADDRESS: Final = "[address]"
SCHOOL: Final = "[school]"

# When two finds overlap, the placeholder of the one listed first covers both.
_STRENGTH: Final = (EMAIL, LINK, PHONE, HANDLE, ADDRESS, SCHOOL, NAME, NUMBER)

ELLIPSIS: Final = "…"

# Phone numbers have at least 7 digits (national numbers in en/fr/es countries have 9 to
# 11) and at most 15 (ITU E.164). Longer runs are some other number.
_PHONE_MIN_DIGITS: Final = 7
_PHONE_MAX_DIGITS: Final = 15

_EMAIL_RE: Final = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)

# Children leave out the domain ("lily09@gmail") or spell the "@" out ("lily arroba
# gmail punto com"). "at" alone is an everyday word, so with it the domain's end or a
# digit in the name must be there too ("tom123 at gmail").
_PROVIDERS: Final = (
    r"(?:gmail|googlemail|hotmail|yahoo|outlook|icloud|live|msn|aol|protonmail|proton"
    r"|orange|free|sfr|laposte|wanadoo|gmx|yandex|btinternet|telefonica|movistar)"
)
_DOT: Final = r"\s*(?:\.|\(dot\)|\[dot\]|\bdot\b|\bpunto\b|\bpoint\b)\s*"
_TLD: Final = rf"(?:com|net|org|fr|es|mx|ar|cl|co|uk|ie|be|ca)(?:{_DOT}(?:uk|mx|ar)\b)?\b"
_SPELLED_EMAIL_RE: Final = re.compile(
    rf"[\w.+-]*\w@{_PROVIDERS}\b"
    rf"|[\w.+-]*\w\s*(?:\barroba\b|\barobase\b|\(at\)|\[at\])\s*{_PROVIDERS}\b(?:{_DOT}{_TLD})?"
    rf"|[\w.+-]*\w\s+at\s+{_PROVIDERS}{_DOT}{_TLD}"
    rf"|[\w.+-]*\d[\w.+-]*\s+at\s+{_PROVIDERS}\b",
    re.IGNORECASE,
)

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
# "shadowfox#4821" (a Discord tag), and any word with an underscore in it: nobody writes
# "lily_2010" in a sentence except as a username.
_DISCORD_TAG_RE: Final = re.compile(r"(?<![\w@])[\w.]{2,32}#\d{4}\b")
_WORDISH_RE: Final = re.compile(r"(?<![\w.@/#-])(?:\w+\.)*\w*_\w*(?:\.\w+)*")

# Postcodes that are not just digits: UK ("LS6 2QT", but not "Y7 2nd") and Canada.
_POSTCODE_RE: Final = re.compile(
    r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d(?!st|nd|rd|th)[A-Z]{2}\b"
    r"|\b[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d\b",
    re.IGNORECASE,
)

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


class _Found(NamedTuple):
    start: int
    end: int
    placeholder: str


def _digit_spans(match: re.Match[str]) -> list[_Found]:
    found = match.group(0)
    count = sum(ch.isdigit() for ch in found)
    if _PHONE_MIN_DIGITS <= count <= _PHONE_MAX_DIGITS:
        return [_Found(match.start(), match.end(), PHONE)]
    # Not a phone number: keep the text (ages, times, "116 111"), but still hide long
    # unbroken runs such as postcodes or account numbers.
    return [
        _Found(match.start() + run.start(), match.start() + run.end(), NUMBER)
        for run in _LONG_RUN_RE.finditer(found)
    ]


def _handle_like(match: re.Match[str]) -> list[_Found]:
    word = match.group(0)
    if "_" in word and any(ch.isalpha() for ch in word):
        return [_Found(match.start(), match.end(), HANDLE)]
    return []


def _pattern_spans(text: str) -> list[_Found]:
    """What the regular expressions find, strongest kind first."""
    found = [_Found(m.start(), m.end(), EMAIL) for m in _EMAIL_RE.finditer(text)]
    found += [_Found(m.start(), m.end(), EMAIL) for m in _SPELLED_EMAIL_RE.finditer(text)]
    found += [_Found(m.start(), m.end(), LINK) for m in _URL_RE.finditer(text)]
    found += [_Found(m.start(), m.end(), HANDLE) for m in _HANDLE_RE.finditer(text)]
    found += [_Found(m.start(), m.end(), HANDLE) for m in _DISCORD_TAG_RE.finditer(text)]
    for m in _WORDISH_RE.finditer(text):
        found += _handle_like(m)
    found += [_Found(m.start(), m.end(), ADDRESS) for m in _POSTCODE_RE.finditer(text)]
    for m in _DIGITS_RE.finditer(text):
        found += _digit_spans(m)
    found += [_Found(m.start(), m.end(), NUMBER) for m in _LONG_RUN_RE.finditer(text)]
    return found


def _merge(found: list[_Found]) -> list[_Found]:
    """Overlapping finds become one, the kind of the strongest (earliest in
    ``_STRENGTH``), so no part of a detail can be left between two placeholders."""
    merged: list[_Found] = []
    for item in sorted(found, key=lambda f: (f.start, -f.end)):
        if merged and item.start < merged[-1].end:
            last = merged[-1]
            stronger = min(last.placeholder, item.placeholder, key=_STRENGTH.index)
            merged[-1] = _Found(last.start, max(last.end, item.end), stronger)
        else:
            merged.append(item)
    return merged


def redact(text: str, language: str | None = None) -> str:
    """Replaces the personal details in a child's free text with placeholders.

    Two layers (see the module docstring): regular expressions for contact details and
    numbers, in any language, then spaCy phrase patterns for names, street addresses,
    schools and handles given by a cue ("my insta is …"), in ``language``. Without a
    language (or with one HearMe does not speak) the language is guessed from common
    words, and all three are tried when the guess is unclear.

    Placeholders: ``[email]``, ``[link]``, ``[handle]``, ``[phone]`` (7 to 15 digits,
    however spaced), ``[number]`` (any other run of 5 or more digits), ``[name]``,
    ``[address]`` (street addresses and postcodes), ``[school]``. Everything else is
    kept as it was, spacing included.

    Args:
        text: Free text a child wrote.
        language: The conversation's language ("en", "fr", "es"), if known.

    Returns:
        The text with the placeholders in place of what they replace.
    """
    found = _pattern_spans(text)
    languages = (language,) if language in LANGUAGES else guess_languages(text)
    kinds = {NAME_KIND: NAME, ADDRESS_KIND: ADDRESS, SCHOOL_KIND: SCHOOL, HANDLE_KIND: HANDLE}
    found += [_Found(s.start, s.end, kinds[s.kind]) for s in find_spans(text, languages)]
    out = []
    position = 0
    for item in _merge(found):
        out.append(text[position : item.start])
        out.append(item.placeholder)
        position = item.end
    out.append(text[position:])
    return "".join(out)


def excerpt(text: str, max_chars: int = 200, language: str | None = None) -> str:
    """A short, redacted, single-line excerpt of free text for staff to read.

    Redaction runs before shortening, so a number cut in half by the limit can't leave
    its first digits behind.

    Args:
        text: Free text a child wrote.
        max_chars: The longest excerpt to return, ellipsis included.
        language: The conversation's language, passed to :func:`redact`.

    Returns:
        The redacted text with runs of whitespace made single spaces, cut at a word
        boundary and ended with "…" when it is longer than ``max_chars``.

    Raises:
        ValueError: ``max_chars`` is less than 2 (no room for a word and the ellipsis).
    """
    if max_chars < 2:
        raise ValueError(f"max_chars must be at least 2, got {max_chars}")
    flat = _SPACE_RE.sub(" ", redact(text, language)).strip()
    if len(flat) <= max_chars:
        return flat
    room = max_chars - len(ELLIPSIS)
    cut = flat[: room + 1]  # one more, to see whether the cut falls on a space
    space = cut.rfind(" ")
    head = cut[:space] if space > 0 else flat[:room]
    return head.rstrip(" ,;:") + ELLIPSIS
