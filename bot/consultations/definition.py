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

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Final

from bot.names import DEFAULT_LANGUAGE, LANGUAGES
from bot.problems import DataFileError

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
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


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
        raise NotImplementedError


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


# ------------------------------------------------------------------------- loader


def parse_consultation(text: str, source: str = "<text>") -> Consultation:
    """Validates a consultation definition given as YAML text.

    Raises:
        ConsultationError: listing every problem with ``source``, line and field.
    """
    raise NotImplementedError


def load_consultation(path: Path) -> Consultation:
    """Reads and validates a consultation definition file (UTF-8 YAML, at most 1 MB).

    Raises:
        ConsultationError: listing every problem with file, line and field.
    """
    raise NotImplementedError


def consultation_from_dict(data: Mapping[str, Any]) -> Consultation:
    """Validates a definition stored as JSON (the output of :meth:`Consultation.to_dict`).

    Raises:
        ConsultationError: listing every problem (lines count in the data as YAML).
    """
    raise NotImplementedError
