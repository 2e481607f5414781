"""App configuration for the dashboard."""

from __future__ import annotations

from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "web.dashboard"
    label = "dashboard"
    verbose_name = "HearMe dashboard"

    def ready(self) -> None:
        # Connecting receivers here, not at import, keeps imports free of side effects.
        from web.dashboard import signals

        signals.connect()
