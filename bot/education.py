"""Online-safety education: the tips and the quiz, and the quiz's pure logic.

``knowledge/education/tips.yml`` holds the tip topics and ``knowledge/education/quiz.yml``
the quiz questions, in every language HearMe speaks. :func:`load_education` reads both
into frozen dataclasses and refuses a file with any problem, naming the file, the line and
the field (the YAML is composed into nodes so that line numbers and duplicate keys are
known), e.g.::

    knowledge/education/quiz.yml:31: questions[1].correct: 'd' is not one of the options (a, b, c)

The rest is pure logic the actions call: which option a typed answer means
(:func:`match_answer`), whether a message is an answer at all (:func:`read_answer`), the
score, and which tip topic a child asked for (:func:`match_topic`).

Typical use::

    from bot.education import education, match_answer

    quiz = education().quiz
    match_answer(quiz[0], "C")                                  # "c"
    match_answer(quiz[0], "tres palabras al azar")              # "c"
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from types import MappingProxyType
from typing import Final, TypeVar

from yaml.nodes import Node

from bot.names import DEFAULT_LANGUAGE, LANGUAGES, Intent
from bot.problems import DataFileError, NodeReader, compose_yaml, line_of, values_of

KNOWLEDGE_DIR: Final = Path(__file__).resolve().parent.parent / "knowledge" / "education"
TIPS_PATH: Final = KNOWLEDGE_DIR / "tips.yml"
QUIZ_PATH: Final = KNOWLEDGE_DIR / "quiz.yml"

LETTERS: Final = "abcd"
"""Option letters, in the order options are listed (so at most four options)."""

# Limits keep messages short for children and button labels readable on small screens.
MAX_TITLE: Final = 40
MAX_POINT: Final = 220
MAX_KEYWORD: Final = 40
MAX_QUESTION: Final = 200
MAX_OPTION: Final = 100
MAX_WHY: Final = 260
POINTS_PER_TOPIC: Final = (2, 4)
OPTIONS_PER_QUESTION: Final = (2, len(LETTERS))

_SUPPORTED_SCHEMA: Final = "1"
_ID_RE: Final = re.compile(r"^[a-z][a-z0-9_]*$")
_BOOL_TAG: Final = "tag:yaml.org,2002:bool"
_NULL_TAG: Final = "tag:yaml.org,2002:null"
_T = TypeVar("_T")

# Typed during the quiz, these intents mean the child wants something else, not to
# answer: the form steps aside and data/rules/education.yml (or the general rules)
# answer. Some end the quiz (stop, the main menu, get help, goodbye); the others are
# answered and the quiz asks its question again.
STEPS_ASIDE: Final = frozenset(
    {
        Intent.STOP_QUIZ,
        Intent.RESUME,
        Intent.HELP,
        Intent.GOODBYE,
        Intent.MENU_RIGHTS,
        Intent.MENU_GET_HELP,
        Intent.MENU_HAVE_SAY,
        Intent.CHOOSE_LANGUAGE,
        Intent.BOT_CHALLENGE,
        Intent.ONLINE_SAFETY_TIPS,
        Intent.ONLINE_SAFETY_QUIZ,
        Intent.NONTEXT_MESSAGE,
        Intent.INPUT_TOO_LONG,
        Intent.INPUT_UNREADABLE,
    }
)


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Translated:
    """One text in every supported language.

    Attributes:
        by_language: ``{"en": …, "fr": …, "es": …}`` (read-only).
    """

    by_language: Mapping[str, str]

    def __call__(self, language: str) -> str:
        """The text in ``language``, or in the default language if it is not supported."""
        return self.by_language.get(language) or self.by_language[DEFAULT_LANGUAGE]

    def all(self) -> tuple[str, ...]:
        """The text in every language."""
        return tuple(self.by_language.values())


@dataclass(frozen=True)
class TipTopic:
    """One online-safety topic.

    Attributes:
        id: Stable identifier used in button payloads (e.g. ``passwords``).
        title: The topic's name, also its button label.
        points: Per language, the 2-4 short tips shown under the title.
        keywords: Per language, folded words that ask for this topic when typed.
    """

    id: str
    title: Translated
    points: Mapping[str, tuple[str, ...]]
    keywords: Mapping[str, tuple[str, ...]]

    def text(self, language: str) -> str:
        """The tip message: the title, then one point per line."""
        points = self.points.get(language) or self.points[DEFAULT_LANGUAGE]
        return "\n".join([self.title(language), *(f"• {point}" for point in points)])


@dataclass(frozen=True)
class QuizQuestion:
    """One quiz question.

    Attributes:
        id: Stable identifier; the form's slot for it is ``quiz_<id>``.
        question: The question.
        options: The options, in the order of :data:`LETTERS`.
        correct: The letter of the best option.
        why: Said after every answer: why the best option is best.
    """

    id: str
    question: Translated
    options: tuple[Translated, ...]
    correct: str
    why: Translated

    @property
    def letters(self) -> str:
        """The letters of the options, e.g. ``"abc"``."""
        return LETTERS[: len(self.options)]

    def option(self, letter: str) -> Translated:
        """The option with ``letter``."""
        return self.options[self.letters.index(letter)]


@dataclass(frozen=True)
class Education:
    """Everything in ``knowledge/education/``.

    Attributes:
        topics: The tip topics, in the order they are offered.
        quiz: The quiz questions, in the order they are asked.
    """

    topics: tuple[TipTopic, ...]
    quiz: tuple[QuizQuestion, ...]

    def topic(self, topic_id: str | None) -> TipTopic | None:
        """The topic with ``topic_id``, or None."""
        return next((t for t in self.topics if t.id == topic_id), None)

    def next_topic(self, topic: TipTopic) -> TipTopic:
        """The topic after ``topic``, the first one after the last."""
        index = self.topics.index(topic)
        return self.topics[(index + 1) % len(self.topics)]

    def question(self, question_id: str | None) -> QuizQuestion | None:
        """The question with ``question_id``, or None."""
        return next((q for q in self.quiz if q.id == question_id), None)


# ------------------------------------------------------------------------- errors


class EducationDataError(DataFileError):
    """An education file is invalid; lists every problem found."""

    subject = "education data"


# ------------------------------------------------------------------------- loader


class _Reader(NodeReader):
    """Walks a composed YAML node tree, collecting problems instead of stopping."""

    def identifier(self, node: Node, field: str, seen: dict[str, int]) -> str | None:
        value = self.text(node, field, 40)
        if value is None:
            return None
        if not _ID_RE.match(value):
            self.problem(node, field, f"{value!r} must be lower case letters, digits and _")
            return None
        if value in seen:
            self.problem(node, field, f"duplicate id {value!r} (first on line {seen[value]})")
            return None
        seen[value] = line_of(node)
        return value

    def per_language(
        self, node: Node, field: str, parse: Callable[[Node, str], _T | None]
    ) -> dict[str, _T] | None:
        fields = self.mapping(node, field, LANGUAGES)
        if fields is None:
            return None
        values = {lang: parse(fields[lang], f"{field}.{lang}") for lang in LANGUAGES}
        if any(value is None for value in values.values()):
            return None
        return {lang: value for lang, value in values.items() if value is not None}

    def translated(self, node: Node, field: str, limit: int) -> Translated | None:
        texts = self.per_language(node, field, lambda n, f: self.text(n, f, limit))
        if texts is None:
            return None
        if not self.translations_differ(values_of(node), lambda lang: f"{field}.{lang}", texts):
            return None
        return Translated(MappingProxyType(texts))

    def translations_differ(
        self, nodes: Mapping[str, Node], field: Callable[[str], str], texts: Mapping[str, str]
    ) -> bool:
        """False (and a problem on the line of each) if a translation equals the default
        language's text: a forgotten translation."""
        same = [
            lang
            for lang in LANGUAGES
            if lang != DEFAULT_LANGUAGE and texts[lang] == texts[DEFAULT_LANGUAGE]
        ]
        for lang in same:
            self.problem(
                nodes[lang], field(lang), f"is the same as {DEFAULT_LANGUAGE}: translate it"
            )
        return not same

    # -- files

    def schema(self, fields: dict[str, Node]) -> bool:
        version = self.text(fields["schema_version"], "schema_version", 10)
        if version is not None and version != _SUPPORTED_SCHEMA:
            self.problem(
                fields["schema_version"],
                "schema_version",
                f"{version!r} is not supported (expected {_SUPPORTED_SCHEMA!r})",
            )
            return False
        return version is not None

    def topics(self, root: Node) -> tuple[TipTopic, ...] | None:
        fields = self.mapping(root, "", ("schema_version", "topics"))
        if fields is None or not self.schema(fields):
            return None
        seen: dict[str, int] = {}
        topics = self.sequence(fields["topics"], "topics", lambda n, f: self.topic(n, f, seen))
        if topics is None:
            return None
        owner: dict[str, str] = {}
        for topic, node in zip(topics, fields["topics"].value, strict=True):
            for keyword in {k for words in topic.keywords.values() for k in words}:
                if owner.setdefault(keyword, topic.id) != topic.id:
                    self.problem(
                        node,
                        f"topics.{topic.id}.keywords",
                        f"keyword {keyword!r} also belongs to topic {owner[keyword]!r}",
                    )
        return None if self.problems else topics

    def topic(self, node: Node, field: str, seen: dict[str, int]) -> TipTopic | None:
        fields = self.mapping(node, field, ("id", "title", "keywords", "points"))
        if fields is None:
            return None
        topic_id = self.identifier(fields["id"], f"{field}.id", seen)
        title = self.translated(fields["title"], f"{field}.title", MAX_TITLE)
        keywords = self.per_language(
            fields["keywords"],
            f"{field}.keywords",
            lambda n, f: self.sequence(n, f, lambda k, kf: self.keyword(k, kf)),
        )
        points = self.per_language(
            fields["points"],
            f"{field}.points",
            lambda n, f: self.sequence(
                n, f, lambda p, pf: self.text(p, pf, MAX_POINT), POINTS_PER_TOPIC
            ),
        )
        if points is not None:
            counts = {lang: len(values) for lang, values in points.items()}
            if len(set(counts.values())) > 1:
                self.problem(
                    fields["points"],
                    f"{field}.points",
                    f"languages have different numbers of points: {counts}",
                )
                points = None
            else:
                lists = values_of(fields["points"])
                differ = [
                    self.translations_differ(
                        {lang: lists[lang].value[i] for lang in LANGUAGES},
                        partial("{0}.points.{2}[{1}]".format, field, i),
                        {lang: points[lang][i] for lang in LANGUAGES},
                    )
                    for i in range(counts[DEFAULT_LANGUAGE])
                ]
                if not all(differ):
                    points = None
        if topic_id is None or title is None or keywords is None or points is None:
            return None
        return TipTopic(
            id=topic_id,
            title=title,
            points=MappingProxyType(points),
            keywords=MappingProxyType(keywords),
        )

    def keyword(self, node: Node, field: str) -> str | None:
        value = self.text(node, field, MAX_KEYWORD)
        if value is None:
            return None
        folded = normalise(value)
        if not folded:
            self.problem(node, field, f"{value!r} has no letters or digits")
            return None
        return folded

    def questions(self, root: Node) -> tuple[QuizQuestion, ...] | None:
        fields = self.mapping(root, "", ("schema_version", "questions"))
        if fields is None or not self.schema(fields):
            return None
        seen: dict[str, int] = {}
        questions = self.sequence(
            fields["questions"], "questions", lambda n, f: self.question(n, f, seen)
        )
        return None if self.problems else questions

    def question(self, node: Node, field: str, seen: dict[str, int]) -> QuizQuestion | None:
        fields = self.mapping(node, field, ("id", "question", "options", "correct", "why"))
        if fields is None:
            return None
        question_id = self.identifier(fields["id"], f"{field}.id", seen)
        question = self.translated(fields["question"], f"{field}.question", MAX_QUESTION)
        options = self.sequence(
            fields["options"],
            f"{field}.options",
            lambda n, f: self.translated(n, f, MAX_OPTION),
            OPTIONS_PER_QUESTION,
        )
        why = self.translated(fields["why"], f"{field}.why", MAX_WHY)
        correct = self.text(fields["correct"], f"{field}.correct", 1)
        if options is not None and correct is not None:
            letters = LETTERS[: len(options)]
            if correct not in letters:
                self.problem(
                    fields["correct"],
                    f"{field}.correct",
                    f"{correct!r} is not one of the options ({', '.join(letters)})",
                )
                correct = None
            for lang in LANGUAGES:
                labels = [normalise(option(lang)) for option in options]
                if len(set(labels)) != len(labels):
                    self.problem(
                        fields["options"], f"{field}.options", f"two options are the same in {lang}"
                    )
                    options = None
                    break
        if (
            question_id is None
            or question is None
            or options is None
            or why is None
            or correct is None
        ):
            return None
        return QuizQuestion(
            id=question_id, question=question, options=options, correct=correct, why=why
        )


