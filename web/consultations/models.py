"""What HearMe stores about consultations: definitions, pseudonymous participants, answers.

Design (see docs/consultation-results.md, "Storage"):

* **Versions.** A ``Consultation`` row is one *version* of a definition: ``(slug,
  version)`` is unique, and answers belong to the version the child saw. Importing a
  changed definition stores a new version (draft); at most one version of a slug is open.
* **No identities.** A ``Participant`` is a keyed HMAC pseudonym of ``channel:sender_id``
  (``bot.privacy.pseudonym``); a check constraint refuses anything but 64 hex digits,
  so a raw chat id, name or phone number cannot land in that column by mistake. Nothing
  else about a child is stored besides the age *band*, country and language.
* **Fast results.** Results are counts grouped by question, option, age band, country
  and language. To count a million answers without joins, ``Answer`` and
  ``AnswerChoice`` carry a copy of the response's consultation, age band, country,
  language and completeness, and covering indexes list exactly the grouped columns, so
  the results are two index-only scans. The copies are written only by
  ``web.consultations.services`` and never change after the response starts, except
  ``complete``.
* **Deletion goes through the services.** Foreign keys into responses, answers and
  choices are ``DO_NOTHING``: Django's cascade would load every answer into memory
  before deleting it (a million for one consultation), so ``services`` deletes choices,
  then answers, then responses with one query each. A stray ``participant.delete()``
  fails on the database's foreign-key check instead of leaving answers behind.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import models
from django.db.models import Q

from bot.age import AGE_BANDS
from bot.consultations.definition import QUESTION_TYPES
from bot.names import LANGUAGES

if TYPE_CHECKING:
    from bot.consultations.definition import Consultation as Definition

PSEUDONYM_PATTERN = r"^[0-9a-f]{64}$"

AGE_BAND_CHOICES = [(band, band) for band in AGE_BANDS]
LANGUAGE_CHOICES = [(code, code) for code in LANGUAGES]
QUESTION_TYPE_CHOICES = [(kind, kind.replace("_", "/")) for kind in QUESTION_TYPES]


class ConsultationStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    OPEN = "open", "Open"
    CLOSED = "closed", "Closed"


class ResponseStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", "In progress"
    COMPLETE = "complete", "Complete"


class Moderation(models.TextChoices):
    PENDING = "pending", "Pending"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"
    FLAGGED = "flagged", "Flagged for safeguarding"


class Consultation(models.Model):
    """One version of a consultation definition, and its state.

    ``definition`` is the validated definition's ``to_dict()`` with ``version`` set to
    this row's version; ``spec()`` reads it back through the same validator. ``opens``,
    ``closes``, ``retention_days``, ``organisation`` and ``title`` are copies of it, for
    queries and lists.
    """

    slug = models.CharField(max_length=64, help_text="The definition's id.")
    version = models.PositiveIntegerField()
    organisation = models.CharField(max_length=120)
    title = models.JSONField(help_text="Per language.")
    definition = models.JSONField()
    checksum = models.CharField(
        max_length=64, help_text="SHA-256 of the definition without its version number."
    )
    status = models.CharField(
        max_length=16, choices=ConsultationStatus.choices, default=ConsultationStatus.DRAFT
    )
    opens = models.DateTimeField()
    closes = models.DateTimeField()
    retention_days = models.PositiveIntegerField()
    report_back = models.JSONField(
        default=dict, blank=True, help_text='"You said, we did", per language.'
    )
    opened_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["slug", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "version"], name="consultation_version_uniq"),
            models.UniqueConstraint(
                fields=["slug"],
                condition=Q(status="open"),
                name="consultation_one_open_version",
            ),
            models.CheckConstraint(
                condition=Q(closes__gt=models.F("opens")), name="consultation_closes_after_opens"
            ),
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        """``slug@version``, how commands name a version."""
        return f"{self.slug}@{self.version}"

    def spec(self) -> Definition:
        """The validated definition (cached on the instance).

        Raises:
            bot.consultations.definition.ConsultationError: the stored JSON no longer
                validates (e.g. a country was removed from the helplines).
        """
        cached: Definition | None = getattr(self, "_spec", None)
        if cached is None:
            from bot.consultations.definition import consultation_from_dict

            cached = consultation_from_dict(self.definition, source=self.label)
            self._spec = cached
        return cached

    @property
    def answers_end(self) -> datetime:
        """When answering stopped or stops: the scheduled close, or an earlier manual one."""
        if self.closed_at is not None and self.closed_at < self.closes:
            return self.closed_at
        return self.closes

    @property
    def delete_after(self) -> datetime:
        """When the retention period ends: ``retention_days`` after answering stopped."""
        return self.answers_end + timedelta(days=self.retention_days)

    def accepting(self, now: datetime) -> bool:
        """Whether children can answer or change answers at ``now``."""
        return self.status == ConsultationStatus.OPEN and self.opens <= now < self.closes

    def is_over(self, now: datetime) -> bool:
        """Whether answering has stopped for good (closed, or past ``closes``)."""
        return self.status == ConsultationStatus.CLOSED or now >= self.closes


class Question(models.Model):
    """A question of one consultation version (its words stay in ``definition``)."""

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="questions"
    )
    key = models.CharField(max_length=64, help_text="The question's id in the definition.")
    position = models.PositiveSmallIntegerField()
    type = models.CharField(max_length=16, choices=QUESTION_TYPE_CHOICES)

    class Meta:
        ordering = ["consultation", "position"]
        constraints = [
            models.UniqueConstraint(fields=["consultation", "key"], name="question_key_uniq"),
            models.UniqueConstraint(
                fields=["consultation", "position"], name="question_position_uniq"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.consultation_id}:{self.key}"


class Participant(models.Model):
    """A child who took part, known only by a keyed pseudonym.

    Never a name, username, phone number or raw chat id: ``pseudonym`` is
    HMAC-SHA256(secret, ``channel:sender_id``) and the database refuses anything that is
    not 64 lowercase hex digits.
    """

    pseudonym = models.CharField(max_length=64, unique=True)
    channel = models.CharField(max_length=32)
    age_band = models.CharField(max_length=8, blank=True, choices=AGE_BAND_CHOICES)
    country = models.CharField(max_length=2, blank=True)
    language = models.CharField(max_length=8, blank=True, choices=LANGUAGE_CHOICES)
    subscribed = models.BooleanField(
        default=False, help_text='Wants the "you said, we did" report back.'
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(pseudonym__regex=PSEUDONYM_PATTERN), name="participant_pseudonym_hex"
            ),
        ]

    def __str__(self) -> str:
        return f"participant {self.pseudonym[:8]}…"


class Response(models.Model):
    """One child's answers to one consultation version: at most one per child.

    The child can change answers until the consultation closes. ``age_band``,
    ``country`` and ``language`` are a snapshot taken when the response starts, so
    results do not move when a child later tells HearMe a new age.
    """

    consultation = models.ForeignKey(
        Consultation, on_delete=models.DO_NOTHING, related_name="responses"
    )
    participant = models.ForeignKey(
        Participant, on_delete=models.DO_NOTHING, related_name="responses"
    )
    status = models.CharField(
        max_length=16, choices=ResponseStatus.choices, default=ResponseStatus.IN_PROGRESS
    )
    last_question = models.CharField(max_length=64, blank=True)
    age_band = models.CharField(max_length=8, blank=True, choices=AGE_BAND_CHOICES)
    country = models.CharField(max_length=2, blank=True)
    language = models.CharField(max_length=8, blank=True, choices=LANGUAGE_CHOICES)
    below_consent_age = models.BooleanField(
        default=False, help_text="Below the deployment's age of digital consent when started."
    )
    started_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "participant"], name="one_response_per_child"
            ),
        ]
        indexes = [
            # Respondents per group for results: index-only, in grouping order.
            models.Index(
                fields=["consultation", "status", "age_band", "country", "language"],
                name="response_results_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"response {self.pk} to {self.consultation_id}"


class Answer(models.Model):
    """The answer to one question in one response.

    Choice answers (single, multiple, scale, yes/no) are in ``AnswerChoice`` rows, one
    per picked option; ``number`` holds a number answer and ``text`` a free-text answer,
    redacted before it was stored. Only ``approved`` texts ever leave the system.
    """

    response = models.ForeignKey(
        Response, on_delete=models.DO_NOTHING, related_name="answers", db_index=False
    )
    question = models.ForeignKey(
        Question, on_delete=models.DO_NOTHING, related_name="answers", db_index=False
    )
    # Copies of the response's fields, for join-free results (see the module docstring).
    consultation = models.ForeignKey(
        Consultation, on_delete=models.DO_NOTHING, related_name="+", db_index=False
    )
    age_band = models.CharField(max_length=8, blank=True)
    country = models.CharField(max_length=2, blank=True)
    language = models.CharField(max_length=8, blank=True)
    complete = models.BooleanField(default=False)

    number = models.FloatField(null=True, blank=True)
    text = models.TextField(blank=True, help_text="Redacted before storage.")
    moderation = models.CharField(max_length=16, blank=True, choices=Moderation.choices)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="moderated_answers",
    )
    moderated_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["response", "question"], name="one_answer_per_question"
            ),
        ]
        indexes = [
            # Respondents per question and group, and number answers: index-only scan.
            models.Index(
                fields=[
                    "consultation",
                    "complete",
                    "question",
                    "age_band",
                    "country",
                    "language",
                    "number",
                ],
                name="answer_results_idx",
            ),
            # The moderation queue: the pending texts, oldest first.
            models.Index(
                fields=["moderation", "consultation", "created_at"], name="answer_moderation_idx"
            ),
        ]

    def __str__(self) -> str:
        return f"answer {self.pk} to {self.question_id}"


class AnswerChoice(models.Model):
    """One option picked in a choice answer (one row per option of a ``multiple``)."""

    answer = models.ForeignKey(
        Answer, on_delete=models.DO_NOTHING, related_name="choices", db_index=False
    )
    option = models.CharField(max_length=64)
    # Copies, for join-free results (see the module docstring).
    consultation = models.ForeignKey(
        Consultation, on_delete=models.DO_NOTHING, related_name="+", db_index=False
    )
    question = models.ForeignKey(
        Question, on_delete=models.DO_NOTHING, related_name="+", db_index=False
    )
    age_band = models.CharField(max_length=8, blank=True)
    country = models.CharField(max_length=2, blank=True)
    language = models.CharField(max_length=8, blank=True)
    complete = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["answer", "option"], name="one_row_per_picked_option"),
        ]
        indexes = [
            models.Index(
                fields=[
                    "consultation",
                    "complete",
                    "question",
                    "option",
                    "age_band",
                    "country",
                    "language",
                ],
                name="choice_results_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.option} in answer {self.answer_id}"


def as_dict(consultation: Consultation) -> dict[str, Any]:
    """A consultation version's public facts, for lists and exports."""
    return {
        "id": consultation.slug,
        "version": consultation.version,
        "organisation": consultation.organisation,
        "title": consultation.title,
        "status": consultation.status,
        "opens": consultation.opens.isoformat(),
        "closes": consultation.closes.isoformat(),
        "retention_days": consultation.retention_days,
    }
