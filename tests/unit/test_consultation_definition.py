"""Consultation definitions (bot/consultations/definition.py): the validating loader, the
dataclasses' logic, the JSON schema, the examples and `hearme consultations validate`."""

from __future__ import annotations

import json
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.age import AGE_BANDS
from bot.consultations.cli import main
from bot.consultations.definition import (
    AUDIENCE_FIELDS,
    CONSULTATION_FIELDS,
    DEFAULT_TEXT_MAX_LENGTH,
    MAX_FILE_BYTES,
    OPTION_FIELDS,
    PREFER_NOT_TO_SAY,
    QUESTION_FIELDS,
    QUESTION_TYPES,
    SHOW_IF_FIELDS,
    Audience,
    Consultation,
    ConsultationError,
    Option,
    Question,
    consultation_from_dict,
    load_consultation,
    parse_consultation,
)
from bot.names import LANGUAGES
from bot.problems import DataFileError

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "consultations" / "examples").glob("*.yml"))
SCHEMA_PATH = ROOT / "docs" / "consultation.schema.json"

# A small valid definition. The line numbers are in the tests: keep them.
HEADER = """\
id: test-poll
version: 1
organisation: Test Org
title: {en: Title, fr: Titre, es: Título}
intro: {en: Intro, fr: Intro fr, es: Intro es}
consent: {en: Consent, fr: Consentement, es: Consentimiento}
thank_you: {en: Thanks, fr: Merci, es: Gracias}
what_next: {en: Next, fr: Ensuite, es: Después}
audience:
  age_bands: ["8-12", "13-15"]
opens: "2027-01-01T00:00:00Z"
closes: "2027-02-01T00:00:00Z"
retention_days: 30
questions:
"""
FIRST_QUESTION_LINE = 15
YES_NO = """\
  - id: likes
    type: yes_no
    text: {en: "Do you?", fr: "Tu aimes ?", es: "¿Te gusta?"}
"""
BASE = HEADER + YES_NO
TEXT = "{en: Q, fr: Qf, es: Qe}"


def opt(option_id: str) -> str:
    label = f"{{en: {option_id} e, fr: {option_id} f, es: {option_id} s}}"
    return f"      - {{id: {option_id}, label: {label}}}\n"


def question(qid: str, kind: str, extra: str = "") -> str:
    return f"  - id: {qid}\n    type: {kind}\n    text: {TEXT}\n{extra}"


SCALE_LABELS = "    scale_labels: {low: {en: Lo, fr: Ba, es: Ba}, high: {en: Hi, fr: Ha, es: Al}}\n"


def choice(
    qid: str, kind: str = "single", ids: tuple[str, ...] = ("a", "b", "c"), extra: str = ""
) -> str:
    return question(qid, kind, extra + "    options:\n" + "".join(opt(i) for i in ids))


def problems(text: str) -> list[tuple[int, str, str]]:
    """(line, field, message) of every problem; fails if the text is valid."""
    with pytest.raises(ConsultationError) as caught:
        parse_consultation(text, "poll.yml")
    assert all(p.file == "poll.yml" for p in caught.value.problems)
    return [(p.line, p.field, p.message) for p in caught.value.problems]


def only(text: str) -> tuple[int, str, str]:
    found = problems(text)
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------ a valid definition


def test_minimal_definition_loads_with_defaults() -> None:
    poll = parse_consultation(BASE)
    assert poll.id == "test-poll"
    assert poll.version == 1
    assert poll.organisation == "Test Org"
    assert dict(poll.title) == {"en": "Title", "fr": "Titre", "es": "Título"}
    assert poll.opens == datetime(2027, 1, 1, tzinfo=timezone.utc)
    assert poll.closes == datetime(2027, 2, 1, tzinfo=timezone.utc)
    assert poll.retention_days == 30
    assert poll.free_text_below_consent_age is False
    assert poll.audience == Audience(age_bands=("8-12", "13-15"), countries=(), languages=LANGUAGES)
    (likes,) = poll.questions
    assert (likes.id, likes.type, likes.required, likes.prefer_not_to_say) == (
        "likes",
        "yes_no",
        False,
        False,
    )
    assert likes.options == () and likes.show_if is None
    assert likes.text_in("fr") == "Tu aimes ?"
    assert likes.text_in("de") == "Do you?"  # unsupported language: the default one
    assert likes.choice_ids == ("yes", "no")
    assert poll.question("likes") is likes
    assert poll.question("nope") is None


