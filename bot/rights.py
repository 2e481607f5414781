"""The rights knowledge base: every article of the UN Convention on the Rights of the
Child in child-friendly words, and finding the right(s) a question is about.

Files: ``knowledge/rights/crc.<lang>.<part>.yml`` (parts only keep files short). Each
entry is one article (``crc-16``), the group of articles 43–54 (``crc-43-54``) or an
optional protocol (``opsc``, ``opac``, ``opic``), with a title, a text for ages 8–12
(``younger``), a text for 13–17 (``older``), 2–3 everyday ``examples`` (the "tell me
more" answer), keywords and related entries. One
validating loader turns all files into frozen records and reports every problem with
file, line and field; every entry must exist in every language.

``knowledge/faq/faq.yml`` holds questions children really ask, each in every language,
mapped to the entries that answer them; its phrasings teach the index.

Retrieval ranks entries for a question by TF-IDF features (character n-grams, which
survive typos and missing accents and also see short word pairs, plus words):
similarity to each entry's title, keywords, texts and examples in *all* languages plus
its FAQ phrasings, added to a linear classifier trained on the short texts, so a
question in any language finds its right; for an English question, also similarity in
meaning to the entry's English short texts (:mod:`bot.semantic`); "did you mean…"
candidates when HearMe is unsure.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from string import Formatter
from types import MappingProxyType
from typing import Any, Final

import joblib
import numpy as np
import sklearn
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.preprocessing import normalize
from sklearn.svm import LinearSVC
from yaml.nodes import Node, SequenceNode

from bot import semantic
from bot.names import LANGUAGES
from bot.problems import DataFileError, NodeReader, Problem, compose_yaml, line_of
from bot.safety import normalise as normalise_module
from bot.safety.lexicon import load_lexicons

logger = logging.getLogger(__name__)

DEFAULT_DIRECTORY: Final = Path(__file__).resolve().parent.parent / "knowledge" / "rights"
ARTICLES: Final = tuple(f"crc-{n}" for n in range(1, 43))
GROUP: Final = "crc-43-54"
PROTOCOLS: Final = ("opsc", "opac", "opic")
ALL_IDS: Final = (*ARTICLES, GROUP, *PROTOCOLS)
LEVELS: Final = ("younger", "older")
_KEYS: Final = ("id", "articles", "title", "younger", "older", "examples", "keywords", "related")
_MAX_TITLE: Final = 60
_MAX_TEXT: Final = 900
_MAX_EXAMPLE: Final = 160
_EXAMPLES: Final = (2, 3)
_KEYWORDS: Final = (3, 30)
_RELATED: Final = (1, 6)


class RightsDataError(DataFileError):
    """The rights knowledge base is invalid; lists every problem found."""

    subject = "rights knowledge base"


def expected_articles(entry_id: str) -> tuple[int, ...]:
    """The article numbers an entry id stands for (none for a protocol)."""
    if entry_id == GROUP:
        return tuple(range(43, 55))
    if entry_id in PROTOCOLS:
        return ()
    return (int(entry_id.removeprefix("crc-")),)


@dataclass(frozen=True)
class RightText:
    """One entry in one language.

    Attributes:
        examples: 2–3 everyday situations that show the right at work or broken (the
            "tell me more" answer, see :func:`examples_text`).
    """

    title: str
    younger: str
    older: str
    keywords: tuple[str, ...]
    examples: tuple[str, ...]

    def level(self, level: str) -> str:
        """The text for ``younger`` (8–12) or ``older`` (13–17)."""
        return self.older if level == "older" else self.younger


@dataclass(frozen=True)
class Right:
    """One article, the group 43–54, or an optional protocol.

    Attributes:
        id: ``crc-<n>``, ``crc-43-54``, ``opsc``, ``opac`` or ``opic``.
        articles: the article numbers it covers (empty for a protocol).
        related: ids of related entries, from every language's file (union, in order).
        texts: the entry per language.
    """

    id: str
    articles: tuple[int, ...]
    related: tuple[str, ...]
    texts: Mapping[str, RightText]

    def text(self, language: str) -> RightText:
        return self.texts.get(language) or self.texts[LANGUAGES[0]]


@dataclass(frozen=True)
class _Entry:
    id: str
    articles: tuple[int, ...]
    related: tuple[str, ...]
    text: RightText
    line: int


class _Reader(NodeReader):
    def entry(self, node: Node, field: str) -> _Entry | None:
        fields = self.mapping(node, field, _KEYS)
        if fields is None:
            return None
        entry_id = self.text(fields["id"], f"{field}.id", 20)
        if entry_id is not None and entry_id not in ALL_IDS:
            self.problem(fields["id"], f"{field}.id", f"unknown id {entry_id!r}")
            entry_id = None
        articles = self.articles(fields["articles"], f"{field}.articles")
        if (
            entry_id is not None
            and articles is not None
            and tuple(articles) != expected_articles(entry_id)
        ):
            self.problem(
                fields["articles"],
                f"{field}.articles",
                f"{list(articles)} does not match {entry_id} "
                f"(expected {list(expected_articles(entry_id))})",
            )
        title = self.text(fields["title"], f"{field}.title", _MAX_TITLE)
        younger = self.text(fields["younger"], f"{field}.younger", _MAX_TEXT)
        older = self.text(fields["older"], f"{field}.older", _MAX_TEXT)
        examples = self.sequence(
            fields["examples"],
            f"{field}.examples",
            lambda n, f: self.text(n, f, _MAX_EXAMPLE),
            _EXAMPLES,
        )
        keywords = self.sequence(
            fields["keywords"],
            f"{field}.keywords",
            lambda n, f: self.text(n, f, 60),
            _KEYWORDS,
        )
        related = self.sequence(fields["related"], f"{field}.related", self.related_id, _RELATED)
        if related is not None and entry_id in related:
            self.problem(fields["related"], f"{field}.related", "an entry is not related to itself")
            related = None
        if None in (entry_id, articles, title, younger, older, examples, keywords, related):
            return None
        assert entry_id and title and younger and older and examples and keywords
        assert related is not None
        return _Entry(
            entry_id,
            tuple(articles or ()),
            tuple(related),
            RightText(title, younger, older, tuple(keywords), tuple(examples)),
            line_of(node),
        )

    def articles(self, node: Node, field: str) -> tuple[int, ...] | None:
        """Article numbers; an empty list is allowed (an optional protocol)."""
        if isinstance(node, SequenceNode) and not node.value:
            return ()
        return self.sequence(node, field, self.number)

    def number(self, node: Node, field: str) -> int | None:
        value = self.text(node, field, 3)
        if value is None or not value.isdigit():
            self.problem(node, field, "expected an article number")
            return None
        return int(value)

    def related_id(self, node: Node, field: str) -> str | None:
        value = self.text(node, field, 20)
        if value is not None and value not in ALL_IDS:
            self.problem(node, field, f"{value!r} is not an entry (dangling related entry)")
            return None
        return value


def _read_file(path: Path, language: str, problems: list[Problem]) -> list[_Entry]:
    reader = _Reader(str(path))
    root = compose_yaml(path, RightsDataError)
    fields = reader.mapping(root, "", ("language", "entries"))
    entries: tuple[_Entry, ...] | None = None
    if fields is not None:
        declared = reader.text(fields["language"], "language", 5)
        if declared is not None and declared != language:
            reader.problem(
                fields["language"], "language", f"is {declared!r} but the file is for {language!r}"
            )
        entries = reader.sequence(fields["entries"], "entries", reader.entry)
    problems.extend(reader.problems)
    return list(entries or ())


def load_rights(directory: Path = DEFAULT_DIRECTORY) -> tuple[Right, ...]:
    """Reads and validates every ``crc.<lang>.*.yml`` in ``directory``.

    Returns:
        One record per id, in :data:`ALL_IDS` order.

    Raises:
        RightsDataError: listing every problem with file, line and field — including
            an entry missing from a language, or present twice.
    """
    problems: list[Problem] = []
    by_language: dict[str, dict[str, _Entry]] = {}
    for language in LANGUAGES:
        files = sorted(directory.glob(f"crc.{language}.*.yml"))
        entries: dict[str, _Entry] = {}
        where: dict[str, str] = {}
        for path in files:
            for entry in _read_file(path, language, problems):
                if entry.id in entries:
                    problems.append(
                        Problem(
                            str(path),
                            entry.line,
                            entry.id,
                            f"duplicate (also in {where[entry.id]})",
                        )
                    )
                entries[entry.id] = entry
                where[entry.id] = f"{path.name}:{entry.line}"
        if not problems:
            missing = [i for i in ALL_IDS if i not in entries]
            if missing:
                problems.append(
                    Problem(
                        str(directory / f"crc.{language}.*.yml"),
                        0,
                        "entries",
                        f"missing in {language}: {', '.join(missing)}",
                    )
                )
        by_language[language] = entries
    if problems:
        raise RightsDataError(problems)
    rights = []
    for entry_id in ALL_IDS:
        related: list[str] = []
        for language in LANGUAGES:
            related += [r for r in by_language[language][entry_id].related if r not in related]
        rights.append(
            Right(
                entry_id,
                by_language[LANGUAGES[0]][entry_id].articles,
                tuple(related),
                MappingProxyType({lang: by_language[lang][entry_id].text for lang in LANGUAGES}),
            )
        )
    return tuple(rights)


# -------------------------------------------------------------------------- answers

ANSWER_PATH: Final = DEFAULT_DIRECTORY / "answer.yml"
# Each kind of template and the placeholders it must use; any kind may also use {title}
# and {number}, and no other placeholder. One kind per way of citing the source: one
# article, a group of articles, an optional protocol (no number).
_PLACEHOLDERS: Final = MappingProxyType(
    {
        "article": ("title", "number", "text"),
        "articles": ("title", "number", "text"),
        "protocol": ("title", "text"),
        "examples": ("number", "examples"),
        "examples_articles": ("number", "examples"),
        "examples_protocol": ("title", "examples"),
    }
)
_TEMPLATES: Final = tuple(_PLACEHOLDERS)
_MAX_TEMPLATE: Final = 300
_BULLET: Final = "• "


def _template_problem(text: str, kind: str) -> str | None:
    """What is wrong with the placeholders of a template, if anything."""
    try:
        used = {name for _, name, _, _ in Formatter().parse(text) if name is not None}
    except ValueError as e:
        return f"is not a valid template ({e}); write a literal brace as {{{{ or }}}}"
    required = _PLACEHOLDERS[kind]
    problems = []
    missing = [f"{{{p}}}" for p in required if p not in used]
    if missing:
        problems.append(f"missing placeholder(s) {', '.join(missing)}")
    unknown = sorted(f"{{{p}}}" for p in used - {*required, "title", "number"})
    if unknown:
        problems.append(f"unknown placeholder(s) {', '.join(unknown)}")
    return "; ".join(problems) or None


@lru_cache(maxsize=1)
def answer_templates(path: Path = ANSWER_PATH) -> Mapping[str, Mapping[str, str]]:
    """The words around an entry's text or examples, per kind and language
    (``answer.yml``). Spaces are folded; line breaks written as ``\\n`` are kept.

    Raises:
        RightsDataError: a kind or language is missing, or a template lacks a
            placeholder or uses one its kind does not fill.
    """
    reader = NodeReader(str(path))
    root = compose_yaml(path, RightsDataError)
    fields = reader.mapping(root, "", ("schema_version", *_TEMPLATES))
    templates: dict[str, Mapping[str, str]] = {}
    if fields is not None:
        for kind in _TEMPLATES:
            by_language = reader.mapping(fields[kind], kind, LANGUAGES)
            if by_language is None:
                continue
            texts = {}
            for language in LANGUAGES:
                node = by_language[language]
                if reader.text(node, f"{kind}.{language}", _MAX_TEMPLATE) is None:
                    continue
                text = "\n".join(" ".join(line.split()) for line in str(node.value).split("\n"))
                problem = _template_problem(text, kind)
                if problem:
                    reader.problem(node, f"{kind}.{language}", problem)
                else:
                    texts[language] = text
            templates[kind] = MappingProxyType(texts)
    if reader.problems:
        raise RightsDataError(reader.problems)
    return MappingProxyType(templates)


def _citation(right: Right) -> tuple[str, str]:
    """How ``right`` is cited: the answer template kind and the article number(s)."""
    if not right.articles:
        return "protocol", ""
    if len(right.articles) == 1:
        return "article", str(right.articles[0])
    return "articles", f"{right.articles[0]}–{right.articles[-1]}"


def answer_text(right: Right, language: str, level: str = "younger") -> str:
    """The answer to a question about ``right``: its title, the article(s) it comes from
    and its text at ``level``, in ``language`` (the default language if unsupported)."""
    language = language if language in LANGUAGES else LANGUAGES[0]
    text = right.text(language)
    kind, number = _citation(right)
    return answer_templates()[kind][language].format(
        title=text.title, number=number, text=text.level(level)
    )


def examples_text(right: Right, language: str) -> str:
    """The "tell me more" answer: everyday examples of ``right``, one bullet ("• …") a
    line, under words naming the article(s), in ``language`` (the default language if
    unsupported).

    Example (English, article 16)::

        What Article 16 (Privacy) can look like in real life:
        • Your parents can help keep you safe online, but …
        • Sharing someone's private chats or photos …
    """
    language = language if language in LANGUAGES else LANGUAGES[0]
    text = right.text(language)
    kind, number = _citation(right)
    template = answer_templates()["examples" if kind == "article" else f"examples_{kind}"]
    bullets = "\n".join(f"{_BULLET}{example}" for example in text.examples)
    return template[language].format(title=text.title, number=number, examples=bullets)


def find_right(question: str) -> Right | None:
    """The right a question is about, when HearMe is confident enough to answer: an
    article named in the question, or a clear best match."""
    named = article_asked(question)
    if named is not None:
        return right_by_id(named)
    matches = index().search(question)
    return matches[0].right if is_confident(matches) else None


# ------------------------------------------------------------------------------ FAQ

FAQ_DIRECTORY: Final = DEFAULT_DIRECTORY.parent / "faq"
FAQ_PATH: Final = FAQ_DIRECTORY / "faq.yml"
_FAQ_KEYS: Final = ("id", "rights", *LANGUAGES)
_PHRASINGS: Final = (1, 6)
_FAQ_ID: Final = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class FaqQuestion:
    """A question children ask, the entries that answer it, and how it is asked."""

    id: str
    rights: tuple[str, ...]
    phrasings: Mapping[str, tuple[str, ...]]


class _FaqReader(_Reader):
    def question(self, node: Node, field: str) -> FaqQuestion | None:
        fields = self.mapping(node, field, _FAQ_KEYS)
        if fields is None:
            return None
        faq_id = self.text(fields["id"], f"{field}.id", 60)
        if faq_id is not None and not _FAQ_ID.match(faq_id):
            self.problem(fields["id"], f"{field}.id", f"{faq_id!r} must be lower_snake_case")
            faq_id = None
        rights = self.sequence(fields["rights"], f"{field}.rights", self.related_id, (1, 3))
        phrasings = {
            lang: self.sequence(
                fields[lang], f"{field}.{lang}", lambda n, f: self.text(n, f, 200), _PHRASINGS
            )
            for lang in LANGUAGES
        }
        if faq_id is None or rights is None or any(v is None for v in phrasings.values()):
            return None
        return FaqQuestion(
            faq_id,
            tuple(rights),
            MappingProxyType({lang: tuple(v or ()) for lang, v in phrasings.items()}),
        )


def load_faq(path: Path = FAQ_PATH) -> tuple[FaqQuestion, ...]:
    """Reads and validates the FAQ: every question in every language, mapped to 1–3
    existing entries, ids unique.

    Raises:
        RightsDataError: listing every problem with file, line and field.
    """
    reader = _FaqReader(str(path))
    root = compose_yaml(path, RightsDataError)
    fields = reader.mapping(root, "", ("schema_version", "questions"))
    questions: tuple[FaqQuestion, ...] | None = None
    if fields is not None:
        questions = reader.sequence(fields["questions"], "questions", reader.question)
    if questions is not None:
        seen: set[str] = set()
        for i, question in enumerate(questions):
            if question.id in seen:
                reader.problem(
                    fields["questions"] if fields else root,
                    f"questions[{i}].id",
                    f"duplicate id {question.id!r}",
                )
            seen.add(question.id)
    if reader.problems or questions is None:
        raise RightsDataError(reader.problems)
    return questions


def load_faqs(directory: Path = FAQ_DIRECTORY) -> tuple[FaqQuestion, ...]:
    """Every FAQ file in ``directory`` (``*.yml``, in name order), each read by
    :func:`load_faq`; a question id used in two files is refused too.

    Raises:
        RightsDataError: listing every problem with file, line and field.
    """
    questions: list[FaqQuestion] = []
    problems: list[Problem] = []
    where: dict[str, str] = {}
    for path in sorted(directory.glob("*.yml")):
        try:
            found = load_faq(path)
        except RightsDataError as error:
            problems.extend(error.problems)
            continue
        for i, question in enumerate(found):
            if question.id in where:
                problems.append(
                    Problem(
                        str(path),
                        1,
                        f"questions[{i}].id",
                        f"id {question.id!r} is also used in {where[question.id]}",
                    )
                )
            where.setdefault(question.id, path.name)
        questions.extend(found)
    if problems:
        raise RightsDataError(problems)
    return tuple(questions)


def faq_texts(questions: Iterable[FaqQuestion]) -> dict[str, list[str]]:
    """Every phrasing of every FAQ question, under each entry that answers it — extra
    text for :class:`RightsIndex`."""
    texts: dict[str, list[str]] = {}
    for question in questions:
        for entry_id in question.rights:
            for phrasings in question.phrasings.values():
                texts.setdefault(entry_id, []).extend(phrasings)
    return texts


# ------------------------------------------------------------------------- retrieval

# How much an FAQ phrasing teaches the classifier the entries its question lists
# after the first (the first is the direct answer, the others are related).
_SECONDARY_WEIGHT: Final = 0.3
# Word features count less than character n-grams: children's spelling varies.
_WORD_WEIGHT: Final = 0.7
# The classifier: a linear SVM (one vs. rest) trained to convergence by liblinear, so
# that a change to the knowledge moves only the questions it is about. (Stochastic
# gradient descent stopped after 5 epochs, as before, changed the top entry of 15 of
# the 423 tuning questions when three keyword lists of one entry were edited.)
_CLASSIFIER_C: Final = 1.0
# Evidence for an entry = document similarity / _SIMILARITY_SCALE + classifier
# decision / _DECISION_SCALE: each divided by its typical spread over the entries
# (median over the tuning questions of the standard deviation), so that both count
# alike. "None of them" has evidence _NONE_EVIDENCE, tuned so that small talk gets no
# entry above the threshold. Were 0.02 and 0.2 with character n-grams within words;
# n-grams across word boundaries (2026-11-29) spread 0.80× and 0.85× as much, so both
# were scaled by that (bench/rights_study.py "rescale"), keeping their balance.
_SIMILARITY_SCALE: Final = 0.016
_DECISION_SCALE: Final = 0.17
_NONE_EVIDENCE: Final = 4.0
# Meaning (bot/semantic.py), for English questions only, adds two more kinds of
# evidence: (similarity - _MEANING_BASELINE) / _MEANING_SCALE * _MEANING_WEIGHT, where
# an entry's similarity is the mean cosine of its _MEANING_TOP closest texts, and the
# decision of a linear classifier over the sentence vectors / _MEANING_DECISION_SCALE.
# The scales are their spreads as above (0.089 and 0.64 on the English tuning
# questions). Chosen on all eleven English tuning sets (2,385 questions, top-1): none
# 2,327; similarity at weight 1.5 (1 to 2 give 2,337-2,342) 2,341; plus the classifier
# at weight 0.5 / 1 / 1.5: 2,344 / 2,352 / 2,352. FAQ cross-validation (English
# phrasings, docs/rights.md) agrees: 75.5 -> 78.7 -> 80.3 %. The baseline is the
# similarity that counts neither for nor against an entry: 0.6 leaves HearMe as sure of
# its answers as before (99.5 % of them right on those sets, 11 of ~2,090 wrong; 12 of
# ~1,990 before) while it answers 87.5 % outright instead of 83.6 %, and small talk
# keeps at most 1 % of the confidence for any entry (was up to 30 %); 0.65 answers
# 83.6 % with 7 wrong; at 0.5, "how old are you" gets 23 % for the definition of a child.
_MEANING_TOP: Final = 2
# The sentence encoder's language: only questions in it get similarity in meaning.
MEANING_LANGUAGE: Final = "en"
_MEANING_SCALE: Final = 0.089
_MEANING_BASELINE: Final = 0.6
_MEANING_DECISION_SCALE: Final = 0.64
_MEANING_WEIGHT: Final = 1.5

# HearMe answers when the best match gets at least this share of the confidence and
# leads the runner-up by this much; otherwise it asks "did you mean…" with the
# candidates. Chosen on the tuning set eval/dev/rights.*.yml (docs/rights.md). Was
# 0.4 before character n-grams across words (2026-11-29), which spread the confidence
# more thinly: 0.3 gives back the fallback of before on dev (17.7 / 16.3 / 16.3 % asked
# back, was 15.6 / 16.3 / 16.3 %) at the same precision (99.1 / 100 / 99.2 %) and no
# small talk answered; the margin makes no difference between 0.05 and 0.15.
CONFIDENT_SCORE: Final = 0.3
CONFIDENT_MARGIN: Final = 0.1
# An entry is offered as "did you mean…" only if its document is at least this similar
# to the question (cosine): small talk ("what's the capital of Australia") gets none.
# Was 0.06 before character n-grams across words (2026-11-29), whose cosines are
# lower: on dev, 0.045 offers buttons for as much small talk as before (3 / 5 / 2 of
# 15, was 2 / 5 / 3) and the right is among the buttons of 92 / 100 / 91 % of the
# questions asked back (was 82 / 100 / 87 %); 0.06 would leave 26–36 % with none.
CANDIDATE_SIMILARITY: Final = 0.045


@dataclass(frozen=True)
class Match:
    """A candidate right for a question.

    Attributes:
        right: the entry.
        score: its share of the confidence (0–1) among all entries and "none of
            them"; the shares of one question sum to at most 1. For ordering and
            thresholds only.
    """

    right: Right
    score: float


class RightsIndex:
    """Ranks rights for a question, in any supported language.

    Every text is normalised (text-speak, accents, case) and described by TF-IDF
    features: character 3–5-grams, robust to typos and missing accents (across word
    boundaries, so that they also see short word pairs: "no school", "my phone"),
    plus words and word pairs at 0.7 of their weight. Two kinds of evidence are added
    up:

    - similarity to each entry's document: titles and keywords (counted twice),
      texts and examples in every language, the phrasings of the FAQ questions it
      answers first and any ``extra`` texts;
    - a linear classifier (one class per entry) trained on the short texts: every
      title, keyword, example, FAQ phrasing (full weight for the first entry its
      question lists, less for the others) and ``extra`` text.

    For a question the index reads as English, two more from sentence vectors
    (:class:`_Meaning`): similarity in meaning to the entry's English short texts, and
    a linear classifier over those vectors; they find entries a question shares few
    words with.

    The documents cope with words the FAQ never used; the classifier learns which
    words tell close entries apart. A softmax over the entries and "none of them"
    turns the evidence into each entry's share of the confidence (:attr:`Match.score`).
    """

    def __init__(
        self,
        rights: Sequence[Right],
        extra: Mapping[str, Iterable[str]] = {},
        faq: Iterable[FaqQuestion] = (),
    ) -> None:
        """Args:
        rights: the knowledge base.
        extra: more texts per entry id (e.g. example questions), taught like the
            phrasings of an FAQ question that lists the entry first.
        faq: FAQ questions; their phrasings teach the entries they list.
        """
        self.rights = tuple(rights)
        faq = tuple(faq)
        self._normalise = load_lexicons().normaliser
        corpus = _Corpus(self._normalise)
        position = {right.id: i for i, right in enumerate(self.rights)}
        for i, right in enumerate(self.rights):
            for language in LANGUAGES:
                text = right.text(language)
                for about in (text.title, *text.keywords):
                    # Titles and keywords say what the entry is about: count them twice.
                    corpus.add(about, i, in_document=2.0, taught=1.0)
                for example in text.examples:
                    corpus.add(example, i, in_document=1.0, taught=1.0)
                for long_text in (text.younger, text.older):
                    corpus.add(long_text, i, in_document=1.0, taught=0.0)
            for phrasing in extra.get(right.id, ()):
                corpus.add(phrasing, i, in_document=1.0, taught=1.0)
        for question in faq:
            answers = [position[r] for r in question.rights if r in position]
            for phrasings in question.phrasings.values():
                for phrasing in phrasings:
                    for rank, i in enumerate(answers):
                        if rank == 0:
                            corpus.add(phrasing, i, in_document=1.0, taught=1.0)
                        else:
                            corpus.add(phrasing, i, in_document=0.0, taught=_SECONDARY_WEIGHT)
        self._features = _Features(corpus.texts, corpus.documents(len(self.rights)))
        self._language = _Language.build(self._features, self._normalise, self.rights, faq)
        self._meaning = _Meaning.build(self.rights, extra, faq, position)
        self._documents = self._features.documents.tocsc()
        self._weights: np.ndarray | None = None
        self._intercepts = np.zeros(len(self.rights))
        rows, labels, weights = corpus.taught()
        classifier = LinearSVC(C=_CLASSIFIER_C, tol=1e-2, max_iter=2000, random_state=0)
        examples = self._features.texts[rows]
        learned = _per_entry(classifier, examples, labels, len(self.rights), weights)
        if learned is not None:
            self._weights, self._intercepts = learned

    def state(self) -> dict[str, Any]:
        """What was learned, for :meth:`from_state` (picklable; no knowledge texts)."""
        return {
            "ids": [right.id for right in self.rights],
            "features": self._features,
            "documents": self._documents,
            "weights": self._weights,
            "intercepts": self._intercepts,
            "language": self._language,
            "meaning": self._meaning,
        }

    @classmethod
    def from_state(cls, rights: Sequence[Right], state: Mapping[str, Any]) -> RightsIndex:
        """An index from :meth:`state`, over the same entries in the same order.

        Raises:
            ValueError: the entries are not the ones the state was built over.
        """
        if list(state["ids"]) != [right.id for right in rights]:
            raise ValueError("the rights index state was built over other entries")
        index = cls.__new__(cls)
        index.rights = tuple(rights)
        index._normalise = load_lexicons().normaliser
        index._features = state["features"]
        index._documents = state["documents"]
        index._weights = state["weights"]
        index._intercepts = state["intercepts"]
        index._language = state["language"]
        index._meaning = state["meaning"]
        return index

    def scores(self, question: str) -> np.ndarray:
        """Every entry's share of the confidence for ``question`` (see
        :attr:`Match.score`), in :attr:`rights` order."""
        return self._shares(self._evidence(question)[1])

    def search(self, question: str, top: int = 3) -> list[Match]:
        """The ``top`` best entries for ``question``, best first."""
        scores = self.scores(question)
        order = np.argsort(-scores, kind="stable")[:top]
        return [Match(self.rights[i], float(scores[i])) for i in order]

    def candidates(self, question: str, top: int = 3) -> list[Match]:
        """Among the ``top`` best entries, those whose document is similar enough to
        the question to offer as "did you mean…" (none for small talk)."""
        similarity, evidence = self._evidence(question)
        scores = self._shares(evidence)
        order = np.argsort(-scores, kind="stable")[:top]
        return [
            Match(self.rights[i], float(scores[i]))
            for i in order
            if similarity[i] >= CANDIDATE_SIMILARITY
        ]

    def _evidence(self, question: str) -> tuple[np.ndarray, np.ndarray]:
        """Per entry: the document similarity, and the evidence (see the constants)."""
        query = self._query(question)
        similarity, decisions = self._scored(query)
        evidence = similarity / _SIMILARITY_SCALE + decisions / _DECISION_SCALE
        if self._language.of(query) == MEANING_LANGUAGE:
            evidence = evidence + self._meaning.evidence(question)
        return similarity, evidence

    def language_of(self, question: str) -> str:
        """The language ``question`` is written in, as far as the index can tell."""
        return self._language.of(self._query(question))

    def _query(self, question: str) -> Any:
        """The question's features (a 1-row matrix)."""
        return self._features.transform(self._normalise(question))

    def _parts(self, question: str) -> tuple[np.ndarray, np.ndarray]:
        """Per entry: the document similarity and the classifier's decision (0 when
        there is no classifier), before they are scaled and added."""
        return self._scored(self._query(question))

    def _scored(self, query: Any) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`_parts` from the question's features."""
        # Only the question's features matter: pick their columns (much faster than
        # multiplying whole matrices).
        columns, values = query.indices, query.data
        similarity = np.asarray(self._documents[:, columns] @ values)
        if self._weights is None:
            return similarity, np.zeros(len(self.rights))
        return similarity, self._weights[:, columns] @ values + self._intercepts

    @staticmethod
    def _shares(evidence: np.ndarray) -> np.ndarray:
        # A softmax over the entries and "none of them" (fixed evidence), so that a
        # question about nothing in the index gives every entry a small share.
        logits = np.append(evidence, _NONE_EVIDENCE)
        shares = np.exp(logits - logits.max())
        return np.asarray(shares[:-1] / shares.sum())


