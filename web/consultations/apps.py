"""App configuration for consultations."""

from __future__ import annotations

from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    name = "web.consultations"
    label = "consultations"
    verbose_name = "Consultations"
