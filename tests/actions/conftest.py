"""Builds rasa-sdk trackers inline, the way rasa-sdk's own tests do."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Tracker


def make_tracker(
    text: str = "hello",
    *,
    intent: str = "greet",
    confidence: float = 0.99,
    entities: list[dict[str, Any]] | None = None,
    metadata: dict[str, Any] | None = None,
    slots: dict[str, Any] | None = None,
    ranking: list[dict[str, Any]] | None = None,
) -> Tracker:
    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": confidence},
        "intent_ranking": ranking or [{"name": intent, "confidence": confidence}],
        "entities": entities or [],
        "metadata": metadata or {},
    }
    return Tracker(
        sender_id="test-child",
        slots={"language": "en", "language_source": None, "country": None, **(slots or {})},
        latest_message=latest,
        events=[{"event": "user", "text": text, "parse_data": latest}],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


@pytest.fixture(autouse=True)
def alerts(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Catches safeguarding alerts instead of writing them to a database.

    Action tests have no database; the alert store has its own tests in tests/web/.
    """
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr("actions.safety.record_alert", lambda **kw: calls.append(kw) or True)
    return calls
