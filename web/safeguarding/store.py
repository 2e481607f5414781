"""Writes safeguarding alerts; called by the action server after the child got help.

The action server is a rasa-sdk (sanic) process, not a Django one, so this module sets
Django up on first use and writes from a worker thread: rasa-sdk calls an action's
synchronous ``run()`` on its event loop thread, where Django's ORM refuses to run
(``SynchronousOnlyOperation``). Importing this module has no side effects.
"""

from __future__ import annotations

import logging
import re
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Final

from bot.names import LANGUAGES
from bot.privacy import excerpt, pseudonym
from bot.safety.lexicon import DEFAULT_SEVERITY, Category, Severity
from bot.settings import get_settings
from web.orm import ensure_django

logger = logging.getLogger(__name__)

# How long the action waits for the write. It runs on the action server's event loop,
# so a stuck database must not hold every conversation for long; the child already has
# the help in the same response either way.
WRITE_TIMEOUT_SECONDS: Final = 3.0

# Which detector flagged the message (bot.safety.combine.Decision.source).
SOURCES: Final = ("lexicon", "classifier", "learned")
# A free-text consultation answer a moderator flagged for safeguarding.
MODERATOR: Final = "moderator"
_COUNTRY_RE: Final = re.compile(r"[A-Z]{2}")

_lock = threading.Lock()
_executor: ThreadPoolExecutor | None = None


def _worker() -> ThreadPoolExecutor:
    global _executor
    with _lock:
        if _executor is None:
            _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hearme-alerts")
        return _executor


def _country_code(country: str | None) -> str:
    """An ISO 3166-1 alpha-2 code, or "" when the country is unknown or malformed."""
    code = (country or "").strip().upper()
    return code if _COUNTRY_RE.fullmatch(code) else ""


def _write(fields: dict[str, str], text: str, language: str) -> int:
    from django.db import close_old_connections

    from web.safeguarding.models import SafeguardingAlert

    # Redaction runs here, off the action's thread: its first call in a process builds
    # the language's spaCy pipeline, which takes seconds.
    fields = {**fields, "excerpt": excerpt(text, language=language)}
    # Outside a request nobody else recycles this thread's connection; this is what
    # Django does at the start and end of every request (CONN_MAX_AGE, health checks).
    close_old_connections()
    try:
        alert = SafeguardingAlert.objects.create(**fields)
    finally:
        close_old_connections()
    return int(alert.pk)


def record_alert(
    *,
    channel: str,
    sender_id: str,
    category: str,
    severity: str,
    source: str,
    language: str,
    country: str | None,
    text: str | None,
    wait: bool = True,
) -> bool:
    """Stores a pseudonymous, redacted alert if this deployment alerts on the category.

    The raw sender id and the raw text are never stored: the row holds the keyed
    pseudonym of ``channel:sender_id`` and a short redacted excerpt. Safe to call from
    a running asyncio event loop (the write runs in a worker thread).

    Args:
        channel: Input channel name ("rest", "telegram", …).
        sender_id: The channel's id for the child.
        category: A ``Category`` id.
        severity: "medium", "high" or "critical".
        source: "lexicon", "classifier" or "learned" (DIET).
        language: The conversation language (en, fr, es).
        country: ISO 3166-1 alpha-2 code, or None / anything else when unknown.
        text: The child's message.
        wait: Wait (at most ``WRITE_TIMEOUT_SECONDS``) for the row to be written. The
            action server passes False: the child's reply never waits for staff
            bookkeeping, and a failed write is logged by the worker.

    Returns:
        True if an alert was stored, False if the category does not raise alerts here.

    Raises:
        ValueError: An id argument has a value HearMe does not use.
        concurrent.futures.TimeoutError: The database did not answer within
            ``WRITE_TIMEOUT_SECONDS`` (the row may still be written later).
    """
    if category not in Category._value2member_map_:
        raise ValueError(f"unknown safeguarding category {category!r}")
    if severity not in Severity._value2member_map_:
        raise ValueError(f"unknown severity {severity!r}")
    if source not in SOURCES:
        raise ValueError(f"unknown triage source {source!r}")
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")

    settings = get_settings()
    if Category(category) not in settings.alert_categories:
        return False

    fields = {
        "participant": pseudonym(channel, sender_id, settings.pseudonym_key),
        "channel": channel[:32],
        "category": category,
        "severity": severity,
        "source": source,
        "language": language,
        "country": _country_code(country),
    }
    ensure_django()
    future = _worker().submit(_write, fields, text or "", language)
    if not wait:
        future.add_done_callback(lambda f: _log_outcome(f, category, severity))
        return True
    alert_id = future.result(timeout=WRITE_TIMEOUT_SECONDS)
    logger.info("safeguarding_alert id=%s category=%s severity=%s", alert_id, category, severity)
    return True


def _log_outcome(future: Future[int], category: str, severity: str) -> None:
    """One line for operators when a background write ends: ids only, never the text."""
    error = future.exception()
    if error is None:
        logger.info(
            "safeguarding_alert id=%s category=%s severity=%s", future.result(), category, severity
        )
    else:
        logger.error(
            "safeguarding_alert_failed category=%s severity=%s error=%s",
            category,
            severity,
            type(error).__name__,
        )


def record_flagged_answer(
    *,
    participant: str,
    channel: str,
    category: str,
    language: str,
    country: str | None,
    text: str,
) -> int:
    """Stores an alert for a consultation answer a moderator flagged for safeguarding, so
    it reaches the safeguarding lead's queue on the dashboard like any other alert.

    Called inside the web app (the ``consultations moderate`` command or a view), where
    the ORM runs directly. ``participant`` is already the keyed pseudonym; ``text`` was
    redacted before storage and is shortened (and redacted again) into the excerpt.

    Returns:
        The new alert's id.

    Raises:
        ValueError: ``category`` or ``language`` is not one HearMe uses.
    """
    from web.safeguarding.models import SafeguardingAlert

    if category not in Category._value2member_map_:
        raise ValueError(f"unknown safeguarding category {category!r}")
    if language not in LANGUAGES:
        language = LANGUAGES[0]
    alert = SafeguardingAlert.objects.create(
        participant=participant,
        channel=channel[:32],
        category=category,
        severity=DEFAULT_SEVERITY[Category(category)].value,
        source=MODERATOR,
        language=language,
        country=_country_code(country),
        excerpt=excerpt(text, language=language),
    )
    logger.info("safeguarding_alert id=%s category=%s source=%s", alert.pk, category, MODERATOR)
    return int(alert.pk)
