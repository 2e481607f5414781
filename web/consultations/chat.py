"""What the chat actions (``actions/consultation.py``, ``actions/privacy.py``) ask of the
consultation store, in the shape they need.

Thin wrappers over :mod:`web.consultations.services` (which keeps the privacy rules:
pseudonyms only, redaction, audience and ``show_if`` checks). The action server is a
rasa-sdk (asyncio) process, not a Django one: :func:`call` sets Django up on first use
and runs a function in a worker thread, where the ORM may run. Importing this module has
no side effects.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final, TypeVar

from bot.consultations.definition import Consultation as Definition
from web.orm import ensure_django

T = TypeVar("T")

CALL_TIMEOUT_SECONDS: Final = 10.0

_lock = threading.Lock()
_executor: ThreadPoolExecutor | None = None


def _worker() -> ThreadPoolExecutor:
    global _executor
    with _lock:
        if _executor is None:
            _executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="hearme-consult")
        return _executor


def _in_thread(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    from django.db import connections

    try:
        return function(*args, **kwargs)
    finally:
        # Close this thread's connection after every call: an idle worker must not keep
        # a SQLite read lock (or a stale server connection) while another one writes.
        connections.close_all()


async def call(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Runs ``function(*args, **kwargs)`` (one of this module's functions) in the worker
    thread and returns its result; safe from the action server's event loop."""
    ensure_django()
    loop = asyncio.get_running_loop()
    future = loop.run_in_executor(_worker(), lambda: _in_thread(function, *args, **kwargs))
    return await asyncio.wait_for(future, timeout=CALL_TIMEOUT_SECONDS)


# ----------------------------------------------------------------------- what it returns


@dataclass(frozen=True)
class Listed:
    """A consultation open for the child."""

    slug: str
    title: Mapping[str, str]
    started: bool


@dataclass(frozen=True)
class State:
    """A consultation as the chat sees it, with the child's response if there is one.

    Attributes:
        slug: The consultation's id.
        label: ``slug@version`` of the version shown.
        spec: Its validated definition.
        accepting: Open for answers now.
        status: The child's response: "" (none), "started" or "complete".
        last_question: The last question the child answered.
        answers: The child's answers by question id (``services.current_answers``).
        below_consent_age: As recorded when the child started.
    """

    slug: str
    label: str
    spec: Definition
    accepting: bool
    status: str = ""
    last_question: str = ""
    answers: dict[str, object] = field(default_factory=dict)
    below_consent_age: bool = True


@dataclass(frozen=True)
class ReportBack:
    key: str
    title: Mapping[str, str]
    organisation: str
    text: Mapping[str, str]


# ------------------------------------------------------------------------------ helpers


def _code(channel: str, sender_id: str) -> str:
    from web.consultations.services import pseudonym_for

    return pseudonym_for(channel, sender_id)


def _participant(channel: str, sender_id: str) -> Any:
    from web.consultations.models import Participant

    return Participant.objects.filter(pseudonym=_code(channel, sender_id)).first()


def participant_language(channel: str, sender_id: str) -> str | None:
    participant = _participant(channel, sender_id)
    return (participant.language or None) if participant is not None else None


def _version(slug: str) -> Any:
    """The open version of ``slug``, else its latest version, else None."""
    from web.consultations.models import Consultation, ConsultationStatus

    query = Consultation.objects.filter(slug=slug)
    return (
        query.filter(status=ConsultationStatus.OPEN).first() or query.order_by("-version").first()
    )


def _now() -> datetime:
    from django.utils import timezone

    return timezone.now()


def _state(consultation: Any, participant: Any) -> State:
    from web.consultations.models import Response, ResponseStatus
    from web.consultations.services import current_answers

    response = (
        Response.objects.filter(consultation=consultation, participant=participant).first()
        if participant is not None
        else None
    )
    base = {
        "slug": consultation.slug,
        "label": consultation.label,
        "spec": consultation.spec(),
        "accepting": consultation.accepting(_now()),
    }
    if response is None:
        return State(**base)
    return State(
        **base,
        status="complete" if response.status == ResponseStatus.COMPLETE else "started",
        last_question=response.last_question,
        answers=current_answers(response),
        below_consent_age=response.below_consent_age,
    )


# --------------------------------------------------------------------------- functions