def _per_entry(
    classifier: LinearSVC,
    examples: Any,
    labels: Sequence[int],
    entries: int,
    weights: Sequence[float] | None = None,
) -> tuple[np.ndarray, np.ndarray] | None:
    """Weights (entries × features) and intercepts of ``classifier`` trained one vs.
    rest with one class per entry, in order; None when some entry teaches nothing or
    there are too few entries for one class each."""
    if not len(set(labels)) == entries > 2:  # noqa: PLR2004 - one vs. rest
        return None
    classifier.fit(examples, labels, sample_weight=weights)
    return np.asarray(classifier.coef_), np.asarray(classifier.intercept_)


class _Meaning:
    """Similarity in meaning (:mod:`bot.semantic`) between an English question and the
    English short texts of each entry: title, keywords, examples and the phrasings of
    the FAQ questions that list it first. An entry's similarity is the mean of its
    ``_MEANING_TOP`` closest texts, so one odd phrasing does not decide; a linear
    classifier over the texts' vectors adds which directions of meaning tell close
    entries apart.

    The encoder was trained on English: on the tuning sets its similarities added
    English questions but cost French and Spanish ones (docs/rights.md), so other
    languages get none."""

    def __init__(
        self, vectors: np.ndarray, rows: np.ndarray, classifier: tuple[np.ndarray, np.ndarray]
    ) -> None:
        """Args:
        vectors: one unit vector per text.
        rows: entries × texts per entry, the row in ``vectors`` of each of an entry's
            texts, padded with -1 (a similarity of -1).
        classifier: weights (entries × dimensions) and intercepts of a linear
            classifier over the vectors (zeros when there are too few entries).
        """
        self._vectors = vectors
        self._rows = rows
        self._weights, self._intercepts = classifier

    @classmethod
    def build(
        cls,
        rights: Sequence[Right],
        extra: Mapping[str, Iterable[str]],
        faq: Iterable[FaqQuestion],
        position: Mapping[str, int],
    ) -> _Meaning:
        texts: dict[tuple[str, int], None] = {}  # (text, entry), in order, no repeats
        for i, right in enumerate(rights):
            text = right.text(MEANING_LANGUAGE)
            for short in (text.title, ", ".join(text.keywords), *text.examples):
                texts[(short, i)] = None
            for phrasing in extra.get(right.id, ()):
                texts[(phrasing, i)] = None
        for question in faq:
            first = position.get(question.rights[0]) if question.rights else None
            if first is None:
                continue
            for phrasing in question.phrasings.get(MEANING_LANGUAGE, ()):
                texts[(phrasing, first)] = None
        pairs = list(texts)
        vectors = semantic.encoder().encode([text for text, _ in pairs])
        per_entry: list[list[int]] = [[] for _ in rights]
        for row, (_, entry) in enumerate(pairs):
            per_entry[entry].append(row)
        width = max(_MEANING_TOP, *(len(rows) for rows in per_entry))
        rows = np.full((len(rights), width), -1, dtype=np.int64)
        for entry, entry_rows in enumerate(per_entry):
            rows[entry, : len(entry_rows)] = entry_rows
        classifier = LinearSVC(C=1.0, max_iter=5000, random_state=0)
        learned = _per_entry(classifier, vectors, [entry for _, entry in pairs], len(rights))
        if learned is None:
            learned = (np.zeros((len(rights), vectors.shape[1])), np.zeros(len(rights)))
        return cls(vectors, rows, learned)

    def similarity(self, question: str) -> np.ndarray:
        """Per entry, the mean cosine of the question and the entry's closest texts."""
        cosines = self._vectors @ semantic.vector(question)
        # The last value stands for padding (row -1).
        per_entry = np.append(cosines, np.float32(-1.0))[self._rows]
        closest = np.partition(per_entry, per_entry.shape[1] - _MEANING_TOP, axis=1)
        return np.asarray(closest[:, -_MEANING_TOP:].mean(axis=1), dtype=float)

    def decisions(self, question: str) -> np.ndarray:
        """Per entry, the decision of the linear classifier over the vectors."""
        return np.asarray(self._weights @ semantic.vector(question) + self._intercepts)

    def evidence(self, question: str) -> np.ndarray:
        """The similarity and the decisions as evidence (see the constants)."""
        similarity = (self.similarity(question) - _MEANING_BASELINE) / _MEANING_SCALE
        return similarity * _MEANING_WEIGHT + self.decisions(question) / _MEANING_DECISION_SCALE