def test_every_question_type_is_read() -> None:
    text = HEADER + "".join(
        [
            choice("one", "single", extra="    required: true\n    prefer_not_to_say: true\n"),
            choice("many", "multiple", ids=("x", "y", "z"), extra="    max_picks: 2\n"),
            question("rate", "scale", SCALE_LABELS),
            question("agree", "yes_no"),
            question("say", "text", "    max_length: 2000\n"),
            question("say_default", "text"),
            question("count", "number", "    minimum: 0\n    maximum: 40\n"),
        ]
    )
    poll = parse_consultation(text)
    one, many, rate, agree, say, say_default, count = poll.questions
    assert one.required and one.prefer_not_to_say
    assert [o.id for o in one.options] == ["a", "b", "c"]
    assert one.options[0].label("es") == "a s" and one.options[0].label("xx") == "a e"
    assert one.option("b") == Option("b", {"en": "b e", "fr": "b f", "es": "b s"})
    assert many.max_picks == 2 and many.choice_ids == ("x", "y", "z")
    assert rate.scale_labels is not None and rate.scale_labels["fr"] == ("Ba", "Ha")
    assert rate.choice_ids == ("1", "2", "3", "4", "5")
    assert agree.type == "yes_no"
    assert say.max_length == 2000 and say_default.max_length == DEFAULT_TEXT_MAX_LENGTH
    assert (count.minimum, count.maximum) == (0, 40) and count.choice_ids == ()
    assert {q.type for q in poll.questions} == set(QUESTION_TYPES)


def test_texts_keep_line_breaks_and_fold_spaces() -> None:
    text = BASE.replace(
        "consent: {en: Consent, fr: Consentement, es: Consentimiento}",
        'consent: {en: "One   two\\n\\n\\n\\nthree\\n  four", fr: Oui, es: Sí}',
    )
    assert parse_consultation(text).consent["en"] == "One two\n\nthree\nfour"


def test_times_with_an_offset_are_kept_in_utc() -> None:
    poll = parse_consultation(BASE.replace('"2027-01-01T00:00:00Z"', "2027-01-01T08:30:00+01:00"))
    assert poll.opens == datetime(2027, 1, 1, 7, 30, tzinfo=timezone.utc)
    assert poll.opens.utcoffset() == timedelta(0)


def test_yaml_booleans_are_read_as_written_for_codes_and_answers() -> None:
    # Unquoted NO (Norway) and yes are YAML 1.1 booleans; they mean what is written here.
    text = HEADER.replace(
        '  age_bands: ["8-12", "13-15"]', "  age_bands: [8-12]\n  countries: [NO, gb]"
    )
    text += YES_NO + question("why", "text", "    show_if: {question: likes, any_of: [yes]}\n")
    poll = parse_consultation(text)
    assert poll.audience.countries == ("NO", "GB")
    assert poll.questions[1].show_if is not None
    assert poll.questions[1].show_if.any_of == ("yes",)


# --------------------------------------------------------------------------- problems


def test_unknown_key() -> None:
    line, field, message = only(BASE + "colour: blue\n")
    assert (line, field) == (18, "colour")
    assert message.startswith("unknown field (expected id, version,")
    assert only(BASE.replace("    type: yes_no\n", "    type: yes_no\n    hint: x\n"))[:2] == (
        17,
        "questions[0].hint",
    )


def test_missing_keys_are_each_reported_on_the_entry_line() -> None:
    text = BASE.replace("retention_days: 30\n", "").replace("version: 1\n", "")
    found = problems(text)
    assert (1, "version", "missing required field") in found
    assert (1, "retention_days", "missing required field") in found
    assert len(found) == 2
    assert only(BASE.replace("    type: yes_no\n", "")) == (
        FIRST_QUESTION_LINE,
        "questions[0].type",
        "missing required field",
    )


def test_duplicate_key() -> None:
    line, field, message = only(BASE + "version: 2\n")
    assert (line, field) == (18, "version") and "duplicate key" in message


@pytest.mark.parametrize("good", ["a", "my-poll-2", "school_2027", "x1"])
def test_ids_in_snake_or_kebab_case_are_accepted(good: str) -> None:
    assert parse_consultation(BASE.replace("id: test-poll", f"id: {good}")).id == good


@pytest.mark.parametrize(
    "bad", ["2poll", "Poll", "my--poll", "'my poll'", "poll_", "snake_and-kebab-", "x" * 65, "é"]
)
def test_bad_consultation_id(bad: str) -> None:
    line, field, message = only(BASE.replace("id: test-poll", f"id: {bad}"))
    assert (line, field) == (1, "id")
    assert "lower_snake_case or kebab-case" in message


