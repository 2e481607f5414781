"""Taking part in a consultation over the REST channel, against the real stack.

The consultations are imported and opened with the real command (``manage.py
consultations``) into the stack's own database, then a child takes part in chat; the
tests read the application database and the tracker store's SQLite file directly.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
import yaml

from tests.e2e.stack import ROOT, Stack

pytestmark = pytest.mark.e2e

GB = {"language": "en", "country": "GB"}
VOICE = "e2e-voice"
REPORT = "e2e-report"
LILY = "my name is Lily Smith and my number is 07700 900123"


def texts(language_text: str) -> dict[str, str]:
    return {"en": language_text, "fr": f"{language_text} (fr)", "es": f"{language_text} (es)"}


def definition(slug: str, questions: list[dict[str, Any]]) -> dict[str, Any]:
    now = datetime.now(timezone.utc)
    return {
        "id": slug,
        "version": 1,
        "organisation": "E2E Children's Office",
        "title": texts(f"Title of {slug}"),
        "intro": texts(f"Intro of {slug}."),
        "consent": texts(f"Consent words of {slug}. Do you want to take part?"),
        "thank_you": texts(f"Thank you for {slug}!"),
        "what_next": texts(f"What happens next for {slug}."),
        "audience": {"age_bands": ["8-12", "13-15", "16-17"], "countries": []},
        "opens": (now - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "closes": (now + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "retention_days": 30,
        "free_text_below_consent_age": False,
        "questions": questions,
    }


def option(option_id: str, label: str) -> dict[str, Any]:
    return {"id": option_id, "label": {"en": label, "fr": f"{label} fr", "es": f"{label} es"}}


VOICE_QUESTIONS = [
    {
        "id": "safe",
        "type": "scale",
        "required": True,
        "text": texts("How safe do you feel?"),
        "scale_labels": {"low": texts("Not safe"), "high": texts("Very safe")},
    },
    {
        "id": "best",
        "type": "multiple",
        "max_picks": 2,
        "text": texts("What is best? Pick up to 2."),
        "options": [option("friends", "Friends"), option("sport", "Sport"), option("art", "Art")],
    },
    {
        "id": "change",
        "type": "single",
        "prefer_not_to_say": True,
        "text": texts("What would you change?"),
        "options": [option("homework", "Less homework"), option("toilets", "Clean toilets")],
    },
    {"id": "adult", "type": "yes_no", "text": texts("Is there an adult you can talk to?")},
    {
        "id": "hours",
        "type": "number",
        "minimum": 0,
        "maximum": 40,
        "text": texts("How many hours of homework?"),
    },
    {"id": "idea", "type": "text", "text": texts("One idea? Please don't write names.")},
]


def manage(stack: Stack, *args: str) -> str:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": f"sqlite:///{stack.db_path}",
        "HEARME_PSEUDONYM_SECRET": stack.pseudonym_secret,
    }
    done = subprocess.run(
        [sys.executable, "web/manage.py", "consultations", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def consultations(stack: Stack, tmp_path_factory: pytest.TempPathFactory) -> Stack:
    folder = tmp_path_factory.mktemp("consultations")
    report_questions = [{"id": "liked", "type": "yes_no", "text": texts("Did you like it?")}]
    for slug, questions in ((VOICE, VOICE_QUESTIONS), (REPORT, report_questions)):
        path = folder / f"{slug}.yml"
        path.write_text(yaml.safe_dump(definition(slug, questions), allow_unicode=True))
        manage(stack, "import", str(path))
        manage(stack, "open", slug)
    return stack


def said(replies: list[dict[str, Any]]) -> str:
    return "\n".join(r.get("text") or "" for r in replies)


def buttons(replies: list[dict[str, Any]]) -> dict[str, str]:
    return {b["title"]: b["payload"] for r in replies for b in r.get("buttons") or []}


def db(stack: Stack, query: str, *params: Any) -> list[tuple[Any, ...]]:
    with sqlite3.connect(stack.db_path) as connection:
        return connection.execute(query, params).fetchall()


def answers(stack: Stack) -> dict[str, tuple[Any, ...]]:
    """Every stored answer of the VOICE consultation: question -> (choices, number, text),
    for all children (each test uses its own consultation or counts its own)."""
    rows = db(
        stack,
        "SELECT q.key, a.number, a.text, a.id, r.participant_id FROM consultations_answer a"
        " JOIN consultations_question q ON q.id = a.question_id"
        " JOIN consultations_response r ON r.id = a.response_id",
    )
    found = {}
    for key, number, text, answer_id, participant in rows:
        choices = sorted(
            o
            for (o,) in db(
                stack,
                "SELECT option FROM consultations_answerchoice WHERE answer_id = ?",
                answer_id,
            )
        )
        found[f"{participant}:{key}"] = (choices, number, text)
    return found


def answers_of(stack: Stack, participant: int) -> dict[str, tuple[Any, ...]]:
    prefix = f"{participant}:"
    return {k[len(prefix) :]: v for k, v in answers(stack).items() if k.startswith(prefix)}


def participants(stack: Stack) -> set[int]:
    return {row[0] for row in db(stack, "SELECT id FROM consultations_participant")}


def tracker_rows(stack: Stack, sender: str) -> list[str]:
    with sqlite3.connect(stack.db_path.parent / "tracker.sqlite3") as connection:
        return [
            row[0]
            for row in connection.execute(
                "SELECT data FROM events WHERE sender_id = ? ORDER BY id", (sender,)
            )
        ]


def child() -> str:
    return f"child-{uuid.uuid4().hex[:12]}"


def test_deep_link_consent_every_question_type_and_a_redacted_conversation_log(consultations):
    stack = consultations
    sender = child()
    before = participants(stack)
    # The first message carries the deep link; the age group is asked once.
    replies = stack.send(sender, "/greet", {**GB, "deep_link": f"consult_{VOICE}"})
    assert "how old are you" in said(replies).lower(), replies
    assert set(buttons(replies)) >= {"8 to 12", "13 to 15", "16 or 17", "18 or over"}
    replies = stack.send(sender, "14", GB)
    assert f"Consent words of {VOICE}" in said(replies), replies
    assert stack.tracker(sender)["slots"]["age_band"] == "13-15"
    agree = buttons(replies)["I agree"]
    assert participants(stack) == before  # nothing stored before consent
    replies = stack.send(sender, agree, GB)
    assert "How safe do you feel?" in said(replies), replies
    assert {"1 – Not safe", "5 – Very safe", "Stop"} <= set(buttons(replies))

    # An invalid answer gets a kind re-prompt, then the same question.
    replies = stack.send(sender, "banana", GB)
    assert "number from 1 to 5" in said(replies), replies
    assert "How safe do you feel?" in said(replies)
    replies = stack.send(sender, "4", GB)
    assert "What is best?" in said(replies), replies

    # Pick several by buttons: the second pick reaches max_picks and is saved.
    replies = stack.send(sender, buttons(replies)["Friends"], GB)
    assert "✓ Friends" in buttons(replies), replies
    replies = stack.send(sender, buttons(replies)["Art"], GB)
    assert "What would you change?" in said(replies), replies
    assert "I'd rather not say" in buttons(replies)
    # Typed in French.
    replies = stack.send(sender, "je préfère ne pas dire", GB)
    assert "adult you can talk to" in said(replies), replies
    replies = stack.send(sender, buttons(replies)["Yes"], GB)
    assert "How many hours" in said(replies), replies
    replies = stack.send(sender, "50", GB)
    assert "from 0 to 40" in said(replies), replies
    replies = stack.send(sender, "about 3", GB)
    assert "One idea?" in said(replies), replies
    replies = stack.send(sender, LILY, GB)
    flagged = "/resume" in buttons(replies).values()
    if flagged:
        # Safety triage reads this answer as a disclosure (a false alarm at the time of
        # writing): help comes first, nothing is stored, and the child goes back.
        (new,) = participants(stack) - before
        assert "idea" not in answers_of(stack, new)
        replies = stack.send(sender, "/resume", GB)
        assert "One idea?" in said(replies), replies
        replies = stack.send(sender, "I think we need more art lessons", GB)
    assert f"Thank you for {VOICE}!" in said(replies), replies
    assert f"What happens next for {VOICE}." in said(replies)

    (new,) = participants(stack) - before
    stored = answers_of(stack, new)
    assert stored["safe"][0] == ["4"]
    assert stored["best"][0] == ["art", "friends"]
    assert stored["change"][0] == ["prefer_not_to_say"]
    assert stored["adult"][0] == ["yes"]
    assert stored["hours"][1] == 3
    idea = stored["idea"][2]
    assert "Lily" not in idea and "07700" not in idea
    assert "[phone]" in idea if not flagged else "art lessons" in idea
    status = db(stack, "SELECT status FROM consultations_response WHERE participant_id = ?", new)
    assert status == [("complete",)]

    # The conversation log keeps no raw answer.
    log = "\n".join(tracker_rows(stack, sender))
    assert log, "the tracker store kept nothing: is endpoints.yml's tracker store loaded?"
    assert "Lily" not in log and "07700" not in log


def test_crisis_mid_consultation_stop_resume_change_mydata_and_forget(consultations):
    stack = consultations
    sender = child()
    meta = {**GB, "age_band": "13-15"}
    before = participants(stack)
    replies = stack.send(sender, "/menu_have_say", meta)
    choices = buttons(replies)
    assert f"Title of {VOICE}" in choices, replies
    replies = stack.send(sender, choices[f"Title of {VOICE}"], meta)
    replies = stack.send(sender, buttons(replies)["I agree"], meta)
    assert "How safe do you feel?" in said(replies), replies
    replies = stack.send(sender, "2", meta)
    assert "What is best?" in said(replies), replies
    (new,) = participants(stack) - before

    # A crisis where an answer was expected: help first, nothing stored, a way back.
    replies = stack.send(sender, "honestly i just want to kill myself", meta)
    text = said(replies)
    assert "0800 1111" in text, replies  # Childline, the GB child helpline
    assert "What is best?" not in text
    assert "/resume" in buttons(replies).values()
    assert set(answers_of(stack, new)) == {"safe"}
    assert stack.tracker(sender)["active_loop"].get("name") == "consultation_form"
    replies = stack.send(sender, "/resume", meta)
    assert "What is best?" in said(replies), replies

    # Stop, then carry on later where they left off.
    replies = stack.send(sender, "stop", meta)
    assert "we've stopped" in said(replies).lower(), replies
    replies = stack.send(sender, "/menu_have_say", meta)
    carry_on = buttons(replies)[f"Carry on: Title of {VOICE}"]
    replies = stack.send(sender, carry_on, meta)
    assert "Welcome back" in said(replies) and "What is best?" in said(replies), replies
    stack.send(sender, "1", meta)
    replies = stack.send(sender, "skip", meta)
    replies = stack.send(sender, buttons(replies)["No"], meta)
    replies = stack.send(sender, "skip", meta)
    assert "One idea?" in said(replies), replies
    replies = stack.send(sender, "skip", meta)
    assert f"Thank you for {VOICE}!" in said(replies), replies

    # Change an answer until it closes.
    replies = stack.send(sender, "/menu_have_say", meta)
    replies = stack.send(sender, buttons(replies)[f"Title of {VOICE}"], meta)
    assert "already had your say" in said(replies), replies
    assert "Your answer now: 2." in said(replies)
    replies = stack.send(sender, "5", meta)
    assert "What is best?" in said(replies), replies
    stack.send(sender, "stop", meta)
    assert answers_of(stack, new)["safe"][0] == ["5"]
    assert set(answers_of(stack, new)) == {"safe", "best", "adult"}

    # /mydata in child-friendly words.
    replies = stack.send(sender, "/my_data", meta)
    text = said(replies)
    assert "Age group: 13-15" in text, replies
    assert f"Title of {VOICE}" in text and "Very safe" not in text
    assert "How safe do you feel? → 5" in text
    assert "Delete everything" in buttons(replies)

    # /forget, with a confirmation step.
    replies = stack.send(sender, "/forget", meta)
    assert "Yes, delete everything" in buttons(replies), replies
    assert new in participants(stack)
    replies = stack.send(sender, buttons(replies)["Yes, delete everything"], meta)
    assert "I've deleted" in said(replies), replies
    assert new not in participants(stack)
    log = "\n".join(tracker_rows(stack, sender))
    assert "kill myself" not in log and "menu_have_say" not in log
    # Telegram's spelling, typed in any channel, works too.
    replies = stack.send(sender, "/mydata", meta)
    assert "don't keep any answers" in said(replies), replies


def test_you_said_we_did_is_shown_once_next_time(consultations, tmp_path):
    stack = consultations
    sender = child()
    meta = {**GB, "age_band": "8-12"}
    replies = stack.send(sender, "hi", {**meta, "deep_link": f"consult_{REPORT}"})
    replies = stack.send(sender, buttons(replies)["I agree"], meta)
    assert "Did you like it?" in said(replies), replies
    replies = stack.send(sender, "yes", meta)
    assert f"Thank you for {REPORT}!" in said(replies), replies

    manage(stack, "close", REPORT)
    report = tmp_path / "report.yml"
    report.write_text(
        json.dumps({"en": "You asked for it, so we did it.", "fr": "Fait.", "es": "Hecho."})
    )
    manage(stack, "report-back", REPORT, "--file", str(report))

    stack.send(sender, "/session_start", meta)
    replies = stack.send(sender, "hello", meta)
    assert "You asked for it, so we did it." in said(replies), replies
    assert "You said, we did" in said(replies)
    stack.send(sender, "/session_start", meta)
    replies = stack.send(sender, "hello", meta)
    assert "You asked for it" not in said(replies), replies


# ------------------------------------------------- the same flow in French and Spanish


def words(en: str, fr: str, es: str) -> dict[str, str]:
    return {"en": en, "fr": fr, "es": es}


def choice(option_id: str, en: str, fr: str, es: str) -> dict[str, Any]:
    return {"id": option_id, "label": words(en, fr, es)}


# Real French and Spanish words, so that a child can type an option's label.
SCHOOL_QUESTIONS: list[dict[str, Any]] = [
    {
        "id": "safe",
        "type": "scale",
        "required": True,
        "text": words(
            "How safe do you feel at school?",
            "Tu te sens en sécurité à l'école ?",
            "¿Cuánta seguridad sientes en la escuela?",
        ),
        "scale_labels": {
            "low": words("Not safe", "Pas du tout", "Ninguna"),
            "high": words("Very safe", "Tout à fait", "Mucha"),
        },
    },
    {
        "id": "best",
        "type": "multiple",
        "max_picks": 2,
        "text": words(
            "What do you like best? Pick up to 2.",
            "Qu'est-ce que tu préfères ? Choisis-en 2 au maximum.",
            "¿Qué es lo que más te gusta? Elige hasta 2.",
        ),
        "options": [
            choice("friends", "My friends", "Les copains", "Los amigos"),
            choice("sport", "Sport", "Le sport", "El deporte"),
            choice("art", "Drawing", "Le dessin", "El dibujo"),
        ],
    },
    {
        "id": "change",
        "type": "single",
        "prefer_not_to_say": True,
        "text": words("What would you change?", "Que changerais-tu ?", "¿Qué cambiarías?"),
        "options": [
            choice("homework", "Less homework", "Moins de devoirs", "Menos deberes"),
            choice("toilets", "Clean toilets", "Des toilettes propres", "Baños limpios"),
        ],
    },
    {
        "id": "adult",
        "type": "yes_no",
        "text": words(
            "Is there an adult you can talk to?",
            "Y a-t-il un adulte à qui tu peux parler ?",
            "¿Hay algún adulto con quien puedas hablar?",
        ),
    },
    {
        "id": "hours",
        "type": "number",
        "minimum": 0,
        "maximum": 40,
        "text": words(
            "How many hours of homework a week?",
            "Combien d'heures de devoirs par semaine ?",
            "¿Cuántas horas de deberes tienes a la semana?",
        ),
    },
    {
        "id": "idea",
        "type": "text",
        "text": words(
            "One idea to make school better? Please don't write names.",
            "Une idée pour améliorer l'école ? N'écris pas de noms, s'il te plaît.",
            "¿Una idea para mejorar la escuela? Por favor, no escribas nombres.",
        ),
    },
]


def choices_and_numbers(stored: dict[str, tuple[Any, ...]]) -> dict[str, tuple[Any, ...]]:
    """The options and the number of each stored answer (the text column is empty)."""
    return {key: (choices, number) for key, (choices, number, _text) in stored.items()}


def publish(stack: Stack, folder: Any, spec: dict[str, Any]) -> str:
    """Imports and opens a consultation of this test's own; returns its id."""
    path = folder / f"{spec['id']}.yml"
    path.write_text(yaml.safe_dump(spec, allow_unicode=True))
    manage(stack, "import", str(path))
    manage(stack, "open", spec["id"])
    return str(spec["id"])