class _Language:
    """Which of the languages a question is written in: a linear classifier over the
    index's features, taught by every text of the knowledge base and the FAQ in its
    language."""

    def __init__(self, weights: np.ndarray, intercepts: np.ndarray) -> None:
        self._weights = weights
        self._intercepts = intercepts

    @classmethod
    def build(
        cls,
        features: _Features,
        normalise: Callable[[str], str],
        rights: Sequence[Right],
        faq: Iterable[FaqQuestion],
    ) -> _Language:
        texts: dict[str, int] = {}  # normalised text -> language; shared texts dropped
        shared: set[str] = set()

        def add(text: str, language: int) -> None:
            key = normalise(text)
            if texts.setdefault(key, language) != language:
                shared.add(key)

        for number, language in enumerate(LANGUAGES):
            for right in rights:
                text = right.text(language)
                for one in (text.title, *text.keywords, *text.examples):
                    add(one, number)
                for long_text in (text.younger, text.older):
                    add(long_text, number)
            for question in faq:
                for phrasing in question.phrasings.get(language, ()):
                    add(phrasing, number)
        kept = [text for text in texts if text not in shared]
        classifier = LinearSVC(C=1.0, tol=1e-2, max_iter=2000, random_state=0)
        classifier.fit(features.transform_many(kept), [texts[text] for text in kept])
        return cls(np.asarray(classifier.coef_), np.asarray(classifier.intercept_))

    def of(self, query: Any) -> str:
        """The language of a question, from its features (:meth:`_Features.transform`)."""
        columns, values = query.indices, query.data
        scores = self._weights[:, columns] @ values + self._intercepts
        return LANGUAGES[int(np.argmax(scores))]


