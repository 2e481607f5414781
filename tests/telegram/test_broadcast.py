"""Broadcasts: /subscribe, the encrypted subscriber file, and rate-limited, resumable
sends against the fake Bot API."""

from __future__ import annotations

import asyncio
import os
import random
import sqlite3
import stat
import time

import pytest
from telegram import Bot

from bot.settings import get_settings
from bot.telegram.broadcast import (
    Audience,
    Broadcast,
    BroadcastError,
    SubscriberStore,
    audience_from,
    load_broadcast,
    send_broadcast,
)
from bot.telegram.data import HearMeData, Summary
from bot.telegram.texts import get_texts
from bot.telegram.translate import sender_id
from tests.telegram import fake_api as tg
from tests.telegram.harness import FakeData, FakeRasa, ThreadedFakeAPI, running

pytestmark = pytest.mark.timeout(120)

SECRET = b"s" * 32
NEWS = Broadcast(
    "poll-2026-12",
    {"en": "A new question is open!", "fr": "Une nouvelle question !", "es": "¡Nueva pregunta!"},
)


def who(user_id: int) -> str:
    return sender_id(user_id, SECRET)


def store_with(tmp_path, *children: tuple[int, str]) -> SubscriberStore:
    store = SubscriberStore(tmp_path / "subscribers.sqlite3", SECRET)
    for user_id, language in children:
        store.subscribe(who(user_id), user_id, language)
    return store


# ---------------------------------------------------------------------- the file


def test_a_broadcast_file_is_read_and_checked(tmp_path):
    good = tmp_path / "news.yml"
    good.write_text(
        "id: poll-2026-12\ntexts:\n  en: Hello!\n  fr: Salut !\n  es: ¡Hola!\n", encoding="utf-8"
    )
    assert load_broadcast(good) == Broadcast(
        "poll-2026-12", {"en": "Hello!", "fr": "Salut !", "es": "¡Hola!"}
    )
    assert load_broadcast(good).text_for("de") == "Hello!"

    bad = tmp_path / "bad.yml"
    bad.write_text("id: Poll 1\ntexts:\n  en: Hello!\n  fr: ''\n  es: x\n", encoding="utf-8")
    with pytest.raises(BroadcastError) as caught:
        load_broadcast(bad)
    message = str(caught.value)
    assert "bad.yml:1: id: use a-z" in message
    assert "bad.yml:4: texts.fr: must not be empty" in message
    missing = tmp_path / "missing.yml"
    missing.write_text("id: p1\ntexts:\n  en: Hello!\n  fr: Salut\n", encoding="utf-8")
    with pytest.raises(BroadcastError, match="texts.es: missing required field"):
        load_broadcast(missing)


# ---------------------------------------------------------------------- the store


def test_chat_ids_are_stored_encrypted_and_bound_to_their_row(tmp_path):
    store = store_with(tmp_path, (555123456, "fr"), (555987654, "es"))
    raw = (tmp_path / "subscribers.sqlite3").read_bytes()
    assert b"555123456" not in raw and b"555987654" not in raw
    assert stat.S_IMODE(os.stat(tmp_path / "subscribers.sqlite3").st_mode) == 0o600
    assert {(r.chat_id, r.language) for r in store.pending("x")} == {
        (555123456, "fr"),
        (555987654, "es"),
    }
    # Swapping two sealed ids between rows makes both unreadable, not misdirected.
    db = sqlite3.connect(tmp_path / "subscribers.sqlite3")
    a, b = db.execute("SELECT pseudonym, chat FROM subscribers ORDER BY pseudonym").fetchall()
    with db:
        db.execute("UPDATE subscribers SET chat = ? WHERE pseudonym = ?", (b[1], a[0]))
        db.execute("UPDATE subscribers SET chat = ? WHERE pseudonym = ?", (a[1], b[0]))
    db.close()
    assert store.pending("x") == []
    # Another secret can read nothing either.
    fresh = store_with(tmp_path / "other", (555123456, "fr"))
    assert SubscriberStore(fresh.path, b"t" * 32).pending("x") == []


def test_subscribing_again_updates_and_unsubscribing_deletes_the_row(tmp_path):
    store = store_with(tmp_path)
    assert store.subscribe(who(1), 1, "en")
    assert not store.subscribe(who(1), 1, "es")
    assert [r.language for r in store.pending("x")] == ["es"]
    assert store.subscribe(who(2), 2, "de") and store.is_subscribed(who(2))
    assert {r.language for r in store.pending("x")} == {"es", "en"}  # unknown -> English
    assert store.unsubscribe(who(1)) and not store.unsubscribe(who(1))
    assert not store.is_subscribed(who(1))


