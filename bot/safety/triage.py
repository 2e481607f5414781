"""Deterministic safety triage: which safeguarding categories a message may disclose.

Every message is matched against the lexicons of *all* languages, whatever language
the conversation is in: children mix languages and channel metadata is often wrong.
A disclosure with a "happening now" cue ("right now", "ahorita", "il revient ce soir")
also counts as immediate danger, so the emergency number comes first.

A match is dropped when

* an idiom covers it ("this homework is killing me", "me muero de risa"), or
* a negation cue ends right where it starts, spaces aside ("i'm not going to | hurt
  myself", "nobody | hits me"), or, in a language that negates after the verb, starts
  right where it ends ("mes parents me frappent | pas"). Sentence punctuation is a
  clause break " . " in normalised text, so a negation in an earlier clause is never
  adjacent ("not really. | suicidal tbh" stays a finding). A contrast right after a
  negated finding keeps it ("i'm not going to kill myself | but i think about it").

Idioms and negation cues are taken from the lexicon that matched and from the stated
language of the conversation. Disclosures that contain a negation ("i don't want to
live anymore") are written as patterns that include it, so a negation *before* the
match is the only one that cancels; recall comes first.

The result lists every category found, most severe first; deciding what to do with
several is the caller's job. Findings carry ids, never the child's words, so they can
be logged.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from bot.language import fold
from bot.safety.elision import join_elisions, split_ligatures
from bot.safety.lexicon import (
    DEFAULT_DIRECTORY,
    DEFAULT_SEVERITY,
    Category,
    Cue,
    Lexicon,
    Lexicons,
    Severity,
    load_lexicons,
)
from bot.safety.normalise import squeeze
from bot.safety.spelling import Speller, speller

# How far back (in characters of squeezed text) a negation cue may start.
NEGATION_WINDOW = 48
# A message of at most this many words that names a topic ("cyberbullying on snap",
# "mariage forcé") counts as involving the child even without an involvement cue:
# a bare topic is how many children ask for help (Pattern.topic).
TOPIC_ALONE_WORDS = 6
# A disclosure said to be happening now is also immediate danger (emergency number
# first), except what mostly happens on a screen: abuse images seen, requests for
# pictures and bullying "rn" in a group chat call for the hotline and the helpline, not
# for 112 (and would raise critical alerts for staff). A physical threat in those
# messages is caught by the immediate-danger patterns themselves.
NOT_ESCALATED = frozenset(
    {Category.CSAM_SEEN, Category.ONLINE_SEXUAL_EXPLOITATION, Category.BULLYING}
)
# Finding ids made by that rule: "now:<cue id>".
NOW_PREFIX = "now:"
_CATEGORY_ORDER = {c: i for i, c in enumerate(Category)}
# The words a lexicon file spells out, which the speller never repairs.
_LEXICON_WORD = re.compile(r"[a-z]{5,}")


@dataclass(frozen=True)
class Finding:
    """One category a message may disclose.

    Attributes:
        category: the safeguarding category.
        severity: the pattern's severity (its category's default unless overridden).
        pattern_id: the id of the pattern in its lexicon file.
        language: the language of the lexicon the pattern comes from.
    """

    category: Category
    severity: Severity
    pattern_id: str
    language: str


@dataclass(frozen=True)
class Triage:
    """What the deterministic triage found in one message.

    Attributes:
        findings: one per matching pattern, most severe first.
        happening_now: the message says the danger is happening now or within hours
            ("right now", "ahorita", "ce soir"), whatever the lexicons found.
        characters: how many letters and digits the normalised message has (None: not
            counted).
        explained: categories whose patterns matched but were explained away as an
            idiom or a negation ("i'm not going to hurt myself"), and that the message
            discloses nowhere else. See also :meth:`spoken_of_harmlessly`.
    """

    findings: tuple[Finding, ...] = ()
    happening_now: bool = False
    characters: int | None = None
    explained: frozenset[Category] = frozenset()
    idioms: Callable[[], frozenset[Category]] = field(default=frozenset, compare=False, repr=False)

    def spoken_of_harmlessly(self) -> frozenset[Category]:
        """The categories the message speaks of harmlessly and discloses nowhere else:
        :attr:`explained`, plus those a known idiom in it may cancel ("this homework is
        killing me", "me muero de risa"), even where no pattern matched. The learned
        detectors, which know no idioms, need more evidence for these
        (bot/safety/combine.py). Looking for idioms costs a few milliseconds, so it is
        done on the first call only."""
        return (self.explained | self.idioms()) - self.categories

    @property
    def top(self) -> Finding | None:
        """The most severe finding, or None if nothing was found."""
        return self.findings[0] if self.findings else None

    @property
    def is_safe(self) -> bool:
        """True when no pattern matched (which is not proof that all is well)."""
        return not self.findings

    @property
    def categories(self) -> frozenset[Category]:
        """The categories found."""
        return frozenset(f.category for f in self.findings)


class _Message:
    """A squeezed message plus lazily computed idiom spans per language."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._idiom_spans: dict[str, list[tuple[Cue, int, int]]] = {}
        self._involved: dict[tuple[str, ...], bool] = {}

    def involved(self, lexicons: list[Lexicon]) -> bool:
        """Whether the message involves the child or the person addressed, by the cues
        of ``lexicons`` (the finding's language and the conversation's: French "on"
        is an English word too): an ``involvement`` cue, or a ``weak_involvement``
        cue when no ``topic_frames`` cue frames the topic as studied or told; or the
        message is short enough to be a bare topic."""
        key = tuple(lexicon.language for lexicon in lexicons)
        if key not in self._involved:
            words = [w for w in self.text.split() if any(ch.isalnum() for ch in w)]

            def any_cue(section: str) -> bool:
                return any(
                    cue.regex.search(self.text)
                    for lexicon in lexicons
                    for cue in getattr(lexicon, section)
                )

            self._involved[key] = (
                len(words) <= TOPIC_ALONE_WORDS
                or any_cue("involvement")
                or (any_cue("weak_involvement") and not any_cue("topic_frames"))
            )
        return self._involved[key]

    def idiom_spans(self, lexicon: Lexicon) -> list[tuple[Cue, int, int]]:
        spans = self._idiom_spans.get(lexicon.language)
        if spans is None:
            spans = [
                (cue, *m.span()) for cue in lexicon.idioms for m in cue.regex.finditer(self.text)
            ]
            self._idiom_spans[lexicon.language] = spans
        return spans

    def covered(self, start: int, end: int, category: Category, lexicons: list[Lexicon]) -> bool:
        return any(
            s <= start and end <= e and cue.applies_to(category)
            for lexicon in lexicons
            for cue, s, e in self.idiom_spans(lexicon)
        )

    def negated(self, start: int, end: int, lexicons: list[Lexicon]) -> bool:
        # Each lexicon's cues are one expression anchored at the end of the window.
        window_start = max(0, start - NEGATION_WINDOW)
        if any(
            lexicon.trailing_negation is not None
            and lexicon.trailing_negation.match(self.text, end) is not None
            for lexicon in lexicons
        ):
            return True
        if not any(
            lexicon.negation.search(self.text, window_start, start) is not None
            for lexicon in lexicons
        ):
            return False
        # "i'm not going to hurt myself but i keep thinking about it": recall first.
        return not any(
            lexicon.contrast is not None and lexicon.contrast.match(self.text, end) is not None
            for lexicon in lexicons
        )


def _context(lexicon: Lexicon, stated: Lexicon | None) -> list[Lexicon]:
    return [lexicon] if stated is None or stated is lexicon else [lexicon, stated]


def triage(
    text: str,
    language: str | None = None,
    *,
    directory: Path = DEFAULT_DIRECTORY,
    repair: bool = True,
) -> Triage:
    """Finds the safeguarding categories a message may disclose.

    Args:
        text: the message as the child wrote it.
        language: the conversation's language, if known; its idioms and negation
            cues are applied to matches from every lexicon.
        directory: where the lexicon files are (tests point this elsewhere).
        repair: also read the message with its slips repaired (:func:`triage_with`).

    Returns:
        A :class:`Triage` whose findings are sorted most severe first.

    Raises:
        LexiconError: the lexicon files are missing or invalid (first call only).
    """
    lexicons = load_lexicons(directory)
    return triage_with(lexicons, text, language, repair=repair)


def triage_with(
    lexicons: Lexicons, text: str, language: str | None = None, *, repair: bool = True
) -> Triage:
    """Like :func:`triage`, with already loaded lexicons. With ``repair``, the message is
    also read with its slips of the finger repaired (bot/safety/spelling.py): what the
    repaired reading finds is added, and what the original spelling found is kept unless
    the repaired reading explains its category away ("my mum is gonna kill me i fogrot":
    the fence needs "forgot")."""
    normalised = join_elisions(lexicons.normaliser(split_ligatures(text)))
    message = _Message(squeeze(normalised))
    findings, explained = _scan(lexicons, message, language)
    messages = [message]
    if repair:
        repaired = speller_for(lexicons)(normalised, language)
        if repaired != normalised:
            second = _Message(squeeze(repaired))
            found, cleared = _scan(lexicons, second, language)
            cleared -= {f.category for f in found}
            seen = {(f.category, f.pattern_id, f.language) for f in found}
            findings = found + [
                f
                for f in findings
                if f.category not in cleared and (f.category, f.pattern_id, f.language) not in seen
            ]
            explained |= cleared
            messages.append(second)
    now = next(
        (cue for m in messages if (cue := _happening_now(m.text, lexicons)) is not None), None
    )
    if (
        now is not None
        and any(f.category not in NOT_ESCALATED for f in findings)
        and not any(f.category is Category.IMMEDIATE_DANGER for f in findings)
    ):
        findings.append(
            Finding(
                Category.IMMEDIATE_DANGER,
                DEFAULT_SEVERITY[Category.IMMEDIATE_DANGER],
                f"{NOW_PREFIX}{now[1].id}",
                now[0],
            )
        )
    language_order = {language: i for i, language in enumerate(lexicons.by_language)}
    findings.sort(
        key=lambda f: (
            -f.severity.rank,
            _CATEGORY_ORDER[f.category],
            language_order[f.language],
            f.pattern_id,
        )
    )
    return Triage(
        tuple(findings),
        happening_now=now is not None,
        characters=sum(ch.isalnum() for ch in message.text),
        explained=frozenset(explained - {f.category for f in findings}),
        idioms=cache(
            lambda: frozenset().union(*(_idiom_categories(m, lexicons) for m in messages))
        ),
    )


def _scan(
    lexicons: Lexicons, message: _Message, language: str | None
) -> tuple[list[Finding], set[Category]]:
    """The findings in one reading of a message, and the categories explained away."""
    stated = lexicons.by_language.get(language) if language else None
    findings: list[Finding] = []
    explained: set[Category] = set()
    for lexicon, pattern in lexicons.candidates(message.text):
        context = _context(lexicon, stated)
        if pattern.topic and not message.involved(context):
            # The topic named with no one involved: a project, a film, the news.
            if pattern.regex.search(message.text):
                explained.add(pattern.category)
            continue
        if pattern.unless is not None and pattern.unless.search(message.text) is not None:
            # Fenced: the pattern does not apply to this message at all.
            continue
        for match in pattern.regex.finditer(message.text):
            start, end = match.span()
            if message.covered(start, end, pattern.category, context) or message.negated(
                start, end, context
            ):
                explained.add(pattern.category)
                continue
            findings.append(
                Finding(pattern.category, pattern.severity, pattern.id, lexicon.language)
            )
            break
    return findings, explained


_SPELLERS: dict[int, tuple[Lexicons, Speller]] = {}


def speller_for(lexicons: Lexicons) -> Speller:
    """The speller that protects the words of ``lexicons`` (built once per lexicons:
    about two seconds, so the NLU component builds it when it loads)."""
    held = _SPELLERS.get(id(lexicons))
    if held is None or held[0] is not lexicons:
        words: set[str] = set()
        for lexicon in lexicons:
            words |= set(_LEXICON_WORD.findall(fold(lexicon.path.read_text("utf-8"))))
            for key, value in lexicon.textspeak.items():
                words |= {key, *value.split()}
        held = (lexicons, speller(frozenset(words)))
        _SPELLERS[id(lexicons)] = held
    return held[1]


def _idiom_categories(message: _Message, lexicons: Lexicons) -> set[Category]:
    """The categories the known idioms in the message (any language) may cancel."""
    found: set[Category] = set()
    for lexicon in lexicons:
        for cue, _, _ in message.idiom_spans(lexicon):
            found |= cue.categories or set(Category)
    return found


def _happening_now(text: str, lexicons: Lexicons) -> tuple[str, Cue] | None:
    for lexicon in lexicons:
        for cue in lexicon.happening_now:
            if cue.regex.search(text):
                return lexicon.language, cue
    return None
