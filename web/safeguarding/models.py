"""The safeguarding alert record: pseudonymous, redacted, for staff review."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from bot.names import LANGUAGES
from bot.safety.lexicon import Category, Severity

# Staff-facing labels; the ids stay those of bot.safety.lexicon.Category.
_CATEGORY_LABELS = {
    Category.SUICIDE_SELF_HARM: "Suicide / self-harm",
    Category.IMMEDIATE_DANGER: "Immediate danger",
    Category.ABUSE_NEGLECT: "Abuse / neglect",
    Category.SEXUAL_ABUSE: "Sexual abuse",
    Category.ONLINE_SEXUAL_EXPLOITATION: "Online sexual exploitation",
    Category.CSAM_SEEN: "Saw abuse material (CSAM)",
    Category.BULLYING: "Bullying",
    Category.CHILD_MARRIAGE: "Child marriage",
    Category.TRAFFICKING: "Trafficking",
    Category.CHILD_LABOUR: "Child labour",
}
_LANGUAGE_LABELS = {"en": "English", "fr": "French", "es": "Spanish"}


class AlertStatus(models.TextChoices):
    NEW = "new", "New"
    IN_REVIEW = "in_review", "In review"
    CLOSED = "closed", "Closed"


class AlertSource(models.TextChoices):
    LEXICON = "lexicon", "Lexicon pattern"
    CLASSIFIER = "classifier", "Safety classifier"
    LEARNED = "learned", "Learned intent (DIET)"
    MODERATOR = "moderator", "Flagged by a moderator"


CATEGORY_CHOICES = [(c.value, _CATEGORY_LABELS.get(c, c.value)) for c in Category]
SEVERITY_CHOICES = [(s.value, s.value.capitalize()) for s in Severity]
LANGUAGE_CHOICES = [(code, _LANGUAGE_LABELS.get(code, code)) for code in LANGUAGES]


class SafeguardingAlert(models.Model):
    """One high-severity disclosure, after the child was already given help.

    Holds no raw ids and no raw text: ``participant`` is the keyed pseudonym from
    ``bot.privacy.pseudonym`` and ``excerpt`` went through ``bot.privacy.excerpt``.
    Rows are written only by ``web.safeguarding.store.record_alert``.
    """

    created_at = models.DateTimeField(auto_now_add=True)
    participant = models.CharField(
        max_length=64, help_text="Keyed pseudonym of the channel user id (HMAC-SHA256)."
    )
    channel = models.CharField(max_length=32)
    category = models.CharField(max_length=32, choices=CATEGORY_CHOICES)
    severity = models.CharField(max_length=16, choices=SEVERITY_CHOICES)
    source = models.CharField(max_length=16, choices=AlertSource.choices)
    language = models.CharField(max_length=8, choices=LANGUAGE_CHOICES)
    country = models.CharField(max_length=2, blank=True)
    excerpt = models.TextField(help_text="Redacted before storage.")
    status = models.CharField(max_length=16, choices=AlertStatus.choices, default=AlertStatus.NEW)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewed_alerts",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    staff_notes = models.TextField(
        blank=True, help_text="Staff only. Never write anything that could identify a child."
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["status", "-created_at"], name="alert_status_created_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.category} ({self.severity}) #{self.pk}"
