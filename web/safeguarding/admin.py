"""Admin for safeguarding alerts.

Staff may review alerts here as in the dashboard. Nobody can add an alert or edit the
fields that come from the child's conversation: only the bot writes those, already
pseudonymous and redacted.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest
from django.utils import timezone

from web.safeguarding.models import SafeguardingAlert

CHILD_DERIVED = (
    "created_at",
    "participant",
    "channel",
    "category",
    "severity",
    "source",
    "language",
    "country",
    "excerpt",
)


@admin.register(SafeguardingAlert)
class SafeguardingAlertAdmin(admin.ModelAdmin):
    list_display = ("created_at", "category", "severity", "language", "country", "status")
    list_filter = ("status", "category", "severity")
    search_fields = ("excerpt",)
    date_hierarchy = "created_at"
    readonly_fields = (*CHILD_DERIVED, "reviewed_by", "reviewed_at")
    fields = (*CHILD_DERIVED, "status", "staff_notes", "reviewed_by", "reviewed_at")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def save_model(
        self, request: HttpRequest, obj: SafeguardingAlert, form: Any, change: bool
    ) -> None:
        if change and form.changed_data:
            obj.reviewed_by = request.user  # type: ignore[assignment]
            obj.reviewed_at = timezone.now()
        super().save_model(request, obj, form, change)
