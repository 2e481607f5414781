"""The consultation services the chat and the command call: storing, erasing, retention."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection

from bot.privacy import pseudonym
from tests.web.consultations_support import (
    NOW,
    SECRET,
    definition,
    open_poll,
    take_part,
    use_secret,
)
from web.consultations import services
from web.consultations.models import (
    Answer,
    AnswerChoice,
    Consultation,
    ConsultationStatus,
    Moderation,
    Participant,
    Response,
    ResponseStatus,
)
from web.safeguarding.models import SafeguardingAlert

pytestmark = pytest.mark.django_db

FULL = {
    "colour": "red",
    "likes_school": "no",
    "why_not": "friends",
    "hobbies": ["sport", "games"],
    "happy": "4",
    "hours": 3,
    "idea": "More clubs after school please",
}


@pytest.fixture(autouse=True)
def secret(monkeypatch):
    use_secret(monkeypatch)


def all_rows_text() -> str:
    """Every row of every table in the database, as text."""
    chunks = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - table names from Django
            chunks.extend(repr(row) for row in cursor.fetchall())
    return "\n".join(chunks)


# ------------------------------------------------------------------------ pseudonymity


def test_no_raw_sender_id_is_stored_anywhere():
    poll = open_poll()
    sender = "tg-user-918273645"
    answers = dict(FULL, idea="call me on 07700 900123 or write to lily@example.org")
    take_part(poll, sender, answers, channel="telegram")
    services.what_is_stored(services.pseudonym_for("telegram", sender))
    dump = all_rows_text()
    assert sender not in dump
    assert "918273645" not in dump
    assert "07700 900123" not in dump and "lily@example.org" not in dump
    # What is stored is the keyed pseudonym, and it is in the dump.
    code = pseudonym("telegram", sender, SECRET.encode())
    assert Participant.objects.get().pseudonym == code
    assert code in dump


def test_the_pseudonym_depends_on_the_secret_and_channel():
    code = services.pseudonym_for("telegram", "42")
    assert code == pseudonym("telegram", "42", SECRET.encode())
    assert code != services.pseudonym_for("rest", "42")
    assert code != services.pseudonym_for("telegram", "42", secret=b"another-secret")


def test_participant_values_hearme_does_not_use_are_stored_as_unknown():
    child = services.participant_for(
        "rest", "x", age_band="fourteen", country="Great Britain", language="de"
    )
    assert (child.age_band, child.country, child.language) == ("", "", "")
    child = services.participant_for("rest", "x", age_band="16-17", country="fr", language="FR")
    assert (child.age_band, child.country, child.language) == ("16-17", "FR", "fr")
    assert Participant.objects.count() == 1


# ---------------------------------------------------------------------------- import


def test_import_stores_a_new_version_only_when_the_definition_changed():
    first = services.import_definition(definition())
    assert first.created and first.consultation.version == 1
    again = services.import_definition(definition())
    assert not again.created and again.consultation.pk == first.consultation.pk
    changed = services.import_definition(definition(title="New title"))
    assert changed.created and changed.previous == 1
    assert changed.consultation.version == 2
    # The stored JSON says version 2 and reads back through the validator.
    assert changed.consultation.spec().version == 2
    assert changed.consultation.spec().title["en"] == "New title"
    # Re-importing the changed file (still "version: 1") is recognised as unchanged.
    assert not services.import_definition(definition(title="New title")).created
    # A file that declares a higher version keeps its number.
    bumped = services.import_definition(definition(title="Third", version=7))
    assert bumped.consultation.version == 7
    assert Consultation.objects.filter(slug="test-poll").count() == 3


def test_get_consultation_by_id_or_version():
    services.import_definition(definition())
    services.import_definition(definition(title="v2"))
    assert services.get_consultation("test-poll").version == 2
    assert services.get_consultation("test-poll@1").version == 1
    for ref in ("test-poll@3", "nope", "Bad Id", "x@y"):
        with pytest.raises(services.NotFound):
            services.get_consultation(ref)


def test_open_and_close():
    poll = services.import_definition(definition()).consultation
    assert not poll.accepting(NOW)
    services.open_consultation(poll, now=NOW)
    assert poll.accepting(NOW) and poll.opened_at == NOW
    services.close_consultation(poll, now=NOW + timedelta(days=1))
    poll.refresh_from_db()
    assert poll.status == ConsultationStatus.CLOSED
    assert poll.delete_after == NOW + timedelta(days=1 + 30)
    with pytest.raises(services.NotAccepting):
        services.open_consultation(poll, now=NOW)


def test_a_consultation_past_its_closes_date_cannot_be_opened():
    poll = services.import_definition(definition(closes="2026-03-01T00:00:00Z")).consultation
    with pytest.raises(services.NotAccepting, match="has passed"):
        services.open_consultation(poll, now=NOW)


def test_open_consultations_for_a_child():
    poll = open_poll()
    assert services.open_consultations_for("13-15", "GB", "en", now=NOW) == [poll]
    assert services.open_consultations_for("18+", "GB", "en", now=NOW) == []
    assert services.open_consultations_for("13-15", "US", "en", now=NOW) == []
    assert services.open_consultations_for("13-15", "GB", "en", now=poll.closes) == []


# ---------------------------------------------------------------------------- answers


def test_answers_are_only_taken_while_open_and_from_the_audience():
    poll = services.import_definition(definition()).consultation
    child = services.participant_for("rest", "a", age_band="13-15", country="GB", language="en")
    with pytest.raises(services.NotAccepting):
        services.start_response(poll, child, below_consent_age=False, now=NOW)
    services.open_consultation(poll, now=NOW)
    adult = services.participant_for("rest", "b", age_band="18+", country="GB", language="en")
    with pytest.raises(services.NotAllowed):
        services.start_response(poll, adult, below_consent_age=False, now=NOW)
    with pytest.raises(services.NotFound):  # not started
        services.save_answer(poll, child, "colour", choices="red", now=NOW)
    services.start_response(poll, child, below_consent_age=False, now=NOW)
    services.close_consultation(poll, now=NOW)
    with pytest.raises(services.NotAccepting):
        services.save_answer(poll, child, "colour", choices="red", now=NOW)


@pytest.mark.parametrize(
    "question, kwargs, error",
    [
        ("colour", {"choices": "purple"}, "not an option"),
        ("colour", {"choices": ["red", "blue"]}, "exactly one"),
        ("colour", {"number": 3}, "takes choices"),
        ("likes_school", {"choices": "maybe"}, "not an option"),
        ("hobbies", {"choices": ["sport", "music", "games"]}, "at most 2"),
        ("hobbies", {"choices": ["sport", "sport"]}, "twice"),
        ("hobbies", {"choices": []}, "not an option"),
        ("happy", {"choices": "6"}, "not an option"),
        ("hours", {"number": 25}, "between 0 and 24"),
        ("hours", {"number": float("nan")}, "between"),
        ("hours", {"number": True}, "not a number"),
        ("idea", {"text": "   "}, "empty"),
        ("idea", {"text": "x" * 201}, "at most 200"),
        ("idea", {"choices": "red"}, "takes text"),
    ],
)
def test_answers_that_do_not_fit_are_refused(question, kwargs, error):
    poll = open_poll()
    child = take_part(poll, "c", {}, complete=False)
    with pytest.raises(services.InvalidAnswer, match=error):
        services.save_answer(poll, child, question, now=NOW, **kwargs)
    assert not Answer.objects.exists()


def test_prefer_not_to_say_is_an_answer_when_offered():
    poll = open_poll()
    child = take_part(poll, "c", {"colour": "red", "likes_school": "prefer_not_to_say"})
    assert services.current_answers(Response.objects.get(participant=child)) == {
        "colour": "red",
        "likes_school": "prefer_not_to_say",
    }
    with pytest.raises(services.InvalidAnswer):
        services.save_answer(poll, child, "colour", choices="prefer_not_to_say", now=NOW)


def test_a_question_is_only_answered_when_shown_and_its_answer_goes_when_hidden():
    poll = open_poll()
    child = take_part(poll, "c", {"colour": "red", "likes_school": "yes"}, complete=False)
    with pytest.raises(services.NotAllowed, match="not asked"):
        services.save_answer(poll, child, "why_not", choices="friends", now=NOW)
    services.save_answer(poll, child, "likes_school", choices="no", now=NOW)
    services.save_answer(poll, child, "why_not", choices="friends", now=NOW)
    assert Answer.objects.filter(question__key="why_not").count() == 1
    # Changing the answer that showed it deletes the follow-up answer and its choices.
    services.save_answer(poll, child, "likes_school", choices="yes", now=NOW)
    assert not Answer.objects.filter(question__key="why_not").exists()
    assert not AnswerChoice.objects.filter(question__key="why_not").exists()


def test_free_text_is_redacted_and_waits_for_moderation():
    poll = open_poll()
    take_part(poll, "c", {"colour": "red", "likes_school": "yes", "idea": "Text 07700 900123!"})
    answer = Answer.objects.get(question__key="idea")
    assert "07700" not in answer.text and "[phone]" in answer.text
    assert answer.moderation == Moderation.PENDING


def test_no_free_text_below_the_age_of_consent_when_the_consultation_says_so():
    poll = open_poll()
    child = take_part(
        poll,
        "young",
        {"colour": "red", "likes_school": "yes"},
        complete=False,
        age_band="8-12",
        below_consent_age=True,
    )
    with pytest.raises(services.NotAllowed, match="no free text"):
        services.save_answer(poll, child, "idea", text="my idea", now=NOW)
    assert not Answer.objects.filter(question__key="idea").exists()
    # A consultation that allows it stores it.
    allowing = open_poll(id="allowing", free_text_below_consent_age=True)
    other = take_part(
        allowing,
        "young",
        {"colour": "red", "likes_school": "yes", "idea": "my idea"},
        age_band="8-12",
        below_consent_age=True,
    )
    assert Answer.objects.get(response__participant=other, question__key="idea").text == "my idea"


def test_complete_needs_the_required_questions_shown():
    poll = open_poll()
    child = take_part(poll, "c", {"colour": "red", "likes_school": "no"}, complete=False)
    with pytest.raises(services.InvalidAnswer, match="why_not"):
        services.complete_response(poll, child, now=NOW)
    services.save_answer(poll, child, "why_not", choices="teachers", now=NOW)
    response = services.complete_response(poll, child, now=NOW)
    assert response.status == ResponseStatus.COMPLETE and response.completed_at == NOW
    assert set(Answer.objects.values_list("complete", flat=True)) == {True}
    assert set(AnswerChoice.objects.values_list("complete", flat=True)) == {True}
    # Still open: the child can change an answer; it stays counted.
    services.save_answer(poll, child, "colour", choices="blue", now=NOW)
    assert AnswerChoice.objects.get(question__key="colour").complete


def test_last_question_is_kept_for_resuming():
    poll = open_poll()
    child = take_part(poll, "c", {"colour": "red", "likes_school": "yes"}, complete=False)
    assert Response.objects.get(participant=child).last_question == "likes_school"


# ------------------------------------------------------------------------- my data, erase


def test_what_is_stored_lists_everything_about_the_child_and_nothing_else():
    poll = open_poll()
    take_part(poll, "other-child", FULL)
    take_part(poll, "me", FULL, age_band="16-17", country="ES", language="es")
    stored = services.what_is_stored(services.pseudonym_for("telegram", "me"))
    assert stored["participant"]["age_band"] == "16-17"
    assert stored["participant"]["country"] == "ES"
    [response] = stored["responses"]
    assert response["consultation"] == "test-poll" and response["status"] == "complete"
    assert [a["question"] for a in response["answers"]] == [
        "colour",
        "likes_school",
        "why_not",
        "hobbies",
        "happy",
        "hours",
        "idea",
    ]
    by_key = {a["question"]: a for a in response["answers"]}
    assert by_key["hobbies"]["choices"] == ["games", "sport"]
    assert by_key["hours"]["number"] == 3
    assert by_key["idea"] == {
        "question": "idea",
        "type": "text",
        "text": FULL["idea"],
        "moderation": "pending",
    }
    assert services.what_is_stored(services.pseudonym_for("telegram", "nobody")) is None


def test_erase_participant_deletes_all_their_answers_and_nothing_of_others():
    poll = open_poll()
    other = open_poll(id="second-poll")
    take_part(poll, "me", FULL)
    take_part(other, "me", {"colour": "red", "likes_school": "yes"}, complete=False)
    take_part(poll, "someone-else", FULL)
    before = Answer.objects.count()
    erased = services.erase_participant(services.pseudonym_for("telegram", "me"))
    assert erased.participant and erased.responses == 2 and erased.answers == 7 + 2
    assert Answer.objects.count() == before - 9
    code = services.pseudonym_for("telegram", "me")
    assert not Participant.objects.filter(pseudonym=code).exists()
    assert not Response.objects.filter(participant__pseudonym=code).exists()
    assert AnswerChoice.objects.filter(answer__isnull=True).count() == 0
    # Choices of deleted answers are gone too: every choice row belongs to an answer.
    assert (
        AnswerChoice.objects.count()
        == AnswerChoice.objects.filter(answer__in=Answer.objects.all()).count()
    )
    assert services.what_is_stored(code) is None
    assert Participant.objects.count() == 1
    # Erasing again is harmless.
    assert not services.erase_participant(code).participant


def test_withdraw_one_response():
    poll = open_poll()
    child = take_part(poll, "me", FULL)
    assert services.withdraw_response(poll, child) == 7
    assert not Response.objects.exists() and not AnswerChoice.objects.exists()


# ------------------------------------------------------------------------------ retention


def test_retention_deletes_answers_after_the_period_from_close():
    poll = open_poll(retention_days=30)
    keep = open_poll(id="still-open", retention_days=30)
    take_part(poll, "a", FULL)
    take_part(poll, "b", FULL, complete=False)
    take_part(keep, "a", {"colour": "red", "likes_school": "yes"})
    services.close_consultation(poll, now=NOW)
    poll.refresh_from_db()
    # The rows were written "now" by the clock; this test's clock is NOW.
    Participant.objects.update(updated_at=NOW)

    done, participants = services.delete_expired(NOW + timedelta(days=29))
    assert done == [] and Response.objects.filter(consultation=poll).count() == 2

    done, participants = services.delete_expired(NOW + timedelta(days=30))
    assert [(d.consultation, d.responses) for d in done] == [("test-poll@1", 2)]
    assert done[0].answers == 2 * len(FULL)
    assert not Response.objects.filter(consultation=poll).exists()
    assert not Answer.objects.filter(consultation=poll).exists()
    assert not AnswerChoice.objects.filter(consultation=poll).exists()
    # "b" has nothing left and goes; "a" still has an answer in the open consultation.
    assert participants == 1
    assert Participant.objects.count() == 1
    assert Response.objects.filter(consultation=keep).count() == 1
    # Nothing left to do the next time.
    assert services.delete_expired(NOW + timedelta(days=31)) == ([], 0)


def test_retention_leaves_a_participant_created_a_moment_ago():
    child = services.participant_for("rest", "new", age_band="13-15", country="GB")
    assert services.delete_expired(child.updated_at + timedelta(minutes=5)) == ([], 0)
    assert services.delete_expired(child.updated_at + timedelta(hours=2)) == ([], 1)


def test_retention_counts_from_the_scheduled_close_when_never_closed_by_hand():
    poll = open_poll(closes="2026-07-01T00:00:00Z", retention_days=10)
    take_part(poll, "a", FULL)
    assert services.delete_expired(poll.closes + timedelta(days=9, hours=23))[0] == []
    done, _ = services.delete_expired(poll.closes + timedelta(days=10))
    assert done[0].responses == 1


def test_subscribed_participants_are_kept_for_the_report_back():
    poll = open_poll(retention_days=1)
    child = take_part(poll, "a", FULL)
    services.set_subscribed(child, True)
    services.close_consultation(poll, now=NOW)
    _, participants = services.delete_expired(NOW + timedelta(days=2))
    assert participants == 0 and Participant.objects.get().subscribed


# ----------------------------------------------------------------------------- moderation


def test_moderation_queue_and_decisions(django_user_model):
    poll = open_poll()
    take_part(poll, "a", dict(FULL, idea="first idea"))
    take_part(poll, "b", dict(FULL, idea="second idea"))
    pending = services.pending_texts(poll)
    assert [a.text for a in pending] == ["first idea", "second idea"]
    moderator = django_user_model.objects.create_user(username="mod", password="x" * 20)
    answer = services.moderate(pending[0].pk, "approved", user=moderator, now=NOW)
    assert answer.moderation == Moderation.APPROVED and answer.moderated_by == moderator
    with pytest.raises(services.InvalidAnswer, match="category"):
        services.moderate(pending[1].pk, "flagged", now=NOW)
    services.moderate(pending[1].pk, "flagged", now=NOW, category="bullying")
    assert services.pending_texts() == []
    # The flag reaches the safeguarding lead's queue as a pseudonymous alert.
    (alert,) = SafeguardingAlert.objects.all()
    participant = Answer.objects.get(pk=pending[1].pk).response.participant
    assert (alert.source, alert.category, alert.severity) == ("moderator", "bullying", "medium")
    assert alert.participant == participant.pseudonym
    assert alert.excerpt == "second idea"
    with pytest.raises(services.InvalidAnswer):
        services.moderate(pending[1].pk, "pending")
    non_text = Answer.objects.filter(question__key="colour").first()
    with pytest.raises(services.NotFound):
        services.moderate(non_text.pk, "approved")


def test_a_changed_text_waits_for_moderation_again():
    poll = open_poll()
    child = take_part(poll, "a", dict(FULL, idea="first idea"))
    answer = Answer.objects.get(question__key="idea")
    services.moderate(answer.pk, "approved", now=NOW)
    services.save_answer(poll, child, "idea", text="second idea", now=NOW)
    answer.refresh_from_db()
    assert answer.moderation == Moderation.PENDING and answer.moderated_at is None


# ---------------------------------------------------------------------------- report back


def test_report_back_needs_every_language_of_the_audience():
    poll = open_poll()
    texts = {"en": "You said, we did.", "fr": "Vous avez dit.", "es": "Dijiste."}
    services.set_report_back(poll, texts)
    poll.refresh_from_db()
    assert poll.report_back == texts
    with pytest.raises(services.InvalidAnswer, match="missing"):
        services.set_report_back(poll, {"en": "x", "fr": "y"})
    with pytest.raises(services.InvalidAnswer, match="unknown language"):
        services.set_report_back(poll, dict(texts, de="z"))
    with pytest.raises(services.InvalidAnswer, match="empty"):
        services.set_report_back(poll, dict(texts, es=" "))
