"""Long button payloads in the connector's SQLite file: they survive a restart and are
shared by several processes, expire, hold no words, and an unknown id gets a kind note
and the menu."""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Any

import pytest

from bot.telegram.buttons import MAX_AGE, ButtonStore, StoredCallbackTable, storable
from bot.telegram.texts import get_texts
from bot.telegram.translate import COMMAND_PAYLOADS, RasaMessage
from tests.telegram import fake_api as tg
from tests.telegram.harness import FakeRasa, running

pytestmark = pytest.mark.timeout(120)

TEXTS = get_texts()
CHILD = 5550101
LONG = '/rights_show{"right": "art16_privacy", "view": "act", "from": "answer", "x": "y"}'
MENU = COMMAND_PAYLOADS["help"]


def with_long_button(message: RasaMessage) -> list[dict[str, Any]]:
    return [
        {
            "recipient_id": message.sender,
            "text": f"you said: {message.message}",
            "buttons": [{"title": "What can I do?", "payload": LONG}],
        }
    ]


class Clock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def rows(path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT * FROM buttons ORDER BY shown").fetchall()


# ---------------------------------------------------------------------- the table


def test_only_intent_payloads_with_identifier_entities_may_be_stored():
    assert storable(LONG)
    assert storable("/menu_rights")
    assert storable('/consultation_answer{"consultation_question": "q1", "choice": "@skip"}')
    # Words, which could be a child's, never go in the file.
    assert not storable("i don't feel safe at home and i don't know who to tell, please help")
    assert not storable('/consultation_answer{"text": "my dad hits me when he is angry"}')
    assert not storable('/rights_show{"right": 16}')  # not text
    assert not storable('/rights_show{"right": ["16"]}')
    assert not storable("/rights_show{not json}")
    assert not storable("/" + "a" * 2000)


def test_an_id_is_known_to_another_table_on_the_same_file(tmp_path):
    # Two webhook workers, or the connector before and after a restart.
    path = tmp_path / "subscribers.sqlite3"
    first = StoredCallbackTable(ButtonStore(path))
    key = first.encode(LONG)

    async def scenario():
        await first.flush()
        second = StoredCallbackTable(ButtonStore(path))
        return await second.resolve(key), await second.resolve("hm:p:never-made")

    assert asyncio.run(scenario()) == (LONG, None)
    [(stored_key, payload, _)] = rows(path)
    assert (stored_key, payload) == (key, LONG)  # id, payload, time: nothing else


def test_a_payload_with_words_stays_in_memory_and_out_of_the_file(tmp_path):
    path = tmp_path / "subscribers.sqlite3"
    table = StoredCallbackTable(ButtonStore(path))
    words = '/inform{"text": "something a child might have typed, long enough to need an id"}'
    key = table.encode(words)

    async def scenario():
        await table.flush()
        other = StoredCallbackTable(ButtonStore(path))
        return await table.resolve(key), await other.resolve(key)

    assert asyncio.run(scenario()) == (words, None)
    assert not path.exists() or rows(path) == []


def test_ids_expire_when_not_shown_for_the_maximum_age(tmp_path):
    clock = Clock()
    path = tmp_path / "subscribers.sqlite3"
    store = ButtonStore(path, clock=clock)
    table = StoredCallbackTable(store, clock=clock)
    key = table.encode(LONG)

    async def resolve_after(days: float) -> str | None:
        clock.now += days * 24 * 3600
        return await StoredCallbackTable(ButtonStore(path, clock=clock), clock=clock).resolve(key)

    async def scenario():
        await table.flush()
        return await resolve_after(29), await resolve_after(2)

    assert asyncio.run(scenario()) == (LONG, None)
    # The same table (whose memory still has it) does not answer it either.
    assert asyncio.run(table.resolve(key)) is None
    store.prune()
    assert rows(path) == []


def test_showing_a_button_again_renews_it(tmp_path):
    clock = Clock()
    path = tmp_path / "subscribers.sqlite3"
    table = StoredCallbackTable(ButtonStore(path, clock=clock), clock=clock)

    async def scenario():
        key = table.encode(LONG)
        await table.flush()
        clock.now += MAX_AGE - 3600  # shown again a day before it would expire
        table.encode(LONG)
        await table.flush()
        clock.now += 3600 * 24 * 2
        return await table.resolve(key)

    assert asyncio.run(scenario()) == LONG


def test_the_table_keeps_at_most_max_rows_newest_first(tmp_path):
    clock = Clock()
    store = ButtonStore(tmp_path / "subscribers.sqlite3", max_rows=3, clock=clock)
    for i in range(5):
        clock.now += 1
        store.save([(f"hm:p:{i}", f"/intent_{i}")])
    store.prune()
    assert [row[0] for row in rows(store.path)] == ["hm:p:2", "hm:p:3", "hm:p:4"]
    assert len(store) == 3


def test_an_unusable_file_leaves_buttons_working_in_memory(tmp_path, caplog):
    (tmp_path / "not-a-file").mkdir()  # sqlite cannot open a directory
    table = StoredCallbackTable(ButtonStore(tmp_path / "not-a-file"))
    key = table.encode(LONG)

    async def scenario():
        await table.flush()  # logged, not raised
        return await table.resolve(key)

    assert asyncio.run(scenario()) == LONG
    assert "telegram_buttons_unsaved" in caplog.text


# ---------------------------------------------------------------------- the connector


def test_a_button_still_works_after_the_connector_restarts(tmp_path):
    db = tmp_path / "subscribers.sqlite3"

    async def scenario():
        api = tg.FakeBotAPI()
        await api.start()
        try:
            async with running(FakeRasa(with_long_button), api=api, subscribers_db=db):
                await api.push(tg.text(CHILD, "hi"))
                await api.wait_for_messages(CHILD, 1)
            markup = api.calls_to("sendMessage", CHILD)[0]["reply_markup"]
            data = markup["inline_keyboard"][0][0]["callback_data"]
            assert data.startswith("hm:p:")
            rasa = FakeRasa(with_long_button)  # a new process: nothing in memory
            async with running(rasa, api=api, subscribers_db=db):
                await api.push(tg.button_press(CHILD, data, query_id="q-after"))
                await api.wait_for_messages(CHILD, 2)
            return rasa, api
        finally:
            await api.stop()

    rasa, api = asyncio.run(scenario())
    assert [m.message for m in rasa.received] == [LONG]
    [answer] = api.calls_to("answerCallbackQuery")
    assert answer["callback_query_id"] == "q-after" and not answer.get("text")


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_an_unknown_button_gets_a_kind_note_and_the_menu(language):
    async def scenario():
        rasa = FakeRasa()
        async with running(rasa) as r:
            await r.api.push(tg.button_press(CHILD, "hm:p:never-made-here", language))
            texts = await r.api.wait_for_messages(CHILD, 1)
            return rasa, r.api, texts, dict(r.connector.stats)

    rasa, api, texts, stats = asyncio.run(scenario())
    [answer] = api.calls_to("answerCallbackQuery")
    assert answer["text"] == TEXTS.message("button_expired", language)
    assert [m.message for m in rasa.received] == [MENU]  # the menu, not a guess
    assert texts == [f"you said: {MENU}"]
    assert stats.get("button_expired") == 1


def test_an_expired_button_gets_the_kind_note_and_the_menu(tmp_path):
    db = tmp_path / "subscribers.sqlite3"
    long_ago = Clock()
    old = StoredCallbackTable(ButtonStore(db, clock=long_ago), clock=long_ago)
    key = old.encode(LONG)
    asyncio.run(old.flush())  # shown in November 2023: long expired
    assert rows(db)

    async def scenario():
        rasa = FakeRasa()
        async with running(rasa, subscribers_db=db) as r:
            await r.api.push(tg.button_press(CHILD, key, "fr"))
            await r.api.wait_for_messages(CHILD, 1)
            return rasa, r.api

    rasa, api = asyncio.run(scenario())
    [answer] = api.calls_to("answerCallbackQuery")
    assert answer["text"] == TEXTS.message("button_expired", "fr")
    assert [m.message for m in rasa.received] == [MENU]


def test_the_too_old_note_must_fit_a_callback_answer(tmp_path):
    from bot.telegram.texts import DEFAULT_PATH, TelegramTextsError, load_texts

    assert all(len(t) <= 200 for t in TEXTS.messages["button_expired"].values())
    original = DEFAULT_PATH.read_text(encoding="utf-8")
    note = TEXTS.messages["button_expired"]["en"]
    assert original.count(note) == 1
    longer = tmp_path / "commands.yml"
    longer.write_text(original.replace(note, note + " Please." * 20), encoding="utf-8")
    with pytest.raises(TelegramTextsError, match="button_expired.en"):
        load_texts(longer)
