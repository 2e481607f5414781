"""What the chat actions and the ``consultations`` command call to store and erase views.

Plain functions over the models, synchronous Django ORM: from the action server (an
asyncio process) call them in a worker thread, as ``web.safeguarding.store`` does.
Every function that changes data runs in one transaction.

Privacy rules kept here, whoever the caller is:

* a child is only ever stored as a keyed pseudonym (:func:`pseudonym_for`);
* free text is redacted here before it is stored (``bot.privacy.redact``), even if
  the caller redacted it already, and is never stored for a child below the age of
  digital consent when the consultation says so;
* answers are only accepted while the consultation is open, from a child in its
  audience, for a question the child is actually shown (``show_if``);
* :func:`erase_participant` (``/forget``) and :func:`delete_expired` (retention)
  really delete: choices, answers, responses, then the participant.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone

from bot.age import AGE_BANDS
from bot.consultations.definition import PREFER_NOT_TO_SAY
from bot.consultations.definition import Consultation as Definition
from bot.consultations.definition import Question as QuestionSpec
from bot.names import LANGUAGES
from bot.privacy import pseudonym, redact
from bot.safety.lexicon import Category
from bot.settings import get_settings
from web.consultations.models import (
    Answer,
    AnswerChoice,
    Consultation,
    ConsultationStatus,
    Moderation,
    Participant,
    Question,
    Response,
    ResponseStatus,
)
from web.safeguarding.store import record_flagged_answer

logger = logging.getLogger(__name__)

_COUNTRY_RE: Final = re.compile(r"[A-Z]{2}")
_REF_RE: Final = re.compile(r"^(?P<slug>[a-z][a-z0-9_-]{0,63})(?:@(?P<version>\d{1,9}))?$")
MAX_REPORT_BACK: Final = 2000
ORPHAN_GRACE: Final = timedelta(hours=1)
MODERATION_DECISIONS: Final = ("approved", "rejected", "flagged")
# What a moderator may name when flagging a text for safeguarding.
SAFEGUARDING_CATEGORIES: Final = tuple(c.value for c in Category)


class ConsultationServiceError(Exception):
    """Something a caller asked for cannot be done; the message is safe to show staff
    (it never contains a child's words or ids)."""


class NotFound(ConsultationServiceError):
    """No such consultation, version, participant, response or answer."""


class NotAccepting(ConsultationServiceError):
    """The consultation is not open for answers (draft, closed, or outside its dates)."""


class NotAllowed(ConsultationServiceError):
    """The child is not in the consultation's audience, or may not give this answer."""


class InvalidAnswer(ConsultationServiceError):
    """The answer does not fit the question."""


# --------------------------------------------------------------------------- helpers


def _now(now: datetime | None) -> datetime:
    return now or timezone.now()


def _age_band(value: str | None) -> str:
    return value if value in AGE_BANDS else ""


def _country(value: str | None) -> str:
    code = (value or "").strip().upper()
    return code if _COUNTRY_RE.fullmatch(code) else ""


def _language(value: str | None) -> str:
    code = (value or "").strip().lower()
    return code if code in LANGUAGES else ""


def checksum(data: Mapping[str, Any]) -> str:
    """SHA-256 of a definition's JSON without its version number: equal definitions
    that differ only in ``version`` have the same checksum."""
    content = {key: value for key, value in data.items() if key != "version"}
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


# ---------------------------------------------------------------------- consultations


@dataclass(frozen=True)
class ImportResult:
    """What :func:`import_definition` did.

    Attributes:
        consultation: The stored version.
        created: False if an identical definition was already stored.
        previous: The version it replaces (None for a new consultation or no change).
    """

    consultation: Consultation
    created: bool
    previous: int | None = None


def import_definition(definition: Definition) -> ImportResult:
    """Stores a validated definition as a new draft version, unless it is unchanged.

    Versions: an unchanged definition (same content, whatever its ``version``) is not
    stored again. A changed one becomes version ``max(its version, latest + 1)``, so the
    stored version only grows and answers stay with the version the child saw; the
    stored JSON carries that version number.

    Args:
        definition: From ``bot.consultations.definition`` (``load_consultation``,
            ``parse_consultation`` or ``consultation_from_dict``).
    """
    data = definition.to_dict()
    digest = checksum(data)
    with transaction.atomic():
        latest = (
            Consultation.objects.select_for_update()
            .filter(slug=definition.id)
            .order_by("-version")
            .first()
        )
        if latest is not None and latest.checksum == digest:
            return ImportResult(latest, created=False)
        version = max(definition.version, latest.version + 1 if latest else 1)
        data["version"] = version
        consultation = Consultation.objects.create(
            slug=definition.id,
            version=version,
            organisation=definition.organisation,
            title=dict(definition.title),
            definition=data,
            checksum=digest,
            opens=definition.opens,
            closes=definition.closes,
            retention_days=definition.retention_days,
        )
        Question.objects.bulk_create(
            Question(consultation=consultation, key=q.id, position=i, type=q.type)
            for i, q in enumerate(definition.questions)
        )
    logger.info("consultation_imported id=%s version=%s", consultation.slug, version)
    return ImportResult(consultation, created=True, previous=latest.version if latest else None)


def get_consultation(ref: str) -> Consultation:
    """A version by ``slug@version``, or the latest version by ``slug``.

    Raises:
        NotFound: no such consultation or version.
    """
    match = _REF_RE.fullmatch(ref.strip())
    if match is None:
        raise NotFound(f"{ref!r} is not a consultation id (id or id@version)")
    query = Consultation.objects.filter(slug=match["slug"])
    if match["version"]:
        found = query.filter(version=int(match["version"])).first()
    else:
        found = query.order_by("-version").first()
    if found is None:
        raise NotFound(f"no consultation {ref!r} (see: consultations list)")
    return found


def open_consultation(consultation: Consultation, *, now: datetime | None = None) -> list[str]:
    """Opens a version for answers; another open version of it is closed first.

    Returns:
        The labels of the versions that were closed by this.

    Raises:
        NotAccepting: its ``closes`` date has passed, or it was closed already (answers
            of a closed version are final; import a new version instead).
    """
    now = _now(now)
    if consultation.status == ConsultationStatus.OPEN:
        return []
    if consultation.status == ConsultationStatus.CLOSED:
        raise NotAccepting(
            f"{consultation.label} was closed; its answers are final (import a new version)"
        )
    if now >= consultation.closes:
        raise NotAccepting(
            f"{consultation.label} closes {consultation.closes.isoformat()}, which has passed;"
            " import a version with a later closes date"
        )
    with transaction.atomic():
        others = list(
            Consultation.objects.select_for_update()
            .filter(slug=consultation.slug, status=ConsultationStatus.OPEN)
            .exclude(pk=consultation.pk)
        )
        for other in others:
            other.status = ConsultationStatus.CLOSED
            other.closed_at = now
            other.save(update_fields=["status", "closed_at", "updated_at"])
        consultation.status = ConsultationStatus.OPEN
        consultation.opened_at = now
        consultation.save(update_fields=["status", "opened_at", "updated_at"])
    return [other.label for other in others]


def close_consultation(consultation: Consultation, *, now: datetime | None = None) -> None:
    """Closes a version: no more answers or changes; retention counts from now (or
    from its ``closes`` date if that is earlier)."""
    if consultation.status == ConsultationStatus.CLOSED:
        return
    consultation.status = ConsultationStatus.CLOSED
    consultation.closed_at = _now(now)
    consultation.save(update_fields=["status", "closed_at", "updated_at"])


def open_consultations_for(
    age_band: str | None,
    country: str | None,
    language: str | None,
    *,
    now: datetime | None = None,
) -> list[Consultation]:
    """The versions a child can take part in now (open, within dates, in the audience)."""
    now = _now(now)
    found = Consultation.objects.filter(
        status=ConsultationStatus.OPEN, opens__lte=now, closes__gt=now
    ).order_by("closes", "slug")
    return [c for c in found if c.spec().audience.admits(age_band, country, language)]


def set_report_back(consultation: Consultation, texts: Mapping[str, object]) -> None:
    """Stores the "you said, we did" report back, one text per language.

    Raises:
        InvalidAnswer: a language is unknown or missing (every language of the
            audience is needed), or a text is empty or too long.
    """
    spec = consultation.spec()
    unknown = sorted(set(texts) - set(LANGUAGES))
    if unknown:
        raise InvalidAnswer(
            f"report back: unknown language {unknown[0]!r} (use {', '.join(LANGUAGES)})"
        )
    missing = [lang for lang in spec.audience.languages if lang not in texts]
    if missing:
        raise InvalidAnswer(f"report back: missing the {missing[0]!r} text")
    cleaned: dict[str, str] = {}
    for lang, text in texts.items():
        if not isinstance(text, str) or not text.strip():
            raise InvalidAnswer(f"report back: the {lang!r} text is empty")
        if len(text) > MAX_REPORT_BACK:
            raise InvalidAnswer(
                f"report back: the {lang!r} text has {len(text)} characters;"
                f" at most {MAX_REPORT_BACK}"
            )
        cleaned[lang] = text.strip()
    consultation.report_back = cleaned
    consultation.save(update_fields=["report_back", "updated_at"])


# ------------------------------------------------------------------------ participants


def pseudonym_for(channel: str, sender_id: str, *, secret: bytes | None = None) -> str:
    """The keyed pseudonym of a channel's user id (``HEARME_PSEUDONYM_SECRET``)."""
    return pseudonym(channel, sender_id, secret or get_settings().pseudonym_key)


def participant_for(
    channel: str,
    sender_id: str,
    *,
    age_band: str | None = None,
    country: str | None = None,
    language: str | None = None,
    secret: bytes | None = None,
) -> Participant:
    """The participant for a channel user, created on first use; updates what is given.

    Only the pseudonym of ``channel:sender_id`` is stored, never ``sender_id``. Values
    HearMe does not use (an age band that is not one of ``bot.age.AGE_BANDS``, a
    country that is not two letters…) are stored as unknown.
    """
    code = pseudonym_for(channel, sender_id, secret=secret)
    updates = {
        name: value
        for name, value in (
            ("age_band", _age_band(age_band) if age_band is not None else None),
            ("country", _country(country) if country is not None else None),
            ("language", _language(language) if language is not None else None),
        )
        if value is not None
    }
    try:
        with transaction.atomic():
            participant, created = Participant.objects.get_or_create(
                pseudonym=code, defaults={"channel": channel[:32], **updates}
            )
    except IntegrityError:  # created by a concurrent request
        participant, created = Participant.objects.get(pseudonym=code), False
    if not created:
        changed = [name for name, value in updates.items() if getattr(participant, name) != value]
        if changed:
            for name in changed:
                setattr(participant, name, updates[name])
            participant.save(update_fields=[*changed, "updated_at"])
    return participant


def set_subscribed(participant: Participant, subscribed: bool) -> None:
    """Whether the child wants the report back (a later issue sends it)."""
    if participant.subscribed != subscribed:
        participant.subscribed = subscribed
        participant.save(update_fields=["subscribed", "updated_at"])


# ---------------------------------------------------------------------------- answers


def start_response(
    consultation: Consultation,
    participant: Participant,
    *,
    below_consent_age: bool,
    now: datetime | None = None,
) -> Response:
    """The child's response to this version, started after they consented.

    Takes a snapshot of the participant's age band, country and language for results.
    Calling it again returns the same response (one per child per consultation).

    Args:
        below_consent_age: The child is below the deployment's age of digital consent
            for their country; with ``free_text_below_consent_age: false`` no free text
            is then stored.

    Raises:
        NotAccepting: the consultation is not open now.
        NotAllowed: the child is not in its audience.
    """
    _check_accepting(consultation, _now(now))
    audience = consultation.spec().audience
    if not audience.admits(participant.age_band, participant.country, participant.language):
        raise NotAllowed(f"this child is not in the audience of {consultation.label}")
    try:
        with transaction.atomic():
            response, _ = Response.objects.get_or_create(
                consultation=consultation,
                participant=participant,
                defaults={
                    "age_band": participant.age_band,
                    "country": participant.country,
                    "language": participant.language,
                    "below_consent_age": below_consent_age,
                },
            )
    except IntegrityError:  # started by a concurrent request
        response = Response.objects.get(consultation=consultation, participant=participant)
    return response


def _check_accepting(consultation: Consultation, now: datetime) -> None:
    if not consultation.accepting(now):
        raise NotAccepting(f"{consultation.label} is not open for answers now")


def _response_of(consultation: Consultation, participant: Participant) -> Response:
    response = Response.objects.filter(consultation=consultation, participant=participant).first()
    if response is None:
        raise NotFound("this child has not started this consultation (start_response first)")
    return response


def current_answers(response: Response) -> dict[str, object]:
    """The response's answers by question id: option ids (a list for ``multiple``, a
    string otherwise), a number, or the redacted text — what
    ``Consultation.visible_questions`` takes."""
    answers: dict[str, object] = {}
    rows = Answer.objects.filter(response=response).select_related("question").order_by()
    picked: dict[int, list[str]] = {}
    for answer_id, option in (
        AnswerChoice.objects.filter(answer__response=response)
        .values_list("answer_id", "option")
        .order_by("option")
    ):
        picked.setdefault(answer_id, []).append(option)
    for answer in rows:
        kind = answer.question.type
        if kind == "multiple":
            answers[answer.question.key] = picked.get(answer.pk, [])
        elif kind in ("single", "scale", "yes_no"):
            options = picked.get(answer.pk, [])
            answers[answer.question.key] = options[0] if options else None
        elif kind == "number":
            answers[answer.question.key] = answer.number
        else:
            answers[answer.question.key] = answer.text
    return answers


def _validate(
    question: QuestionSpec,
    choices: Sequence[str] | str | None,
    number: float | None,
    text: str | None,
) -> tuple[list[str], float | None, str | None]:
    kind = question.type
    given = [
        name
        for name, value in (("choices", choices), ("number", number), ("text", text))
        if value is not None
    ]
    expected = {"number": "number", "text": "text"}.get(kind, "choices")
    if given != [expected]:
        raise InvalidAnswer(
            f"a {kind} question takes {expected} (got {', '.join(given) or 'none'})"
        )
    if expected == "choices":
        picked = [choices] if isinstance(choices, str) else list(choices or [])
        allowed = set(question.choice_ids) | (
            {PREFER_NOT_TO_SAY} if question.prefer_not_to_say else set()
        )
        unknown = [c for c in picked if c not in allowed]
        if unknown or not picked:
            raise InvalidAnswer(
                f"{question.id}: {unknown[0] if unknown else 'nothing'!r} is not an option"
                f" (expected one of {', '.join(sorted(allowed))})"
            )
        if len(set(picked)) != len(picked):
            raise InvalidAnswer(f"{question.id}: an option is picked twice")
        if kind != "multiple" and len(picked) != 1:
            raise InvalidAnswer(f"{question.id}: a {kind} question takes exactly one option")
        if kind == "multiple":
            if PREFER_NOT_TO_SAY in picked and len(picked) > 1:
                raise InvalidAnswer(f"{question.id}: 'prefer not to say' goes alone")
            if question.max_picks is not None and len(picked) > question.max_picks:
                raise InvalidAnswer(f"{question.id}: at most {question.max_picks} options")
        return picked, None, None
    if expected == "number":
        if isinstance(number, bool) or not isinstance(number, (int, float)):
            raise InvalidAnswer(f"{question.id}: not a number")
        value = float(number)
        low, high = question.minimum, question.maximum
        if (
            not math.isfinite(value)
            or (low is not None and value < low)
            or (high is not None and value > high)
        ):
            raise InvalidAnswer(f"{question.id}: the answer must be between {low} and {high}")
        return [], value, None
    if not isinstance(text, str) or not text.strip():
        raise InvalidAnswer(f"{question.id}: the text is empty")
    if question.max_length is not None and len(text) > question.max_length:
        raise InvalidAnswer(f"{question.id}: at most {question.max_length} characters")
    return [], None, text


def save_answer(
    consultation: Consultation,
    participant: Participant,
    question_id: str,
    *,
    choices: Sequence[str] | str | None = None,
    number: float | None = None,
    text: str | None = None,
    now: datetime | None = None,
) -> Answer:
    """Stores (or replaces) the child's answer to one question.

    Give exactly one of ``choices`` (option ids; single, multiple, scale "1".."5",
    yes_no "yes"/"no", or ``prefer_not_to_say``), ``number`` or ``text``. Text is
    redacted before storage and waits for moderation; a changed text waits again.
    Answers to questions that a changed answer now hides (``show_if``) are deleted.

    Raises:
        NotAccepting: the consultation is not open now.
        NotFound: the child has not started it, or there is no such question.
        NotAllowed: free text from a child below the age of digital consent, in a
            consultation that does not collect it; or the question is not shown to
            this child given their earlier answers.
        InvalidAnswer: the answer does not fit the question.
    """
    _check_accepting(consultation, _now(now))
    spec = consultation.spec()
    question_spec = spec.question(question_id)
    if question_spec is None:
        raise NotFound(f"{consultation.label} has no question {question_id!r}")
    picked, value, raw_text = _validate(question_spec, choices, number, text)
    with transaction.atomic():
        response = _response_of(consultation, participant)
        response = Response.objects.select_for_update().get(pk=response.pk)
        free_text = spec.free_text_below_consent_age or not response.below_consent_age
        if question_spec.type == "text" and not free_text:
            raise NotAllowed(
                f"{consultation.label} collects no free text below the age of digital consent"
            )
        answers = current_answers(response)
        shown = {q.id for q in spec.visible_questions(answers, free_text=free_text)}
        if question_id not in shown:
            raise NotAllowed(f"{question_id!r} is not asked given the earlier answers")
        question = Question.objects.get(consultation=consultation, key=question_id)
        complete = response.status == ResponseStatus.COMPLETE
        stored_text = redact(raw_text, language=response.language or None) if raw_text else ""
        copies = {
            "consultation": consultation,
            "age_band": response.age_band,
            "country": response.country,
            "language": response.language,
            "complete": complete,
        }
        answer = Answer.objects.filter(response=response, question=question).first()
        if answer is None:
            answer = Answer(response=response, question=question, **copies)
        answer.number = value
        if answer.text != stored_text or (raw_text and not answer.moderation):
            answer.text = stored_text
            answer.moderation = Moderation.PENDING if raw_text else ""
            answer.moderated_by = None
            answer.moderated_at = None
        answer.save()
        AnswerChoice.objects.filter(answer=answer).delete()
        AnswerChoice.objects.bulk_create(
            AnswerChoice(answer=answer, option=option, question=question, **copies)
            for option in picked
        )
        answers[question_id] = (
            picked if question_spec.type == "multiple" else (picked[0] if picked else value)
        )
        still_shown = {q.id for q in spec.visible_questions(answers, free_text=free_text)}
        hidden_now = [key for key in answers if key not in still_shown]
        if hidden_now:
            _delete_answers(Answer.objects.filter(response=response, question__key__in=hidden_now))
        response.last_question = question_id
        response.save(update_fields=["last_question", "updated_at"])
    return answer


def complete_response(
    consultation: Consultation, participant: Participant, *, now: datetime | None = None
) -> Response:
    """Marks the child's response complete (they reached the end and sent it); only
    complete responses count in results. The child can still change answers until the
    consultation closes.

    Raises:
        NotAccepting: the consultation is not open now.
        NotFound: the child has not started it.
        InvalidAnswer: a required question they were shown is not answered.
    """
    now = _now(now)
    _check_accepting(consultation, now)
    spec = consultation.spec()
    with transaction.atomic():
        response = _response_of(consultation, participant)
        response = Response.objects.select_for_update().get(pk=response.pk)
        free_text = spec.free_text_below_consent_age or not response.below_consent_age
        answers = current_answers(response)
        missing = [
            q.id
            for q in spec.visible_questions(answers, free_text=free_text)
            if q.required and q.id not in answers
        ]
        if missing:
            raise InvalidAnswer(f"required question {missing[0]!r} is not answered")
        if response.status != ResponseStatus.COMPLETE:
            response.status = ResponseStatus.COMPLETE
            response.completed_at = now
            response.save(update_fields=["status", "completed_at", "updated_at"])
            Answer.objects.filter(response=response).update(complete=True)
            AnswerChoice.objects.filter(answer__response=response).update(complete=True)
    return response


# ---------------------------------------------------------------------------- deletion


def _delete_answers(answers: QuerySet[Answer]) -> int:
    AnswerChoice.objects.filter(answer__in=answers.values("pk")).delete()
    deleted, _ = answers.delete()
    return deleted


def _delete_responses(responses: QuerySet[Response]) -> tuple[int, int]:
    """Deletes responses with their answers and choices, bottom up, one query each."""
    answers = _delete_answers(Answer.objects.filter(response__in=responses.values("pk")))
    deleted, _ = responses.delete()
    return deleted, answers


@dataclass(frozen=True)
class Erased:
    """What :func:`erase_participant` deleted."""

    participant: bool
    responses: int
    answers: int


def erase_participant(code: str) -> Erased:
    """Deletes everything stored about a child (``/forget``): all their answers and
    responses, in every consultation, and the participant row itself.

    Args:
        code: The child's pseudonym (:func:`pseudonym_for`).
    """
    with transaction.atomic():
        participant = Participant.objects.filter(pseudonym=code).first()
        if participant is None:
            return Erased(participant=False, responses=0, answers=0)
        responses, answers = _delete_responses(Response.objects.filter(participant=participant))
        participant.delete()
    logger.info("participant_erased responses=%s answers=%s", responses, answers)
    return Erased(participant=True, responses=responses, answers=answers)


def withdraw_response(consultation: Consultation, participant: Participant) -> int:
    """Deletes the child's response to one consultation (they stopped and want it
    gone). Returns how many answers were deleted."""
    with transaction.atomic():
        _, answers = _delete_responses(
            Response.objects.filter(consultation=consultation, participant=participant)
        )
    return answers


def what_is_stored(code: str) -> dict[str, Any] | None:
    """Everything stored about a child (``/mydata``), or None if nothing is.

    Args:
        code: The child's pseudonym (:func:`pseudonym_for`).

    Returns:
        ``{"participant": {...}, "responses": [{consultation, version, title,
        status, started_at, completed_at, delete_after, answers: [{question, type,
        choices | number | text, moderation}]}]}``.
    """
    participant = Participant.objects.filter(pseudonym=code).first()
    if participant is None:
        return None
    responses = []
    for response in (
        Response.objects.filter(participant=participant)
        .select_related("consultation")
        .order_by("started_at", "pk")
    ):
        consultation = response.consultation
        positions = dict(
            Question.objects.filter(consultation=consultation).values_list("key", "position")
        )
        types = dict(Question.objects.filter(consultation=consultation).values_list("key", "type"))
        moderation = dict(
            Answer.objects.filter(response=response).values_list("question__key", "moderation")
        )
        answers = []
        for key, value in sorted(
            current_answers(response).items(), key=lambda item: positions.get(item[0], 0)
        ):
            entry: dict[str, Any] = {"question": key, "type": types.get(key, "")}
            if types.get(key) == "number":
                entry["number"] = value
            elif types.get(key) == "text":
                entry["text"] = value
                entry["moderation"] = moderation.get(key) or Moderation.PENDING
            else:
                entry["choices"] = value if isinstance(value, list) else [value]
            answers.append(entry)
        responses.append(
            {
                "consultation": consultation.slug,
                "version": consultation.version,
                "title": consultation.title,
                "organisation": consultation.organisation,
                "status": response.status,
                "started_at": response.started_at.isoformat(),
                "completed_at": response.completed_at.isoformat()
                if response.completed_at
                else None,
                "delete_after": consultation.delete_after.isoformat(),
                "answers": answers,
            }
        )
    return {
        "participant": {
            "channel": participant.channel,
            "age_band": participant.age_band or None,
            "country": participant.country or None,
            "language": participant.language or None,
            "subscribed": participant.subscribed,
            "since": participant.created_at.isoformat(),
        },
        "responses": responses,
    }


@dataclass(frozen=True)
class Expired:
    """What :func:`delete_expired` deleted for one consultation version."""

    consultation: str
    responses: int
    answers: int


def delete_expired(now: datetime | None = None) -> tuple[list[Expired], int]:
    """Deletes the responses whose retention period is over.

    Retention counts from when answering stopped: ``retention_days`` after the
    consultation's ``closes`` date, or after it was closed by hand if that was earlier
    (so a consultation closed early is not kept longer). Responses of a consultation
    still accepting answers are never deleted here. Participants left with no
    responses are deleted too (if untouched for an hour), unless they asked for the
    report back.

    Returns:
        Per consultation version with something deleted, the counts; and how many
        participants were deleted.
    """
    now = _now(now)
    done: list[Expired] = []
    candidates = Consultation.objects.filter(
        Q(closes__lte=now) | Q(closed_at__lte=now), responses__isnull=False
    ).distinct()
    for consultation in candidates:
        if now < consultation.delete_after:
            continue
        with transaction.atomic():
            responses, answers = _delete_responses(
                Response.objects.filter(consultation=consultation)
            )
        if responses:
            done.append(Expired(consultation.label, responses, answers))
            logger.info(
                "retention_deleted consultation=%s responses=%s answers=%s",
                consultation.label,
                responses,
                answers,
            )
    # A participant row a chat created a moment ago (before the child consented) is
    # left for the next run.
    orphans, _ = Participant.objects.filter(
        responses__isnull=True, subscribed=False, updated_at__lt=now - ORPHAN_GRACE
    ).delete()
    return done, orphans


# -------------------------------------------------------------------------- moderation


def pending_texts(consultation: Consultation | None = None, *, limit: int = 50) -> list[Answer]:
    """Free-text answers waiting for a moderator, oldest first (already redacted)."""
    query = Answer.objects.filter(moderation=Moderation.PENDING)
    if consultation is not None:
        query = query.filter(consultation=consultation)
    return list(
        query.select_related("question", "consultation").order_by("created_at", "pk")[:limit]
    )


def moderate(
    answer_id: int,
    decision: str,
    *,
    user: Any = None,
    now: datetime | None = None,
    category: str | None = None,
) -> Answer:
    """Records a moderator's decision on a free-text answer.

    ``approved``: may be published (quotes, themes); ``rejected``: never published
    (identifying, off-topic, abusive); ``flagged``: worrying, for the safeguarding
    lead (never published either) — it also creates a safeguarding alert of
    ``category`` (required then) in the same transaction, so the flag reaches the
    dashboard's alert queue. Logs the decision with ids only, never the text.

    Raises:
        NotFound: no such free-text answer.
        InvalidAnswer: ``decision`` is not one of the three, or a flag without a known
            safeguarding category.
    """
    if decision not in MODERATION_DECISIONS:
        known = ", ".join(MODERATION_DECISIONS)
        raise InvalidAnswer(f"unknown decision {decision!r} (use {known})")
    if decision == Moderation.FLAGGED and category not in SAFEGUARDING_CATEGORIES:
        known = ", ".join(SAFEGUARDING_CATEGORIES)
        raise InvalidAnswer(f"a flag needs the safeguarding category (one of {known})")
    with transaction.atomic():
        answer = (
            Answer.objects.select_for_update().filter(pk=answer_id).exclude(moderation="").first()
        )
        if answer is None:
            raise NotFound(f"no free-text answer {answer_id}")
        answer.moderation = decision
        answer.moderated_by = user if getattr(user, "pk", None) else None
        answer.moderated_at = _now(now)
        answer.save(update_fields=["moderation", "moderated_by", "moderated_at", "updated_at"])
        if decision == Moderation.FLAGGED:
            participant = answer.response.participant
            record_flagged_answer(
                participant=participant.pseudonym,
                channel=participant.channel,
                category=str(category),
                language=answer.language,
                country=answer.country,
                text=answer.text,
            )
    logger.info(
        "consultation_text_moderated answer=%s decision=%s by=%s",
        answer.pk,
        decision,
        getattr(user, "pk", None),
    )
    return answer
