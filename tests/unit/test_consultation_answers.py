"""Reading typed consultation answers in en/fr/es, and where the questions go next."""

from __future__ import annotations

import pytest

from bot.consultations.answers import (
    answer_texts,
    below_consent_age,
    command,
    mentions_deleting,
    next_question,
    normalise,
    previous_question,
    read_age_band,
    read_answer,
    read_consent,
    read_index,
    resume_question,
)
from bot.consultations.definition import PREFER_NOT_TO_SAY, load_consultation
from tests.conftest import ROOT

SCHOOL = load_consultation(ROOT / "consultations/examples/your-school-your-say.yml")
HOME = load_consultation(ROOT / "consultations/examples/online-safety-at-home.yml")


def q(consultation, question_id):
    question = consultation.question(question_id)
    assert question is not None, question_id
    return question


def test_normalise_folds_case_accents_and_punctuation():
    assert normalise("  Atrás!! ") == "atras"
    assert normalise("J’arrête.") == "j'arrete"
    assert normalise("C'est  bon") == "c'est bon"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("skip", "skip"),
        ("Passer", "skip"),
        ("saltar", "skip"),
        ("back", "back"),
        ("retour", "back"),
        ("Atrás", "back"),
        ("stop", "stop"),
        ("arrête", "stop"),
        ("para", "stop"),
        ("done", "done"),
        ("c'est bon", "done"),
        ("listo", "done"),
        ("skip the boring bits of school", None),
        ("para mí es importante", None),
    ],
)
def test_commands_are_whole_messages_in_any_language(text, kind):
    assert command(text) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Less homework", ("homework",)),
        ("moins de devoirs", ("homework",)),
        ("Menos deberes", ("homework",)),
        ("4", ("homework",)),
        ("less bullying please", ("bullying",)),
        ("homework", ("homework",)),  # the id
    ],
)
def test_single_choice_by_label_in_any_language_or_number(text, expected):
    reading = read_answer(q(SCHOOL, "change_one_thing"), text)
    assert reading.kind == "answer"
    assert reading.choices == expected


def test_single_choice_with_two_options_named_is_unclear():
    reading = read_answer(q(SCHOOL, "change_one_thing"), "less homework and less bullying")
    assert reading.kind == "unclear"


def test_prefer_not_to_say_only_where_offered():
    offered = read_answer(q(SCHOOL, "change_one_thing"), "I'd rather not say")
    assert offered.choices == (PREFER_NOT_TO_SAY,)
    assert read_answer(q(SCHOOL, "change_one_thing"), "je préfère ne pas dire").choices == (
        PREFER_NOT_TO_SAY,
    )
    assert read_answer(q(SCHOOL, "feel_safe"), "I'd rather not say").kind == "unclear"


def test_prefer_not_to_say_from_the_domain_button_words():
    reading = read_answer(
        q(SCHOOL, "seen_bullying"),
        "Prefiero no decirlo",
        extra_labels={PREFER_NOT_TO_SAY: ["Prefiero no decirlo"]},
    )
    assert reading.choices == (PREFER_NOT_TO_SAY,)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 and 3", ("friends", "learning")),
        ("2, 6", ("teachers", "breaks")),
        ("my friends and break time", ("friends", "breaks")),
        ("mes amis, la récré", ("friends", "breaks")),
        ("el recreo", ("breaks",)),
    ],
)
def test_multiple_choice_typed(text, expected):
    reading = read_answer(q(SCHOOL, "best_things"), text)
    assert reading.kind == "answer", reading
    assert reading.choices == expected


def test_multiple_choice_more_than_max_picks_is_explained():
    reading = read_answer(q(SCHOOL, "best_things"), "1, 2, 3, 4")
    assert (reading.kind, reading.problem) == ("unclear", "too_many")


def test_a_number_outside_the_options_is_unclear():
    assert read_answer(q(SCHOOL, "best_things"), "9").kind == "unclear"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("yes", "yes"),
        ("Oui", "yes"),
        ("sí", "yes"),
        ("si", "yes"),
        ("nope", "no"),
        ("non", "no"),
        # The bare yes and no children type elsewhere (the affirm and deny intents).
        ("sure", "yes"),
        ("yea", "yes"),
        ("ouep", "yes"),
        ("carrément", "yes"),
        ("sip", "yes"),
        ("nan", "no"),
        ("nop", "no"),
        ("qué va", "no"),
    ],
)
def test_yes_no_in_any_language(text, value):
    assert read_answer(q(SCHOOL, "seen_bullying"), text).choices == (value,)


@pytest.mark.parametrize(
    ("text", "value"),
    [("4", "4"), ("five", "5"), ("trois", "3"), ("Very safe", "5"), ("nada seguro", "1")],
)
def test_scale_by_number_or_its_end_words(text, value):
    assert read_answer(q(SCHOOL, "feel_safe"), text).choices == (value,)


def test_scale_out_of_range_is_unclear():
    assert read_answer(q(SCHOOL, "feel_safe"), "7").kind == "unclear"


def number_question():
    return next(question for question in SCHOOL.questions if question.type == "number")


@pytest.mark.parametrize(("text", "value"), [("3", 3), ("about 2 hours", 2), ("deux", 2)])
def test_number_answers(text, value):
    reading = read_answer(number_question(), text)
    assert (reading.kind, reading.number) == ("answer", value)


