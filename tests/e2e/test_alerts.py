"""Safeguarding alerts end to end: a disclosure over REST becomes a pseudonymous,
redacted row in the application database, and the child still gets the help."""

from __future__ import annotations

import hashlib
import hmac
import sqlite3
import time
import uuid

import pytest

pytestmark = pytest.mark.e2e

MESSAGE = "my uncle touches me at night, call me on 07700 900123"


def alert_rows(stack, since_id: int = 0) -> list[dict]:
    with sqlite3.connect(stack.db_path) as db:
        db.row_factory = sqlite3.Row
        rows = db.execute(
            "SELECT * FROM safeguarding_safeguardingalert WHERE id > ? ORDER BY id", (since_id,)
        ).fetchall()
    return [dict(row) for row in rows]


def participant(stack, sender: str) -> str:
    return hmac.new(
        stack.pseudonym_secret.encode(), f"rest:{sender}".encode(), hashlib.sha256
    ).hexdigest()


def wait_for_rows(stack, since_id: int, sender: str, seconds: float = 20.0) -> list[dict]:
    """This child's alerts. They are written in the background after the child got the
    help, so other tests' alerts may land in between: rows are told apart by pseudonym."""
    code = participant(stack, sender)
    deadline = time.monotonic() + seconds
    while True:
        rows = [r for r in alert_rows(stack, since_id) if r["participant"] == code]
        if rows or time.monotonic() > deadline:
            return rows
        time.sleep(0.2)


def last_id(stack) -> int:
    rows = alert_rows(stack)
    return rows[-1]["id"] if rows else 0


def test_disclosure_creates_a_pseudonymous_redacted_alert(stack):
    sender = f"child-{uuid.uuid4().hex[:12]}"
    before = last_id(stack)

    replies = stack.send(sender, MESSAGE, {"language": "en", "country": "GB"})
    assert "0800 1111" in "\n".join(r.get("text") or "" for r in replies), replies

    rows = wait_for_rows(stack, before, sender)
    assert len(rows) == 1, stack.log_tail()
    row = rows[0]
    assert row["category"] == "sexual_abuse"
    assert row["severity"] == "high"
    assert row["country"] == "GB"
    assert row["language"] == "en"
    assert row["channel"] == "rest"
    assert row["status"] == "new"
    assert "[phone]" in row["excerpt"]
    assert "uncle" in row["excerpt"]
    everything = " ".join(str(value) for value in row.values())
    assert "07700" not in everything
    assert "900123" not in everything
    assert sender not in everything
    assert sender.removeprefix("child-") not in everything
    assert row["participant"] == participant(stack, sender)


def test_medium_severity_raises_no_alert_by_default(stack):
    sender = f"child-{uuid.uuid4().hex[:12]}"
    before = last_id(stack)
    stack.send(
        sender,
        "people at school keep calling me names and pushing me every day",
        {"language": "en", "country": "GB"},
    )
    flags = [
        e for e in stack.tracker(sender)["latest_message"]["entities"] if e["entity"] == "safety"
    ]
    assert [(f["value"], f["severity"]) for f in flags] == [("bullying", "medium")]
    # A high-severity message afterwards is the only alert: writes are queued in order on
    # one worker, so a bullying alert would have come first.
    stack.send(sender, MESSAGE, {"language": "en", "country": "GB"})
    rows = wait_for_rows(stack, before, sender)
    assert [r["category"] for r in rows] == ["sexual_abuse"], rows
