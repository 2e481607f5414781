"""Using the Django ORM from a process that is not Django's (the rasa-sdk action server).

Importing this module has no side effects.
"""

from __future__ import annotations

import os
import threading

_lock = threading.Lock()
_ready = False


def ensure_django() -> None:
    """Loads Django's settings and apps once, if the host process has not already.

    ``django.setup()`` would also apply the web app's LOGGING, replacing the root log
    handlers of the host process (rasa-sdk's) mid-run; populating the app registry is
    all the ORM needs, and the host keeps its own logging.
    """
    global _ready
    if _ready:
        return
    with _lock:
        if _ready:
            return
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "web.hearme_web.settings")
        from django.apps import apps
        from django.conf import settings

        if not apps.ready:
            apps.populate(settings.INSTALLED_APPS)
        _ready = True
