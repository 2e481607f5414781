"""Create the first superuser from HEARME_ADMIN_USER / HEARME_ADMIN_PASSWORD, once.

Safe to run on every start: it does nothing when the variables are not both set or
when the user already exists (an existing password is never overwritten).
"""

from __future__ import annotations

import os
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction


class Command(BaseCommand):
    help = (
        "Create a superuser from HEARME_ADMIN_USER and HEARME_ADMIN_PASSWORD if both are "
        "set and no user of that name exists. Never prints the password."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        username = os.environ.get("HEARME_ADMIN_USER", "").strip()
        password = os.environ.get("HEARME_ADMIN_PASSWORD", "")

        if not username and not password:
            self.stdout.write(
                "ensure_superuser: skipped, "
                "HEARME_ADMIN_USER and HEARME_ADMIN_PASSWORD are not set."
            )
            return
        if not username or not password:
            missing = "HEARME_ADMIN_PASSWORD" if username else "HEARME_ADMIN_USER"
            self.stderr.write(f"ensure_superuser: skipped, {missing} is not set (both are needed).")
            return

        user_model = get_user_model()
        if user_model._default_manager.filter(**{user_model.USERNAME_FIELD: username}).exists():
            self.stdout.write(
                f"ensure_superuser: user {username!r} already exists; nothing changed."
            )
            return

        candidate = user_model(**{user_model.USERNAME_FIELD: username})
        try:
            validate_password(password, user=candidate)
        except ValidationError as exc:
            # The validators' messages describe the rule broken, never the password itself.
            raise CommandError(
                "ensure_superuser: HEARME_ADMIN_PASSWORD is too weak: " + " ".join(exc.messages)
            ) from None

        with transaction.atomic():
            user_model._default_manager.create_superuser(
                **{user_model.USERNAME_FIELD: username}, email="", password=password
            )
        self.stdout.write(self.style.SUCCESS(f"ensure_superuser: created superuser {username!r}."))