def test_bad_question_id() -> None:
    line, field, _ = only(BASE.replace("  - id: likes", "  - id: Likes!"))
    assert (line, field) == (FIRST_QUESTION_LINE, "questions[0].id")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_missing_language_is_reported_with_its_field(language: str) -> None:
    texts = {"en": "Title", "fr": "Titre", "es": "Título"}
    del texts[language]
    title = "title: {" + ", ".join(f"{k}: {v}" for k, v in texts.items()) + "}"
    line, field, message = only(BASE.replace("title: {en: Title, fr: Titre, es: Título}", title))
    assert (line, field) == (4, f"title.{language}")
    assert f"missing the {language} text" in message


def test_missing_language_in_question_option_and_scale_label() -> None:
    text = HEADER + (
        "  - id: pick\n    type: single\n    text: {en: Q, fr: Qf}\n    options:\n"
        "      - {id: a, label: {en: A, es: As}}\n"
        + opt("b")
        + question("rate", "scale")
        + "    scale_labels: {low: {en: L, fr: L, es: L}, high: {en: H, fr: H}}\n"
    )
    found = {(line, field) for line, field, _ in problems(text)}
    assert found == {
        (17, "questions[0].text.es"),
        (19, "questions[0].options[0].label.fr"),
        (24, "questions[1].scale_labels.high.es"),
    }


def test_unsupported_language_and_empty_text() -> None:
    found = problems(
        BASE.replace(
            "title: {en: Title, fr: Titre, es: Título}", "title: {en: T, fr: T, es: '  ', de: T}"
        )
    )
    assert (4, "title.de") in {(line, field) for line, field, _ in found}
    assert (4, "title.es", "must not be empty") in found
    assert only(BASE.replace("title: {en: Title, fr: Titre, es: Título}", "title: Title"))[:2] == (
        4,
        "title",
    )


def test_text_too_long() -> None:
    long = "a" * 1001
    line, field, message = only(BASE.replace("intro: {en: Intro,", f"intro: {{en: {long},"))
    assert (line, field) == (5, "intro.en")
    assert message == "is 1001 characters, at most 1000 allowed"
    assert parse_consultation(BASE.replace("intro: {en: Intro,", f"intro: {{en: {'a' * 1000},"))


def test_unknown_question_type() -> None:
    line, field, message = only(BASE.replace("type: yes_no", "type: essay"))
    assert (line, field) == (16, "questions[0].type")
    assert "'essay' is not a question type" in message


def test_duplicate_question_and_option_ids() -> None:
    line, field, message = only(BASE + YES_NO)
    assert (line, field) == (18, "questions[1].id")
    assert message == f"duplicate id 'likes' (first on line {FIRST_QUESTION_LINE})"
    line, field, message = only(HEADER + choice("pick", ids=("a", "b", "a")))
    assert (line, field) == (21, "questions[0].options[2].id")
    assert "duplicate id 'a'" in message


def test_options_required_for_choices_and_refused_elsewhere() -> None:
    for kind in ("single", "multiple"):
        line, field, message = only(HEADER + question("pick", kind))
        assert (line, field) == (FIRST_QUESTION_LINE, "questions[0].options")
        assert message == f"a {kind} question needs options"
    line, field, message = only(HEADER + choice("agree", "yes_no"))
    assert (line, field) == (18, "questions[0].options")
    assert message.startswith("a yes_no question cannot have options")


def test_option_count_labels_and_reserved_id() -> None:
    assert only(HEADER + choice("pick", ids=("a",)))[1:] == (
        "questions[0].options",
        "has 1 items, expected 2 to 12",
    )
    same = HEADER + question("pick", "single") + "    options:\n" + opt("a")
    same += "      - {id: b, label: {en: A E, fr: x, es: y}}\n"
    line, field, message = only(same)
    assert (line, field) == (18, "questions[0].options")  # the line of "options:"
    assert "same en label" in message
    line, field, message = only(HEADER + choice("pick", ids=("a", PREFER_NOT_TO_SAY)))
    assert (line, field) == (20, "questions[0].options[1].id")
    assert "reserved" in message


@pytest.mark.parametrize(("picks", "ok"), [(0, False), (1, True), (3, True), (4, False)])
def test_max_picks_within_one_and_the_number_of_options(picks: int, ok: bool) -> None:
    text = HEADER + choice("many", "multiple", extra=f"    max_picks: {picks}\n")
    if ok:
        assert parse_consultation(text).questions[0].max_picks == picks
    else:
        line, field, message = only(text)
        assert (line, field) == (18, "questions[0].max_picks")
        assert message == f"is {picks}, expected 1 to 3"


def test_max_picks_only_for_multiple() -> None:
    line, field, message = only(HEADER + choice("one", extra="    max_picks: 1\n"))
    assert (line, field) == (18, "questions[0].max_picks")
    assert "only multiple questions" in message


