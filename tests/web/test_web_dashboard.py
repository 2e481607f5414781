"""Moderator dashboard: sign-in, staff-only access, argon2 hashes, CSRF, sign-out."""

from __future__ import annotations

import re

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_anonymous_visitor_is_sent_to_login(client):
    response = client.get("/dashboard/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/dashboard/"


def test_login_page_renders_with_csrf_token(client):
    response = client.get("/accounts/login/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="csrfmiddlewaretoken"' in html
    assert re.search(r'<label for="id_username">', html)
    assert re.search(r'<label for="id_password">', html)


def test_staff_user_sees_the_dashboard_shell(client, staff_user):
    client.force_login(staff_user)
    response = client.get("/dashboard/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Signed in as <strong>moderator</strong>" in html
    for section in ("Safeguarding alerts", "Consultations", "Views to review"):
        assert f">{section}</h2>" in html
    assert html.count('class="empty"') == 2
    assert 'href="/dashboard/consultations/"' in html
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


def test_non_staff_user_is_forbidden(client, plain_user):
    client.force_login(plain_user)
    response = client.get("/dashboard/")
    assert response.status_code == 403
    assert "Signed in as" not in response.content.decode()


def test_inactive_staff_user_cannot_sign_in(client, staff_user, password):
    staff_user.is_active = False
    staff_user.save()
    response = client.post("/accounts/login/", {"username": "moderator", "password": password})
    assert response.status_code == 200  # the form is shown again with an error
    assert "_auth_user_id" not in client.session


def test_login_with_argon2_hash(client, staff_user, password):
    staff_user.refresh_from_db()
    assert staff_user.password.startswith("argon2$argon2id$")

    response = client.post(
        "/accounts/login/",
        {"username": "moderator", "password": password, "next": "/dashboard/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/dashboard/"
    assert client.get("/dashboard/").status_code == 200


def test_login_with_wrong_password_fails(client, staff_user):
    response = client.post("/accounts/login/", {"username": "moderator", "password": "nope"})
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()
    assert client.get("/dashboard/").status_code == 302


def test_login_refuses_offsite_next(client, staff_user, password):
    response = client.post(
        "/accounts/login/",
        {"username": "moderator", "password": password, "next": "https://evil.example/"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/dashboard/"


def test_csrf_is_enforced_on_login(staff_user, password):
    csrf_client = Client(enforce_csrf_checks=True)
    refused = csrf_client.post("/accounts/login/", {"username": "moderator", "password": password})
    assert refused.status_code == 403
    assert "_auth_user_id" not in csrf_client.session

    page = csrf_client.get("/accounts/login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())
    assert token
    accepted = csrf_client.post(
        "/accounts/login/",
        {"username": "moderator", "password": password, "csrfmiddlewaretoken": token.group(1)},
    )
    assert accepted.status_code == 302
    assert csrf_client.get("/dashboard/").status_code == 200


def test_logout_is_post_only(client, staff_user):
    client.force_login(staff_user)
    assert client.get("/accounts/logout/").status_code == 405
    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/"
    assert client.get("/dashboard/").status_code == 302


def test_dashboard_escapes_the_username(client, django_user_model):
    user = django_user_model.objects.create_user(
        username="<b>x</b>", password="irrelevant-pass-123", is_staff=True
    )
    client.force_login(user)
    html = client.get("/dashboard/").content.decode()
    assert "<b>x</b>" not in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html


def test_session_cookie_flags(settings):
    assert settings.SESSION_COOKIE_HTTPONLY is True
    assert settings.SESSION_COOKIE_SAMESITE == "Lax"
    assert settings.SESSION_COOKIE_SECURE is (not settings.DEBUG)
    assert settings.CSRF_COOKIE_SECURE is (not settings.DEBUG)
    assert settings.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"


def test_admin_is_mounted(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
