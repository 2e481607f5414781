"""Security headers Django 5.2 does not set by itself."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse


class SecurityHeadersMiddleware:
    """Add each header in `settings.HEARME_SECURITY_HEADERS` unless the view set it.

    The Content-Security-Policy there allows scripts and styles from our own origin
    only and network requests to the Rasa server only, so an injected script or a
    third-party tracker can neither run nor phone home even if a template mistake let
    one in. The Permissions-Policy switches off geolocation, camera and microphone,
    which HearMe never uses.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        for name, value in getattr(settings, "HEARME_SECURITY_HEADERS", {}).items():
            if value and name not in response:
                response[name] = value
        return response
