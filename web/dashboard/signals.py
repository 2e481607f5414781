"""Structured log lines for sign-in events, so operators can spot password guessing."""

from __future__ import annotations

import logging
from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed

logger = logging.getLogger("hearme.dashboard.auth")


def _logged_in(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    logger.info("auth.login", extra={"user_id": user.pk})


def _logged_out(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    logger.info("auth.logout", extra={"user_id": getattr(user, "pk", None)})


def _login_failed(sender: Any, credentials: Any, request: Any = None, **kwargs: Any) -> None:
    # The attempted username is not logged: people sometimes type a password into it.
    logger.warning("auth.login_failed")


def connect() -> None:
    """Attach the receivers; called once from `DashboardConfig.ready`."""
    user_logged_in.connect(_logged_in, dispatch_uid="hearme.auth.login")
    user_logged_out.connect(_logged_out, dispatch_uid="hearme.auth.logout")
    user_login_failed.connect(_login_failed, dispatch_uid="hearme.auth.login_failed")