def test_scale_needs_labels() -> None:
    line, field, message = only(HEADER + question("rate", "scale"))
    assert (line, field, message) == (
        15,
        "questions[0].scale_labels",
        "a scale question needs scale_labels",
    )
    line, field, _ = only(
        HEADER + question("rate", "scale", "    scale_labels: {low: {en: L, fr: L, es: L}}\n")
    )
    assert (line, field) == (18, "questions[0].scale_labels.high")


@pytest.mark.parametrize(("low", "high"), [(5, 5), (10, 1)])
def test_number_minimum_below_maximum(low: int, high: int) -> None:
    line, field, message = only(
        HEADER + question("count", "number", f"    minimum: {low}\n    maximum: {high}\n")
    )
    assert (line, field) == (19, "questions[0].maximum")
    assert message == f"is {high}, must be more than minimum ({low})"


def test_number_needs_both_bounds_and_whole_numbers() -> None:
    assert only(HEADER + question("count", "number", "    minimum: 0\n"))[1:] == (
        "questions[0].maximum",
        "a number question needs maximum",
    )
    assert only(HEADER + question("count", "number", "    minimum: 0.5\n    maximum: 3\n"))[:2] == (
        18,
        "questions[0].minimum",
    )


@pytest.mark.parametrize(("length", "ok"), [(0, False), (1, True), (2000, True), (2001, False)])
def test_text_max_length(length: int, ok: bool) -> None:
    text = HEADER + question("say", "text", f"    max_length: {length}\n")
    if ok:
        assert parse_consultation(text).questions[0].max_length == length
    else:
        assert only(text) == (18, "questions[0].max_length", f"is {length}, expected 1 to 2000")


def test_booleans_must_be_booleans() -> None:
    assert only(BASE + "    required: maybe\n")[:2] == (18, "questions[0].required")
    assert only(BASE + "free_text_below_consent_age: 1\n")[:2] == (
        18,
        "free_text_below_consent_age",
    )


# --------------------------------------------------------------------------- branching


def branching(rule: str, target: str = YES_NO) -> str:
    return HEADER + target + question("why", "text", f"    show_if: {rule}\n")


def test_show_if_on_an_earlier_answer() -> None:
    poll = parse_consultation(branching("{question: likes, any_of: ['no']}"))
    rule = poll.questions[1].show_if
    assert rule is not None and (rule.question, rule.any_of) == ("likes", ("no",))


def test_show_if_unknown_question() -> None:
    line, field, message = only(branching("{question: nope, any_of: ['yes']}"))
    assert (line, field) == (21, "questions[1].show_if.question")
    assert message == "there is no question 'nope'"


def test_show_if_itself() -> None:
    line, field, message = only(branching("{question: why, any_of: ['yes']}"))
    assert (line, field, message) == (
        21,
        "questions[1].show_if.question",
        "a question cannot depend on itself",
    )


def test_show_if_a_later_question() -> None:
    text = HEADER + question("why", "text", "    show_if: {question: likes, any_of: ['yes']}\n")
    text += YES_NO
    line, field, message = only(text)
    assert (line, field) == (18, "questions[0].show_if.question")
    assert message.startswith("'likes' is a later question (line 19)")


@pytest.mark.parametrize(
    ("target", "value", "expected"),
    [
        (YES_NO, "maybe", "yes, no"),
        (question("rate", "scale", SCALE_LABELS), "6", "1, 2, 3, 4, 5"),
        (choice("pick"), "d", "a, b, c"),
        (choice("pick"), PREFER_NOT_TO_SAY, "a, b, c"),  # not offered on that question
    ],
)
def test_show_if_unknown_answer(target: str, value: str, expected: str) -> None:
    qid = target.split("\n")[0].split()[-1]
    text = branching(f"{{question: {qid}, any_of: ['{value}']}}", target)
    line, field, message = only(text)
    assert field == "questions[1].show_if.any_of[0]"
    assert line == len(text.splitlines())
    assert message == f"'{value}' is not an answer of '{qid}' (expected one of {expected})"


def test_show_if_prefer_not_to_say_when_offered() -> None:
    target = choice("pick", extra="    prefer_not_to_say: true\n")
    poll = parse_consultation(
        branching(f"{{question: pick, any_of: [c, {PREFER_NOT_TO_SAY}]}}", target)
    )
    assert poll.questions[1].show_if is not None


def test_show_if_cannot_branch_on_free_text_or_numbers() -> None:
    target = question("count", "number", "    minimum: 0\n    maximum: 9\n")
    line, field, message = only(branching("{question: count, any_of: ['3']}", target))
    assert (line, field) == (23, "questions[1].show_if.question")
    assert "is a number question" in message