class _Corpus:
    """The index's texts, each normalised once, and what each teaches which entry."""

    def __init__(self, normalise: Callable[[str], str]) -> None:
        self._normalise = normalise
        self._rows: dict[str, int] = {}
        self._in_documents: dict[tuple[int, int], float] = {}
        self._taught: dict[tuple[int, int], float] = {}

    @property
    def texts(self) -> list[str]:
        return list(self._rows)

    def add(self, text: str, entry: int, in_document: float, taught: float) -> None:
        """``text`` counts ``in_document`` times in ``entry``'s document and teaches
        the classifier ``entry`` with weight ``taught`` (the largest weight wins)."""
        row = self._rows.setdefault(self._normalise(text), len(self._rows))
        key = (entry, row)
        if in_document:
            self._in_documents[key] = self._in_documents.get(key, 0.0) + in_document
        if taught:
            self._taught[key] = max(self._taught.get(key, 0.0), taught)

    def documents(self, entries: int) -> Any:
        """entries × texts: how often each text counts in each entry's document."""
        keys = list(self._in_documents)
        return sparse.csr_matrix(
            (list(self._in_documents.values()), ([e for e, _ in keys], [r for _, r in keys])),
            shape=(entries, len(self._rows)),
        )

    def taught(self) -> tuple[list[int], list[int], list[float]]:
        """Training examples for the classifier: text rows, entries and weights."""
        return (
            [row for _, row in self._taught],
            [entry for entry, _ in self._taught],
            list(self._taught.values()),
        )


