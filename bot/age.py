"""The child's age band: from channel metadata or what the child said ("I'm 14").

HearMe never stores an age, only a band, and uses it to choose how to say things (the
reading level of rights answers: 8–12 younger, 13 and over older) and, for
consultations, who may take part and what may be collected. The bands' edges are the
ones that matter: 13 (COPPA, the lowest GDPR age of digital consent) and 16 (GDPR's
default); a country whose age of consent is 14 or 15 treats the whole 13–15 band as
below it, which errs on the child's side. 18+ is a young adult who writes in; a child
under 8 gets the 8–12 band.
"""

from __future__ import annotations

import re
from typing import Final

from bot.language import fold

AGE_BANDS: Final = ("8-12", "13-15", "16-17", "18+")
YOUNGER: Final = "younger"
OLDER: Final = "older"
READING_LEVELS: Final = (YOUNGER, OLDER)

# Ages a child might plausibly give; anything else ("I'm 99", "I'm 3") is not taken.
_MIN_AGE: Final = 5
_MAX_AGE: Final = 25

# "I'm 14", "i am 14 years old", "14 yo", "j'ai 14 ans", "tengo 14 años" — on text
# lower-cased, accents removed. An "I'm <n>" without "years" only counts when nothing
# but the end, punctuation or a joining word follows ("I'm 14 and…", not "I'm 14
# minutes late").
_UNIT_EN: Final = r"(?:years?|yrs?|yo|y/o|y\.o\.?)(?:\s*old)?"
_PATTERNS: Final = (
    re.compile(
        r"\b(?:i'?m|i am|im)\s+(?:only\s+|just\s+)?(\d{1,2})\s*"
        r"(?:" + _UNIT_EN + r"|(?=$|[.,!?;:)]|\s+(?:and|but|so|&|btw|lol)\b))"
    ),
    re.compile(r"\b(?:my age is|i'?m aged|age\s*:)\s*(\d{1,2})\b"),
    re.compile(r"\bj'?\s?ai\s+(?:que\s+|seulement\s+)?(\d{1,2})\s*ans\b"),
    re.compile(r"\btengo\s+(?:solo\s+)?(\d{1,2})\s*(?:anos|anitos)\b"),
    re.compile(r"\b(?:mi edad es|edad\s*:)\s*(\d{1,2})\b"),
)


def band_for_age(age: int) -> str | None:
    """The band of an age in years, or None when it is not a plausible age."""
    if not _MIN_AGE <= age <= _MAX_AGE:
        return None
    if age <= 12:
        return AGE_BANDS[0]
    if age <= 15:
        return AGE_BANDS[1]
    return AGE_BANDS[2] if age <= 17 else AGE_BANDS[3]


def age_band_from_text(text: str) -> str | None:
    """The band of an age the child states about themself, in en, fr or es."""
    plain = fold(text[:500].replace("’", "'"))
    for pattern in _PATTERNS:
        match = pattern.search(plain)
        if match:
            return band_for_age(int(match.group(1)))
    return None


def normalise_age_band(value: object) -> str | None:
    """An age band from channel metadata: a band ("13-15") or an age (14, "14")."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return band_for_age(value)
    if isinstance(value, str):
        cleaned = value.strip().replace("–", "-").replace(" ", "")
        if cleaned in AGE_BANDS:
            return cleaned
        if cleaned.isdigit():
            return band_for_age(int(cleaned))
    return None


def reading_level(age_band: object, chosen: object = None) -> str:
    """How to say a right: what the child chose ("simpler"/"more detail") wins, then the
    age band (13 and over: older), else the 8–12 wording."""
    if chosen in READING_LEVELS:
        return str(chosen)
    return OLDER if age_band in AGE_BANDS[1:] else YOUNGER