def test_cyclic_branching() -> None:
    text = HEADER + (
        question("a", "yes_no", "    show_if: {question: b, any_of: ['yes']}\n")
        + question("b", "yes_no", "    show_if: {question: a, any_of: ['yes']}\n")
    )
    found = problems(text)
    assert (18, "questions[0].show_if.question", "cyclic branching: a -> b -> a") in found
    assert (22, "questions[1].show_if.question", "cyclic branching: b -> a -> b") in found
    assert any(message.startswith("'b' is a later question") for _, _, message in found)


def test_show_if_fields() -> None:
    found = problems(branching("{question: likes, any_of: [], when: yes}"))
    assert {field for _, field, _ in found} == {
        "questions[1].show_if.when",
        "questions[1].show_if.any_of",
    }


# ------------------------------------------------------------------ dates and numbers


def test_closes_before_or_at_opens() -> None:
    for closes in ("2026-12-31T00:00:00Z", "2027-01-01T00:00:00Z"):
        line, field, message = only(BASE.replace("2027-02-01T00:00:00Z", closes))
        assert (line, field) == (12, "closes")
        assert message == f"{closes} is not after opens (2027-01-01T00:00:00Z)"


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2027-01-01T00:00:00", "has no time zone"),
        ("2027-01-01", "has no time zone"),
        ("soon", "is not a date"),
    ],
)
def test_times_need_a_date_time_and_zone(value: str, words: str) -> None:
    line, field, message = only(BASE.replace('"2027-01-01T00:00:00Z"', value))
    assert (line, field) == (11, "opens")
    assert words in message


@pytest.mark.parametrize(
    ("days", "ok"), [("0", False), ("1", True), ("3650", True), ("3651", False), ("thirty", False)]
)
def test_retention_days(days: str, ok: bool) -> None:
    text = BASE.replace("retention_days: 30", f"retention_days: {days}")
    if ok:
        assert parse_consultation(text).retention_days == int(days)
    else:
        assert only(text)[:2] == (13, "retention_days")


# ----------------------------------------------------------------------------- audience


def test_unknown_age_band() -> None:
    line, field, message = only(BASE.replace('"8-12", "13-15"', '"7-9", "13-15"'))
    assert (line, field) == (10, "audience.age_bands[0]")
    assert message == f"'7-9' is not an age band (expected one of {', '.join(AGE_BANDS)})"


@pytest.mark.parametrize(
    ("code", "words"),
    [("ZZ", "knowledge/helplines.yml"), ("GBR", "two-letter"), ("'12'", "two-letter")],
)
def test_unknown_country(code: str, words: str) -> None:
    text = BASE.replace(
        '  age_bands: ["8-12", "13-15"]', f'  age_bands: ["8-12"]\n  countries: [FR, {code}]'
    )
    line, field, message = only(text)
    assert (line, field) == (11, "audience.countries[1]")
    assert words in message


def test_unsupported_language_and_repeats() -> None:
    text = BASE.replace(
        '  age_bands: ["8-12", "13-15"]', '  age_bands: ["8-12", "8-12"]\n  languages: [en, de]'
    )
    found = problems(text)
    assert (10, "audience.age_bands", "lists 8-12 more than once") in found
    assert any(f == "audience.languages[1]" and "'de'" in m for _, f, m in found)


def test_audience_needs_age_bands() -> None:
    text = BASE.replace('  age_bands: ["8-12", "13-15"]', "  countries: []")
    assert only(text)[1:] == ("audience.age_bands", "missing required field")


def test_too_many_questions() -> None:
    many = HEADER + "".join(question(f"q{i}", "yes_no") for i in range(51))
    assert only(many)[1:] == ("questions", "has 51 items, expected 1 to 50")
    assert (
        len(
            parse_consultation(
                HEADER + "".join(question(f"q{i}", "yes_no") for i in range(50))
            ).questions
        )
        == 50
    )


def test_every_problem_is_reported_at_once() -> None:
    text = (
        BASE.replace("version: 1", "version: 0")
        .replace("retention_days: 30", "retention_days: 9999")
        .replace("type: yes_no", "type: essay")
    )
    assert [(line, field) for line, field, _ in problems(text)] == [
        (2, "version"),
        (13, "retention_days"),
        (16, "questions[0].type"),
    ]


# --------------------------------------------------------------------- broken files


def test_malformed_yaml_says_where_without_a_traceback() -> None:
    error = only(BASE.replace("retention_days: 30", "retention_days: [30"))
    assert error[0] >= 13 and error[1] == "(yaml)"
    assert error[2].startswith("not valid YAML")
    line, field, message = only(BASE.replace("  age_bands:", "\tage_bands:"))
    assert (line, field) == (10, "(yaml)")
    assert "spaces, not tabs" in message
    assert "Traceback" not in message