class _Features:
    """TF-IDF features (sublinear term frequency, IDF over the entry documents) of
    normalised texts, the entry documents and questions; rows have unit length."""

    def __init__(self, texts: Sequence[str], documents: Any) -> None:
        """Args:
        texts: every distinct normalised text.
        documents: entries × texts, how often each text counts in each document.
        """
        self._blocks: list[tuple[CountVectorizer, np.ndarray, float]] = []
        text_counts, document_counts = [], []
        for counter, weight in self._counters():
            counts, in_documents = self._count(counter, texts, documents)
            frequency = np.bincount(in_documents.indices, minlength=counts.shape[1])
            idf = np.log((1 + documents.shape[0]) / (1 + frequency)) + 1
            self._blocks.append((counter, idf, weight))
            text_counts.append(counts)
            document_counts.append(in_documents)
        self.texts = self._weigh(text_counts)
        self.documents = self._weigh(document_counts)

    @staticmethod
    def _counters() -> list[tuple[CountVectorizer, float]]:
        """The feature blocks and their weights (``bench/rights_study.py`` tries others)."""
        return [
            # Across word boundaries ("char", not "char_wb"): chosen on 2026-11-29
            # (bench/rights_study.py "char-3-5"): top-1 on the unread tuning set dev2
            # 96.3 / 93.1 / 97.5 -> 96.9 / 94.4 / 98.8 % (en / fr / es, +5 questions,
            # no language lower), dev 95.7 / 100 / 97.9 -> 97.2 / 99.3 / 97.2 % (same
            # number of questions), FAQ cross-validation 73.0 -> 73.5 %.
            (CountVectorizer(analyzer="char", ngram_range=(3, 5)), 1.0),
            (
                CountVectorizer(
                    analyzer="word",
                    ngram_range=(1, 2),
                    token_pattern=r"(?u)\b\w\w+\b",  # noqa: S106 - a regex
                ),
                _WORD_WEIGHT,
            ),
        ]

    def _count(self, counter: CountVectorizer, texts: Sequence[str], documents: Any) -> Any:
        """One block's counts: per text, and per entry document (``documents`` × them)."""
        counts = counter.fit_transform(texts).tocsr()
        in_documents = (documents @ counts).tocsr()
        in_documents.eliminate_zeros()
        return counts, in_documents

    def transform(self, text: str) -> Any:
        """The features of one normalised text (a 1-row matrix)."""
        return self.transform_many([text])

    def transform_many(self, texts: Sequence[str]) -> Any:
        """The features of normalised texts (a row each)."""
        return self._weigh([counter.transform(texts) for counter, _, _ in self._blocks])

    def _weigh(self, counts: Sequence[Any]) -> Any:
        blocks = []
        for block, (_, idf, weight) in zip(counts, self._blocks, strict=True):
            tfidf = block.astype(float).tocsr()
            tfidf.data = (1.0 + np.log(tfidf.data)) * idf[tfidf.indices]
            blocks.append(normalize(tfidf, copy=False) * weight)
        return normalize(sparse.hstack(blocks, format="csr"), copy=False)