# ---------------------------------------------------------------------- sending


async def _send_with(api: tg.FakeBotAPI, store: SubscriberStore, rate: float = 200.0, **kw):
    async with Bot(api.token, base_url=api.base_url) as bot:
        return await send_broadcast(NEWS, store, bot.send_message, rate, **kw)


def test_a_non_positive_rate_is_refused(tmp_path):
    with pytest.raises(ValueError):
        asyncio.run(send_broadcast(NEWS, store_with(tmp_path), lambda c, t: None, rate=0))


def test_each_subscriber_gets_it_once_in_their_language(tmp_path):
    store = store_with(tmp_path, (11, "en"), (12, "fr"), (13, "es"))

    async def scenario():
        api = tg.FakeBotAPI()
        await api.start()
        try:
            report = await _send_with(api, store)
            again = await _send_with(api, store)  # nothing left to send
            return report, again, {c: api.texts_to(c) for c in (11, 12, 13)}
        finally:
            await api.stop()

    report, again, texts = asyncio.run(scenario())
    assert (report.sent, report.blocked, report.failed) == (3, 0, 0)
    assert again.sent == 0
    assert texts == {11: [NEWS.texts["en"]], 12: [NEWS.texts["fr"]], 13: [NEWS.texts["es"]]}
    assert store.counts(NEWS.id) == {"sent": 3}


def test_the_rate_is_respected(tmp_path):
    store = store_with(tmp_path, *((200 + i, "en") for i in range(25)))

    async def scenario():
        api = tg.FakeBotAPI()
        await api.start()
        try:
            await _send_with(api, store, rate=10.0)
            return [c.at for c in api.calls if c.method == "sendMessage"]
        finally:
            await api.stop()

    times = sorted(asyncio.run(scenario()))
    assert len(times) == 25
    # No 1-second window (as the server saw the calls) holds more than 10 ...
    most = max(sum(1 for u in times if t <= u < t + 1.0) for t in times)
    assert most <= 10, most
    # ... with no burst (calls at least half an interval apart as the server saw them:
    # a loaded machine delays single calls by a few tens of milliseconds, a burst would
    # put them ~0 apart), and the rate is held.
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    assert min(gaps) >= 0.05, gaps
    assert 2.0 <= times[-1] - times[0] < 3.5


def most_in_one_second(times: list[float]) -> int:
    """The most calls in any sliding 1-second window [t, t + 1) (the busiest window
    always starts at a call)."""
    times = sorted(times)
    return max((sum(1 for u in times[i:] if u < t + 1.0) for i, t in enumerate(times)), default=0)


def jittery(send, seed: int):
    """``send`` behind a network that delays each request (0-150 ms) and each answer
    (0-50 ms) at random: calls started evenly can arrive bunched together."""
    rng = random.Random(seed)

    async def call(chat_id: int, text: str):
        there, back = rng.uniform(0.0, 0.15), rng.uniform(0.0, 0.05)
        await asyncio.sleep(there)
        result = await send(chat_id, text)
        await asyncio.sleep(back)
        return result

    return call


def test_no_second_at_telegram_holds_more_than_the_rate_with_jitter_and_a_429(tmp_path):
    # 60 children at 20/s: without the limit they would all arrive within a second;
    # with a limit counted on the calls' starts, the jitter bunches more than 20 into
    # some second. The 429 and its retry count like any call.
    store = store_with(tmp_path, *((300 + i, "en") for i in range(60)))

    async def scenario():
        api = tg.FakeBotAPI()
        await api.start()
        api.fail_with_429("sendMessage", retry_after=1, skip=25)
        try:
            async with Bot(api.token, base_url=api.base_url) as bot:
                report = await send_broadcast(NEWS, store, jittery(bot.send_message, 6), 20.0)
            return report, api
        finally:
            await api.stop()

    report, api = asyncio.run(scenario())
    times = [c.at for c in api.calls if c.method == "sendMessage"]
    assert report.sent == 60 and len(times) == 61  # the 429 was retried
    assert most_in_one_second(times) <= 20, most_in_one_second(times)
    assert all(len(api.delivered(300 + i)) == 1 for i in range(60))


