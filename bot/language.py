"""Which language to answer in: metadata, an explicit request, or the text itself.

Precedence, strongest first:
1. the child explicitly asks for a language ("en français", a language button);
2. a language the child chose earlier stays until they choose another;
3. the channel's metadata (web widget setting, Telegram's ``language_code``);
4. the language detected from the text, offline, when it is clear enough.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from bot.names import DEFAULT_LANGUAGE, LANGUAGES

Source = Literal["chosen", "metadata", "detected"]

# Words a child uses to name a language, in any of our languages, accents folded.
_LANGUAGE_NAMES: dict[str, str] = {
    "english": "en",
    "anglais": "en",
    "ingles": "en",
    "inglish": "en",
    "eng": "en",
    "french": "fr",
    "francais": "fr",
    "frances": "fr",
    "franch": "fr",
    "fr": "fr",
    "spanish": "es",
    "espagnol": "es",
    "espanol": "es",
    "castellano": "es",
    "spanich": "es",
}

# Short messages langdetect cannot judge: greetings and very common words that
# clearly belong to one language (accents folded, lower case).
_MARKERS: dict[str, str] = {
    "hi": "en",
    "hello": "en",
    "hey": "en",
    "thanks": "en",
    "thank": "en",
    "please": "en",
    "help": "en",
    "what": "en",
    "the": "en",
    "my": "en",
    "you": "en",
    "bye": "en",
    "bonjour": "fr",
    "salut": "fr",
    "coucou": "fr",
    "merci": "fr",
    "bonsoir": "fr",
    "aide": "fr",
    "quoi": "fr",
    "je": "fr",
    "oui": "fr",
    "slt": "fr",
    "stp": "fr",
    "hola": "es",
    "gracias": "es",
    "buenas": "es",
    "ayuda": "es",
    "mis": "es",
    "adios": "es",
    "buenos": "es",
    "porfa": "es",
    "quiero": "es",
}

_WORD = re.compile(r"[a-z]+")


def fold(text: str) -> str:
    """Lower-cases and strips accents, so "Français" and "francais" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalise_language(code: object) -> str | None:
    """Maps a channel language code ("fr-CA", "ES", "pt") to a supported language or None."""
    if not isinstance(code, str):
        return None
    primary = code.strip().lower().replace("_", "-").split("-")[0]
    return primary if primary in LANGUAGES else None


def requested_language(text: str) -> str | None:
    """The language a message asks for by name ("en français", "spanish please"), if any."""
    found = {_LANGUAGE_NAMES[w] for w in _WORD.findall(fold(text)) if w in _LANGUAGE_NAMES}
    return found.pop() if len(found) == 1 else None


@dataclass(frozen=True)
class Detection:
    language: str
    confidence: float


def detect_language(text: str, min_confidence: float = 0.9) -> Detection | None:
    """Detects en/fr/es from the text alone, offline; None when it is not clear.

    Short messages are judged by marker words; longer ones by langdetect restricted to
    the supported languages.
    """
    words = _WORD.findall(fold(text))
    if not words:
        return None
    votes: dict[str, int] = {}
    for w in words:
        if w in _MARKERS:
            votes[_MARKERS[w]] = votes.get(_MARKERS[w], 0) + 1
    if len(words) < 4:
        if len(votes) == 1:
            ((lang, _),) = votes.items()
            return Detection(lang, 0.95)
        return None
    # Imported lazily: langdetect loads its language profiles (~0.5 s) on first use.
    from langdetect import DetectorFactory, LangDetectException, detect_langs

    DetectorFactory.seed = 0  # deterministic results
    try:
        probabilities = detect_langs(text)
    except LangDetectException:  # raised for text without usable features
        return None
    for p in probabilities:
        if p.lang in LANGUAGES and p.prob >= min_confidence:
            return Detection(p.lang, float(p.prob))
    return None


@dataclass(frozen=True)
class LanguageChoice:
    language: str
    source: Source | None


def resolve_language(
    current: str | None,
    source: Source | None,
    *,
    requested: str | None = None,
    metadata: str | None = None,
    detected: Detection | None = None,
) -> LanguageChoice:
    """Applies the precedence described in the module docstring."""
    if requested in LANGUAGES:
        return LanguageChoice(requested, "chosen")
    if source == "chosen" and current in LANGUAGES:
        return LanguageChoice(current, "chosen")
    if metadata in LANGUAGES:
        return LanguageChoice(metadata, "metadata")
    if detected is not None and source != "metadata":
        return LanguageChoice(detected.language, "detected")
    return LanguageChoice(current if current in LANGUAGES else DEFAULT_LANGUAGE, source)
