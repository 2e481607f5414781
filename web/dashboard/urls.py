"""Moderator dashboard URLs (mounted at /dashboard/)."""

from __future__ import annotations

from django.urls import path

from web.dashboard import consultation_views, moderation_views, views

app_name = "dashboard"

urlpatterns = [
    path("", views.home, name="home"),
    path("alerts/<int:pk>/", views.alert_detail, name="alert"),
    path("consultations/", consultation_views.consultation_list, name="consultations"),
    path("consultations/new/", consultation_views.consultation_new, name="consultation_new"),
    path(
        "consultations/<int:pk>/open/",
        consultation_views.consultation_open,
        name="consultation_open",
    ),
    path(
        "consultations/<int:pk>/close/",
        consultation_views.consultation_close,
        name="consultation_close",
    ),
    path("consultations/<int:pk>/moderation/", moderation_views.moderation, name="moderation"),
    path("consultations/<int:pk>/results/", moderation_views.results, name="results"),
    path(
        "consultations/<int:pk>/results/export.csv",
        moderation_views.results_export,
        {"fmt": "csv"},
        name="results_csv",
    ),
    path(
        "consultations/<int:pk>/results/export.json",
        moderation_views.results_export,
        {"fmt": "json"},
        name="results_json",
    ),
    path("consultations/<str:ref>/", consultation_views.consultation_detail, name="consultation"),
]
