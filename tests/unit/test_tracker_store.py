"""The tracker store redacts consultation answers and honours /forget (real SQLite)."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActiveLoop,
    BotUttered,
    Restarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.tracker_store import RedactingTrackerStore

ANSWER = "my name is Lily Smith and my number is 07700 900123"
DOMAIN = Domain.from_yaml(
    """
version: "3.1"
slots:
  language: {type: text, mappings: [{type: custom}]}
forms:
  consultation_form: {required_slots: []}
actions: [action_forget_confirm]
"""
)


def rows(db: Path) -> list[str]:
    with sqlite3.connect(db) as connection:
        return [row[0] for row in connection.execute("SELECT data FROM events ORDER BY id")]


def save(store: RedactingTrackerStore, tracker: DialogueStateTracker) -> None:
    asyncio.run(store.save(tracker))


@pytest.fixture
def store(tmp_path: Path) -> RedactingTrackerStore:
    return RedactingTrackerStore(domain=DOMAIN, dialect="sqlite", db=str(tmp_path / "t.db"))


def user(text: str) -> UserUttered:
    return UserUttered(text, {"name": "nlu_fallback", "confidence": 1.0})


def test_answers_typed_while_the_consultation_form_runs_are_redacted(store, tmp_path):
    tracker = DialogueStateTracker.from_events(
        "child",
        [
            ActionExecuted("action_listen"),
            user("My friend Lily Smith says hi"),  # before the form: kept as written
            ActionExecuted("consultation_form"),
            ActiveLoop("consultation_form"),
            ActionExecuted("action_listen"),
            user(ANSWER),
        ],
        DOMAIN.slots,
    )
    save(store, tracker)
    stored = "\n".join(rows(tmp_path / "t.db"))
    assert "07700" not in stored
    assert ANSWER not in stored
    assert "[phone]" in stored
    # Only messages sent during the consultation are redacted.
    assert "My friend Lily Smith says hi" in stored
    # After the form, messages are stored as written again.
    tracker.update(ActiveLoop(None))
    tracker.update(user("thanks Lily"))
    save(store, tracker)
    assert "thanks Lily" in rows(tmp_path / "t.db")[-1]
    assert sum("07700" in row for row in rows(tmp_path / "t.db")) == 0


def test_free_text_that_starts_with_a_slash_is_redacted_but_payloads_are_kept(store, tmp_path):
    payload = '/consultation_answer{"consultation_question": "safe"}'
    tracker = DialogueStateTracker.from_events(
        "child",
        [
            ActionExecuted("consultation_form"),
            ActiveLoop("consultation_form"),
            ActionExecuted("action_listen"),
            user("/" + ANSWER),  # typed, not a button
            ActionExecuted("action_listen"),
            user(payload),
        ],
        DOMAIN.slots,
    )
    save(store, tracker)
    stored = "\n".join(rows(tmp_path / "t.db"))
    assert "07700" not in stored and "[phone]" in stored
    assert payload.replace('"', '\\"') in stored


def test_forget_deletes_every_stored_event_of_the_sender(store, tmp_path):
    other = DialogueStateTracker.from_events("someone-else", [user("hello")], DOMAIN.slots)
    save(store, other)
    tracker = DialogueStateTracker.from_events(
        "child", [ActionExecuted("action_listen"), user("I go to Hill School")], DOMAIN.slots
    )
    save(store, tracker)
    for event in [
        ActionExecuted("action_listen"),
        user("/forget_confirm"),
        ActionExecuted("action_forget_confirm"),
        BotUttered("Done"),
        Restarted(),
        SlotSet("language", "fr"),
        ActionExecuted("action_listen"),
    ]:
        tracker.update(event)
    save(store, tracker)
    stored = rows(tmp_path / "t.db")
    assert not any("Hill School" in row for row in stored)
    assert not any('forget_confirm"' in row and '"event": "user"' in row for row in stored)
    assert any('"hello"' in row for row in stored)  # other children are untouched
    retrieved = asyncio.run(store.retrieve("child"))
    assert retrieved is not None
    assert retrieved.get_slot("language") == "fr"
    # The next turn appends after what was kept, without copying the old events back.
    retrieved.update(user("bonjour"))
    save(store, retrieved)
    child_rows = [row for row in rows(tmp_path / "t.db") if "Hill School" in row]
    assert child_rows == []
    assert '"bonjour"' in rows(tmp_path / "t.db")[-1]


def test_a_forget_that_only_asked_again_deletes_nothing(store, tmp_path):
    tracker = DialogueStateTracker.from_events(
        "child", [ActionExecuted("action_listen"), user("I go to Hill School")], DOMAIN.slots
    )
    save(store, tracker)
    tracker.update(user("yes delete it"))
    tracker.update(ActionExecuted("action_forget_confirm"))
    tracker.update(BotUttered("Do you want me to delete…?"))
    tracker.update(ActionExecuted("action_listen"))
    save(store, tracker)
    assert any("Hill School" in row for row in rows(tmp_path / "t.db"))
