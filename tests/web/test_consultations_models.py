"""Consultation storage: the database itself refuses what must never be stored twice or raw."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, connection, transaction

from tests.web.consultations_support import NOW, definition, open_poll, take_part, use_secret
from web.consultations import services
from web.consultations.models import (
    Answer,
    AnswerChoice,
    Consultation,
    ConsultationStatus,
    Participant,
    Question,
    Response,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def secret(monkeypatch):
    use_secret(monkeypatch)


def test_one_response_per_child_per_consultation():
    poll = open_poll()
    child = services.participant_for(
        "telegram", "4242", age_band="13-15", country="GB", language="en"
    )
    Response.objects.create(consultation=poll, participant=child)
    with pytest.raises(IntegrityError), transaction.atomic():
        Response.objects.create(consultation=poll, participant=child)
    # The service gives back the same response instead of a second one.
    first = services.start_response(poll, child, below_consent_age=False, now=NOW)
    second = services.start_response(poll, child, below_consent_age=False, now=NOW)
    assert first.pk == second.pk
    assert Response.objects.filter(participant=child).count() == 1


def test_the_same_child_may_answer_another_consultation():
    poll = open_poll()
    other = open_poll(id="other-poll")
    child = take_part(poll, "77", {"colour": "red", "likes_school": "yes"})
    take_part(other, "77", {"colour": "blue", "likes_school": "yes"})
    assert Response.objects.filter(participant=child).count() == 2
    assert Participant.objects.count() == 1


def test_one_answer_per_question_and_changing_replaces_it():
    poll = open_poll()
    child = take_part(poll, "5", {"colour": "red", "likes_school": "yes"}, complete=False)
    response = Response.objects.get(participant=child)
    answer = Answer.objects.get(response=response, question__key="colour")
    with pytest.raises(IntegrityError), transaction.atomic():
        Answer.objects.create(
            response=response, question=answer.question, consultation=poll, complete=False
        )
    services.save_answer(poll, child, "colour", choices="blue", now=NOW)
    assert Answer.objects.filter(response=response, question__key="colour").count() == 1
    assert list(AnswerChoice.objects.filter(answer=answer).values_list("option", flat=True)) == [
        "blue"
    ]


def test_slug_and_version_are_unique():
    poll = open_poll()
    with pytest.raises(IntegrityError), transaction.atomic():
        Consultation.objects.create(
            slug=poll.slug,
            version=poll.version,
            organisation="x",
            title={},
            definition={},
            checksum="0" * 64,
            opens=poll.opens,
            closes=poll.closes,
            retention_days=1,
        )


def test_only_one_version_of_a_consultation_is_open():
    first = open_poll()
    second = services.import_definition(definition(title="Changed title")).consultation
    assert second.version == 2
    with pytest.raises(IntegrityError), transaction.atomic():
        Consultation.objects.filter(pk=second.pk).update(status=ConsultationStatus.OPEN)
    # Opening through the service closes the other version first.
    assert services.open_consultation(second, now=NOW) == [first.label]
    first.refresh_from_db()
    assert first.status == ConsultationStatus.CLOSED


@pytest.mark.parametrize(
    "value", ["4242", "+447700900123", "lily_2010", "A" * 64, "g" * 64, "a" * 63]
)
def test_participant_pseudonym_must_be_64_hex_digits(value):
    with pytest.raises(IntegrityError), transaction.atomic():
        Participant.objects.create(pseudonym=value, channel="telegram")


def test_questions_are_stored_in_order_with_their_type():
    poll = open_poll()
    rows = list(Question.objects.filter(consultation=poll).values_list("key", "position", "type"))
    assert rows == [
        ("colour", 0, "single"),
        ("likes_school", 1, "yes_no"),
        ("why_not", 2, "single"),
        ("hobbies", 3, "multiple"),
        ("happy", 4, "scale"),
        ("hours", 5, "number"),
        ("idea", 6, "text"),
    ]


def test_answers_carry_the_response_snapshot_for_results():
    poll = open_poll()
    take_part(
        poll,
        "9",
        {"colour": "green", "likes_school": "yes", "hobbies": ["sport", "music"]},
        age_band="8-12",
        country="FR",
        language="fr",
    )
    for row in [*Answer.objects.all(), *AnswerChoice.objects.all()]:
        assert (row.age_band, row.country, row.language, row.complete) == ("8-12", "FR", "fr", True)
        assert row.consultation_id == poll.pk
    assert AnswerChoice.objects.filter(question__key="hobbies").count() == 2


def test_results_indexes_exist():
    with connection.cursor() as cursor:
        names = {
            name
            for table in ("consultations_answer", "consultations_answerchoice")
            for name in connection.introspection.get_constraints(cursor, table)
        }
    assert {"answer_results_idx", "choice_results_idx", "answer_moderation_idx"} <= names
