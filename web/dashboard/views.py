"""Views: the public demo page, the moderator dashboard, alert review and the health check."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import wraps
from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from web.dashboard.widget_texts import widget_texts
from web.safeguarding.models import AlertStatus, SafeguardingAlert

logger = logging.getLogger("hearme.dashboard")

# Rasa's REST channel, relative to RASA_PUBLIC_URL.
REST_WEBHOOK_PATH = "/webhooks/rest/webhook"

# How many alerts the dashboard home lists; older ones are in /admin/.
LATEST_ALERTS = 50

View = Callable[..., HttpResponse]


def staff_required(view: View) -> View:
    """Send anonymous visitors to sign in; refuse signed-in non-staff with 403.

    `user_passes_test` would send a signed-in non-staff user back to the login page,
    which reads as "wrong password" rather than "not allowed".
    """

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not (request.user.is_active and request.user.is_staff):
            logger.warning("dashboard.forbidden", extra={"user_id": request.user.pk})
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


@require_GET
def demo(request: HttpRequest) -> HttpResponse:
    """Public page with a small chat box that talks to Rasa's REST channel.

    The chat's own words are rendered in the default language and given to the script
    for every language, so it can switch them when the child picks another one.
    """
    texts = widget_texts()
    return render(
        request,
        "dashboard/demo.html",
        {
            "rasa_webhook_url": settings.RASA_PUBLIC_URL.rstrip("/") + REST_WEBHOOK_PATH,
            "languages": settings.LANGUAGES,
            "chat_language": settings.LANGUAGE_CODE,
            "text": texts[settings.LANGUAGE_CODE],
            "chat_texts": texts,
        },
    )


@never_cache
@staff_required
@require_GET
def home(request: HttpRequest) -> HttpResponse:
    """The moderator dashboard: the latest safeguarding alerts, then planned sections."""
    alerts = SafeguardingAlert.objects.order_by("-created_at", "-id")[:LATEST_ALERTS]
    new_count = SafeguardingAlert.objects.filter(status=AlertStatus.NEW).count()
    return render(request, "dashboard/home.html", {"alerts": alerts, "new_count": new_count})


class AlertReviewForm(forms.ModelForm):
    """What staff may change on an alert: its status and their own notes."""

    class Meta:
        model = SafeguardingAlert
        fields = ["status", "staff_notes"]
        widgets = {"staff_notes": forms.Textarea(attrs={"rows": 5})}


@never_cache
@staff_required
@require_http_methods(["GET", "POST"])
def alert_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One alert; staff set its status and notes, which records who reviewed it when."""
    alert = get_object_or_404(SafeguardingAlert, pk=pk)
    form = AlertReviewForm(request.POST if request.method == "POST" else None, instance=alert)
    if request.method == "POST" and form.is_valid():
        reviewed = form.save(commit=False)
        reviewed.reviewed_by = request.user
        reviewed.reviewed_at = timezone.now()
        reviewed.save()
        # An audit line for operators: ids and the new status only, never the notes.
        logger.info(
            "dashboard.alert_reviewed",
            extra={"user_id": request.user.pk, "alert_id": alert.pk, "status": alert.status},
        )
        messages.success(request, "Alert updated.")
        return redirect("dashboard:alert", pk=alert.pk)
    return render(request, "dashboard/alert.html", {"alert": alert, "form": form})


@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness and database check for load balancers and `make run`."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        logger.error("healthz.database_error", extra={"error_type": type(exc).__name__})
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok"})
