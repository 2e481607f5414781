"""App configuration for the dashboard."""

from __future__ import annotations

from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "web.dashboard"
    label = "dashboard"
    verbose_name = "HearMe dashboard"

    def ready(self) -> None:
        # Connecting receivers here, not at import, keeps imports free of side effects.
        from django.core import checks

        from web.dashboard import signals
        from web.dashboard.widget_texts import check_widget_texts

        signals.connect()
        checks.register(check_widget_texts)
