"""Reading a child's typed reply in a consultation, and where the questions go next.

Pure functions, no Rasa and no database: ``actions/consultation.py`` hands them the
message and the validated :class:`~bot.consultations.definition.Consultation`, and
stores what they read through ``web/consultations/services.py``.

A child can tap a button or type, in English, French or Spanish:

* an option's words in any of the three languages ("a phone", "un téléphone", or just
  "phone"), or its number in the list ("2"); several for a "pick several" question
  ("1 and 3", "phone, computer");
* yes / no (oui, non, sí, no…), 1 to 5 (or the words of the scale's ends), a whole
  number (digits, or a number word up to twenty);
* "skip" / "passer" / "saltar", "back" / "retour" / "atrás", "stop" / "arrête" /
  "para", "done" / "c'est bon" / "listo", and "I'd rather not say" where the question
  offers it.

The command words below are vocabulary HearMe *reads*, never text it shows: every word a
child reads is in the domain or the consultation file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final, Literal

from bot.age import AGE_BANDS, age_band_from_text, band_for_age, normalise_age_band
from bot.consultations.definition import (
    PREFER_NOT_TO_SAY,
    SCALE_VALUES,
    Consultation,
    Question,
    answer_values,
)
from bot.language import fold
from bot.names import Intent

Kind = Literal["answer", "skip", "back", "stop", "done", "unclear", "aside"]
Problem = Literal["too_long", "out_of_range", "too_many", "not_whole"]


def normalise(text: str) -> str:
    """Lower case, no accents, apostrophes unified, punctuation as spaces, one space."""
    text = fold(text.replace("’", "'").replace("`", "'"))
    text = re.sub(r"[^\w'+\-]+", " ", text)
    text = re.sub(r"(?<!\w)['\-]|['\-](?!\w)", " ", text)
    return " ".join(text.split())


def _words(*phrases: str) -> frozenset[str]:
    return frozenset(normalise(p) for p in phrases)


SKIP_WORDS: Final = _words(
    "skip",
    "skip it",
    "skip this",
    "skip this one",
    "skip question",
    "pass",
    "next",
    "next question",
    "passer",
    "je passe",
    "passe",
    "suivant",
    "suivante",
    "question suivante",
    "saltar",
    "salta",
    "paso",
    "siguiente",
    "siguiente pregunta",
)
BACK_WORDS: Final = _words(
    "back",
    "go back",
    "previous",
    "previous question",
    "retour",
    "revenir",
    "precedent",
    "precedente",
    "question precedente",
    "atras",
    "volver",
    "anterior",
    "pregunta anterior",
)
STOP_WORDS: Final = _words(
    "stop",
    "stop it",
    "stop please",
    "quit",
    "exit",
    "i want to stop",
    "arrete",
    "arreter",
    "j'arrete",
    "je veux arreter",
    "stop svp",
    "para",
    "parar",
    "quiero parar",
    "basta",
    "salir",
)
DONE_WORDS: Final = _words(
    "done",
    "finished",
    "that's all",
    "thats all",
    "that's it",
    "c'est bon",
    "fini",
    "termine",
    "c'est tout",
    "listo",
    "ya esta",
    "eso es todo",
    "termine",
)
PREFER_NOT_WORDS: Final = _words(
    "i'd rather not say",
    "id rather not say",
    "rather not say",
    "prefer not to say",
    "i prefer not to say",
    "i don't want to say",
    "i dont want to say",
    "no comment",
    "je prefere ne pas dire",
    "je prefere ne pas repondre",
    "je ne veux pas dire",
    "je prefere pas",
    "prefiero no decirlo",
    "prefiero no decir",
    "prefiero no responder",
    "no quiero decirlo",
    "no quiero decir",
)
YES_WORDS: Final = _words(
    "yes",
    "y",
    "yeah",
    "yep",
    "yup",
    "ya",
    "yes please",
    "of course",
    "yea",
    "ye",
    "yh",
    "sure",
    "definitely",
    "absolutely",
    "oui",
    "ouais",
    "ouai",
    "ouep",
    "bien sur",
    "carrement",
    "si",
    "sip",
    "claro",
    "claro que si",
    "por supuesto",
)
NO_WORDS: Final = _words(
    "no",
    "n",
    "nope",
    "nah",
    "no way",
    "not really",
    "naw",
    "nop",
    "not at all",
    "definitely not",
    "non",
    "nan",
    "nn",
    "pas vraiment",
    "pas du tout",
    "pas trop",
    "no mucho",
    "para nada",
    "no realmente",
    "nel",
    "que va",
    "de ninguna manera",
)
AGREE_WORDS: Final = _words(
    "i agree",
    "agree",
    "yes",
    "y",
    "yeah",
    "yep",
    "ok",
    "okay",
    "sure",
    "let's go",
    "lets go",
    "let's start",
    "start",
    "yes i agree",
    "oui",
    "ouais",
    "j'accepte",
    "d'accord",
    "dac",
    "vas-y",
    "c'est parti",
    "ok",
    "si",
    "acepto",
    "vale",
    "de acuerdo",
    "claro",
    "dale",
    "empezar",
)
DECLINE_WORDS: Final = _words(
    "not now",
    "no",
    "nope",
    "no thanks",
    "no thank you",
    "maybe later",
    "later",
    "non",
    "pas maintenant",
    "non merci",
    "plus tard",
    "ahora no",
    "no gracias",
    "mas tarde",
)
ARTICLES: Final = frozenset(
    ("a", "an", "the", "my", "un", "une", "le", "la", "les", "l", "des", "du", "mon",
     "ma", "mes", "el", "los", "las", "uno", "una", "unos", "unas", "mi", "mis")
)  # fmt: skip
NUMBER_WORDS: Final = {
    **dict.fromkeys(("zero", "none", "zéro", "cero", "ninguno", "ninguna"), 0),
    **dict.fromkeys(("one", "un", "une", "uno", "una"), 1),
    **dict.fromkeys(("two", "deux", "dos"), 2),
    **dict.fromkeys(("three", "trois", "tres"), 3),
    **dict.fromkeys(("four", "quatre", "cuatro"), 4),
    **dict.fromkeys(("five", "cinq", "cinco"), 5),
    **dict.fromkeys(("six", "seis"), 6),
    **dict.fromkeys(("seven", "sept", "siete"), 7),
    **dict.fromkeys(("eight", "huit", "ocho"), 8),
    **dict.fromkeys(("nine", "neuf", "nueve"), 9),
    **dict.fromkeys(("ten", "dix", "diez"), 10),
    **dict.fromkeys(("eleven", "onze", "once"), 11),
    **dict.fromkeys(("twelve", "douze", "doce"), 12),
    **dict.fromkeys(("thirteen", "treize", "trece"), 13),
    **dict.fromkeys(("fourteen", "quatorze", "catorce"), 14),
    **dict.fromkeys(("fifteen", "quinze", "quince"), 15),
    **dict.fromkeys(("sixteen", "seize", "dieciseis"), 16),
    **dict.fromkeys(("seventeen", "dix-sept", "diecisiete"), 17),
    **dict.fromkeys(("eighteen", "dix-huit", "dieciocho"), 18),
    **dict.fromkeys(("nineteen", "dix-neuf", "diecinueve"), 19),
    **dict.fromkeys(("twenty", "vingt", "veinte"), 20),
}
_NUMBER_WORDS_PLAIN: Final = {normalise(k): v for k, v in NUMBER_WORDS.items()}
_SEPARATORS: Final = frozenset(("and", "et", "y", "e", "or", "ou", "o", "also", "aussi"))
_DECIMAL_RE: Final = re.compile(r"\d[.,]\d")
_INT_RE: Final = re.compile(r"(?<![\w.,])-?\d+(?:[.,]\d+)?(?![\w])")

STEPS_ASIDE: Final = frozenset(
    (
        Intent.HELP,
        Intent.GOODBYE,
        Intent.MENU_GET_HELP,
        Intent.MENU_RIGHTS,
        Intent.MENU_HAVE_SAY,
        Intent.CHOOSE_LANGUAGE,
        Intent.BOT_CHALLENGE,
        Intent.MY_DATA,
        Intent.FORGET,
        Intent.STOP_QUIZ,
        Intent.ONLINE_SAFETY_TIPS,
        Intent.ONLINE_SAFETY_QUIZ,
    )
)
"""Intents that are not an answer when the words match nothing (the form steps aside
and HearMe answers them; "stop" then ends the consultation, "help" shows the menu…)."""

SHORT_ASIDE_WORDS: Final = 4
"""A free-text answer steps aside for one of :data:`STEPS_ASIDE` only when it has at
most this many words ("help", "bye", "delete my data"): a sentence is an answer."""


@dataclass(frozen=True)
class Reading:
    """What a message says to the pending question.

    Attributes:
        kind: ``answer`` (see the values), ``skip``, ``back``, ``stop``, ``done`` (end a
            "pick several" question), ``unclear`` (ask again, with help), or ``aside``
            (not an answer at all: HearMe answers it elsewhere).
        choices: Option ids, ``"yes"``/``"no"``, ``"1"``..``"5"`` or
            :data:`PREFER_NOT_TO_SAY`, for choice questions.
        number: The number of a ``number`` question.
        text: The text of a ``text`` question (as typed; redacted when stored).
        problem: Why an answer cannot be taken as it is (``too_long``,
            ``out_of_range``, ``too_many``, ``not_whole``); the kind is then ``unclear``.
    """

    kind: Kind
    choices: tuple[str, ...] = ()
    number: int | None = None
    text: str | None = None
    problem: Problem | None = None


def command(text: str) -> Kind | None:
    """``skip``, ``back``, ``stop`` or ``done`` when the whole message is one of their
    words in any language, else None."""
    plain = normalise(text)
    for kind, words in (
        ("skip", SKIP_WORDS),
        ("back", BACK_WORDS),
        ("stop", STOP_WORDS),
        ("done", DONE_WORDS),
    ):
        if plain in words:
            return kind  # type: ignore[return-value]
    return None


def _strip_articles(plain: str) -> str:
    words = plain.split()
    while len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words)


def _contains(haystack: str, needle: str) -> bool:
    return bool(needle) and f" {needle} " in f" {haystack} "


def _numbers(plain: str) -> list[str]:
    return _INT_RE.findall(plain)


def _only_numbers(plain: str) -> list[int] | None:
    """The whole numbers of a message made only of numbers and separators ("1, 3 and
    4"), else None."""
    values: list[int] = []
    for word in plain.split():
        if word in _SEPARATORS:
            continue
        if re.fullmatch(r"\d+", word):
            values.append(int(word))
        elif word in _NUMBER_WORDS_PLAIN:
            values.append(_NUMBER_WORDS_PLAIN[word])
        else:
            return None
    return values or None


def option_matches(question: Question, text: str) -> list[str]:
    """Option ids whose words (in any language, with or without "a"/"un"/"el"…) or id
    the message says, in the question's order."""
    plain = normalise(text)
    bare = _strip_articles(plain)
    exact = [
        option.id
        for option in question.options
        if plain == normalise(option.id.replace("_", " ").replace("-", " "))
        or any(
            plain == normalise(label) or bare == _strip_articles(normalise(label))
            for label in option.labels.values()
        )
    ]
    if exact:
        return exact
    return [
        option.id
        for option in question.options
        if any(
            _contains(plain, _strip_articles(normalise(label)))
            for label in option.labels.values()
            if len(_strip_articles(normalise(label))) >= 3
        )
    ]


def _number_in(plain: str) -> tuple[int | None, bool]:
    """The one number a message gives, and whether it was whole."""
    found = _numbers(plain)
    if len(found) == 1:
        raw = found[0].replace(",", ".")
        if "." in raw:
            return None, False
        return int(raw), True
    if not found:
        words = [w for w in plain.split() if w in _NUMBER_WORDS_PLAIN]
        if len(words) == 1:
            return _NUMBER_WORDS_PLAIN[words[0]], True
    return None, True


def read_answer(
    question: Question,
    text: str,
    *,
    intent: str | None = None,
    extra_labels: Mapping[str, Iterable[str]] | None = None,
) -> Reading:
    """Reads a typed message as an answer to ``question``.

    Args:
        question: The pending question.
        text: The message as typed (a button's payload never comes here).
        intent: The intent NLU gave the message: one of :data:`STEPS_ASIDE` makes a
            message that matches nothing step aside instead of being unclear.
        extra_labels: More words per answer value, e.g. the domain's button labels
            ``{"yes": ["Yes", "Oui", "Sí"], "prefer_not_to_say": ["I'd rather not say"]}``.
    """
    plain = normalise(text)
    if not plain or text.lstrip().startswith("/"):
        return Reading("aside")
    said = command(text)
    if said is not None and not (said == "done" and question.type == "text"):
        return Reading(said)
    extra = {value: {normalise(w) for w in words} for value, words in (extra_labels or {}).items()}
    if question.prefer_not_to_say and (
        plain in PREFER_NOT_WORDS or plain in extra.get(PREFER_NOT_TO_SAY, set())
    ):
        return Reading("answer", choices=(PREFER_NOT_TO_SAY,))
    if (
        question.type == "text"
        and intent in STEPS_ASIDE
        and len(plain.split()) <= SHORT_ASIDE_WORDS
    ):
        return Reading("aside")
    reading = _read_value(question, text, plain, extra)
    if reading is not None:
        return reading
    if intent in STEPS_ASIDE:
        return Reading("aside")
    return Reading("unclear")


def _read_value(
    question: Question, text: str, plain: str, extra: Mapping[str, set[str]]
) -> Reading | None:
    kind = question.type
    if kind == "text":
        stripped = text.strip()
        if question.max_length is not None and len(stripped) > question.max_length:
            return Reading("unclear", problem="too_long")
        return Reading("answer", text=stripped)
    if kind == "number":
        value, whole = _number_in(plain)
        if _DECIMAL_RE.search(text):
            whole = False
        if not whole:
            return Reading("unclear", problem="not_whole")
        if value is None:
            return None
        low, high = question.minimum, question.maximum
        if (low is not None and value < low) or (high is not None and value > high):
            return Reading("unclear", problem="out_of_range")
        return Reading("answer", number=value)
    if kind == "yes_no":
        if plain in YES_WORDS or plain in extra.get("yes", set()):
            return Reading("answer", choices=("yes",))
        if plain in NO_WORDS or plain in extra.get("no", set()):
            return Reading("answer", choices=("no",))
        return None
    if kind == "scale":
        value, _ = _number_in(plain)
        if value is not None and str(value) in SCALE_VALUES and len(plain.split()) <= 3:
            return Reading("answer", choices=(str(value),))
        labels = question.scale_labels or {}
        for index, end in ((0, "1"), (1, "5")):
            if any(plain == normalise(pair[index]) for pair in labels.values()):
                return Reading("answer", choices=(end,))
        return None
    # single, multiple
    numbers = _only_numbers(plain)
    if numbers is not None:
        if all(1 <= n <= len(question.options) for n in numbers):
            picked = tuple(dict.fromkeys(question.options[n - 1].id for n in numbers))
            return _picked(question, picked)
        return Reading("unclear")
    matched = option_matches(question, text)
    if not matched:
        return None
    return _picked(question, tuple(matched))


def _picked(question: Question, picked: tuple[str, ...]) -> Reading:
    if question.type == "single" and len(picked) != 1:
        return Reading("unclear")
    if question.max_picks is not None and len(picked) > question.max_picks:
        return Reading("unclear", problem="too_many")
    return Reading("answer", choices=picked)


# ----------------------------------------------------------------- before the questions


def read_consent(text: str) -> bool | None:
    """True for "I agree" / "oui" / "vale"…, False for "not now" / "non" / "stop"…,
    else None."""
    plain = normalise(text)
    if plain in AGREE_WORDS:
        return True
    if plain in DECLINE_WORDS or plain in STOP_WORDS:
        return False
    return None


def read_age_band(text: str) -> str | None:
    """An age band from "14", "13-15", "13 to 15", "I'm 14", "j'ai 14 ans"…"""
    stripped = text.strip()
    band = normalise_age_band(stripped.replace(" ", ""))
    if band is not None:
        return band
    plain = normalise(stripped)
    match = re.fullmatch(
        r"(\d{1,2})\s*(?:-|to|a|au|y)?\s*(\d{1,2})?\s*(?:\+|ans|anos|years?)?", plain
    )
    if match:
        return band_for_age(int(match.group(1)))
    if plain.rstrip("+") == "18" or plain in ("18 +", "18 or over", "18 ou plus", "18 o mas"):
        return AGE_BANDS[-1]
    return age_band_from_text(text)


def read_index(text: str, titles: Sequence[Mapping[str, str]]) -> int | None:
    """Which of a list the message names: its number ("2") or its title in any
    language; None if unclear."""
    plain = normalise(text)
    numbers = _only_numbers(plain)
    if numbers is not None and len(numbers) == 1 and 1 <= numbers[0] <= len(titles):
        return numbers[0] - 1
    found = [
        i for i, title in enumerate(titles) if any(plain == normalise(t) for t in title.values())
    ]
    if len(found) == 1:
        return found[0]
    found = [
        i
        for i, title in enumerate(titles)
        if any(len(plain) >= 4 and _contains(normalise(t), plain) for t in title.values())
    ]
    return found[0] if len(found) == 1 else None


# --------------------------------------------------------------------------- /forget

_DELETE_STEMS: Final = (
    "delet", "eras", "forget", "forgot", "remov", "wipe", "get rid",
    "effac", "supprim", "oubli", "enlev",
    "borr", "elimin", "olvid", "quit",
)  # fmt: skip


def mentions_deleting(text: str) -> bool:
    """Whether a message speaks of deleting ("yes delete it", "oui efface tout", "sí,
    bórralo"): a bare "yes" that NLU took for a /forget confirmation does not."""
    plain = normalise(text)
    return any(f" {stem}" in f" {plain}" for stem in _DELETE_STEMS)


# ---------------------------------------------------------------------- where to go


def below_consent_age(age_band: str | None, consent_age: int) -> bool:
    """Whether a child of ``age_band`` is below the age of digital consent: the band's
    youngest age is under ``consent_age`` (13-15 is below any consent age over 13). An
    unknown band counts as below, which errs on the child's side."""
    lowest = {"8-12": 8, "13-15": 13, "16-17": 16, "18+": 18}.get(age_band or "")
    return lowest is None or lowest < consent_age


def collects_free_text(consultation: Consultation, below_consent: bool) -> bool:
    """Whether this child is asked the ``text`` questions."""
    return consultation.free_text_below_consent_age or not below_consent


def next_question(
    consultation: Consultation,
    answers: Mapping[str, object],
    current: str | None,
    *,
    free_text: bool,
) -> Question | None:
    """The question after ``current`` given the answers so far (``show_if`` applied),
    the first one when ``current`` is None, or None at the end.

    When ``current`` is no longer shown (an answer before it changed), the first shown
    question after it in the file is next.
    """
    shown = consultation.visible_questions(answers, free_text=free_text)
    if current is None:
        return shown[0] if shown else None
    order = [q.id for q in consultation.questions]
    position = order.index(current) if current in order else -1
    return next((q for q in shown if order.index(q.id) > position), None)


def previous_question(
    consultation: Consultation,
    answers: Mapping[str, object],
    current: str | None,
    *,
    free_text: bool,
) -> Question | None:
    """The shown question before ``current``, or None when it is the first."""
    shown = consultation.visible_questions(answers, free_text=free_text)
    order = [q.id for q in consultation.questions]
    if current not in order:
        return None
    position = order.index(current)
    earlier = [q for q in shown if order.index(q.id) < position]
    return earlier[-1] if earlier else None


def resume_question(
    consultation: Consultation,
    answers: Mapping[str, object],
    last_answered: str | None,
    *,
    free_text: bool,
) -> Question | None:
    """Where a child who stopped carries on: after the last question they answered."""
    return next_question(consultation, answers, last_answered or None, free_text=free_text)


def answer_texts(
    question: Question,
    value: object,
    language: str,
    labels: Mapping[str, str],
) -> list[str]:
    """An answer in the child's words: option labels (in the order the question
    shows them, not the store's), Yes/No, "3", a number or the text; ``labels`` gives
    the domain's words for ``yes``, ``no`` and :data:`PREFER_NOT_TO_SAY`."""
    if question.type == "text":
        return [str(value)] if value else []
    if question.type == "number":
        if isinstance(value, float) and value.is_integer():
            return [str(int(value))]
        return [str(value)] if value is not None else []
    order = {option.id: i for i, option in enumerate(question.options)}
    words = []
    for item in sorted(answer_values(value), key=lambda v: order.get(v, len(order))):
        option = question.option(item)
        if option is not None:
            words.append(option.label(language))
        else:
            words.append(labels.get(item, item))
    return words
