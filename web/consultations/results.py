"""Consultation results: counts, percentages and number summaries with small groups hidden.

Results count **complete** responses only (a child who stopped half-way never sent
their answers). For each question they give, overall and by age band, country and
language: the number of children who answered (``n``) and, for single, multiple, scale
and yes/no questions, how many picked each option (with the percentage of ``n``); for
number questions the median and quartiles; for free-text questions only how many
answered. Missing age bands, countries or languages are a group of their own
(``unknown``) so that every breakdown adds up to the overall numbers.

Every number that describes fewer than ``k`` children (``HEARME_MIN_GROUP_SIZE``,
default 5) is hidden, and so are enough other numbers that a hidden one cannot be
worked out by subtraction (:mod:`web.consultations.suppression`). Hidden numbers are
``null`` with ``"suppressed": true`` in JSON and ``suppressed`` in CSV and text. The
two kinds of hidden number (too small, or hidden to protect a small one) look the
same on purpose: telling them apart would give away bounds that can pin a small number.

The suppression is decided once for everything published together (all questions,
overall and all three breakdowns), whatever part is shown, so two views of the same
results never hide different cells.

:func:`tabulate` is pure (counts in, results out); :func:`compute_results` reads the
counts from the database with three grouped, index-only queries.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from django.conf import settings
from django.db.models import Count
from django.utils import timezone

from bot.age import AGE_BANDS
from bot.consultations.definition import PREFER_NOT_TO_SAY, SCALE_VALUES
from bot.consultations.definition import Question as QuestionSpec
from bot.names import LANGUAGES
from web.consultations.models import (
    Answer,
    AnswerChoice,
    Consultation,
    Moderation,
    Question,
    Response,
    ResponseStatus,
    as_dict,
)
from web.consultations.suppression import Key, Table, suppress

DIMENSIONS: Final = ("age_band", "country", "language")
UNKNOWN: Final = "unknown"
SUPPRESSED: Final = "suppressed"
CHOICE_TYPES: Final = ("single", "multiple", "scale", "yes_no")
# One answer value per child: the option counts of a group add up to its ``n``.
SINGLE_VALUED: Final = ("single", "scale", "yes_no")

LEGEND: Final = (
    "Numbers of fewer than {k} children are hidden, and so are some larger ones, so that a "
    "hidden number cannot be worked out by subtraction from the totals. Both are shown as "
    "'suppressed' (null in JSON)."
)

Cell = tuple[str, str, str]  # (age_band, country, language)


@dataclass(frozen=True)
class QuestionInfo:
    """What results need to know of a question.

    Attributes:
        key: The question id.
        type: The question type.
        options: Answer values in display order (choice questions), "prefer not to say" last.
        required: A child who is shown it must answer it.
        always: Every complete response answers it (required, no ``show_if``, not text).
        show_if: ``(earlier question, answer values)`` that show it, or None.
        text: The question per language.
        labels: Option labels per option id and language.
    """

    key: str
    type: str
    options: tuple[str, ...] = ()
    required: bool = False
    always: bool = False
    show_if: tuple[str, tuple[str, ...]] | None = None
    text: Mapping[str, str] = field(default_factory=dict)
    labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    @classmethod
    def from_spec(cls, question: QuestionSpec) -> QuestionInfo:
        options = question.choice_ids + ((PREFER_NOT_TO_SAY,) if question.prefer_not_to_say else ())
        labels: dict[str, Mapping[str, str]] = {o.id: dict(o.labels) for o in question.options}
        if question.type == "scale" and question.scale_labels:
            low = {lang: pair[0] for lang, pair in question.scale_labels.items()}
            high = {lang: pair[1] for lang, pair in question.scale_labels.items()}
            labels[SCALE_VALUES[0]], labels[SCALE_VALUES[-1]] = low, high
        return cls(
            key=question.id,
            type=question.type,
            options=options,
            required=question.required,
            always=question.required and question.show_if is None and question.type != "text",
            show_if=(
                (question.show_if.question, question.show_if.any_of) if question.show_if else None
            ),
            text=dict(question.text),
            labels=labels,
        )


@dataclass
class Counts:
    """Counts of complete responses, by ``(age_band, country, language)`` cell.

    Attributes:
        respondents: Complete responses per cell.
        answers: Answers per ``(question, *cell)``.
        choices: Picks per ``(question, option, *cell)``.
        numbers: Per number question, answers per ``(value, *cell)``.
    """

    respondents: Counter[Cell] = field(default_factory=Counter)
    answers: Counter[tuple[str, str, str, str]] = field(default_factory=Counter)
    choices: Counter[tuple[str, str, str, str, str]] = field(default_factory=Counter)
    numbers: dict[str, Counter[tuple[float, str, str, str]]] = field(default_factory=dict)


def _group_order(dimension: str, values: Iterable[str]) -> list[str]:
    present = set(values)
    known: list[str]
    if dimension == "age_band":
        known = [band for band in AGE_BANDS if band in present]
    elif dimension == "language":
        known = [code for code in LANGUAGES if code in present]
    else:
        known = sorted(v for v in present if v != UNKNOWN)
    others = sorted(v for v in present if v not in known and v != UNKNOWN)
    return known + others + ([UNKNOWN] if UNKNOWN in present else [])


def _cell(age_band: str, country: str, language: str) -> Cell:
    return (age_band or UNKNOWN, country or UNKNOWN, language or UNKNOWN)


def quantile(counts: Mapping[float, int], p: float) -> float | None:
    """The ``p`` quantile of values given with their counts (linear interpolation
    between order statistics, like ``numpy.quantile``'s default)."""
    total = sum(counts.values())
    if total == 0:
        return None
    position = p * (total - 1)
    below = int(position)
    fraction = position - below
    seen = 0
    lower = upper = None
    for value in sorted(counts):
        seen += counts[value]
        if lower is None and seen > below:
            lower = value
        if seen > below + 1 or (seen > below and fraction == 0):
            upper = value
            break
    if lower is None:
        return None
    if upper is None:
        upper = lower
    return lower + (upper - lower) * fraction


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def tabulate(questions: Sequence[QuestionInfo], counts: Counts, k: int) -> dict[str, Any]:
    """Results for ``questions`` from ``counts`` with every group and count of fewer
    than ``k`` children hidden, and complementary cells hidden (module docstring).

    Returns:
        ``{"min_group_size", "legend", "respondents", "groups", "questions"}``; each
        question has ``overall`` and ``by`` (per dimension, a list of groups).
    """
    answers_by: dict[str, Counter[Cell]] = {q.key: Counter() for q in questions}
    for (qkey, *cell), value in counts.answers.items():
        answers_by.setdefault(qkey, Counter())[_cell(*cell)] += value
    choices_by: dict[tuple[str, str], Counter[Cell]] = {}
    for (qkey, option, *cell), value in counts.choices.items():
        choices_by.setdefault((qkey, option), Counter())[_cell(*cell)] += value
    all_cells = {_cell(*c) for c in counts.respondents}
    all_cells.update(cell for per_cell in answers_by.values() for cell in per_cell)
    groups = {
        dim: _group_order(dim, (cell[i] for cell in all_cells)) for i, dim in enumerate(DIMENSIONS)
    }
    scopes: list[tuple[str, ...]] = [()] + [(d, g) for d in DIMENSIONS for g in groups[d]]

    def marginal(source: Mapping[Cell, int]) -> dict[tuple[str, ...], int]:
        """Overall ``()`` and per ``(dimension, group)`` sums of a per-cell count."""
        out = dict.fromkeys(scopes, 0)
        for cell, value in source.items():
            out[()] += value
            for i, dim in enumerate(DIMENSIONS):
                out[(dim, cell[i])] += value
        return out

    def cell_scopes(cell: Cell) -> list[tuple[str, ...]]:
        return [(), *((dim, cell[i]) for i, dim in enumerate(DIMENSIONS))]

    table = Table(k)
    respondents_by = marginal(Counter({_cell(*c): v for c, v in counts.respondents.items()}))
    table.cell(("R",), respondents_by[()])
    n_by = {q.key: marginal(answers_by[q.key]) for q in questions}
    choice_by = {
        (q.key, option): marginal(choices_by.get((q.key, option), Counter()))
        for q in questions
        for option in q.options
    }
    numbers_by: dict[str, dict[tuple[str, ...], Counter[float]]] = {}
    for qkey, values_per_cell in counts.numbers.items():
        per_scope: dict[tuple[str, ...], Counter[float]] = {}
        for (number, *cell), count in values_per_cell.items():
            for scope in cell_scopes(_cell(*cell)):
                per_scope.setdefault(scope, Counter())[number] += count
        numbers_by[qkey] = per_scope

    # The n of a question every complete response answers is the respondents count:
    # one shared cell, so hiding it in one question hides it in all.
    def n_key(q: QuestionInfo, scope: tuple[str, ...]) -> Key:
        if q.always and n_by[q.key] == respondents_by:
            return ("R", *scope)
        return ("n", q.key, *scope)

    by_key = {q.key: q for q in questions}
    for q in questions:
        grouped = q.type != "text"  # free text: overall count only
        q_scopes = scopes if grouped else [()]
        for scope in q_scopes:
            table.cell(n_key(q, scope), n_by[q.key][scope])
            for option in q.options:
                table.cell(("c", q.key, option, *scope), choice_by[(q.key, option)][scope])
        if grouped:
            for dim in DIMENSIONS:
                members = [n_key(q, (dim, g)) for g in groups[dim]]
                table.line(n_key(q, ()), members)
                for option in q.options:
                    table.line(
                        ("c", q.key, option),
                        [("c", q.key, option, dim, g) for g in groups[dim]],
                    )
        if q.type in SINGLE_VALUED:
            for scope in q_scopes:
                table.line(n_key(q, scope), [("c", q.key, o, *scope) for o in q.options])
        if q.show_if is not None:
            parent = by_key.get(q.show_if[0])
            values = q.show_if[1]
            # Children shown this question = children who gave one of these answers
            # (for a multiple question only when a single answer shows it); all of
            # them answer it if it is required (free text: not below the consent age).
            if parent is not None and (parent.type in SINGLE_VALUED or len(values) == 1):
                exact = q.required and q.type != "text"
                for scope in q_scopes:
                    members = [("c", parent.key, v, *scope) for v in values if v in parent.options]
                    table.line(n_key(q, scope), members, exact=exact)
    if any(isinstance(key, tuple) and key[:1] == ("R",) and len(key) == 3 for key in table.values):
        for dim in DIMENSIONS:
            table.line(("R",), [("R", dim, g) for g in groups[dim]])

    hidden = suppress(table)

    def shown(key: Key) -> int | None:
        return None if key in hidden else table.values[key]

    def block(q: QuestionInfo, scope: tuple[str, ...]) -> dict[str, Any]:
        n = shown(n_key(q, scope))
        out: dict[str, Any] = {"n": n}
        if n is None:
            out["suppressed"] = True
        if q.type in CHOICE_TYPES:
            rows = []
            for option in q.options:
                count = None if n is None else shown(("c", q.key, option, *scope))
                row: dict[str, Any] = {"option": option, "count": count}
                row["percent"] = None if count is None or not n else round(100 * count / n, 1)
                if count is None:
                    row["suppressed"] = True
                rows.append(row)
            out["counts"] = rows
        elif q.type == "number":
            values = numbers_by.get(q.key, {}).get(scope, Counter()) if n else Counter()
            out["median"] = _rounded(quantile(values, 0.5)) if n else None
            out["q1"] = _rounded(quantile(values, 0.25)) if n else None
            out["q3"] = _rounded(quantile(values, 0.75)) if n else None
        return out

    rendered = []
    for q in questions:
        entry: dict[str, Any] = {"id": q.key, "type": q.type, "text": dict(q.text)}
        if q.type in CHOICE_TYPES:
            entry["options"] = [
                {"id": option, "label": dict(q.labels.get(option, {}))} for option in q.options
            ]
        entry["overall"] = block(q, ())
        entry["by"] = (
            {}
            if q.type == "text"
            else {
                dim: [{"group": g, **block(q, (dim, g))} for g in groups[dim]] for dim in DIMENSIONS
            }
        )
        rendered.append(entry)

    total = shown(("R",))
    return {
        "min_group_size": k,
        "legend": LEGEND.format(k=k),
        "respondents": total,
        "groups": groups,
        "questions": rendered,
    }


# --------------------------------------------------------------------------- database


def min_group_size(requested: int | None = None) -> int:
    """The deployment's ``k``, or a larger one asked for.

    Raises:
        ValueError: ``requested`` is below the deployment's setting (a lower ``k`` would
            publish what the deployment promised to hide).
    """
    configured = int(getattr(settings, "HEARME_MIN_GROUP_SIZE", 5))
    if requested is None:
        return configured
    if requested < configured:
        raise ValueError(
            f"k={requested} is below this deployment's HEARME_MIN_GROUP_SIZE={configured};"
            " k can only be raised"
        )
    return requested


def question_infos(consultation: Consultation) -> list[QuestionInfo]:
    """The questions of a stored consultation version, in order."""
    return [QuestionInfo.from_spec(q) for q in consultation.spec().questions]


def load_counts(consultation: Consultation, questions: Sequence[QuestionInfo]) -> Counts:
    """The counts of a consultation's complete responses: three grouped queries that the
    covering indexes answer without reading the tables."""
    keys = dict(
        Question.objects.filter(consultation=consultation).values_list("id", "key").order_by()
    )
    number_keys = {q.key for q in questions if q.type == "number"}
    counts = Counts(numbers={key: Counter() for key in number_keys})
    # Each query groups by exactly the columns of its covering index, in the index's
    # order, with ``complete`` as a grouped column rather than a filter: SQLite then
    # aggregates while it reads the index instead of sorting a million rows, and
    # in-progress answers are dropped here.
    for status, age_band, country, language, n in (
        Response.objects.filter(consultation=consultation)
        .values_list("status", "age_band", "country", "language")
        .annotate(n=Count("*"))
        .order_by()
    ):
        if status == ResponseStatus.COMPLETE:
            counts.respondents[_cell(age_band, country, language)] += n
    for complete, question_id, age_band, country, language, number, n in (
        Answer.objects.filter(consultation=consultation)
        .values_list("complete", "question_id", "age_band", "country", "language", "number")
        .annotate(n=Count("*"))
        .order_by()
    ):
        if not complete:
            continue
        key = keys[question_id]
        cell = _cell(age_band, country, language)
        answer_key = (key, *cell)
        counts.answers[answer_key] += n
        if key in number_keys and number is not None:
            number_key = (number, *cell)
            counts.numbers[key][number_key] += n
    for complete, question_id, option, age_band, country, language, n in (
        AnswerChoice.objects.filter(consultation=consultation)
        .values_list("complete", "question_id", "option", "age_band", "country", "language")
        .annotate(n=Count("*"))
        .order_by()
    ):
        if complete:
            choice_key = (keys[question_id], option, *_cell(age_band, country, language))
            counts.choices[choice_key] += n
    return counts


def moderation_counts(consultation: Consultation) -> dict[str, dict[str, int]]:
    """Per free-text question, how many complete answers are in each moderation state."""
    out: dict[str, dict[str, int]] = {}
    for key, state, n in (
        Answer.objects.filter(consultation=consultation, complete=True)
        .exclude(moderation="")
        .values_list("question__key", "moderation")
        .annotate(n=Count("*"))
        .order_by()
    ):
        out.setdefault(key, dict.fromkeys(Moderation.values, 0))[state] = n
    return out


def compute_results(
    consultation: Consultation, *, k: int | None = None, now: datetime | None = None
) -> dict[str, Any]:
    """The results of one consultation version (all questions, overall and by every
    dimension), with small groups suppressed.

    Args:
        consultation: The version.
        k: A larger minimum group size than the deployment's, or None.
        now: The current time (for ``final``).

    Raises:
        ValueError: ``k`` is below the deployment's setting.
    """
    k = min_group_size(k)
    now = now or timezone.now()
    questions = question_infos(consultation)
    results = tabulate(questions, load_counts(consultation, questions), k)
    results["consultation"] = as_dict(consultation)
    results["final"] = consultation.is_over(now)
    results["computed_at"] = now.isoformat()
    return results


def approved_texts(consultation: Consultation) -> dict[str, list[dict[str, str]]]:
    """Approved free-text answers of complete responses, per question: the only free
    text that ever leaves the system. Sorted by text, so the order says nothing about
    who answered when."""
    out: dict[str, list[dict[str, str]]] = {}
    rows = (
        Answer.objects.filter(
            consultation=consultation, complete=True, moderation=Moderation.APPROVED
        )
        .values_list("question__key", "language", "text")
        .order_by()
    )
    for key, language, text in rows:
        out.setdefault(key, []).append({"language": language or UNKNOWN, "text": text})
    for texts in out.values():
        texts.sort(key=lambda item: (item["text"], item["language"]))
    return out


def export_data(
    consultation: Consultation,
    *,
    k: int | None = None,
    now: datetime | None = None,
    with_themes: bool = True,
) -> dict[str, Any]:
    """Everything an export publishes: suppressed results, approved texts, themes."""
    from web.consultations.themes import find_themes

    results = compute_results(consultation, k=k, now=now)
    texts = approved_texts(consultation)
    for question in results["questions"]:
        if question["type"] != "text":
            continue
        items = texts.get(question["id"], [])
        question["approved_texts"] = [item["text"] for item in items]
        question["themes"] = (
            [theme.as_dict() for theme in find_themes(items, k=results["min_group_size"])]
            if with_themes
            else []
        )
    return results


def to_json(data: Mapping[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


CSV_COLUMNS: Final = (
    "question",
    "type",
    "dimension",
    "group",
    "option",
    "n",
    "count",
    "percent",
    "median",
    "q1",
    "q3",
    "text",
)


def _csv_value(value: object) -> object:
    return SUPPRESSED if value is None else value


# A spreadsheet runs a cell that starts with one of these as a formula ("=HYPERLINK(…)"
# typed by a child as an answer): such a cell is written with a leading apostrophe, the
# usual guard (OWASP "CSV injection"), so it opens as text.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_text(text: str) -> str:
    """Child or theme text for a CSV cell, never read as a spreadsheet formula."""
    return f"'{text}" if text.startswith(_FORMULA_START) else text


def to_csv(data: Mapping[str, Any]) -> str:
    """One row per published number (``suppressed`` where hidden), then one row per
    theme and approved text (``dimension`` = ``theme`` / ``approved_text``)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerow(["", "", "overall", "", "", _csv_value(data["respondents"])] + [""] * 6)
    for q in data["questions"]:
        blocks = [("overall", "", q["overall"])] + [
            (dim, item["group"], item) for dim, items in q["by"].items() for item in items
        ]
        for dim, group, item in blocks:
            base = [q["id"], q["type"], dim, group]
            n = _csv_value(item["n"])
            if "counts" in item:
                for row in item["counts"]:
                    percent = row["percent"] if row["count"] is not None else None
                    writer.writerow(
                        [*base, row["option"], n, _csv_value(row["count"]), _csv_value(percent)]
                        + ["", "", "", ""]
                    )
            elif q["type"] == "number":
                writer.writerow(
                    [*base, "", n, "", "", *(_csv_value(item[s]) for s in ("median", "q1", "q3"))]
                    + [""]
                )
            else:
                writer.writerow([*base, "", n] + [""] * 6)
        for theme in q.get("themes", []):
            writer.writerow(
                [
                    q["id"],
                    q["type"],
                    "theme",
                    theme["language"],
                    _csv_text(" ".join(theme["terms"])),
                ]
                + [theme["size"], "", "", "", "", "", _csv_text(" | ".join(theme["quotes"]))]
            )
        for text in q.get("approved_texts", []):
            writer.writerow([q["id"], q["type"], "approved_text"] + [""] * 8 + [_csv_text(text)])
    return buffer.getvalue()


def format_text(data: Mapping[str, Any], dimension: str | None = None, language: str = "en") -> str:
    """A plain-text rendering for the terminal (``results`` command)."""
    consultation = data.get("consultation", {})
    lines = [
        f"{consultation.get('id', '?')}@{consultation.get('version', '?')} "
        f"({consultation.get('status', '?')}"
        f"{', final' if data.get('final') else ', provisional: still open'})",
        f"respondents (complete): {_shown(data['respondents'])}; "
        f"k = {data['min_group_size']}: {data['legend']}",
    ]
    for q in data["questions"]:
        text = q["text"].get(language) or next(iter(q["text"].values()), "")
        lines.append("")
        lines.append(f"[{q['id']}] ({q['type']}) {text}")
        blocks = [("overall", q["overall"])]
        dims = [dimension] if dimension else []
        for dim in dims:
            blocks += [(f"{dim}={item['group']}", item) for item in q["by"].get(dim, [])]
        for name, item in blocks:
            head = f"  {name}: n={_shown(item['n'])}"
            if "counts" in item:
                parts = [
                    f"{row['option']} {_shown(row['count'])}"
                    + (f" ({row['percent']}%)" if row["percent"] is not None else "")
                    for row in item["counts"]
                ]
                lines.append(head + "; " + ", ".join(parts))
            elif q["type"] == "number":
                lines.append(
                    head + f"; median {_shown(item['median'])}, quartiles "
                    f"{_shown(item['q1'])}–{_shown(item['q3'])}"
                )
            else:
                lines.append(head)
        moderation = q.get("moderation")
        if moderation:
            lines.append(
                "  moderation: " + ", ".join(f"{state} {n}" for state, n in moderation.items())
            )
    return "\n".join(lines) + "\n"


def _shown(value: object) -> str:
    return SUPPRESSED if value is None else str(value)