def school(slug: str, title: dict[str, str]) -> dict[str, Any]:
    spec = definition(slug, SCHOOL_QUESTIONS)
    spec.update(
        title=title,
        intro=words(
            "Six short questions about your school.",
            "Six petites questions sur ton école.",
            "Seis preguntas cortas sobre tu escuela.",
        ),
        consent=words(
            "Only the E2E team reads your answers. Do you want to take part?",
            "Seule l'équipe E2E lit tes réponses. Tu veux participer ?",
            "Solo el equipo E2E lee tus respuestas. ¿Quieres participar?",
        ),
        thank_you=words("Thank you so much!", "Merci beaucoup !", "¡Muchas gracias!"),
        what_next=words(
            "We will tell you what we changed.",
            "On te dira ce qu'on a changé.",
            "Te contaremos lo que cambiamos.",
        ),
    )
    return spec


def test_taking_part_in_french(consultations, tmp_path):
    stack = consultations
    title = words("My school, my say", "Mon école, mon avis", "Mi escuela, mi voz")
    slug = publish(stack, tmp_path, school("e2e-ecole", title))
    sender = child()
    meta = {"language": "fr", "country": "FR", "age_band": "13-15"}
    before = participants(stack)

    replies = stack.send(sender, "/greet", {**meta, "deep_link": f"consult_{slug}"})
    text = said(replies)
    assert "Mon école, mon avis, de la part de E2E Children's Office" in text, replies
    assert "Seule l'équipe E2E lit tes réponses. Tu veux participer ?" in text
    assert {"J'accepte", "Pas maintenant"} <= set(buttons(replies))
    assert participants(stack) == before  # nothing stored before consent
    replies = stack.send(sender, "d'accord", meta)
    question_1 = "Question 1 sur 6 : Tu te sens en sécurité à l'école ?"
    assert question_1 in said(replies), replies
    assert "1 veut dire « Pas du tout » et 5 veut dire « Tout à fait »." in said(replies)
    assert {"1 – Pas du tout", "5 – Tout à fait", "Arrêter"} <= set(buttons(replies))
    (new,) = participants(stack) - before

    # An answer that is not one gets a kind re-prompt in French, then the question.
    replies = stack.send(sender, "banane", meta)
    assert "Pardon, je n'ai pas compris. Appuie ou écris un chiffre de 1 à 5." in said(replies)
    assert question_1 in said(replies), replies
    replies = stack.send(sender, "quatre", meta)  # a number word
    assert "Question 2 sur 6 : Qu'est-ce que tu préfères ?" in said(replies), replies
    assert "Appuie sur 2 réponses au maximum, puis sur « C'est bon »." in said(replies)

    # Two options typed with their French words.
    replies = stack.send(sender, "les copains et le dessin", meta)
    assert "Question 3 sur 6 : Que changerais-tu ?" in said(replies), replies
    assert {"Je préfère ne pas dire", "Passer", "Retour", "Arrêter"} <= set(buttons(replies))

    # "retour" goes back to the answer given; "passer" keeps it.
    replies = stack.send(sender, "retour", meta)
    assert "Question 2 sur 6" in said(replies), replies
    assert "Ta réponse actuelle : Les copains, Le dessin." in said(replies)
    assert "Garder ma réponse" in buttons(replies)
    replies = stack.send(sender, "passer", meta)
    assert "Question 3 sur 6 : Que changerais-tu ?" in said(replies), replies
    replies = stack.send(sender, "moins de devoirs", meta)
    question_4 = "Question 4 sur 6 : Y a-t-il un adulte à qui tu peux parler ?"
    assert question_4 in said(replies), replies

    # A crisis where an answer was expected: help first with France's child helpline
    # (119, knowledge/helplines.yml), nothing stored, and a way back.
    replies = stack.send(sender, "franchement je veux me suicider", meta)
    text = said(replies)
    assert "119" in text, replies
    assert "Tu veux reprendre ce qu'on faisait" in text
    assert question_4 not in text
    assert buttons(replies).get("Reprendre") == "/resume", replies
    assert set(answers_of(stack, new)) == {"safe", "best", "change"}
    assert stack.tracker(sender)["active_loop"].get("name") == "consultation_form"
    replies = stack.send(sender, "/resume", meta)
    assert "D'accord, on reprend les questions !" in said(replies), replies
    assert question_4 in said(replies)
    replies = stack.send(sender, "oui", meta)
    assert "Question 5 sur 6 : Combien d'heures de devoirs par semaine ?" in said(replies)
    assert "Écris un nombre de 0 à 40." in said(replies)
    replies = stack.send(sender, "50", meta)
    assert "Pardon, il me faut un nombre entier de 0 à 40, comme 20." in said(replies), replies
    replies = stack.send(sender, "trois", meta)
    question_6 = "Question 6 sur 6 : Une idée pour améliorer l'école ?"
    assert question_6 in said(replies), replies

    # Stop, then carry on later where they left off.
    replies = stack.send(sender, "arrête", meta)
    assert "D'accord, on s'arrête là." in said(replies), replies
    replies = stack.send(sender, "/menu_have_say", meta)
    carry_on = buttons(replies)["Continuer : Mon école, mon avis"]
    replies = stack.send(sender, carry_on, meta)
    assert "Content de te revoir pour « Mon école, mon avis » !" in said(replies), replies
    assert question_6 in said(replies)
    replies = stack.send(sender, "passer", meta)
    assert "Merci beaucoup !" in said(replies), replies
    assert "On te dira ce qu'on a changé." in said(replies)
    assert "Tu peux changer tes réponses jusqu'à la fin" in said(replies)

    stored = choices_and_numbers(answers_of(stack, new))
    assert stored == {
        "safe": (["4"], None),
        "best": (["art", "friends"], None),
        "change": (["homework"], None),
        "adult": (["yes"], None),
        "hours": ([], 3),
    }, stored
    status = db(stack, "SELECT status FROM consultations_response WHERE participant_id = ?", new)
    assert status == [("complete",)]


