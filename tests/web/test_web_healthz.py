"""/healthz reports ok when the database answers, and 503 when it does not."""

from __future__ import annotations

import json

import pytest
from django.db import DatabaseError

pytestmark = pytest.mark.django_db


def test_healthz_ok(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == {"status": "ok"}


def test_healthz_reports_database_failure(client, monkeypatch):
    class BrokenConnection:
        def cursor(self):
            raise DatabaseError("database is locked")

    monkeypatch.setattr("web.dashboard.views.connection", BrokenConnection())
    response = client.get("/healthz")
    assert response.status_code == 503
    body = json.loads(response.content)
    assert body["status"] == "error"
    assert "locked" not in response.content.decode(), "raw backend errors stay in the logs"