def open_for(
    channel: str, sender_id: str, age_band: str | None, country: str | None, language: str
) -> list[Listed]:
    """The consultations this child can take part in now; those they started first."""
    from web.consultations.models import Response, ResponseStatus
    from web.consultations.services import open_consultations_for

    found = open_consultations_for(age_band, country, language)
    participant = _participant(channel, sender_id)
    started = (
        set(
            Response.objects.filter(
                participant=participant,
                consultation__in=found,
                status=ResponseStatus.IN_PROGRESS,
            ).values_list("consultation__slug", flat=True)
        )
        if participant is not None
        else set()
    )
    listed = [Listed(c.slug, dict(c.title), c.slug in started) for c in found]
    return sorted(listed, key=lambda item: not item.started)


def state_of(slug: str, channel: str, sender_id: str) -> State | None:
    """The consultation ``slug`` (its open version, else its latest) and the child's
    response to it, or None if there is no such consultation."""
    consultation = _version(slug)
    if consultation is None:
        return None
    return _state(consultation, _participant(channel, sender_id))


def begin(
    slug: str,
    channel: str,
    sender_id: str,
    *,
    age_band: str | None,
    country: str | None,
    language: str,
    below_consent_age: bool,
) -> State:
    """Starts (or finds) the child's response after they consented.

    Raises:
        web.consultations.services.NotFound, NotAccepting, NotAllowed: see
            ``services.start_response``.
    """
    from web.consultations.services import NotFound, participant_for, start_response

    consultation = _version(slug)
    if consultation is None:
        raise NotFound(f"no consultation {slug!r}")
    participant = participant_for(
        channel, sender_id, age_band=age_band, country=country, language=language
    )
    start_response(consultation, participant, below_consent_age=below_consent_age)
    return _state(consultation, participant)


def answer(
    slug: str,
    channel: str,
    sender_id: str,
    question_id: str,
    *,
    choices: Sequence[str] | None = None,
    number: float | None = None,
    text: str | None = None,
) -> State:
    """Stores (or replaces) one answer (``services.save_answer``: text is redacted there).

    Raises:
        web.consultations.services.ConsultationServiceError: see ``save_answer``.
    """
    from bot.privacy import redact
    from web.consultations.services import NotFound, save_answer

    if text:
        # Redaction builds its language pipeline on first use: do that before
        # save_answer, which redacts again inside its transaction.
        redact(text, participant_language(channel, sender_id))
    consultation = _version(slug)
    participant = _participant(channel, sender_id)
    if consultation is None or participant is None:
        raise NotFound("this child has not started this consultation")
    save_answer(
        consultation,
        participant,
        question_id,
        choices=list(choices) if choices is not None else None,
        number=number,
        text=text,
    )
    return _state(consultation, participant)


def finish(slug: str, channel: str, sender_id: str) -> State:
    """Marks the child's response complete (``services.complete_response``)."""
    from web.consultations.services import NotFound, complete_response

    consultation = _version(slug)
    participant = _participant(channel, sender_id)
    if consultation is None or participant is None:
        raise NotFound("this child has not started this consultation")
    complete_response(consultation, participant)
    return _state(consultation, participant)


@dataclass(frozen=True)
class Stored:
    """``services.what_is_stored`` plus each consultation's definition (for the words of
    its questions and options)."""

    data: dict[str, Any]
    specs: dict[str, Definition]


def stored(channel: str, sender_id: str) -> Stored | None:
    """What HearMe keeps about the child (``/mydata``), or None if nothing."""
    from web.consultations.services import get_consultation, what_is_stored

    data = what_is_stored(_code(channel, sender_id))
    if data is None:
        return None
    specs = {}
    for response in data["responses"]:
        label = f"{response['consultation']}@{response['version']}"
        specs[label] = get_consultation(label).spec()
    return Stored(data, specs)


def erase(channel: str, sender_id: str) -> int:
    """Deletes every answer and response of the child and the participant (``/forget``).

    Returns:
        How many answers were deleted.
    """
    from web.consultations.services import erase_participant

    return erase_participant(_code(channel, sender_id)).answers


def report_backs(channel: str, sender_id: str, seen: Sequence[str]) -> list[ReportBack]:
    """ "You said, we did" texts of consultations the child answered that are over and
    have reported back, leaving out those already shown (``seen``: their keys)."""
    from web.consultations.models import Response

    participant = _participant(channel, sender_id)
    if participant is None:
        return []
    now = _now()
    found = []
    for response in Response.objects.filter(participant=participant).select_related("consultation"):
        consultation = response.consultation
        key = consultation.label
        if key in seen or not consultation.report_back or not consultation.is_over(now):
            continue
        found.append(
            ReportBack(
                key, dict(consultation.title), consultation.organisation, consultation.report_back
            )
        )
    return found