def test_empty_and_not_a_mapping() -> None:
    assert only("") == (1, "(file)", "is empty")
    assert only("- a\n- b\n") == (1, "(document)", "expected a mapping")


def test_not_utf8_is_refused_kindly(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yml"
    path.write_bytes(BASE.replace("Test Org", "Org é").encode("latin-1"))
    with pytest.raises(ConsultationError) as caught:
        load_consultation(path)
    (problem,) = caught.value.problems
    assert (problem.file, problem.line, problem.field) == (str(path), 3, "(file)")
    assert "is not UTF-8" in problem.message and "save it as UTF-8" in problem.message


def test_utf8_with_a_byte_order_mark_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "bom.yml"
    path.write_bytes(BASE.encode("utf-8-sig"))
    assert load_consultation(path).id == "test-poll"


def test_huge_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.yml"
    path.write_text(BASE + "# " + "x" * MAX_FILE_BYTES + "\n", encoding="utf-8")
    with pytest.raises(ConsultationError) as caught:
        load_consultation(path)
    (problem,) = caught.value.problems
    assert problem.field == "(file)" and "at most 1,024 kB" in problem.message
    with pytest.raises(ConsultationError):
        parse_consultation(path.read_text(encoding="utf-8"))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConsultationError) as caught:
        load_consultation(tmp_path / "nope.yml")
    assert caught.value.problems[0].message.startswith("cannot read")


def test_error_is_a_data_file_error_listing_every_problem() -> None:
    with pytest.raises(DataFileError) as caught:
        parse_consultation(BASE.replace("version: 1", "version: x"), "poll.yml")
    assert "consultation definition is invalid (1 problem(s))" in str(caught.value)
    assert "poll.yml:2: version: expected a whole number" in str(caught.value)


# ---------------------------------------------------------------------- round trips


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_to_dict_round_trips_through_json(path: Path) -> None:
    poll = load_consultation(path)
    data = json.loads(json.dumps(poll.to_dict()))
    again = consultation_from_dict(data)
    assert again == poll
    assert again.to_dict() == poll.to_dict()


def test_to_dict_is_the_file_format() -> None:
    poll = parse_consultation(HEADER + choice("many", "multiple", extra="    max_picks: 2\n"))
    data = poll.to_dict()
    assert data["opens"] == "2027-01-01T00:00:00Z"
    assert data["audience"] == {
        "age_bands": ["8-12", "13-15"],
        "countries": [],
        "languages": list(LANGUAGES),
    }
    assert data["questions"][0] == {
        "id": "many",
        "type": "multiple",
        "text": {"en": "Q", "fr": "Qf", "es": "Qe"},
        "required": False,
        "prefer_not_to_say": False,
        "options": [
            {"id": i, "label": {"en": f"{i} e", "fr": f"{i} f", "es": f"{i} s"}} for i in "abc"
        ],
        "max_picks": 2,
    }


def test_from_dict_validates_like_a_file() -> None:
    data: dict[str, Any] = parse_consultation(BASE).to_dict()
    del data["title"]["fr"]
    data["questions"][0]["type"] = "essay"
    with pytest.raises(ConsultationError) as caught:
        consultation_from_dict(data)
    assert {p.field for p in caught.value.problems} == {"title.fr", "questions[0].type"}
    with pytest.raises(ConsultationError):
        consultation_from_dict(["not", "a", "mapping"])  # type: ignore[arg-type]
    with pytest.raises(ConsultationError):
        consultation_from_dict({**parse_consultation(BASE).to_dict(), "version": object()})


# ------------------------------------------------------------------ the model's logic


def school() -> Consultation:
    text = HEADER + "".join(
        [
            question("seen", "yes_no", "    prefer_not_to_say: true\n"),
            question("told", "yes_no", "    show_if: {question: seen, any_of: ['yes']}\n"),
            choice(
                "why_not",
                ids=("scared", "nobody"),
                extra="    show_if: {question: told, any_of: ['no']}\n",
            ),
            choice("likes", "multiple", ids=("sport", "art", "maths")),
            question(
                "art_more", "yes_no", "    show_if: {question: likes, any_of: [art, maths]}\n"
            ),
            question("rate", "scale", SCALE_LABELS),
            question("happy", "text", "    show_if: {question: rate, any_of: ['4', '5']}\n"),
            question(
                "private",
                "yes_no",
                f"    show_if: {{question: seen, any_of: [{PREFER_NOT_TO_SAY}]}}\n",
            ),
            question("idea", "text"),
        ]
    )
    return parse_consultation(text)