def test_a_run_resumed_at_once_does_not_burst_at_its_start(tmp_path):
    # Ctrl-C after the first 25 calls, and the same broadcast again straight away: the
    # second run counts the first run's last second, so the two together stay at 20/s.
    store = store_with(tmp_path, *((400 + i, "en") for i in range(45)))

    async def scenario():
        api = tg.FakeBotAPI()
        await api.start()
        try:
            async with Bot(api.token, base_url=api.base_url) as bot:
                task = asyncio.create_task(send_broadcast(NEWS, store, bot.send_message, 20.0))
                await api.wait_for(lambda: len(api.calls_to("sendMessage")) >= 25)
                task.cancel()
                with pytest.raises(asyncio.CancelledError):
                    await task
                report = await send_broadcast(NEWS, store, bot.send_message, 20.0)
            return report, api
        finally:
            await api.stop()

    report, api = asyncio.run(scenario())
    times = [c.at for c in api.calls if c.method == "sendMessage"]
    assert len(times) == 45 and 0 < report.sent < 45
    assert most_in_one_second(times) <= 20, most_in_one_second(times)


def test_calls_of_a_run_killed_mid_call_count_in_the_next_runs_window(tmp_path):
    store = store_with(tmp_path, (61, "en"), (62, "en"), (63, "en"))
    store.record("earlier", who(61), "sent")
    store.record("earlier", who(62), "sending")  # the call a kill cut
    store.record("older", who(63), "sent")
    with sqlite3.connect(store.path) as connection:  # answered 5 s ago: out of the window
        connection.execute(
            "UPDATE deliveries SET at = '2000-01-01T00:00:00+00:00' WHERE broadcast = 'older'"
        )
    ages = store.recent_calls()
    assert len(ages) == 2 and all(0.0 <= age < 1.0 for age in ages)


def test_429_is_waited_out_and_403_unsubscribes(tmp_path):
    store = store_with(tmp_path, (31, "en"), (32, "en"), (33, "en"))

    async def scenario():
        api = tg.FakeBotAPI()
        await api.start()
        api.fail_with_403("sendMessage", chat_id=32)
        api.fail_with_429("sendMessage", retry_after=1)
        try:
            started = time.monotonic()
            report = await _send_with(api, store)
            return report, time.monotonic() - started, api
        finally:
            await api.stop()

    report, seconds, api = asyncio.run(scenario())
    assert (report.sent, report.blocked, report.failed) == (2, 1, 0)
    assert seconds >= 1.0
    assert api.delivered(31) == [NEWS.texts["en"]] and api.delivered(33) == [NEWS.texts["en"]]
    assert len(api.texts_to(31)) == 2  # the first try got the 429
    assert not store.is_subscribed(who(32))


def test_an_interrupted_broadcast_resumes_where_it_stopped_and_retries_failures(tmp_path):
    store = store_with(tmp_path, *((40 + i, "en") for i in range(8)))

    async def scenario():
        api = tg.FakeBotAPI()
        await api.start()
        api.fail_with("sendMessage", 400, "Bad Request: chat not found", chat_id=41)
        try:
            task = asyncio.create_task(_send_with(api, store, rate=20.0))
            await api.wait_for(lambda: len(api.calls_to("sendMessage")) >= 4)
            task.cancel()  # the operator pressed Ctrl-C
            with pytest.raises(asyncio.CancelledError):
                await task
            first = {c.params["chat_id"] for c in api.calls if c.method == "sendMessage"}
            counts = store.counts(NEWS.id)
            report = await _send_with(api, store)
            return first, counts, report, api
        finally:
            await api.stop()

    first, counts, report, api = asyncio.run(scenario())
    assert counts.get("failed") == 1 and 0 < counts.get("sent", 0) < 8
    assert report.sent == 8 - counts["sent"]  # the rest, and the one that failed
    per_chat = [len(api.delivered(40 + i)) for i in range(8)]
    assert per_chat == [1] * 8, per_chat  # nobody twice, nobody missed
    assert store.counts(NEWS.id) == {"sent": 8}
    assert first


def test_the_command_line_sends_a_broadcast_file(tmp_path, monkeypatch, capsys):
    from bot.telegram.__main__ import main

    store = store_with(tmp_path, (51, "fr"))
    news = tmp_path / "news.yml"
    news.write_text(
        "id: cli-news\ntexts:\n  en: Hello!\n  fr: Salut !\n  es: ¡Hola!\n", encoding="utf-8"
    )
    fake = ThreadedFakeAPI()
    try:
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", fake.api.token)
        monkeypatch.setenv("TELEGRAM_API_BASE_URL", fake.api.base_url)
        monkeypatch.setenv("TELEGRAM_SUBSCRIBERS_DB", str(store.path))
        monkeypatch.setenv("HEARME_PSEUDONYM_SECRET", SECRET.decode())
        get_settings.cache_clear()
        assert main(["broadcast", str(news), "--rate", "50"]) == 0
        assert fake.api.texts_to(51) == ["Salut !"]
        assert "this run sent 1, blocked 0, failed 0" in capsys.readouterr().out
    finally:
        get_settings.cache_clear()
        fake.stop()


