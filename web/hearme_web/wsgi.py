"""WSGI entry point, e.g. `gunicorn web.hearme_web.wsgi` from the repo root."""

from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "web.hearme_web.settings")

application = get_wsgi_application()