@pytest.mark.parametrize(
    ("answers", "shown"),
    [
        ({}, ["seen", "likes", "rate", "idea"]),
        ({"seen": "no"}, ["seen", "likes", "rate", "idea"]),
        ({"seen": "yes"}, ["seen", "told", "likes", "rate", "idea"]),
        ({"seen": True, "told": False}, ["seen", "told", "why_not", "likes", "rate", "idea"]),
        # "told" is hidden, so what it was answered before no longer shows "why_not".
        ({"seen": "no", "told": "no"}, ["seen", "likes", "rate", "idea"]),
        ({"likes": ["sport", "maths"]}, ["seen", "likes", "art_more", "rate", "idea"]),
        ({"likes": ("sport",)}, ["seen", "likes", "rate", "idea"]),
        ({"rate": 5}, ["seen", "likes", "rate", "happy", "idea"]),
        ({"rate": "3"}, ["seen", "likes", "rate", "idea"]),
        ({"seen": PREFER_NOT_TO_SAY}, ["seen", "likes", "rate", "private", "idea"]),
    ],
)
def test_visible_questions(answers: dict[str, object], shown: list[str]) -> None:
    assert [q.id for q in school().visible_questions(answers)] == shown


def test_visible_questions_without_free_text() -> None:
    shown = school().visible_questions({"rate": 5}, free_text=False)
    assert [q.id for q in shown] == ["seen", "likes", "rate"]


def test_is_open() -> None:
    poll = parse_consultation(BASE)
    assert not poll.is_open(datetime(2026, 12, 31, 23, 59, tzinfo=timezone.utc))
    assert poll.is_open(datetime(2027, 1, 1, tzinfo=timezone.utc))
    assert poll.is_open(datetime(2027, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=-1))))
    assert not poll.is_open(datetime(2027, 2, 1, tzinfo=timezone.utc))
    with pytest.raises(ValueError, match="timezone-aware"):
        poll.is_open(datetime(2027, 1, 15))


@pytest.mark.parametrize(
    ("band", "country", "language", "admitted"),
    [
        ("8-12", "FR", "fr", True),
        ("8-12", "fr", "FR", True),
        ("13-15", "GB", "en", True),
        ("16-17", "FR", "fr", False),  # band not invited
        (None, "FR", "fr", False),  # band not known yet
        ("8-12", "DE", "fr", False),  # country not invited
        ("8-12", None, "fr", False),
        ("8-12", "FR", "es", False),  # language not offered
        ("8-12", "FR", None, False),
    ],
)
def test_audience_admits(
    band: str | None, country: str | None, language: str | None, admitted: bool
) -> None:
    audience = Audience(age_bands=("8-12", "13-15"), countries=("FR", "GB"), languages=("en", "fr"))
    assert audience.admits(band, country, language) is admitted


def test_audience_without_countries_admits_everywhere() -> None:
    audience = Audience(age_bands=("13-15",))
    assert audience.admits("13-15", None, "es")
    assert audience.admits("13-15", "JP", "en")
    assert not audience.admits("18+", "JP", "en")


def test_question_defaults_make_a_plain_question() -> None:
    q = Question(id="q", type="yes_no", text={"en": "Q?", "fr": "Q ?", "es": "¿Q?"})
    assert q.choice_ids == ("yes", "no") and q.option("yes") is None


# ---------------------------------------------------------------------------- examples


def test_there_are_examples() -> None:
    assert len(EXAMPLES) >= 2


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_loads_and_promises_what_safeguarding_requires(path: Path) -> None:
    poll = load_consultation(path)
    assert poll.id == path.stem
    for lang in LANGUAGES:
        consent = poll.consent[lang]
        assert "/forget" in consent, f"{path.name}: consent.{lang} must say how to delete"
        assert " 5 " in consent, f"{path.name}: consent.{lang} must say small groups are hidden"


def test_school_example_shows_every_feature() -> None:
    poll = load_consultation(ROOT / "consultations" / "examples" / "your-school-your-say.yml")
    assert {q.type for q in poll.questions} == set(QUESTION_TYPES)
    assert any(q.max_picks for q in poll.questions)
    assert any(q.prefer_not_to_say for q in poll.questions)
    assert sum(q.show_if is not None for q in poll.questions) >= 2


def test_the_annotated_example_in_the_docs_is_valid() -> None:
    docs = (ROOT / "docs" / "consultations.md").read_text(encoding="utf-8")
    block = docs.split("## An annotated example", 1)[1].split("```yaml\n", 1)[1].split("```")[0]
    poll = parse_consultation(block, "docs/consultations.md")
    assert {q.type for q in poll.questions} == set(QUESTION_TYPES)


