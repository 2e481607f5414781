"""Log lines are single JSON objects and never carry credentials or request objects."""

from __future__ import annotations

import json
import logging
import sys

import pytest

from web.hearme_web.logfmt import JsonLineFormatter


def make_record(**extra):
    record = logging.LogRecord(
        "hearme.test", logging.WARNING, __file__, 1, "thing.%s", ("happened",), None
    )
    for key, value in extra.items():
        setattr(record, key, value)
    return record


def test_formatter_writes_one_json_line_with_scalar_extras():
    line = JsonLineFormatter().format(make_record(user_id=7, request=object(), blob=object()))
    assert "\n" not in line
    data = json.loads(line)
    assert data["event"] == "thing.happened"
    assert data["level"] == "WARNING"
    assert data["logger"] == "hearme.test"
    assert data["user_id"] == 7
    assert "request" not in data and "blob" not in data
    assert data["ts"].endswith("+00:00")


def test_formatter_keeps_tracebacks_on_one_line():
    try:
        raise ValueError("boom\nsecond line")
    except ValueError:
        record = make_record()
        record.exc_info = sys.exc_info()
    line = JsonLineFormatter().format(record)
    assert "\n" not in line
    data = json.loads(line)
    assert data["exc_type"] == "ValueError"
    assert "boom" in data["exc"]


@pytest.mark.django_db
def test_failed_login_is_logged_without_the_username(client, caplog):
    with caplog.at_level(logging.INFO, logger="hearme.dashboard.auth"):
        client.post("/accounts/login/", {"username": "typed-my-secret", "password": "x"})
    events = [r for r in caplog.records if r.name == "hearme.dashboard.auth"]
    assert [r.getMessage() for r in events] == ["auth.login_failed"]
    assert "typed-my-secret" not in caplog.text


@pytest.mark.django_db
def test_successful_login_is_logged_with_the_user_id(client, staff_user, password, caplog):
    with caplog.at_level(logging.INFO, logger="hearme.dashboard.auth"):
        client.post("/accounts/login/", {"username": "moderator", "password": password})
    events = [r for r in caplog.records if r.name == "hearme.dashboard.auth"]
    assert [r.getMessage() for r in events] == ["auth.login"]
    assert events[0].user_id == staff_user.pk
    assert password not in caplog.text