def test_taking_part_in_spanish(consultations, tmp_path):
    stack = consultations
    title = words("Your say on school", "Ton avis sur l'école", "Tu voz en la escuela")
    publish(stack, tmp_path, school("e2e-escuela", title))
    sender = child()
    meta = {"language": "es", "country": "MX", "age_band": "13-15"}
    before = participants(stack)

    # The list of what is open; the child types the title of the one they want.
    replies = stack.send(sender, "/menu_have_say", meta)
    assert "Estos son los temas sobre los que puedes dar tu opinión" in said(replies), replies
    assert "Tu voz en la escuela" in buttons(replies)
    replies = stack.send(sender, "tu voz en la escuela", meta)
    assert "Tu voz en la escuela, de parte de E2E Children's Office" in said(replies), replies
    assert {"Acepto", "Ahora no"} <= set(buttons(replies))
    replies = stack.send(sender, "vale", meta)
    question_1 = "Pregunta 1 de 6: ¿Cuánta seguridad sientes en la escuela?"
    assert question_1 in said(replies), replies
    assert "1 quiere decir «Ninguna» y 5 quiere decir «Mucha»." in said(replies)
    (new,) = participants(stack) - before

    # Nothing before the first question.
    replies = stack.send(sender, "atrás", meta)
    assert "Esta es la primera pregunta, no hay nada antes." in said(replies), replies
    assert question_1 in said(replies)
    replies = stack.send(sender, "dos", meta)
    assert "Pregunta 2 de 6: ¿Qué es lo que más te gusta?" in said(replies), replies
    replies = stack.send(sender, "1 y 2", meta)  # numbers in the list
    question_3 = "Pregunta 3 de 6: ¿Qué cambiarías?"
    assert question_3 in said(replies), replies
    assert {"Prefiero no decirlo", "Saltar", "Atrás", "Parar"} <= set(buttons(replies))

    # An answer that is not one gets a kind re-prompt in Spanish, then the question.
    replies = stack.send(sender, "plátano", meta)
    assert "Perdona, no lo entendí. Toca uno de los botones" in said(replies), replies
    assert question_3 in said(replies)
    replies = stack.send(sender, "prefiero no decirlo", meta)
    question_4 = "Pregunta 4 de 6: ¿Hay algún adulto con quien puedas hablar?"
    assert question_4 in said(replies), replies

    # "atrás" goes back to the answer given; "saltar" keeps it.
    replies = stack.send(sender, "atrás", meta)
    assert question_3 in said(replies), replies
    assert "Tu respuesta ahora: Prefiero no decirlo." in said(replies)
    assert "Dejar mi respuesta" in buttons(replies)
    replies = stack.send(sender, "saltar", meta)
    assert question_4 in said(replies), replies

    # A crisis where an answer was expected: help first with Mexico's line (Línea de la
    # Vida, 800 911 2000, knowledge/helplines.yml), nothing stored, and a way back.
    replies = stack.send(sender, "la verdad es que quiero suicidarme", meta)
    text = said(replies)
    assert "800 911 2000" in text, replies
    assert "¿Quieres volver a lo que estábamos haciendo" in text
    assert question_4 not in text
    assert buttons(replies).get("Volver") == "/resume", replies
    assert set(answers_of(stack, new)) == {"safe", "best", "change"}
    assert stack.tracker(sender)["active_loop"].get("name") == "consultation_form"
    # The button's word typed instead of tapped goes back to the questions, to the one
    # that was waiting (not to the one before it).
    replies = stack.send(sender, "volver", meta)
    assert "¡De acuerdo, volvemos a las preguntas!" in said(replies), replies
    assert question_4 in said(replies)
    replies = stack.send(sender, "no", meta)
    question_5 = "Pregunta 5 de 6: ¿Cuántas horas de deberes tienes a la semana?"
    assert question_5 in said(replies), replies

    # Stop, then carry on later where they left off.
    replies = stack.send(sender, "parar", meta)
    assert "De acuerdo, paramos aquí." in said(replies), replies
    replies = stack.send(sender, "/menu_have_say", meta)
    carry_on = buttons(replies)["Seguir: Tu voz en la escuela"]
    replies = stack.send(sender, carry_on, meta)
    assert "¡Qué bien verte otra vez en «Tu voz en la escuela»!" in said(replies), replies
    assert question_5 in said(replies)
    replies = stack.send(sender, "tres", meta)
    assert "Pregunta 6 de 6: ¿Una idea para mejorar la escuela?" in said(replies), replies
    replies = stack.send(sender, "Más clases de música, por favor", meta)
    assert "¡Muchas gracias!" in said(replies), replies
    assert "Te contaremos lo que cambiamos." in said(replies)
    assert "Puedes cambiar tus respuestas hasta que se cierre" in said(replies)

    stored = answers_of(stack, new)
    idea = stored.pop("idea")[2]
    assert "música" in idea, idea
    assert choices_and_numbers(stored) == {
        "safe": (["2"], None),
        "best": (["friends", "sport"], None),
        "change": (["prefer_not_to_say"], None),
        "adult": (["no"], None),
        "hours": ([], 3),
    }, stored
    status = db(stack, "SELECT status FROM consultations_response WHERE participant_id = ?", new)
    assert status == [("complete",)]