# ---------------------------------------------------------------------- the commands


def test_subscribe_then_stop_through_the_connector(tmp_path):
    key = get_settings().pseudonym_key
    data = HearMeData(tmp_path / "no-tracker.sqlite3", key, tmp_path / "subscribers.sqlite3")
    texts = get_texts()

    async def scenario():
        async with running(FakeRasa(), data) as r:
            await r.api.push(tg.text(61, "/subscribe", "es"))
            assert await r.api.wait_for_messages(61, 1) == [texts.message("subscribed", "es")]
            assert data.subscribers.is_subscribed(sender_id(61, key))
            await r.api.push(tg.text(61, "/stop", "es"))
            await r.api.wait_for_messages(61, 2)
            assert not data.subscribers.is_subscribed(sender_id(61, key))
            # Blocking the bot unsubscribes too.
            await r.api.push(tg.text(62, "/subscribe", "en"))
            await r.api.wait_for_messages(62, 1)
            await r.api.push(tg.blocked(62))
            await r.api.wait_for(lambda: not data.subscribers.is_subscribed(sender_id(62, key)))

    asyncio.run(scenario())


def test_subscribe_when_the_store_is_down_gets_the_kind_error():
    data = FakeData(broken=True)

    async def scenario():
        async with running(FakeRasa(), data) as r:
            await r.api.push(tg.text(63, "/subscribe", "fr"))
            return await r.api.wait_for_messages(63, 1)

    assert asyncio.run(scenario()) == [get_texts().message("error", "fr")]


# ---------------------------------------------------------------------- the audience


def test_an_audience_in_the_file_is_read_and_checked(tmp_path):
    good = tmp_path / "invite.yml"
    good.write_text(
        "id: invite-gb\ntexts:\n  en: Hi\n  fr: Salut\n  es: Hola\n"
        "audience:\n  countries: [GB, IE]\n  age_bands: ['13-15']\n  languages: [en]\n",
        encoding="utf-8",
    )
    audience = load_broadcast(good).audience
    assert audience == Audience(frozenset({"GB", "IE"}), frozenset({"13-15"}), frozenset({"en"}))
    assert audience.matches("GB", "13-15", "en") and not audience.matches(None, "13-15", "en")
    assert not audience.matches("FR", "13-15", "en")

    bad = tmp_path / "bad.yml"
    bad.write_text(
        "id: invite\ntexts:\n  en: Hi\n  fr: Salut\n  es: Hola\n"
        "audience:\n  countries: [gb]\n  age_bands: ['12-14']\n  languages: []\n  towns: [x]\n",
        encoding="utf-8",
    )
    with pytest.raises(BroadcastError) as caught:
        load_broadcast(bad)
    message = str(caught.value)
    assert "bad.yml:7: audience.countries[0]: use an ISO 3166 code" in message
    assert "bad.yml:8: audience.age_bands[0]: use one of 8-12, 13-15, 16-17, 18+" in message
    assert "bad.yml:9: audience.languages: must not be empty" in message
    assert "bad.yml:10: audience.towns: unknown field" in message


def test_command_line_audience_values_are_checked_and_not_set_twice():
    assert audience_from(["FR"], None, ["fr"]) == Audience(
        frozenset({"FR"}), frozenset(), frozenset({"fr"})
    )
    for bad in ((["France"], None, None), (None, ["9-11"], None), (None, None, ["de"])):
        with pytest.raises(ValueError):
            audience_from(*bad)
    in_file = Audience(countries=frozenset({"GB"}))
    assert in_file.narrowed(Audience(languages=frozenset({"en"}))).languages == {"en"}
    with pytest.raises(ValueError, match="countries is set both"):
        in_file.narrowed(Audience(countries=frozenset({"FR"})))