def _compose(path: Path) -> Node:
    return compose_yaml(path, EducationDataError)


def load_tips(path: Path = TIPS_PATH) -> tuple[TipTopic, ...]:
    """Reads and validates a tips file.

    Raises:
        EducationDataError: listing every problem with file, line and field.
    """
    reader = _Reader(str(path))
    topics = reader.topics(_compose(path))
    if topics is None or reader.problems:
        raise EducationDataError(reader.problems)
    return topics


def load_quiz(path: Path = QUIZ_PATH) -> tuple[QuizQuestion, ...]:
    """Reads and validates a quiz file.

    Raises:
        EducationDataError: listing every problem with file, line and field.
    """
    reader = _Reader(str(path))
    questions = reader.questions(_compose(path))
    if questions is None or reader.problems:
        raise EducationDataError(reader.problems)
    return questions


def load_education(tips_path: Path = TIPS_PATH, quiz_path: Path = QUIZ_PATH) -> Education:
    """Reads and validates both education files.

    Raises:
        EducationDataError: listing every problem with file, line and field.
    """
    return Education(topics=load_tips(tips_path), quiz=load_quiz(quiz_path))


@lru_cache(maxsize=1)
def education() -> Education:
    """The repository's education data, loaded once on first use (never at import)."""
    return load_education()


