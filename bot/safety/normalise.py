"""Normalises a child's message so that safety patterns see one spelling of it.

Children write "KILL MYSLEF", "k1ll mys3lf", "kiiiill myself", "jveux mourir", "q me
muera". Patterns are written once, in plain lower-case spelling without accents, and
this module brings the text to that form:

1. Unicode compatibility forms (full-width letters), one apostrophe, ``casefold``.
2. Accents and invisible characters (zero-width spaces used to dodge filters) removed
   (a normaliser made with ``keep_accents`` removes only the invisible characters).
3. Punctuation: sentence punctuation becomes a clause break `` . `` (negation never
   reaches across it); dots inside a word vanish ("k.m.s" → "kms"); other punctuation
   ("self-harm", "kill_myself") becomes a space. Emoji stay, as separate tokens.
4. Letters repeated three or more times are cut to two ("soooo" → "soo").
5. Per token: text-speak from the lexicons' ``textspeak`` maps ("u" → "you",
   "jveux" → "je veux"); otherwise leetspeak digits and symbols, only inside words
   ("k1ll" → "kill", but "10 pills", "4am" and "1st" keep their digits).
6. Whitespace squeezed.

Matching then works on :func:`squeeze`-d text, where every run of a repeated letter is
one letter; the loader squeezes patterns the same way, so "kill", "kil" and "kiiiill"
all meet the pattern ``kill``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Final

# What a clause break looks like in normalised text.
CLAUSE_BREAK: Final = "."

LEET: Final[Mapping[str, str]] = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "@": "a",
    "$": "s",
}
_LEET_TABLE: Final = str.maketrans(dict(LEET))

_APOSTROPHES: Final = str.maketrans(
    {c: "'" for c in "\u2019\u2018\u201b\u02bc\u02bb\u02b9\u0060\u00b4\u2032\uff07"}
)
# Marks that end a clause; other punctuation only separates words.
_CLAUSE_MARKS: Final = frozenset(".!?;:,\u2026\u00bf\u00a1\u061f\u3002")

_NEWLINES: Final = re.compile(r"[\r\n\u2028\u2029]+")
_NON_WORD: Final = re.compile(r"[^\w\s']+|_+")
_DOT_IN_WORD: Final = re.compile(r"(?<=[^\W\d_])\.(?=[^\W\d_])")
_REPEATS: Final = re.compile(r"([^\W\d_])\1\1+")
_TOKEN: Final = re.compile(r"(?:[^\W_]|[@$])+(?:'(?:[^\W_]|[@$])+)*")
# Tokens whose digits are a number, not letters in disguise: 4am, 1st, 15ans, xbox360.
_NUMBER_WORD: Final = re.compile(r"\d+[^\W\d_]{1,3}|[^\W\d_]+\d{2,}")
_HAS_LETTER: Final = re.compile(r"[^\W\d_]")
_SPACES: Final = re.compile(r"\s+")
_BREAKS: Final = re.compile(r"(?:\s*\.)+\s*")
_DOUBLES: Final = re.compile(r"([a-z])\1+")
# In a pattern: a run of one repeated literal letter, not part of an escape like \bb.
_PATTERN_DOUBLES: Final = re.compile(r"(?<!\\)([a-z])\1+(?=([?*+{])?)")


_ACCENTS_AND_INVISIBLES: Final = frozenset({"Mn", "Cf"})
_INVISIBLES: Final = frozenset({"Cf"})


def _strip_marks(text: str, removed: frozenset[str] = _ACCENTS_AND_INVISIBLES) -> str:
    """Removes accents (combining marks) and invisible format characters (only the
    latter when ``removed`` is :data:`_INVISIBLES`)."""
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(ch for ch in decomposed if unicodedata.category(ch) not in removed)
    return unicodedata.normalize("NFC", kept)


def _punctuation(match: re.Match[str]) -> str:
    out: list[str] = []
    for ch in match.group():
        if ch in "@$":
            out.append(ch)
        elif ch in _CLAUSE_MARKS:
            out.append(f" {CLAUSE_BREAK} ")
        elif unicodedata.category(ch) == "So":
            out.append(f" {ch} ")
        else:
            out.append(" ")
    return "".join(out)


def squeeze(text: str) -> str:
    """Cuts every run of a repeated ASCII letter to one letter ("kill" → "kil")."""
    return _DOUBLES.sub(r"\1", text)


def _squeeze_run(match: re.Match[str]) -> str:
    # "ll?" means "l, maybe another l": keep the quantified letter so the meaning stays.
    return match.group(1) * (2 if match.group(2) else 1)


def squeeze_pattern(pattern: str) -> str:
    """Squeezes repeated literal letters in a regular expression, as :func:`squeeze`
    does to text, so that a pattern written "kill" matches squeezed "kil"."""
    return _PATTERN_DOUBLES.sub(_squeeze_run, pattern)


class Normaliser:
    """Normalises text with a given text-speak map (see the module docstring).

    Args:
        textspeak: token → replacement, keys and values already in normalised form.
        keep_accents: keep accents (step 2 then removes only invisible characters).
            The patterns never see such text; the safety classifier's sentence encoder
            does, because accents carry meaning in Spanish and French ("papá" is a dad,
            "papa" a potato; "años" are years, "anos" are not). A token with accents is
            not looked up in the text-speak map, whose keys have none.
    """

    def __init__(
        self, textspeak: Mapping[str, str] | None = None, *, keep_accents: bool = False
    ) -> None:
        self._textspeak: dict[str, str] = dict(textspeak or {})
        self._removed = _INVISIBLES if keep_accents else _ACCENTS_AND_INVISIBLES

    def keeping_accents(self) -> Normaliser:
        """The same normaliser, keeping accents (see ``keep_accents``)."""
        return Normaliser(self._textspeak, keep_accents=True)

    @property
    def textspeak(self) -> Mapping[str, str]:
        """The text-speak map this normaliser applies (read-only copy)."""
        return dict(self._textspeak)

    def _token(self, match: re.Match[str]) -> str:
        token = match.group()
        found = self._textspeak.get(token)
        if found is None:
            found = self._textspeak.get(_DOUBLES.sub(r"\1", token))
        if found is not None:
            return found
        if (
            any(ch in LEET for ch in token)
            and _HAS_LETTER.search(token)
            and not _NUMBER_WORD.fullmatch(token)
        ):
            token = token.translate(_LEET_TABLE)
            return self._textspeak.get(token, token)
        return token

    def __call__(self, text: str) -> str:
        """The normalised form of ``text``."""
        text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).casefold()
        text = _strip_marks(text, self._removed)
        text = _NEWLINES.sub(f" {CLAUSE_BREAK} ", text)
        text = _DOT_IN_WORD.sub("", text)
        text = _NON_WORD.sub(_punctuation, text)
        text = _REPEATS.sub(r"\1\1", text)
        text = _TOKEN.sub(self._token, text)
        text = _BREAKS.sub(f" {CLAUSE_BREAK} ", text)
        return _SPACES.sub(" ", text).strip()


def normalise(text: str, textspeak: Mapping[str, str] | None = None) -> str:
    """Normalises ``text`` (see the module docstring).

    Args:
        text: the message as the child wrote it.
        textspeak: optional token → replacement map; the safety lexicons provide one.

    Returns:
        Lower-case text without accents, with one space between tokens.
    """
    return Normaliser(textspeak)(text)
