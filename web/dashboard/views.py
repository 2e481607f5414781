"""Views: the public demo page, the moderator dashboard shell and the health check."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from web.dashboard.widget_texts import widget_texts

logger = logging.getLogger("hearme.dashboard")

# Rasa's REST channel, relative to RASA_PUBLIC_URL.
REST_WEBHOOK_PATH = "/webhooks/rest/webhook"

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
    """The moderator dashboard shell; sections fill in as features land."""
    return render(request, "dashboard/home.html")


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