# ------------------------------------------------------------------------- JSON schema


def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator.check_schema(schema())
    return jsonschema.Draft202012Validator(schema())


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_validate_against_the_schema(path: Path) -> None:
    check = validator()
    assert list(check.iter_errors(yaml.safe_load(path.read_text(encoding="utf-8")))) == []
    assert list(check.iter_errors(load_consultation(path).to_dict())) == []


def test_schema_refuses_what_the_loader_refuses() -> None:
    check = validator()
    data: dict[str, Any] = parse_consultation(BASE).to_dict()
    assert check.is_valid(data)
    for change in (
        lambda d: d["title"].pop("es"),
        lambda d: d["questions"][0].update(type="essay"),
        lambda d: d["questions"][0].update(options=[{"id": "a", "label": d["title"]}] * 2),
        lambda d: d.update(retention_days=0),
        lambda d: d.update(colour="blue"),
        lambda d: d["audience"].update(age_bands=["7-9"]),
        lambda d: d.update(opens="2027-01-01"),
    ):
        broken = json.loads(json.dumps(data))
        change(broken)
        assert not check.is_valid(broken), broken
        with pytest.raises(ConsultationError):
            consultation_from_dict(broken)


@pytest.mark.parametrize(
    ("path", "fields"),
    [
        ((), CONSULTATION_FIELDS),
        (("$defs", "audience"), AUDIENCE_FIELDS),
        (("$defs", "question"), QUESTION_FIELDS),
        (("$defs", "option"), OPTION_FIELDS),
        (("$defs", "show_if"), SHOW_IF_FIELDS),
    ],
)
def test_schema_fields_match_the_loader(
    path: tuple[str, ...], fields: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    part = schema()
    for key in path:
        part = part[key]
    required, optional = fields
    assert part["required"] == list(required)
    assert set(part["properties"]) == {*required, *optional}
    assert part["additionalProperties"] is False


def test_schema_enums_match_the_code() -> None:
    defs = schema()["$defs"]
    assert defs["question"]["properties"]["type"]["enum"] == list(QUESTION_TYPES)
    assert defs["audience"]["properties"]["age_bands"]["items"]["enum"] == list(AGE_BANDS)
    assert defs["audience"]["properties"]["languages"]["items"]["enum"] == list(LANGUAGES)
    assert defs["long_text"]["required"] == list(LANGUAGES)


# -------------------------------------------------------------------------------- CLI


def test_cli_ok(capsys: pytest.CaptureFixture[str]) -> None:
    school = ROOT / "consultations" / "examples" / "your-school-your-say.yml"
    home = ROOT / "consultations" / "examples" / "online-safety-at-home.yml"
    assert main(["validate", str(school), str(home)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{school}: ok (your-school-your-say, 10 questions)",
        f"{home}: ok (online-safety-at-home, 6 questions)",
    ]


def test_cli_reports_each_problem_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text(
        BASE.replace("version: 1", "version: 0").replace("type: yes_no", "type: essay"),
        encoding="utf-8",
    )
    good = tmp_path / "good.yml"
    good.write_text(BASE, encoding="utf-8")
    assert main(["validate", str(good), str(bad)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{good}: ok (test-poll, 1 questions)",
        f"{bad}:2: version: is 0, expected 1 to 1000000",
        f"{bad}:16: questions[0].type: 'essay' is not a question type (expected one of "
        + ", ".join(QUESTION_TYPES)
        + ")",
    ]


def test_cli_missing_file_and_usage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "nope.yml")]) == 1
    assert capsys.readouterr().out.startswith(f"{tmp_path / 'nope.yml'}:0: (file): cannot read")
    for argv in ([], ["validate"], ["frobnicate", "x.yml"]):
        with pytest.raises(SystemExit) as caught:
            main(argv)
        assert caught.value.code == 2


def test_hearme_script_runs_the_validator(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text(BASE.replace("retention_days: 30", "retention_days: 0"), encoding="utf-8")
    # From another directory, with file names relative to it, as an organisation would.
    run = subprocess.run(
        [str(ROOT / "hearme"), "consultations", "validate", "online-safety-at-home.yml", str(bad)],
        cwd=ROOT / "consultations" / "examples",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1, run.stderr
    assert run.stdout.splitlines() == [
        "online-safety-at-home.yml: ok (online-safety-at-home, 6 questions)",
        f"{bad}:13: retention_days: is 0, expected 1 to 3650",
    ]
    usage = subprocess.run(
        [str(ROOT / "hearme"), "consultations"], capture_output=True, text=True, timeout=60
    )
    assert usage.returncode == 2 and "hearme consultations validate FILE" in usage.stderr
