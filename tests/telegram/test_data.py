"""What the connector keeps and erases: Rasa's tracker rows and the participant row."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

from bot.telegram.data import (
    ConversationStore,
    DataUnavailable,
    HearMeData,
    Summary,
    participant_pseudonym,
    unsubscribe_sync,
)
from bot.telegram.translate import sender_id

SECRET = b"k" * 32
CHILD = sender_id(424242, SECRET)
OTHER = sender_id(434343, SECRET)


def _tracker_db(path, rows):
    # The columns of Rasa 3.6's SQLTrackerStore "events" table that the connector reads.
    connection = sqlite3.connect(path)
    connection.execute(
        "CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255) NOT NULL, "
        "type_name VARCHAR(255) NOT NULL, timestamp FLOAT, intent_name VARCHAR(255), "
        "action_name VARCHAR(255), data TEXT)"
    )
    connection.executemany("INSERT INTO events (sender_id, type_name, data) VALUES (?, ?, ?)", rows)
    connection.commit()
    connection.close()


ROWS = [
    (CHILD, "user", '{"event": "user", "text": "hi"}'),
    (CHILD, "slot", '{"event": "slot", "name": "language", "value": "en"}'),
    (CHILD, "bot", '{"event": "bot", "text": "Hi!"}'),
    (CHILD, "slot", '{"event": "slot", "name": "language", "value": "fr"}'),
    (CHILD, "slot", '{"event": "slot", "name": "country", "value": "FR"}'),
    (CHILD, "slot", '{"event": "slot", "name": "age_band", "value": null}'),
    (CHILD, "slot", '{"event": "slot", "name": "quiz_scams", "value": "b"}'),
    (CHILD, "action", '{"event": "action", "name": "action_listen"}'),
    (CHILD, "user", '{"event": "user", "text": "bonjour"}'),
    (OTHER, "user", '{"event": "user", "text": "someone else"}'),
]


def test_the_summary_counts_messages_and_shows_the_last_values(tmp_path):
    db = tmp_path / "tracker.sqlite3"
    _tracker_db(db, ROWS)
    store = ConversationStore(db)
    assert store.summary_sync(CHILD) == Summary(
        3, language="fr", country="FR", age_band=None, chosen_language="fr"
    )
    assert store.summary_sync(sender_id(1, SECRET)) == Summary(0)


def test_forget_deletes_only_this_childs_rows(tmp_path):
    db = tmp_path / "tracker.sqlite3"
    _tracker_db(db, ROWS)
    store = ConversationStore(db)
    assert store.forget_sync(CHILD) == 9
    assert store.summary_sync(CHILD) == Summary(0)
    # The language slot starts as English and is only recorded when it changes.
    assert store.summary_sync(OTHER) == Summary(1, language="en")


def test_a_missing_or_foreign_database_is_reported_not_guessed(tmp_path):
    with pytest.raises(DataUnavailable):
        ConversationStore(tmp_path / "missing.sqlite3").summary_sync(CHILD)
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.close()
    with pytest.raises(DataUnavailable):
        ConversationStore(other).forget_sync(CHILD)


@pytest.mark.slow
def test_forget_really_empties_rasas_own_tracker_store(tmp_path):
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import BotUttered, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    db = tmp_path / "tracker.sqlite3"
    domain = Domain.from_yaml(
        'version: "3.1"\nslots:\n  language: {type: text, mappings: [{type: custom}]}\n'
    )

    async def scenario():
        store = SQLTrackerStore(domain, dialect="sqlite", db=str(db))
        events = [UserUttered("hi"), SlotSet("language", "es"), BotUttered("hola")]
        await store.save(DialogueStateTracker.from_events(CHILD, events, domain.slots))
        data = HearMeData(db, SECRET)
        assert await data.summary(CHILD) == Summary(2, language="es", chosen_language="es")
        assert await data.forget(CHILD) == 3
        tracker = await store.retrieve(CHILD)
        assert tracker is None or not tracker.events

    asyncio.run(scenario())


@pytest.mark.django_db(transaction=True)
def test_blocking_or_stop_unsubscribes_the_participant_row_if_there_is_one():
    from web.consultations.models import Participant

    mine = Participant.objects.create(
        pseudonym=participant_pseudonym(CHILD, SECRET), channel="telegram", subscribed=True
    )
    theirs = Participant.objects.create(
        pseudonym=participant_pseudonym(OTHER, SECRET), channel="telegram", subscribed=True
    )
    assert unsubscribe_sync(CHILD, SECRET) == 1
    assert unsubscribe_sync(CHILD, SECRET) == 0  # already unsubscribed
    assert unsubscribe_sync(sender_id(1, SECRET), SECRET) == 0  # never took part
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert (mine.subscribed, theirs.subscribed) == (False, True)


def test_the_participant_pseudonym_is_the_channels_rule_applied_to_the_rasa_sender():
    from bot.privacy import pseudonym

    assert participant_pseudonym(CHILD, SECRET) == pseudonym("telegram", CHILD, SECRET)
    assert participant_pseudonym(CHILD, SECRET) != CHILD