def test_number_out_of_range_or_not_whole_is_explained():
    question = number_question()
    assert read_answer(question, str(question.maximum + 1)).problem == "out_of_range"
    assert read_answer(question, "2.5").problem == "not_whole"
    assert read_answer(question, "lots").kind == "unclear"


def text_question():
    return next(question for question in SCHOOL.questions if question.type == "text")


def test_free_text_is_taken_as_written_but_commands_still_work():
    question = text_question()
    reading = read_answer(question, "  More clubs after school  ")
    assert (reading.kind, reading.text) == ("answer", "More clubs after school")
    assert read_answer(question, "skip").kind == "skip"
    assert read_answer(question, "no").text == "no"  # "no" is an answer here


def test_free_text_too_long():
    question = text_question()
    assert read_answer(question, "x" * (question.max_length + 1)).problem == "too_long"


def test_other_requests_step_aside_but_sentences_are_answers():
    choice = q(SCHOOL, "change_one_thing")
    assert read_answer(choice, "help", intent="help").kind == "aside"
    assert read_answer(choice, "blah", intent="greet").kind == "unclear"
    text = text_question()
    assert read_answer(text, "bye", intent="goodbye").kind == "aside"
    long = "I would say goodbye to the old rules about phones in class"
    assert read_answer(text, long, intent="goodbye").kind == "answer"
    assert read_answer(choice, "/help").kind == "aside"


@pytest.mark.parametrize(
    ("text", "agreed"),
    [("I agree", True), ("oui", True), ("vale", True), ("not now", False), ("non", False)],
)
def test_consent(text, agreed):
    assert read_consent(text) is agreed
    assert read_consent("what is this about") is None


@pytest.mark.parametrize(
    ("text", "band"),
    [("14", "13-15"), ("13-15", "13-15"), ("8 to 12", "8-12"), ("I'm 16", "16-17"), ("18+", "18+")],
)
def test_age_band(text, band):
    assert read_age_band(text) == band
    assert read_age_band("old enough") is None


def test_index_by_number_or_title():
    titles = [dict(SCHOOL.title), dict(HOME.title)]
    assert read_index("2", titles) == 1
    assert read_index("ton école, ton avis", titles) == 0
    assert read_index("3", titles) is None


def test_below_consent_age():
    assert below_consent_age("8-12", 13)
    assert not below_consent_age("13-15", 13)
    assert below_consent_age("13-15", 14)
    assert below_consent_age("16-17", 17)
    assert not below_consent_age("16-17", 16)
    assert not below_consent_age("18+", 16)
    assert below_consent_age(None, 13)  # unknown errs on the child's side


def test_next_and_previous_follow_show_if_and_leave_out_free_text():
    ids = [question.id for question in SCHOOL.questions]
    first = next_question(SCHOOL, {}, None, free_text=True)
    assert first is not None and first.id == ids[0]
    # seen_bullying: "no" hides what depends on it.
    answers = {"feel_safe": "4", "best_things": ["friends"], "change_one_thing": "homework"}
    after = next_question(
        SCHOOL, {**answers, "seen_bullying": "no"}, "seen_bullying", free_text=True
    )
    shown_yes = next_question(
        SCHOOL, {**answers, "seen_bullying": "yes"}, "seen_bullying", free_text=True
    )
    assert after is not None and shown_yes is not None
    assert after.id != shown_yes.id
    assert shown_yes.show_if is not None and shown_yes.show_if.question == "seen_bullying"
    everything = SCHOOL.visible_questions({}, free_text=False)
    assert all(question.type != "text" for question in everything)
    back = previous_question(SCHOOL, answers, "seen_bullying", free_text=True)
    assert back is not None and back.id == "change_one_thing"
    assert previous_question(SCHOOL, {}, ids[0], free_text=True) is None


def test_resume_after_the_last_answered_question():
    answers = {"feel_safe": "4", "best_things": ["friends"]}
    question = resume_question(SCHOOL, answers, "best_things", free_text=True)
    assert question is not None and question.id == "change_one_thing"
    start = resume_question(SCHOOL, {}, "", free_text=True)
    assert start is not None and start.id == SCHOOL.questions[0].id


@pytest.mark.parametrize(
    ("text", "deleting"),
    [
        ("yes delete everything", True),
        ("oui efface tout", True),
        ("sí, bórralo todo", True),
        ("yes forget me", True),
        ("yes", False),
        ("oui", False),
        ("yes please", False),
    ],
)
def test_mentions_deleting(text, deleting):
    assert mentions_deleting(text) is deleting


def test_answer_texts_list_picks_in_the_order_the_question_shows_them():
    # The store keeps a "pick several" answer in option-id order (breaks, friends).
    best = q(SCHOOL, "best_things")
    labels = {"yes": "Oui", "no": "Non", PREFER_NOT_TO_SAY: "Je préfère ne pas dire"}
    said = answer_texts(best, ["breaks", "friends"], "fr", labels)
    assert said == [best.option("friends").label("fr"), best.option("breaks").label("fr")]
    assert answer_texts(q(SCHOOL, "change_one_thing"), PREFER_NOT_TO_SAY, "fr", labels) == [
        "Je préfère ne pas dire"
    ]
