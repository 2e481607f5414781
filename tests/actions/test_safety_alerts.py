"""The safety action raises a safeguarding alert after the help, and never instead of it."""

from __future__ import annotations

import logging

from rasa_sdk.executor import CollectingDispatcher

from actions.safety import ActionSafetyResponse
from tests.actions.conftest import make_tracker

TEXT = "my uncle touches me at night, call me on 07700 900123"


def run(domain, *, source="lexicon", channel="rest"):
    entity = {
        "entity": "safety",
        "value": "sexual_abuse",
        "severity": "high",
        "source": source,
        "categories": ["sexual_abuse"],
    }
    tracker = make_tracker(
        TEXT, intent="out_of_scope", entities=[entity], slots={"language": "fr", "country": "FR"}
    )
    if channel:
        tracker.events[0]["input_channel"] = channel
    dispatcher = CollectingDispatcher()
    assert ActionSafetyResponse().run(dispatcher, tracker, domain) == []
    return dispatcher.messages


def test_the_alert_gets_the_flag_the_channel_and_the_childs_message(domain, alerts):
    messages = run(domain, source="learned", channel="telegram")
    assert messages  # the help was given
    assert alerts == [
        {
            "channel": "telegram",
            "sender_id": "test-child",
            "category": "sexual_abuse",
            "severity": "high",
            "source": "learned",
            "language": "fr",
            "country": "FR",
            "text": TEXT,
            # The reply never waits for the database.
            "wait": False,
        }
    ]


def test_unknown_channel_is_named_unknown(domain, alerts):
    run(domain, channel=None)
    assert alerts[0]["channel"] == "unknown"


def test_a_failed_alert_never_stops_the_help_and_logs_one_line_without_the_text(
    domain, monkeypatch, caplog
):
    def broken(**_: object) -> bool:
        raise RuntimeError(f"database is down while storing {TEXT}")

    monkeypatch.setattr("actions.safety.record_alert", broken)
    with caplog.at_level(logging.INFO, logger="actions.safety"):
        messages = run(domain)
    assert [m["response"] for m in messages][:2] == [
        "utter_safety_sexual_abuse",
        "utter_safety_helpline",
    ]
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1
    line = errors[0].getMessage()
    assert (
        line == "safeguarding_alert_failed category=sexual_abuse severity=high error=RuntimeError"
    )
    assert errors[0].exc_info is None
    assert not any("07700" in r.getMessage() or "uncle" in r.getMessage() for r in caplog.records)
