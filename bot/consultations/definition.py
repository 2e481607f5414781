"""A consultation definition: what an organisation asks, of whom, when, and what it promises.

An organisation writes one YAML file per consultation (``consultations/examples/`` has
two; ``docs/consultations.md`` describes every field). :func:`load_consultation` reads
it into frozen dataclasses and refuses a file with any problem, listing every problem
with file, line and field, e.g.::

    school.yml:41: questions[3].show_if.question: 'likes_school' is a later question

The same validator reads a definition stored as JSON in the database
(:func:`consultation_from_dict`), and :meth:`Consultation.to_dict` writes that JSON, so
what was validated is what is stored.

Every sentence a child reads (title, intro, consent, questions, options, thank-you…) is
in the file in every language of :data:`bot.names.LANGUAGES`: none lives in Python.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, TypeVar

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot.age import AGE_BANDS
from bot.helplines import INTERNATIONAL, load_helplines
from bot.names import DEFAULT_LANGUAGE, LANGUAGES
from bot.problems import DataFileError, NodeReader, Problem, line_of

QUESTION_TYPES: Final = ("single", "multiple", "scale", "yes_no", "text", "number")
"""Every question type, see :class:`Question`."""

YES_NO_VALUES: Final = ("yes", "no")
"""The answer values of a ``yes_no`` question."""

SCALE_VALUES: Final = ("1", "2", "3", "4", "5")
"""The answer values of a ``scale`` question, low to high."""

PREFER_NOT_TO_SAY: Final = "prefer_not_to_say"
"""The answer value stored when a child picks "prefer not to say" (a reserved option id;
the button's words live in the Rasa domain, not here)."""


def _in(texts: Mapping[str, str], language: str) -> str:
    return texts.get(language) or texts[DEFAULT_LANGUAGE]


def _utc_text(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Option:
    """One option of a ``single`` or ``multiple`` question.

    Attributes:
        id: Stable identifier, stored as the answer (``lower_snake`` or ``kebab-case``).
        labels: The option's words per language (read-only), also its button label.
    """

    id: str
    labels: Mapping[str, str]

    def label(self, lang: str) -> str:
        """The label in ``lang``, or in the default language if ``lang`` is not supported."""
        return _in(self.labels, lang)


@dataclass(frozen=True)
class ShowIf:
    """Ask a question only if an earlier question was answered a certain way.

    Attributes:
        question: Id of an earlier ``single``, ``multiple``, ``scale`` or ``yes_no``
            question.
        any_of: Answer values that show the question: option ids, ``"yes"``/``"no"``,
            ``"1"``..``"5"`` (or :data:`PREFER_NOT_TO_SAY`). For a ``multiple``
            question, the question is shown if any picked option is one of them.
    """

    question: str
    any_of: tuple[str, ...]


@dataclass(frozen=True)
class Question:
    """One question.

    Attributes:
        id: Stable identifier, unique in the consultation.
        type: One of :data:`QUESTION_TYPES`.
        text: The question per language (read-only).
        required: False: the child may skip it.
        options: The options of a ``single`` or ``multiple`` question (else empty).
        max_picks: At most this many options of a ``multiple`` question (None: any).
        scale_labels: Per language, the words for 1 and for 5 of a ``scale`` question.
        minimum: Smallest answer of a ``number`` question.
        maximum: Largest answer of a ``number`` question.
        max_length: Longest answer, in characters, of a ``text`` question.
        prefer_not_to_say: Offer "prefer not to say" (stored as :data:`PREFER_NOT_TO_SAY`).
        show_if: Ask only when an earlier answer matches (None: always ask).
    """

    id: str
    type: str
    text: Mapping[str, str]
    required: bool = False
    options: tuple[Option, ...] = ()
    max_picks: int | None = None
    scale_labels: Mapping[str, tuple[str, str]] | None = None
    minimum: int | None = None
    maximum: int | None = None
    max_length: int | None = None
    prefer_not_to_say: bool = False
    show_if: ShowIf | None = None

    def text_in(self, lang: str) -> str:
        """The question in ``lang``, or in the default language if it is not supported."""
        return _in(self.text, lang)

    @property
    def choice_ids(self) -> tuple[str, ...]:
        """The answer values a child can pick: option ids, yes/no or 1..5 (empty for
        ``text`` and ``number``; :data:`PREFER_NOT_TO_SAY` is not included)."""
        if self.type in ("single", "multiple"):
            return tuple(option.id for option in self.options)
        if self.type == "yes_no":
            return YES_NO_VALUES
        if self.type == "scale":
            return SCALE_VALUES
        return ()

    def option(self, option_id: str) -> Option | None:
        """The option with ``option_id``, or None."""
        return next((o for o in self.options if o.id == option_id), None)


@dataclass(frozen=True)
class Audience:
    """Who may take part.

    Attributes:
        age_bands: Bands of :data:`bot.age.AGE_BANDS` that may take part.
        countries: ISO 3166-1 alpha-2 codes (upper case); empty: everywhere.
        languages: Languages the consultation is offered in.
    """

    age_bands: tuple[str, ...]
    countries: tuple[str, ...] = ()
    languages: tuple[str, ...] = LANGUAGES

    def admits(self, age_band: str | None, country: str | None, language: str | None) -> bool:
        """Whether a child of ``age_band`` in ``country`` speaking ``language`` may take
        part. An unknown age band is not admitted (ask it first); an unknown country is
        admitted only when the consultation is open everywhere."""
        if age_band not in self.age_bands:
            return False
        if language is None or language.strip().lower() not in self.languages:
            return False
        if not self.countries:
            return True
        return country is not None and country.strip().upper() in self.countries


@dataclass(frozen=True)
class Consultation:
    """One consultation, as validated by :func:`load_consultation`.

    Attributes:
        id: Stable identifier (``lower_snake`` or ``kebab-case``).
        version: The definition's revision (1, 2, …): answers are stored with it.
        organisation: Who asks, by name (shown to children, the same in every language).
        title: Per language, the consultation's name.
        intro: Per language, what it is about and how long it takes.
        consent: Per language, who reads the answers, what is published, how long they
            are kept and how to stop or delete them.
        thank_you: Per language, said after the last question.
        what_next: Per language, what the organisation will do with the views.
        audience: Who may take part.
        opens: When it opens (aware, UTC).
        closes: When it closes (aware, UTC), after ``opens``.
        retention_days: Days answers are kept after ``closes``.
        free_text_below_consent_age: Whether children below the deployment's age of
            digital consent are asked the ``text`` questions.
        questions: The questions, in the order they are asked.
    """

    id: str
    version: int
    organisation: str
    title: Mapping[str, str]
    intro: Mapping[str, str]
    consent: Mapping[str, str]
    thank_you: Mapping[str, str]
    what_next: Mapping[str, str]
    audience: Audience
    opens: datetime
    closes: datetime
    retention_days: int
    free_text_below_consent_age: bool
    questions: tuple[Question, ...]

    def question(self, question_id: str) -> Question | None:
        """The question with ``question_id``, or None."""
        return next((q for q in self.questions if q.id == question_id), None)

    def is_open(self, now: datetime) -> bool:
        """Whether ``now`` (timezone-aware) is in ``[opens, closes)``.

        Raises:
            ValueError: ``now`` has no timezone.
        """
        if now.tzinfo is None or now.utcoffset() is None:
            raise ValueError("now must be timezone-aware, e.g. datetime.now(timezone.utc)")
        return self.opens <= now < self.closes

    def visible_questions(
        self, answers: Mapping[str, object], *, free_text: bool = True
    ) -> list[Question]:
        """The questions to ask given the answers so far, in order (``show_if`` applied).

        A question whose ``show_if`` names a question that is itself hidden, or not
        answered yet, is hidden.

        Args:
            answers: Answers by question id: a value (``"yes"``, ``"3"``, ``3``, an
                option id) or, for ``multiple``, a collection of option ids.
            free_text: False leaves out the ``text`` questions (a child below the age of
                digital consent when ``free_text_below_consent_age`` is false).
        """
        shown: list[Question] = []
        shown_ids: set[str] = set()
        for question in self.questions:
            if question.type == "text" and not free_text:
                continue
            rule = question.show_if
            if rule is not None and (
                rule.question not in shown_ids
                or not set(answer_values(answers.get(rule.question))) & set(rule.any_of)
            ):
                continue
            shown.append(question)
            shown_ids.add(question.id)
        return shown

    def to_dict(self) -> dict[str, Any]:
        """The definition as JSON-serialisable data, in the file format
        (:func:`consultation_from_dict` reads it back to an equal consultation)."""
        return {
            "id": self.id,
            "version": self.version,
            "organisation": self.organisation,
            "title": dict(self.title),
            "intro": dict(self.intro),
            "consent": dict(self.consent),
            "thank_you": dict(self.thank_you),
            "what_next": dict(self.what_next),
            "audience": {
                "age_bands": list(self.audience.age_bands),
                "countries": list(self.audience.countries),
                "languages": list(self.audience.languages),
            },
            "opens": _utc_text(self.opens),
            "closes": _utc_text(self.closes),
            "retention_days": self.retention_days,
            "free_text_below_consent_age": self.free_text_below_consent_age,
            "questions": [_question_dict(question) for question in self.questions],
        }


def _question_dict(question: Question) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": question.id,
        "type": question.type,
        "text": dict(question.text),
        "required": question.required,
        "prefer_not_to_say": question.prefer_not_to_say,
    }
    if question.options:
        data["options"] = [{"id": o.id, "label": dict(o.labels)} for o in question.options]
    if question.max_picks is not None:
        data["max_picks"] = question.max_picks
    if question.scale_labels is not None:
        data["scale_labels"] = {
            end: {lang: pair[i] for lang, pair in question.scale_labels.items()}
            for i, end in enumerate(("low", "high"))
        }
    if question.minimum is not None:
        data["minimum"] = question.minimum
    if question.maximum is not None:
        data["maximum"] = question.maximum
    if question.max_length is not None:
        data["max_length"] = question.max_length
    if question.show_if is not None:
        data["show_if"] = {
            "question": question.show_if.question,
            "any_of": list(question.show_if.any_of),
        }
    return data


def answer_values(answer: object) -> tuple[str, ...]:
    """An answer as the values ``show_if`` compares: ``"yes"`` → ``("yes",)``, ``3`` →
    ``("3",)``, ``True`` → ``("yes",)``, ``["a", "b"]`` → ``("a", "b")``, None → ``()``."""
    if answer is None:
        return ()
    if isinstance(answer, bool):
        return (YES_NO_VALUES[0] if answer else YES_NO_VALUES[1],)
    if isinstance(answer, (str, int)):
        return (str(answer),)
    if isinstance(answer, Iterable):
        return tuple(value for item in answer for value in answer_values(item))
    return (str(answer),)


# ------------------------------------------------------------------------- errors


class ConsultationError(DataFileError):
    """A consultation definition is invalid; lists every problem with line and field."""

    subject = "consultation definition"


# ------------------------------------------------------------------------- limits

MAX_FILE_BYTES: Final = 1024 * 1024
"""A definition file is at most 1 MB (a real one is a few kB)."""
MAX_QUESTIONS: Final = 50
MAX_ID: Final = 64
MAX_TEXT: Final = 1000
"""Intro, consent, thank-you and what-next texts, per language."""
MAX_TITLE: Final = 120
MAX_ORGANISATION: Final = 120
MAX_QUESTION_TEXT: Final = 500
MAX_OPTION_LABEL: Final = 80
"""Option labels are buttons: short enough to read on a phone."""
MAX_SCALE_LABEL: Final = 40
OPTIONS_PER_QUESTION: Final = (2, 12)
TEXT_MAX_LENGTH: Final = (1, 2000)
DEFAULT_TEXT_MAX_LENGTH: Final = 500
RETENTION_DAYS: Final = (1, 3650)
NUMBER_LIMIT: Final = 1_000_000
"""``minimum`` and ``maximum`` of a number question are within ±this."""

ID_PATTERN: Final = re.compile(r"^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$")
"""Ids: lower_snake_case or kebab-case, starting with a letter."""

# The fields of each part of the file: (required, optional).
CONSULTATION_FIELDS: Final = (
    (
        "id",
        "version",
        "organisation",
        "title",
        "intro",
        "consent",
        "thank_you",
        "what_next",
        "audience",
        "opens",
        "closes",
        "retention_days",
        "questions",
    ),
    ("free_text_below_consent_age",),
)
AUDIENCE_FIELDS: Final = (("age_bands",), ("countries", "languages"))
QUESTION_FIELDS: Final = (
    ("id", "type", "text"),
    (
        "required",
        "prefer_not_to_say",
        "show_if",
        "options",
        "max_picks",
        "scale_labels",
        "minimum",
        "maximum",
        "max_length",
    ),
)
OPTION_FIELDS: Final = (("id", "label"), ())
SHOW_IF_FIELDS: Final = (("question", "any_of"), ())
SCALE_LABEL_FIELDS: Final = (("low", "high"), ())

# Which optional question fields each type requires (r) or allows (a); the others are
# refused for that type.
_TYPE_FIELDS: Final[Mapping[str, Mapping[str, str]]] = {
    "single": {"options": "r"},
    "multiple": {"options": "r", "max_picks": "a"},
    "scale": {"scale_labels": "r"},
    "yes_no": {},
    "text": {"max_length": "a"},
    "number": {"minimum": "r", "maximum": "r"},
}
_TYPE_FIELDS_ANY: Final = frozenset(key for rules in _TYPE_FIELDS.values() for key in rules)
_BRANCHABLE: Final = ("single", "multiple", "scale", "yes_no")

_BOOL_TAG: Final = "tag:yaml.org,2002:bool"
_INT_TAG: Final = "tag:yaml.org,2002:int"
_NULL_TAG: Final = "tag:yaml.org,2002:null"
_FILE: Final = "(file)"
_YAML: Final = "(yaml)"
_T = TypeVar("_T")


@lru_cache(maxsize=1)
def helpline_countries() -> frozenset[str]:
    """The country codes of ``knowledge/helplines.yml``: a consultation may only be
    offered where HearMe knows the helplines, because a child may need one mid-way."""
    return frozenset(code for code in load_helplines() if code != INTERNATIONAL)


# ------------------------------------------------------------------------- loader


@dataclass(frozen=True)
class _Declared:
    """What the branching checks need to know of a question, even an invalid one."""

    index: int
    type: str | None
    answers: tuple[str, ...] | None  # None: unknown (the question has other problems)
    node: Node


@dataclass(frozen=True)
class _Branch:
    index: int
    question_id: str
    target: str
    target_node: Node
    values: tuple[tuple[str, Node], ...]


class _Reader(NodeReader):
    """Walks a composed YAML node tree, collecting every problem instead of stopping."""

    def __init__(self, file: str) -> None:
        super().__init__(file)
        self.declared: dict[str, _Declared] = {}
        self.branches: list[_Branch] = []
        self.keys: dict[int, Node] = {}  # id(value node) -> its key node

    def problem(self, node: Node, field: str, message: str) -> None:
        """A problem with a list or mapping is reported on the line of its key (a block
        list starts on the line after ``options:``)."""
        if isinstance(node, (MappingNode, SequenceNode)):
            node = self.keys.get(id(node), node)
        super().problem(node, field, message)

    # -- building blocks

    def fields(
        self,
        node: Node,
        field: str,
        spec: tuple[tuple[str, ...], tuple[str, ...]],
        missing: str = "missing required field",
    ) -> dict[str, Node] | None:
        """The fields of a mapping with the ``spec`` (required, optional) keys. Missing
        required fields are reported (``missing``, with ``{key}``); the fields that are
        there are still returned."""
        required, optional = spec
        if not isinstance(node, MappingNode):
            self.problem(node, field or "(document)", "expected a mapping")
            return None
        allowed = (*required, *optional)
        fields: dict[str, Node] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value) if isinstance(key_node, ScalarNode) else "?"
            where = f"{field}.{key}" if field else key
            if key in fields:
                self.problem(key_node, where, f"duplicate key {key!r}")
            elif key not in allowed:
                self.problem(key_node, where, f"unknown field (expected {', '.join(allowed)})")
            else:
                fields[key] = value_node
                self.keys[id(value_node)] = key_node
        for key in required:
            if key not in fields:
                self.problem(node, f"{field}.{key}" if field else key, missing.format(key=key))
        return fields

    def scalar(self, node: Node, field: str) -> str | None:
        """A scalar's text as written: ``yes``, ``NO`` and ``3`` stay text, since ids,
        answer values and country codes are compared as written."""
        if not isinstance(node, ScalarNode) or node.tag == _NULL_TAG:
            self.problem(node, field, "expected a value")
            return None
        value = str(node.value).strip()
        if not value:
            self.problem(node, field, "must not be empty")
            return None
        return value

    def identifier(self, node: Node, field: str, seen: dict[str, int] | None = None) -> str | None:
        value = self.scalar(node, field)
        if value is None:
            return None
        if len(value) > MAX_ID or not ID_PATTERN.match(value):
            self.problem(
                node,
                field,
                f"{value!r} is not a valid id: use lower_snake_case or kebab-case, starting"
                f" with a letter, at most {MAX_ID} characters",
            )
            return None
        if seen is not None:
            if value in seen:
                self.problem(node, field, f"duplicate id {value!r} (first on line {seen[value]})")
                return None
            seen[value] = line_of(node)
        return value

    def words(self, node: Node, field: str, limit: int) -> str | None:
        """Text for people: spaces folded within lines, line breaks kept (at most one
        blank line in a row), at most ``limit`` characters."""
        if not isinstance(node, ScalarNode) or node.tag in (_BOOL_TAG, _NULL_TAG):
            self.problem(node, field, "expected text")
            return None
        lines = [" ".join(line.split()) for line in str(node.value).split("\n")]
        value = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
        if not value:
            self.problem(node, field, "must not be empty")
            return None
        if len(value) > limit:
            self.problem(node, field, f"is {len(value)} characters, at most {limit} allowed")
            return None
        return value

    def translated(self, node: Node, field: str, limit: int) -> Mapping[str, str] | None:
        """A text in every language of LANGUAGES."""
        if not isinstance(node, MappingNode):
            self.problem(
                node, field, f"expected the text in every language ({', '.join(LANGUAGES)})"
            )
            return None
        fields = self.fields(
            node,
            field,
            (LANGUAGES, ()),
            "missing the {key} text (every text a child reads is needed in"
            f" {', '.join(LANGUAGES)})",
        )
        if fields is None:
            return None
        texts = {lang: self.words(fields[lang], f"{field}.{lang}", limit) for lang in fields}
        if len(texts) != len(LANGUAGES) or any(text is None for text in texts.values()):
            return None
        return MappingProxyType({lang: str(texts[lang]) for lang in LANGUAGES})

    def integer(self, node: Node, field: str, low: int, high: int) -> int | None:
        if not isinstance(node, ScalarNode) or node.tag != _INT_TAG:
            self.problem(node, field, "expected a whole number")
            return None
        value = int(SafeConstructor().construct_yaml_int(node))
        if not low <= value <= high:
            self.problem(node, field, f"is {value}, expected {low} to {high}")
            return None
        return value

    def boolean(self, node: Node, field: str) -> bool | None:
        if not isinstance(node, ScalarNode) or node.tag != _BOOL_TAG:
            self.problem(node, field, "expected true or false")
            return None
        return bool(SafeConstructor().construct_yaml_bool(node))

    def moment(self, node: Node, field: str) -> datetime | None:
        """A date and time with a time zone, as UTC."""
        value = self.scalar(node, field)
        if value is None:
            return None
        example = "e.g. 2026-03-01T09:00:00Z (UTC) or 2026-03-01T10:00:00+01:00"
        try:
            moment = datetime.fromisoformat(re.sub(r"[Zz]$", "+00:00", value))
        except ValueError:
            self.problem(node, field, f"{value!r} is not a date and time ({example})")
            return None
        if moment.tzinfo is None or moment.utcoffset() is None:
            self.problem(node, field, f"{value!r} has no time zone ({example})")
            return None
        return moment.astimezone(timezone.utc)

    def items(
        self,
        node: Node,
        field: str,
        item: Callable[[Node, str], _T | None],
        count: tuple[int, int],
    ) -> tuple[_T, ...] | None:
        """The items of a list of ``count`` items; every bad item is reported."""
        if not isinstance(node, SequenceNode):
            self.problem(node, field, "expected a list")
            return None
        if not count[0] <= len(node.value) <= count[1]:
            if not node.value:
                self.problem(node, field, "must not be empty")
            else:
                self.problem(
                    node, field, f"has {len(node.value)} items, expected {count[0]} to {count[1]}"
                )
            return None
        values = [item(child, f"{field}[{i}]") for i, child in enumerate(node.value)]
        if any(value is None for value in values):
            return None
        return tuple(value for value in values if value is not None)

    def choice(self, node: Node, field: str, allowed: Sequence[str], what: str) -> str | None:
        value = self.scalar(node, field)
        if value is not None and value not in allowed:
            self.problem(
                node, field, f"{value!r} is not {what} (expected one of {', '.join(allowed)})"
            )
            return None
        return value

    def distinct(self, node: Node, field: str, values: tuple[str, ...] | None) -> bool:
        if values is None:
            return False
        doubles = sorted({v for v in values if values.count(v) > 1})
        if doubles:
            self.problem(node, field, f"lists {', '.join(doubles)} more than once")
        return not doubles

    # -- the document

    def consultation(self, root: Node) -> Consultation | None:
        fields = self.fields(root, "", CONSULTATION_FIELDS)
        if fields is None:
            return None

        def get(key: str, read: Callable[[Node, str], _T | None]) -> _T | None:
            return read(fields[key], key) if key in fields else None

        consultation_id = get("id", self.identifier)
        version = get("version", lambda n, f: self.integer(n, f, 1, 1_000_000))
        organisation = get("organisation", lambda n, f: self.words(n, f, MAX_ORGANISATION))
        title = get("title", lambda n, f: self.translated(n, f, MAX_TITLE))
        texts = {
            key: get(key, lambda n, f: self.translated(n, f, MAX_TEXT))
            for key in ("intro", "consent", "thank_you", "what_next")
        }
        audience = get("audience", self.audience)
        opens = get("opens", self.moment)
        closes = get("closes", self.moment)
        if opens is not None and closes is not None and closes <= opens:
            self.problem(
                fields["closes"],
                "closes",
                f"{_utc_text(closes)} is not after opens ({_utc_text(opens)})",
            )
        retention = get("retention_days", lambda n, f: self.integer(n, f, *RETENTION_DAYS))
        free_text = (
            get("free_text_below_consent_age", self.boolean)
            if "free_text_below_consent_age" in fields
            else False
        )
        seen: dict[str, int] = {}
        questions = get(
            "questions",
            lambda n, f: self.items(
                n, f, lambda q, qf: self.question(q, qf, seen), (1, MAX_QUESTIONS)
            ),
        )
        self.check_branches()
        if (
            self.problems
            or consultation_id is None
            or version is None
            or organisation is None
            or title is None
            or audience is None
            or opens is None
            or closes is None
            or retention is None
            or free_text is None
            or questions is None
            or any(text is None for text in texts.values())
        ):
            return None
        return Consultation(
            id=consultation_id,
            version=version,
            organisation=organisation,
            title=title,
            intro=_present(texts["intro"]),
            consent=_present(texts["consent"]),
            thank_you=_present(texts["thank_you"]),
            what_next=_present(texts["what_next"]),
            audience=audience,
            opens=opens,
            closes=closes,
            retention_days=retention,
            free_text_below_consent_age=free_text,
            questions=questions,
        )

    def audience(self, node: Node, field: str) -> Audience | None:
        fields = self.fields(node, field, AUDIENCE_FIELDS)
        if fields is None or "age_bands" not in fields:
            return None
        bands = self.items(
            fields["age_bands"],
            f"{field}.age_bands",
            lambda n, f: self.choice(n, f, AGE_BANDS, "an age band"),
            (1, len(AGE_BANDS)),
        )
        ok = self.distinct(fields["age_bands"], f"{field}.age_bands", bands)
        countries: tuple[str, ...] | None = ()
        if "countries" in fields:
            node_countries = fields["countries"]
            if isinstance(node_countries, SequenceNode) and not node_countries.value:
                countries = ()  # [] = everywhere
            else:
                countries = self.items(node_countries, f"{field}.countries", self.country, (1, 300))
                ok = self.distinct(node_countries, f"{field}.countries", countries) and ok
        languages: tuple[str, ...] | None = LANGUAGES
        if "languages" in fields:
            languages = self.items(
                fields["languages"],
                f"{field}.languages",
                lambda n, f: self.choice(n, f, LANGUAGES, "a language HearMe speaks"),
                (1, len(LANGUAGES)),
            )
            ok = self.distinct(fields["languages"], f"{field}.languages", languages) and ok
        if not ok or bands is None or countries is None or languages is None:
            return None
        return Audience(age_bands=bands, countries=countries, languages=languages)

    def country(self, node: Node, field: str) -> str | None:
        value = self.scalar(node, field)
        if value is None:
            return None
        code = value.upper()
        if not re.fullmatch(r"[A-Z]{2}", code):
            self.problem(node, field, f"{value!r} is not a two-letter country code like GB")
            return None
        if code not in helpline_countries():
            self.problem(
                node,
                field,
                f"{value!r} is not a country in knowledge/helplines.yml (children are only"
                " asked where HearMe knows the helplines)",
            )
            return None
        return code

    def question(self, node: Node, field: str, seen: dict[str, int]) -> Question | None:
        index = int(field.rsplit("[", 1)[1].rstrip("]"))
        fields = self.fields(node, field, QUESTION_FIELDS)
        if fields is None:
            return None
        question_id = self.identifier(fields["id"], f"{field}.id", seen) if "id" in fields else None
        kind = (
            self.choice(fields["type"], f"{field}.type", QUESTION_TYPES, "a question type")
            if "type" in fields
            else None
        )
        text = (
            self.translated(fields["text"], f"{field}.text", MAX_QUESTION_TEXT)
            if "text" in fields
            else None
        )
        required = (
            self.boolean(fields["required"], f"{field}.required") if "required" in fields else False
        )
        prefer = (
            self.boolean(fields["prefer_not_to_say"], f"{field}.prefer_not_to_say")
            if "prefer_not_to_say" in fields
            else False
        )
        ok = kind is not None
        if kind is not None:
            rules = _TYPE_FIELDS[kind]
            for key in QUESTION_FIELDS[1]:
                if key in fields and key in _TYPE_FIELDS_ANY and key not in rules:
                    owners = " and ".join(t for t, r in _TYPE_FIELDS.items() if key in r)
                    self.problem(
                        fields[key],
                        f"{field}.{key}",
                        f"a {kind} question cannot have {key} (only {owners} questions do)",
                    )
                    ok = False
                if rules.get(key) == "r" and key not in fields:
                    self.problem(node, f"{field}.{key}", f"a {kind} question needs {key}")
                    ok = False
        options = self.options(fields, field) if kind in ("single", "multiple") else ()
        max_picks = None
        if kind == "multiple" and "max_picks" in fields and options:
            max_picks = self.integer(fields["max_picks"], f"{field}.max_picks", 1, len(options))
            ok = ok and max_picks is not None
        scale = (
            self.scale_labels(fields["scale_labels"], f"{field}.scale_labels")
            if kind == "scale" and "scale_labels" in fields
            else None
        )
        minimum = maximum = None
        if kind == "number" and "minimum" in fields and "maximum" in fields:
            minimum = self.integer(
                fields["minimum"], f"{field}.minimum", -NUMBER_LIMIT, NUMBER_LIMIT
            )
            maximum = self.integer(
                fields["maximum"], f"{field}.maximum", -NUMBER_LIMIT, NUMBER_LIMIT
            )
            if minimum is not None and maximum is not None and minimum >= maximum:
                self.problem(
                    fields["maximum"],
                    f"{field}.maximum",
                    f"is {maximum}, must be more than minimum ({minimum})",
                )
                ok = False
        max_length = None
        if kind == "text":
            max_length = (
                self.integer(fields["max_length"], f"{field}.max_length", *TEXT_MAX_LENGTH)
                if "max_length" in fields
                else DEFAULT_TEXT_MAX_LENGTH
            )
        show_if = (
            self.show_if(fields["show_if"], f"{field}.show_if", index, question_id)
            if "show_if" in fields
            else None
        )
        if question_id is not None:
            answers: tuple[str, ...] | None = None
            if kind in ("yes_no", "scale"):
                answers = YES_NO_VALUES if kind == "yes_no" else SCALE_VALUES
            elif options is not None and kind in ("single", "multiple"):
                answers = tuple(option.id for option in options)
            if answers is not None and prefer:
                answers = (*answers, PREFER_NOT_TO_SAY)
            self.declared[question_id] = _Declared(index, kind, answers, fields["id"])
        if (
            not ok
            or question_id is None
            or kind is None
            or text is None
            or required is None
            or prefer is None
            or options is None
            or (kind == "scale" and scale is None)
            or (kind == "number" and (minimum is None or maximum is None))
            or (kind == "text" and max_length is None)
            or ("show_if" in fields and show_if is None)
        ):
            return None
        return Question(
            id=question_id,
            type=kind,
            text=text,
            required=required,
            options=options,
            max_picks=max_picks,
            scale_labels=scale,
            minimum=minimum,
            maximum=maximum,
            max_length=max_length,
            prefer_not_to_say=prefer,
            show_if=show_if,
        )

    def options(self, fields: Mapping[str, Node], field: str) -> tuple[Option, ...] | None:
        if "options" not in fields:
            return None
        seen: dict[str, int] = {}
        options = self.items(
            fields["options"],
            f"{field}.options",
            lambda n, f: self.option(n, f, seen),
            OPTIONS_PER_QUESTION,
        )
        if options is None:
            return None
        for lang in LANGUAGES:
            labels = [" ".join(option.label(lang).casefold().split()) for option in options]
            doubles = sorted({label for label in labels if labels.count(label) > 1})
            if doubles:
                self.problem(
                    fields["options"],
                    f"{field}.options",
                    f"two options have the same {lang} label: {doubles[0]!r}",
                )
                return None
        return options

    def option(self, node: Node, field: str, seen: dict[str, int]) -> Option | None:
        fields = self.fields(node, field, OPTION_FIELDS)
        if fields is None:
            return None
        option_id = self.identifier(fields["id"], f"{field}.id", seen) if "id" in fields else None
        if option_id == PREFER_NOT_TO_SAY:
            self.problem(
                fields["id"],
                f"{field}.id",
                f"{PREFER_NOT_TO_SAY!r} is reserved: write prefer_not_to_say: true on the"
                " question instead",
            )
            option_id = None
        labels = (
            self.translated(fields["label"], f"{field}.label", MAX_OPTION_LABEL)
            if "label" in fields
            else None
        )
        if option_id is None or labels is None:
            return None
        return Option(id=option_id, labels=labels)

    def scale_labels(self, node: Node, field: str) -> Mapping[str, tuple[str, str]] | None:
        fields = self.fields(node, field, SCALE_LABEL_FIELDS)
        if fields is None:
            return None
        ends = [
            self.translated(fields[end], f"{field}.{end}", MAX_SCALE_LABEL)
            if end in fields
            else None
            for end in ("low", "high")
        ]
        low, high = ends
        if low is None or high is None:
            return None
        return MappingProxyType({lang: (low[lang], high[lang]) for lang in LANGUAGES})

    def show_if(self, node: Node, field: str, index: int, question_id: str | None) -> ShowIf | None:
        """The rule as written; whether it names an earlier question and its answers is
        checked once every question is read (:meth:`check_branches`)."""
        fields = self.fields(node, field, SHOW_IF_FIELDS)
        if fields is None or "question" not in fields or "any_of" not in fields:
            return None
        target = self.scalar(fields["question"], f"{field}.question")
        values_node = fields["any_of"]
        values = self.items(
            values_node, f"{field}.any_of", self.scalar, (1, OPTIONS_PER_QUESTION[1] + 1)
        )
        if target is None or values is None:
            return None
        if not self.distinct(values_node, f"{field}.any_of", values):
            return None
        if question_id is not None and isinstance(values_node, SequenceNode):
            self.branches.append(
                _Branch(
                    index,
                    question_id,
                    target,
                    fields["question"],
                    tuple(zip(values, values_node.value, strict=True)),
                )
            )
        return ShowIf(question=target, any_of=values)

    def check_branches(self) -> None:
        """Each ``show_if`` names an earlier question that can be branched on, and
        answers it has; and no chain of ``show_if`` loops back."""
        field_of = {b.question_id: f"questions[{b.index}].show_if" for b in self.branches}
        for branch in self.branches:
            field = field_of[branch.question_id]
            target = self.declared.get(branch.target)
            if branch.target == branch.question_id:
                self.problem(
                    branch.target_node, f"{field}.question", "a question cannot depend on itself"
                )
            elif target is None:
                self.problem(
                    branch.target_node,
                    f"{field}.question",
                    f"there is no question {branch.target!r}",
                )
            elif target.index > branch.index:
                self.problem(
                    branch.target_node,
                    f"{field}.question",
                    f"{branch.target!r} is a later question (line {line_of(target.node)}); a"
                    " question can only depend on an earlier one",
                )
            elif target.type is not None and target.type not in _BRANCHABLE:
                self.problem(
                    branch.target_node,
                    f"{field}.question",
                    f"{branch.target!r} is a {target.type} question; only"
                    f" {', '.join(_BRANCHABLE)} questions can be branched on",
                )
            elif target.answers is not None:
                for i, (value, node) in enumerate(branch.values):
                    if value not in target.answers:
                        self.problem(
                            node,
                            f"{field}.any_of[{i}]",
                            f"{value!r} is not an answer of {branch.target!r} (expected one"
                            f" of {', '.join(target.answers)})",
                        )
        # Each question depends on at most one other, so following the links from a
        # question either ends or comes back round.
        links = {b.question_id: b for b in self.branches}
        for start, branch in links.items():
            path = [start]
            current = branch.target
            while current in links and current not in path:
                path.append(current)
                current = links[current].target
            if current == start and len(path) > 1:
                self.problem(
                    branch.target_node,
                    f"{field_of[start]}.question",
                    f"cyclic branching: {' -> '.join([*path, start])}",
                )