def test_only_the_audience_is_counted_and_sent_to(tmp_path):
    store = store_with(tmp_path)
    store.subscribe(who(71), 71, "en", "GB", "13-15")
    store.subscribe(who(72), 72, "fr", "FR", "13-15")
    store.subscribe(who(73), 73, "en", "GB", "16-17")
    store.subscribe(who(74), 74, "es", None, None)  # never said
    store.subscribe(who(73), 73, "en", None, None)  # a later /subscribe keeps what is known
    gb_teens = Audience(frozenset({"GB"}), frozenset({"13-15", "16-17"}))
    assert store.matched(NEWS.id, gb_teens) == {"subscribers": 4, "matched": 2, "pending": 2}
    assert store.matched(NEWS.id) == {"subscribers": 4, "matched": 4, "pending": 4}

    async def scenario():
        api = tg.FakeBotAPI()
        await api.start()
        try:
            report = await _send_with(api, store, audience=gb_teens)
            return report, {c: len(api.delivered(c)) for c in (71, 72, 73, 74)}
        finally:
            await api.stop()

    report, delivered = asyncio.run(scenario())
    assert report.sent == 2 and delivered == {71: 1, 72: 0, 73: 1, 74: 0}
    assert store.matched(NEWS.id, gb_teens) == {
        "subscribers": 4,
        "matched": 2,
        "pending": 0,
        "sent": 2,
    }


def test_an_old_subscriber_file_gains_the_audience_columns(tmp_path):
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    with db:
        db.execute(
            "CREATE TABLE subscribers (pseudonym TEXT PRIMARY KEY, chat BLOB NOT NULL, "
            "language TEXT NOT NULL, since TEXT NOT NULL)"
        )
    db.close()
    store = SubscriberStore(path, SECRET)
    store.subscribe(who(81), 81, "fr", "FR", "8-12")
    assert [(r.chat_id, r.country, r.age_band) for r in store.pending("x")] == [(81, "FR", "8-12")]


def test_a_dry_run_counts_and_sends_nothing(tmp_path, monkeypatch, capsys):
    from bot.telegram.__main__ import main

    store = store_with(tmp_path)
    store.subscribe(who(91), 91, "fr", "FR", "13-15")
    store.subscribe(who(92), 92, "en", "GB", "13-15")
    news = tmp_path / "news.yml"
    news.write_text(
        "id: dry\ntexts:\n  en: Hello!\n  fr: Salut !\n  es: ¡Hola!\n"
        "audience:\n  countries: [FR]\n",
        encoding="utf-8",
    )
    fake = ThreadedFakeAPI()
    try:
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", fake.api.token)
        monkeypatch.setenv("TELEGRAM_API_BASE_URL", fake.api.base_url)
        monkeypatch.setenv("TELEGRAM_SUBSCRIBERS_DB", str(store.path))
        monkeypatch.setenv("HEARME_PSEUDONYM_SECRET", SECRET.decode())
        get_settings.cache_clear()
        assert main(["broadcast", str(news), "--dry-run", "--age-band", "13-15"]) == 0
        out = capsys.readouterr().out
        assert "to country=FR age_band=13-15: subscribers 2, matched 1, pending 1" in out
        assert "dry run: nothing sent" in out and fake.api.calls_to("sendMessage") == []
        assert main(["broadcast", str(news), "--country", "GB"]) == 2  # set twice
        assert "countries is set both" in capsys.readouterr().err
        assert main(["broadcast", str(news)]) == 0
        assert fake.api.texts_to(91) == ["Salut !"] and fake.api.texts_to(92) == []
    finally:
        get_settings.cache_clear()
        fake.stop()


def test_subscribe_stores_the_country_and_age_band_the_child_gave():
    sender = sender_id(64, get_settings().pseudonym_key)
    data = FakeData(summaries={sender: Summary(4, "fr", "FR", "13-15")})

    async def scenario():
        async with running(FakeRasa(), data) as r:
            await r.api.push(tg.text(64, "/subscribe", "fr"))
            await r.api.wait_for_messages(64, 1)

    asyncio.run(scenario())
    assert data.subscribed == [(sender, 64, "fr", "FR", "13-15")]


def test_subscribe_stores_the_language_chosen_in_hearme_over_the_app_language():
    sender = sender_id(65, get_settings().pseudonym_key)
    # Telegram says French; the child switched HearMe to Spanish (/language).
    data = FakeData(summaries={sender: Summary(6, "es", "MX", "8-12", chosen_language="es")})

    async def scenario():
        async with running(FakeRasa(), data) as r:
            await r.api.push(tg.text(65, "/subscribe", "fr"))
            await r.api.wait_for_messages(65, 1)
            return r.api.texts_to(65)

    said = asyncio.run(scenario())
    assert data.subscribed == [(sender, 65, "es", "MX", "8-12")]
    subscribed = get_texts().message("subscribed", "es")
    assert said == [subscribed]
