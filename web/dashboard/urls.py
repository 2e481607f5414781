"""Moderator dashboard URLs (mounted at /dashboard/)."""

from __future__ import annotations

from django.urls import path

from web.dashboard import views

app_name = "dashboard"

urlpatterns = [
    path("", views.home, name="home"),
    path("alerts/<int:pk>/", views.alert_detail, name="alert"),
]