# ------------------------------------------------------------------ a closed consultation


def test_a_closed_consultation_is_not_listed_not_opened_and_answers_are_final(
    consultations, tmp_path
):
    stack = consultations
    questions = [
        {"id": "liked", "type": "yes_no", "text": texts("Did you like the park?")},
        {
            "id": "fair",
            "type": "scale",
            "text": texts("How fair were the rules?"),
            "scale_labels": {"low": texts("Not fair"), "high": texts("Very fair")},
        },
    ]
    slug = publish(stack, tmp_path, definition("e2e-closing", questions))
    title = f"Title of {slug}"
    link = {"deep_link": f"consult_{slug}"}
    meta = {**GB, "age_band": "13-15"}

    # One child finishes; another is half-way (the form is waiting for question 2).
    done, halfway = child(), child()
    ids = {}
    for sender, last in ((done, "4"), (halfway, None)):
        before = participants(stack)
        replies = stack.send(sender, "/greet", {**meta, **link})
        replies = stack.send(sender, buttons(replies)["I agree"], meta)
        assert "Did you like the park?" in said(replies), replies
        replies = stack.send(sender, "yes", meta)
        assert "How fair were the rules?" in said(replies), replies
        (ids[sender],) = participants(stack) - before
        if last is not None:
            replies = stack.send(sender, last, meta)
            assert f"Thank you for {slug}!" in said(replies), replies
    assert choices_and_numbers(answers_of(stack, ids[done])) == {
        "liked": (["yes"], None),
        "fair": (["4"], None),
    }

    manage(stack, "close", slug)
    closed = f'Sorry, "{title}" isn\'t open for answers at the moment.'

    # "Have my say" no longer lists it (nor as a consultation to change answers to).
    replies = stack.send(done, "/menu_have_say", meta)
    assert not any(slug in p for p in buttons(replies).values()), replies
    assert title not in said(replies)

    # A deep link to it (in a new conversation session) gets the kind "closed" answer,
    # not its questions.
    stack.send(done, "/session_start", meta)
    replies = stack.send(done, "/greet", {**meta, **link})
    text = said(replies)
    assert closed in text, replies
    assert "How fair were the rules?" not in text and "Your answer now" not in text
    assert "Have my say" in buttons(replies)

    # An old answer button changes nothing any more.
    old = '/consultation_answer{"consultation_question": "q:fair", "consultation_choice": "1"}'
    replies = stack.send(done, old, meta)
    assert "Those questions are finished." in said(replies), replies
    assert answers_of(stack, ids[done])["fair"][0] == ["4"]

    # The child who was half-way is told kindly when they answer; nothing is stored.
    replies = stack.send(halfway, "2", meta)
    assert closed in said(replies), replies
    assert choices_and_numbers(answers_of(stack, ids[halfway])) == {"liked": (["yes"], None)}
    status = db(
        stack, "SELECT status FROM consultations_response WHERE participant_id = ?", ids[halfway]
    )
    assert status == [("in_progress",)]

    # The same words in French.
    replies = stack.send(
        child(), "/greet", {"language": "fr", "country": "FR", "age_band": "13-15", **link}
    )
    assert f"Désolé, « {title} (fr) » n'est pas ouvert aux réponses en ce moment." in said(
        replies
    ), replies