def _present(value: _T | None) -> _T:
    assert value is not None  # checked by the caller
    return value


def _too_big(source: str, size: int) -> ConsultationError:
    return ConsultationError(
        [
            Problem(
                source,
                0,
                _FILE,
                f"is {size:,} bytes; a consultation definition is at most"
                f" {MAX_FILE_BYTES // 1024:,} kB (is this the right file?)",
            )
        ]
    )


def _compose(text: str, source: str) -> Node:
    """The YAML node tree of ``text`` (kept for line numbers), or a one-problem error
    that says where the YAML is broken."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.reader.ReaderError as e:
        line = text[: e.position].count("\n") + 1
        raise ConsultationError(
            [Problem(source, line, _YAML, f"contains a character YAML does not allow ({e.reason})")]
        ) from e
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = int(mark.line) + 1 if mark is not None else 0
        where = f", column {mark.column + 1}" if mark is not None else ""
        message = str(e.problem or e.context or "unreadable")
        if e.context and e.problem:
            message = f"{message} ({e.context}"
            if e.context_mark is not None and e.context_mark is not mark:
                message += f" on line {e.context_mark.line + 1}"
            message += ")"
        if "\\t" in message or "\t" in message:
            message += "; indent with spaces, not tabs"
        elif "flow" in message:
            message += '; inside { } or [ ], put text that has ? : , or # in "double quotes"'
        raise ConsultationError(
            [Problem(source, line, _YAML, f"not valid YAML{where}: {message}")]
        ) from e
    except yaml.YAMLError as e:
        raise ConsultationError([Problem(source, 0, _YAML, f"not valid YAML: {e}")]) from e
    if root is None:
        raise ConsultationError([Problem(source, 1, _FILE, "is empty")])
    return root


def parse_consultation(text: str, source: str = "<text>") -> Consultation:
    """Validates a consultation definition given as YAML text.

    Raises:
        ConsultationError: listing every problem with ``source``, line and field.
    """
    size = len(text.encode("utf-8", errors="replace"))
    if size > MAX_FILE_BYTES:
        raise _too_big(source, size)
    root = _compose(text, source)
    reader = _Reader(source)
    consultation = reader.consultation(root)
    if consultation is None or reader.problems:
        problems = sorted(dict.fromkeys(reader.problems), key=lambda p: p.line)
        raise ConsultationError(problems or [Problem(source, 0, _FILE, "is not valid")])
    return consultation


def load_consultation(path: Path) -> Consultation:
    """Reads and validates a consultation definition file (UTF-8 YAML, at most 1 MB).

    Raises:
        ConsultationError: listing every problem with file, line and field.
    """
    source = str(path)
    try:
        with Path(path).open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as e:
        raise ConsultationError([Problem(source, 0, _FILE, f"cannot read: {e.strerror}")]) from e
    if len(data) > MAX_FILE_BYTES:
        raise _too_big(source, Path(path).stat().st_size)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        raise ConsultationError(
            [
                Problem(
                    source,
                    line,
                    _FILE,
                    f"is not UTF-8 text (byte 0x{data[e.start]:02x} on this line): save it"
                    " as UTF-8 in your editor",
                )
            ]
        ) from e
    return parse_consultation(text, source)


def consultation_from_dict(
    data: Mapping[str, Any], source: str = "<stored definition>"
) -> Consultation:
    """Validates a definition stored as JSON (the output of :meth:`Consultation.to_dict`).

    The data goes through the same validator as a file; problem lines count in the data
    written out as YAML.

    Raises:
        ConsultationError: listing every problem.
    """
    if not isinstance(data, Mapping):
        raise ConsultationError([Problem(source, 0, _FILE, "expected a mapping")])
    try:
        text = yaml.safe_dump(dict(data), allow_unicode=True, sort_keys=False, width=1_000_000)
    except yaml.YAMLError as e:
        raise ConsultationError(
            [Problem(source, 0, _FILE, f"holds something that is not JSON data: {e}")]
        ) from e
    return parse_consultation(text, source)
