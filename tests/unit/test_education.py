"""The education loader (knowledge/education/) and the quiz's pure logic."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType

import pytest

from bot.education import (
    LETTERS,
    QUIZ_PATH,
    TIPS_PATH,
    EducationDataError,
    QuizQuestion,
    Reading,
    Translated,
    load_education,
    load_quiz,
    load_tips,
    match_answer,
    match_topic,
    normalise,
    read_answer,
    score,
)
from bot.names import LANGUAGES

# ------------------------------------------------------------------ small valid files

TIPS = """\
schema_version: "1"
topics:
  - id: passwords
    title: {en: "Passwords", fr: "Mots de passe", es: "Contraseñas"}
    keywords:
      en: [password, passwords]
      fr: [mot de passe]
      es: [contraseña]
    points:
      en: ["Use long ones.", "Keep them secret."]
      fr: ["Choisis-les longs.", "Garde-les secrets."]
      es: ["Úsalas largas.", "No las compartas."]
  - id: scams
    title: {en: "Scams", fr: "Arnaques", es: "Estafas"}
    keywords: {en: [scam], fr: [arnaque], es: [estafa]}
    points:
      en: ["Prizes are a trick.", "Ask an adult."]
      fr: ["Les cadeaux sont un piège.", "Demande à un adulte."]
      es: ["Los premios son una trampa.", "Pregunta a un adulto."]
"""

QUIZ = """\
schema_version: "1"
questions:
  - id: pay
    question: {en: "What do you do?", fr: "Que fais-tu ?", es: "¿Qué haces?"}
    options:
      - {en: "I pay them, so it stops", fr: "Je paie, pour que ça s'arrête", es: "Le pago, para que se acabe"}
      - {en: "I delete the chat", fr: "Je supprime la conversation", es: "Borro la conversación"}
      - {en: "I don't pay and I tell an adult I trust", fr: "Je ne paie pas et j'en parle à un adulte", es: "No pago y se lo cuento a un adulto"}
    correct: c
    why: {en: "It's never your fault.", fr: "Ce n'est jamais ta faute.", es: "Nunca es culpa tuya."}