def is_confident(matches: Sequence[Match]) -> bool:
    """Whether the best match is clear enough to answer without asking."""
    if not matches or matches[0].score < CONFIDENT_SCORE:
        return False
    return len(matches) < 2 or matches[0].score - matches[1].score >= CONFIDENT_MARGIN


def candidates(question: str, top: int = 3) -> list[Right]:
    """The "did you mean…" buttons for ``question``: at most ``top`` entries, best
    first — the article it names, if any, then the best matches whose document is
    similar enough (:meth:`RightsIndex.candidates`). Empty for small talk."""
    found = [m.right for m in index().candidates(question, top=top)]
    named = article_asked(question)
    first = right_by_id(named)
    if first is not None:
        found = [first, *(r for r in found if r.id != first.id)]
    return found[:top]


_ARTICLE_RE: Final = re.compile(r"\b(?:article|art|articulo)\.? ?(\d{1,2})\b")


def article_asked(question: str) -> str | None:
    """The entry id of an article named in the question ("article 12", "artículo 31")."""
    match = _ARTICLE_RE.search(load_lexicons().normaliser(question))
    if match is None:
        return None
    number = int(match.group(1))
    if 1 <= number <= 42:
        return f"crc-{number}"
    if 43 <= number <= 54:
        return GROUP
    return None


