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

# Ages written as words, for the ages a child is likely to give (on folded text).
_WORDS: Final = {
    **dict.fromkeys(("eight", "huit", "ocho"), 8),
    **dict.fromkeys(("nine", "neuf", "nueve"), 9),
    **dict.fromkeys(("ten", "dix", "diez"), 10),
    **dict.fromkeys(("eleven", "onze", "once"), 11),
    **dict.fromkeys(("twelve", "douze", "doce"), 12),
    **dict.fromkeys(("thirteen", "treize", "trece"), 13),
    **dict.fromkeys(("fourteen", "quatorze", "catorce"), 14),
    **dict.fromkeys(("fifteen", "quinze", "quince"), 15),
    **dict.fromkeys(("sixteen", "seize", "dieciseis"), 16),
    **dict.fromkeys(("seventeen", "dix-sept", "dix sept", "diecisiete"), 17),
    **dict.fromkeys(("eighteen", "dix-huit", "dix huit", "dieciocho"), 18),
}
_NUMBER: Final = (
    r"(\d{1,2}|" + "|".join(sorted((re.escape(w) for w in _WORDS), key=len, reverse=True)) + ")"
)
# After a bare number: the end, punctuation or a joining word ("I'm 14 and…", "j'ai 14
# mdr", "tengo 12, casi 13"), not "I'm 14 minutes late" or "tengo 15 minutos".
_BARE_END: Final = (
    r"(?=\s*$|\s*[.,!?;:)]|\s+(?:and|but|so|&|btw|lol|et|mais|mdr|y|pero|jaja|por cierto)\b)"
)
# "I'm 14", "i am 14 years old", "14 yo", "j'ai 14 ans", "tengo 14 años", "just turned
# 13", "acabo de cumplir 13", "tengo once años" — on text lower-cased, accents removed.
# A number without "years/ans/años" only counts before _BARE_END, and a message that is
# only an age ("14 ans", "age 14") counts whole; a bare "14" does not (it may answer a
# consultation's number question).
_UNIT_EN: Final = r"(?:years?|yrs?|yo|y/o|y\.o\.?)(?:\s*old)?"
_PATTERNS: Final = (
    re.compile(
        r"\b(?:i'?m|i am|im)\s+(?:only\s+|just\s+)?" + _NUMBER + r"\s*"
        r"(?:" + _UNIT_EN + r"|" + _BARE_END + r")"
    ),
    re.compile(r"\b(?:my age is|i'?m aged|age\s*:)\s*" + _NUMBER + r"\b"),
    re.compile(r"\b(?:i|i'?ve|ive|just)\s+turned\s+" + _NUMBER + r"\b"),
    re.compile(
        r"\bj'?\s?ai\s+(?:que\s+|seulement\s+)?" + _NUMBER + r"\s*(?:ans\b|" + _BARE_END + ")"
    ),
    re.compile(
        r"\b(?:je viens d'?avoir|j'?\s?ai eu|mon age (?:c'?est|est de))\s+" + _NUMBER + r"\b"
    ),
    re.compile(r"\btengo\s+(?:solo\s+)?" + _NUMBER + r"\s*(?:anos\b|anitos\b|" + _BARE_END + ")"),
    re.compile(r"\b(?:mi edad es|edad\s*:|acabo de cumplir|ya cumpli|cumpli)\s*" + _NUMBER + r"\b"),
    re.compile(
        r"^\s*(?:age\s+" + _NUMBER + r"|" + _NUMBER + r"\s*(?:" + _UNIT_EN + r"|ans|anos))"
        r"\s*[.!]?\s*$"
    ),
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
            number = next(group for group in match.groups() if group)
            return band_for_age(int(number) if number.isdigit() else _WORDS[number])
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
