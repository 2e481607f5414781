"""Top-level URLs: the public demo page, the dashboard, sign-in, admin and health check."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from web.dashboard import views

urlpatterns = [
    path("", views.demo, name="demo"),
    path("healthz", views.healthz, name="healthz"),
    path("dashboard/", include("web.dashboard.urls")),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
]