# --------------------------------------------------------------------- quiz logic


def normalise(text: str) -> str:
    """Folds case and accents and keeps only words: "C) Très bien, don't!" → "c tres bien dont".

    Apostrophes join rather than split ("don't" → "dont", "j'en" → "jen"), because
    children often leave them out.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = re.sub(r"['’ʼ`]", "", plain)
    return " ".join(re.findall(r"[^\W_]+", plain))


# "b)", "B.", "2:" at the start of a longer answer.
_LEADING_KEY = re.compile(r"^\s*([a-z]|[1-9])\s*[).:-]", re.IGNORECASE)
# A phrase shorter than this ("no", "the") is too vague to pick an option by its words.
_MIN_PHRASE = 4
# Words this short ("i", "a", "to", "je", "no") say little about which option.
_MIN_WORD = 3
# Share of the child's words that must appear in the option they are matched to.
_MIN_SHARE = 0.6


def _key_letter(question: QuizQuestion, key: str) -> str | None:
    key = key.casefold()
    if key in question.letters:
        return key
    if key.isdigit() and 1 <= int(key) <= len(question.letters):
        return question.letters[int(key) - 1]
    return None


def _only(letters: Iterable[str]) -> str | None:
    found = set(letters)
    return found.pop() if len(found) == 1 else None


def match_answer(question: QuizQuestion, text: str) -> str | None:
    """The letter of the option a typed answer means, or None if it is unclear.

    Understood, ignoring case, accents and punctuation, in any supported language:

    1. the letter ("b", "B)") or number ("2") of an option;
    2. a phrase found in exactly one option ("don't pay", "tres palabras al azar"), or
       a whole option inside a longer message;
    3. most of the longer words of exactly one option ("i would tell an adult").

    Anything else, including a letter inside a sentence ("not b"), is unclear: better
    to ask again than to guess.
    """
    folded = normalise(text)
    if not folded:
        return None
    if " " not in folded and (letter := _key_letter(question, folded)):
        return letter
    leading = _LEADING_KEY.match(text)
    if leading and (letter := _key_letter(question, leading.group(1))):
        return letter

    labels = [
        (letter, f" {normalise(label)} ")
        for letter, option in zip(question.letters, question.options, strict=True)
        for label in option.all()
    ]
    padded = f" {folded} "
    if len(folded) >= _MIN_PHRASE:
        letter = _only(letter for letter, label in labels if padded in label)
        letter = letter or _only(letter for letter, label in labels if label in padded)
        if letter:
            return letter

    words = {word for word in folded.split() if len(word) >= _MIN_WORD}
    if len(words) < 2:
        return None
    overlap = {
        letter: max(len(words & set(label.split())) for other, label in labels if other == letter)
        for letter in question.letters
    }
    best = max(overlap.values())
    leaders = [letter for letter, count in overlap.items() if count == best]
    if len(leaders) == 1 and best >= 2 and best / len(words) >= _MIN_SHARE:
        return leaders[0]
    return None


@dataclass(frozen=True)
class Reading:
    """What a message sent while a quiz question is pending means.

    Attributes:
        for_quiz: False when the child wants something else (another button, "stop", the
            menu…): the quiz steps aside and the rest of HearMe answers.
        letter: The option chosen, or None when the message was meant as an answer but
            matches no option (the child is asked again, kindly).
    """

    for_quiz: bool
    letter: str | None = None


def read_answer(
    question: QuizQuestion,
    *,
    text: str,
    intent: str | None,
    payload_question: str | None = None,
    payload_option: str | None = None,
) -> Reading:
    """Decides whether a message answers ``question``, and with which option.

    Args:
        question: The question being asked.
        text: The message as sent (a button sends its payload, e.g. ``/resume``).
        intent: The intent NLU gave the message.
        payload_question: The ``quiz_question`` entity of an answer button, if any.
        payload_option: The ``quiz_option`` entity of an answer button, if any.
    """
    if intent == Intent.QUIZ_ANSWER:
        if payload_question != question.id:
            # A button of an earlier question, pressed again: ask this one again.
            return Reading(for_quiz=True)
        letter = payload_option if payload_option and payload_option in question.letters else None
        return Reading(for_quiz=True, letter=letter)
    if text.lstrip().startswith("/"):
        # Any other button (go back, stop, the menu, a language…) is never an answer.
        return Reading(for_quiz=False)
    letter = match_answer(question, text)
    if letter is not None:
        return Reading(for_quiz=True, letter=letter)
    if intent in STEPS_ASIDE:
        return Reading(for_quiz=False)
    return Reading(for_quiz=True)


def score(questions: Sequence[QuizQuestion], answers: Mapping[str, str | None]) -> int:
    """How many questions were answered with their best option.

    Args:
        questions: The quiz.
        answers: The letter chosen, by question id (missing or None: not answered).
    """
    return sum(1 for q in questions if answers.get(q.id) == q.correct)


def match_topic(topics: Sequence[TipTopic], text: str) -> TipTopic | None:
    """The one topic whose keywords appear in ``text`` (in any language), else None."""
    padded = f" {normalise(text)} "
    found = [
        topic
        for topic in topics
        if any(f" {keyword} " in padded for words in topic.keywords.values() for keyword in words)
    ]
    return found[0] if len(found) == 1 else None
