"""App configuration for safeguarding alerts."""

from __future__ import annotations

from django.apps import AppConfig


class SafeguardingConfig(AppConfig):
    name = "web.safeguarding"
    label = "safeguarding"
    verbose_name = "Safeguarding alerts"