@lru_cache(maxsize=1)
def rights() -> tuple[Right, ...]:
    """The knowledge base, loaded once per process."""
    return load_rights()


def right_by_id(entry_id: str | None) -> Right | None:
    """The entry with this id (``crc-16``), or None for an unknown one."""
    return next((r for r in rights() if r.id == entry_id), None)


_INDEX_LOCK: Final = threading.Lock()


def index() -> RightsIndex:
    """The retrieval index over :func:`rights` and the FAQ, once per process: read from
    the on-disk cache when the knowledge has not changed (:func:`index_cache_path`),
    else built (several seconds of CPU) and written there. Thread-safe: the action
    server warms it in the background at start (``actions/rights.py``)."""
    with _INDEX_LOCK:
        return _index()


@lru_cache(maxsize=1)
def _index() -> RightsIndex:
    path = index_cache_path()
    read: RightsIndex | None = None
    try:
        read = RightsIndex.from_state(rights(), joblib.load(path))
    except FileNotFoundError:
        pass
    except Exception:  # noqa: BLE001 - a damaged or incompatible cache is rebuilt
        logger.warning("rights index cache %s unreadable; rebuilding it", path)
    if read is not None:
        # Load the sentence encoder now too (about a second, once), under the index's
        # lock: not while the first English question waits, nor twice at once.
        semantic.encoder()
        return read
    built = RightsIndex(rights(), faq=load_faqs())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        joblib.dump(built.state(), partial)
        os.replace(partial, path)
        # Older versions of the index (~70 MB each) are of no further use.
        for old in path.parent.glob("index-*.joblib"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as error:  # a read-only home: serve from memory only
        logger.warning("rights index not cached (%s)", error)
    return built


def index_cache_path() -> Path:
    """Where the built index is kept: ``$HEARME_RIGHTS_CACHE`` or
    ``~/.cache/hearme/rights``, in a file named by a hash of everything that shapes
    the index (the knowledge and FAQ files, this module, the normaliser and its
    text-speak map, the sentence encoder's module (which names its model's digests),
    and the scikit-learn and NumPy versions)."""
    default = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "hearme" / "rights"
    directory = Path(os.environ.get("HEARME_RIGHTS_CACHE", default))
    digest = hashlib.sha256()
    files = [*DEFAULT_DIRECTORY.glob("*.yml"), *FAQ_DIRECTORY.glob("*.yml")]
    modules = [Path(__file__), Path(normalise_module.__file__), Path(semantic.__file__)]
    for path in [*sorted(files), *modules]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    textspeak = sorted(load_lexicons().normaliser.textspeak.items())
    digest.update(json.dumps(textspeak).encode())
    digest.update(f"{sklearn.__version__} {np.__version__}".encode())
    return directory / f"index-{digest.hexdigest()[:16]}.joblib"


# The right a disclosing question is most likely about ("my dad hits me, is that
# allowed?"), by safeguarding category: used after the safety response when the index
# alone is not confident. Suicide/self-harm and immediate danger have none: after such
# a disclosure HearMe gives help, not a rights lesson. Child marriage: the Committee
# reads it as a harmful practice under Article 24(3) (and Article 19).
RIGHT_FOR_CATEGORY: Final[Mapping[str, str]] = MappingProxyType(
    {
        "abuse_neglect": "crc-19",
        "sexual_abuse": "crc-34",
        "online_sexual_exploitation": "crc-34",
        "csam_seen": "opsc",
        "bullying": "crc-19",
        "child_marriage": "crc-24",
        "trafficking": "crc-35",
        "child_labour": "crc-32",
    }
)


def right_for_disclosure(question: str, category: str) -> Right | None:
    """The right to add after the safety response to a disclosing question: none after
    suicide/self-harm or immediate danger; else the index's confident answer, else the
    category's right when the index ranks it first."""
    entry_id = RIGHT_FOR_CATEGORY.get(category)
    if entry_id is None:
        return None
    found = find_right(question)
    if found is not None:
        return found
    best = index().search(question, top=1)
    return best[0].right if best and best[0].right.id == entry_id else None