"""  # noqa: E501


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def line_of(text: str, marker: str) -> int:
    """1-based number of the first line containing ``marker``."""
    return next(i for i, line in enumerate(text.splitlines(), 1) if marker in line)


def problems(load, path: Path) -> list[str]:
    with pytest.raises(EducationDataError) as caught:
        load(path)
    return [str(p) for p in caught.value.problems]


# ------------------------------------------------------------------------ the repository


def test_the_repository_files_load():
    data = load_education()
    assert data.topics and data.quiz
    # The quiz is reachable after a bullying disclosure; its topic must exist.
    assert data.topic("bullying") is not None


def test_every_option_of_the_real_quiz_is_understood_by_its_own_words_and_letter():
    for question in load_quiz():
        for index, (letter, option) in enumerate(
            zip(question.letters, question.options, strict=True)
        ):
            assert match_answer(question, letter.upper()) == letter
            assert match_answer(question, str(index + 1)) == letter
            for lang in LANGUAGES:
                assert match_answer(question, option(lang)) == letter, (question.id, lang)


def test_every_keyword_of_the_real_tips_finds_its_topic():
    topics = load_tips()
    for topic in topics:
        for lang in LANGUAGES:
            for keyword in topic.keywords[lang]:
                found = match_topic(topics, f"tips about {keyword} please")
                assert found is topic, (topic.id, keyword)


# ------------------------------------------------------------------------ the loader


def test_small_valid_files_load_into_frozen_records(tmp_path):
    data = load_education(write(tmp_path, "tips.yml", TIPS), write(tmp_path, "quiz.yml", QUIZ))
    assert [t.id for t in data.topics] == ["passwords", "scams"]
    passwords = data.topics[0]
    assert passwords.title("fr") == "Mots de passe"
    assert passwords.points["es"] == ("Úsalas largas.", "No las compartas.")
    # Keywords are folded so that "Contraseña" and "contrasena" both match.
    assert passwords.keywords["es"] == ("contrasena",)
    question = data.quiz[0]
    assert (question.id, question.correct, question.letters) == ("pay", "c", "abc")
    assert question.option("b")("en") == "I delete the chat"
    with pytest.raises(AttributeError):
        question.correct = "a"  # type: ignore[misc]
    with pytest.raises(TypeError):
        passwords.points["en"] = ()  # type: ignore[index]


def test_tip_text_is_the_title_then_one_point_per_line(tmp_path):
    topic = load_tips(write(tmp_path, "tips.yml", TIPS))[1]
    assert topic.text("es") == "Estafas\n• Los premios son una trampa.\n• Pregunta a un adulto."
    # An unsupported language falls back to the default language.
    assert topic.text("de").startswith("Scams\n")


def test_next_topic_goes_round(tmp_path):
    data = load_education(write(tmp_path, "tips.yml", TIPS), write(tmp_path, "quiz.yml", QUIZ))
    first, second = data.topics
    assert data.next_topic(first) is second
    assert data.next_topic(second) is first


# (text to replace, replacement, a text on the line the problem is on — its last
# occurrence —, the field named, what the message says)
BAD_TIPS = {
    "missing-language": (
        'title: {en: "Scams", fr: "Arnaques", es: "Estafas"}',
        'title: {en: "Scams", es: "Estafas"}',
        'title: {en: "Scams"',
        "topics[1].title.fr",
        "missing required field",
    ),
    "untranslated": (
        'fr: "Arnaques"',
        'fr: "Scams"',
        'title: {en: "Scams"',
        "topics[1].title.fr",
        "is the same as en: translate it",
    ),
    "untranslated-point": (
        '      es: ["Los premios son una trampa.", "Pregunta a un adulto."]',
        '      es: ["Los premios son una trampa.", "Ask an adult."]',
        '"Ask an adult."]',
        "topics[1].points.es[1]",
        "is the same as en: translate it",
    ),
    "duplicate-id": (
        "  - id: scams",
        "  - id: passwords",
        "id: passwords",
        "topics[1].id",
        "duplicate id 'passwords' (first on line 3)",
    ),
    "keyword-in-two-topics": (
        "keywords: {en: [scam],",
        "keywords: {en: [scam, password],",
        "id: scams",
        "topics.scams.keywords",
        "keyword 'password' also belongs to topic 'passwords'",
    ),
    "uneven-points": (
        '      en: ["Prizes are a trick.", "Ask an adult."]',
        '      en: ["Prizes are a trick.", "Ask an adult.", "Tell someone."]',
        "Tell someone.",
        "topics[1].points",
        "languages have different numbers of points",
    ),
    "too-few-points": (
        '      en: ["Prizes are a trick.", "Ask an adult."]',
        '      en: ["Prizes are a trick."]',
        '["Prizes are a trick."]',
        "topics[1].points.en",
        "has 1 items, expected 2 to 4",
    ),
    "unknown-field": (
        "    keywords: {en: [scam]",
        "    colour: blue\n    keywords: {en: [scam]",
        "colour: blue",
        "topics[1].colour",
        "unknown field",
    ),
    "schema-version": (
        'schema_version: "1"',
        'schema_version: "2"',
        "schema_version",
        "schema_version",
        "'2' is not supported",
    ),
    "title-too-long": (
        'title: {en: "Scams",',
        'title: {en: "' + "S" * 41 + '",',
        'title: {en: "SSS',
        "topics[1].title.en",
        "is 41 characters, at most 40 allowed",
    ),
}


def last_line_of(text: str, marker: str) -> int:
    return [i for i, line in enumerate(text.splitlines(), 1) if marker in line][-1]


@pytest.mark.parametrize(
    ("old", "new", "marker", "field", "message"), BAD_TIPS.values(), ids=BAD_TIPS.keys()
)
def test_bad_tips_fail_naming_file_line_and_field(tmp_path, old, new, marker, field, message):
    assert old in TIPS
    text = TIPS.replace(old, new, 1)
    path = write(tmp_path, "tips.yml", text)
    found = problems(load_tips, path)
    expected = f"{path}:{last_line_of(text, marker)}: {field}"
    assert any(p.startswith(expected) and message in p for p in found), (expected, found)


@pytest.mark.parametrize(
    ("old", "new", "marker", "field", "message"),
    [
        (
            "correct: c",
            "correct: d",
            "correct: d",
            "questions[0].correct",
            "'d' is not one of the options (a, b, c)",
        ),
        (
            "    correct: c\n",
            "",
            "  - id: pay",
            "questions[0].correct",
            "missing required field",
        ),
        (
            '      - {en: "I delete the chat"',
            '      - {en: "I pay them, so it stops"',
            '- {en: "I pay them',
            "questions[0].options",
            "two options are the same in en",
        ),
        (
            'why: {en: "It\'s never your fault.", fr: "Ce n\'est jamais ta faute."',
            'why: {en: "It\'s never your fault.", fr: true',
            "why:",
            "questions[0].why.fr",
            "expected text",
        ),
        (
            "    question: {",
            "    question: {en: x}\n    question: {",
            '    question: {en: "What',
            "questions[0].question",
            "duplicate key 'question'",
        ),
    ],
    ids=["correct-not-an-option", "no-correct", "same-options", "not-text", "duplicate-key"],
)
def test_bad_quiz_fails_naming_file_line_and_field(tmp_path, old, new, marker, field, message):
    assert old in QUIZ
    text = QUIZ.replace(old, new, 1)
    path = write(tmp_path, "quiz.yml", text)
    found = problems(load_quiz, path)
    assert any(
        p.startswith(f"{path}:{line_of(text, marker)}: {field}") and message in p for p in found
    ), found


def test_every_problem_is_reported_at_once(tmp_path):
    text = QUIZ.replace("correct: c", "correct: z").replace('es: "Nunca es culpa tuya."', "")
    found = problems(load_quiz, write(tmp_path, "quiz.yml", text))
    assert any("questions[0].correct" in p for p in found), found
    assert any("questions[0].why.es" in p for p in found), found


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the file is empty"),
        ("questions: [a\n", "not valid YAML"),
        ("- 1\n", "expected a mapping"),
    ],
    ids=["empty", "broken-yaml", "not-a-mapping"],
)
def test_unreadable_files_fail_loudly(tmp_path, text, message):
    path = write(tmp_path, "quiz.yml", text)
    found = problems(load_quiz, path)
    assert found and found[0].startswith(str(path)) and message in found[0], found


def test_the_default_paths_are_the_repository_files():
    assert TIPS_PATH.parts[-3:] == ("knowledge", "education", "tips.yml")
    assert QUIZ_PATH.parts[-3:] == ("knowledge", "education", "quiz.yml")


# ------------------------------------------------------------------------ quiz logic


def t(en: str, fr: str, es: str) -> Translated:
    return Translated(MappingProxyType({"en": en, "fr": fr, "es": es}))


QUESTION = QuizQuestion(
    id="pay",
    question=t("What do you do?", "Que fais-tu ?", "¿Qué haces?"),
    options=(
        t("I pay them, so it stops", "Je paie, pour que ça s'arrête", "Le pago, para que se acabe"),
        t("I delete the chat", "Je supprime la conversation", "Borro la conversación"),
        t(
            "I don't pay and I tell an adult I trust",
            "Je ne paie pas et j'en parle à un adulte",
            "No pago y se lo cuento a un adulto",
        ),
    ),
    correct="c",
    why=t("Never your fault.", "Jamais ta faute.", "Nunca es culpa tuya."),
)


@pytest.mark.parametrize(
    ("typed", "letter"),
    [
        ("a", "a"),
        ("B", "b"),
        ("c)", "c"),
        (" C. ", "c"),
        ("2", "b"),
        ("b) delete it", "b"),
        ("i delete the chat", "b"),
        ("I DELETE THE CHAT!!", "b"),
        ("je supprime la conversation", "b"),
        ("borro la conversacion", "b"),  # no accent
        ("dont pay", "c"),  # no apostrophe, and negation kept
        ("don't pay", "c"),
        ("no pago", "c"),  # "no" changes the answer: not "le pago"
        ("je ne paie pas", "c"),
        ("i pay them", "a"),
        ("i would tell an adult", "c"),  # most of one option's longer words
        ("delete", "b"),  # a word found in one option only
    ],
)
def test_typed_answers_are_matched_in_any_language(typed, letter):
    assert match_answer(QUESTION, typed) == letter


@pytest.mark.parametrize(
    "typed",
    ["", "   ", "😀", "d", "4", "not b", "b please", "pay", "no", "i dont know", "hello there"],
)
def test_unclear_answers_match_nothing(typed):
    # Ambiguous ("pay" is in two options), out of range, or a letter inside a sentence:
    # better to ask again than to guess.
    assert match_answer(QUESTION, typed) is None


def test_normalise_folds_case_accents_apostrophes_and_punctuation():
    assert normalise("  Très BIEN, don't… ¿Qué?  ") == "tres bien dont que"


def test_an_answer_button_of_this_question_is_read():
    reading = read_answer(
        QUESTION,
        text='/quiz_answer{"quiz_question": "pay", "quiz_option": "b"}',
        intent="quiz_answer",
        payload_question="pay",
        payload_option="b",
    )
    assert reading == Reading(for_quiz=True, letter="b")


@pytest.mark.parametrize(
    ("payload_question", "payload_option"),
    [("another_question", "a"), ("pay", "z"), (None, None)],
    ids=["earlier-question", "unknown-option", "no-entities"],
)
def test_a_stale_or_broken_answer_button_asks_again(payload_question, payload_option):
    reading = read_answer(
        QUESTION,
        text="/quiz_answer",
        intent="quiz_answer",
        payload_question=payload_question,
        payload_option=payload_option,
    )
    assert reading == Reading(for_quiz=True, letter=None)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("/resume", "resume"),
        ("/stop_quiz", "stop_quiz"),
        ("/help", "help"),
        ("/menu_get_help", "menu_get_help"),
        ('/choose_language{"language": "fr"}', "choose_language"),
        ('/online_safety_tips{"tips_topic": "scams"}', "online_safety_tips"),
        ("/c", None),  # a payload is never an answer, even one that looks like a letter
    ],
)
def test_other_buttons_are_never_answers(text, intent):
    assert read_answer(QUESTION, text=text, intent=intent) == Reading(for_quiz=False)


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("stop", "stop_quiz"),
        ("i need to talk to someone", "menu_get_help"),
        ("what can you do", "help"),
        ("en français", "choose_language"),
        ("bye", "goodbye"),
    ],
)
def test_typed_requests_for_something_else_step_aside(text, intent):
    assert read_answer(QUESTION, text=text, intent=intent) == Reading(for_quiz=False)


def test_an_answer_wins_over_the_intent_nlu_guessed():
    # "c" or an option's words are answers even if NLU thought of something else.
    assert read_answer(QUESTION, text="c", intent="stop_quiz").letter == "c"
    reading = read_answer(QUESTION, text="i dont pay and i tell an adult", intent="menu_get_help")
    assert reading == Reading(for_quiz=True, letter="c")


@pytest.mark.parametrize("intent", ["nlu_fallback", "greet", "thanks", "banter", None])
def test_other_unclear_messages_are_answers_to_ask_again(intent):
    assert read_answer(QUESTION, text="hmm", intent=intent) == Reading(for_quiz=True)


def test_score_counts_best_answers_only():
    other = QuizQuestion(
        id="other",
        question=QUESTION.question,
        options=QUESTION.options[:2],
        correct="a",
        why=QUESTION.why,
    )
    quiz = (QUESTION, other)
    assert score(quiz, {"pay": "c", "other": "a"}) == 2
    assert score(quiz, {"pay": "a", "other": "a"}) == 1
    assert score(quiz, {"pay": None}) == 0
    assert score(quiz, {}) == 0


def test_letters_follow_the_options():
    assert QUESTION.letters == LETTERS[:3] == "abc"


def test_topics_are_found_by_keyword_in_any_language_or_not_at_all(tmp_path):
    topics = load_tips(write(tmp_path, "tips.yml", TIPS))
    assert match_topic(topics, "tips about PASSWORDS pls").id == "passwords"
    assert match_topic(topics, "une arnaque ?").id == "scams"
    assert match_topic(topics, "ma contrasena").id == "passwords"
    # Keywords are whole words: "scampi" is not a scam.
    assert match_topic(topics, "i like scampi") is None
    # Two topics at once, or none: the child gets the list.
    assert match_topic(topics, "password scam") is None
    assert match_topic(topics, "how do i stay safe online") is None


# ------------------------------------------------------------------------ NLU data


@pytest.mark.parametrize("intent", ["online_safety_tips", "online_safety_quiz", "stop_quiz"])
def test_each_education_intent_has_varied_examples_in_every_language(nlu_examples, intent):
    for lang in LANGUAGES:
        examples = nlu_examples[lang].get(intent, [])
        assert len(set(examples)) >= 12, (lang, intent, len(examples))


def test_education_examples_are_not_also_examples_of_another_intent(nlu_examples):
    owners: dict[str, set[str]] = {}
    for by_intent in nlu_examples.values():
        for intent, examples in by_intent.items():
            for example in examples:
                owners.setdefault(normalise(example), set()).add(intent)
    education = {"online_safety_tips", "online_safety_quiz", "stop_quiz"}
    clashes = {e: i for e, i in owners.items() if i & education and len(i) > 1}
    assert not clashes, clashes
