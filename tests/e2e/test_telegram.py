"""The Telegram connector end to end: the fake Bot API on 127.0.0.1, python-telegram-bot
polling it (or receiving its webhooks), and the real Rasa server and action server."""

from __future__ import annotations

import asyncio
import itertools
import json
import sqlite3
from typing import Any

import aiohttp
import pytest
import yaml

from bot.settings import get_settings
from bot.telegram.data import HearMeData
from bot.telegram.rasa import RestRasa
from bot.telegram.texts import get_texts
from bot.telegram.translate import sender_id
from tests.e2e.test_consultations import definition, manage, texts
from tests.telegram import fake_api as tg
from tests.telegram.harness import running

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(300)]

_children = itertools.count(7_000_001)


def child() -> int:
    return next(_children)


def rasa(stack) -> RestRasa:
    return RestRasa(stack.rasa_url, timeout=60, token=stack.token)


def data(stack) -> HearMeData:
    work = stack.db_path.parent
    return HearMeData(
        work / "tracker.sqlite3", get_settings().pseudonym_key, work / "subscribers.sqlite3"
    )


async def replies_after(api: tg.FakeBotAPI, chat_id: int, before: int) -> list[dict[str, Any]]:
    """The messages the bot sends to ``chat_id`` after the first ``before``, once it has
    stopped sending (Rasa answers one message with one or more replies)."""
    await api.wait_for(lambda: len(api.calls_to("sendMessage", chat_id)) > before, 120)
    count = -1
    while count != len(api.calls_to("sendMessage", chat_id)):
        count = len(api.calls_to("sendMessage", chat_id))
        await asyncio.sleep(1.0)
    return api.calls_to("sendMessage", chat_id)[before:]


def said(messages: list[dict[str, Any]]) -> str:
    return "\n".join(m.get("text", "") for m in messages)


def test_a_child_starts_asks_a_right_and_presses_a_button(stack):
    user = child()

    async def scenario():
        async with running(rasa(stack), data(stack)) as r:
            await r.api.push(tg.text(user, "/start", "en"))
            greeting = await replies_after(r.api, user, 0)
            assert greeting[0]["text"].startswith("Hi, I'm HearMe"), greeting

            await r.api.push(tg.text(user, "can my parents read my messages", "en"))
            answer = await replies_after(r.api, user, len(greeting))
            assert "Article 16" in answer[0]["text"], answer
            assert "parse_mode" not in answer[0]
            buttons = [b for row in answer[0]["reply_markup"]["inline_keyboard"] for b in row]
            more = next(b for b in buttons if b["text"] == "Tell me more")
            assert len(more["callback_data"].encode()) <= 64

            await r.api.push(tg.button_press(user, more["callback_data"], "en", "press-1"))
            after = await replies_after(r.api, user, len(greeting) + len(answer))
            assert after and after[0]["text"] != answer[0]["text"]
            assert [p["callback_query_id"] for p in r.api.calls_to("answerCallbackQuery")] == [
                "press-1"
            ]
            assert r.api.calls_to("sendChatAction", user)

    asyncio.run(scenario())
    # Rasa saw the button's payload, under the pseudonym, on the "telegram" channel.
    tracker = stack.tracker(sender_id(user, get_settings().pseudonym_key))
    assert tracker["latest_message"]["intent"]["name"] == "rights_show"
    assert tracker["latest_input_channel"] == "telegram"
    assert str(user) not in json.dumps(tracker)


def test_a_crisis_message_gets_a_helpline_or_the_emergency_number(stack):
    user = child()

    async def scenario():
        async with running(rasa(stack), data(stack)) as r:
            await r.api.push(tg.text(user, "i want to kill myself", "en-GB"))
            return said(await replies_after(r.api, user, 0))

    reply = asyncio.run(scenario())
    assert any(number in reply for number in ("0800 1111", "112", "911", "999")), reply


def test_a_photo_is_never_fetched_and_the_child_is_told_why(stack):
    user = child()

    async def scenario():
        async with running(rasa(stack), data(stack)) as r:
            await r.api.push(tg.photo(user, language_code="fr"))
            reply = said(await replies_after(r.api, user, 0))
            assert not r.api.calls_to("getFile")
            return reply

    assert "photo" in asyncio.run(scenario()).lower()


def test_added_to_a_group_the_bot_leaves(stack):
    async def scenario():
        async with running(rasa(stack), data(stack)) as r:
            await r.api.push(tg.added_to_group(child(), chat_id=-100999, language_code="es"))
            await r.api.wait_for(lambda: bool(r.api.calls_to("leaveChat")), 30)
            assert r.api.calls_to("leaveChat") == [{"chat_id": -100999}]
            assert r.api.texts_to(-100999) == [get_texts().message("group_only", "es")]

    asyncio.run(scenario())


def test_the_webhook_refuses_a_wrong_or_missing_secret_and_serves_the_right_one(stack):
    user = child()

    async def post(url: str, body: Any, headers: dict[str, str]) -> int:
        async with (
            aiohttp.ClientSession() as session,
            session.post(url, json=body, headers=headers) as response,
        ):
            return response.status

    async def scenario():
        async with running(rasa(stack), data(stack), webhook=True) as r:
            update = r.api.numbered(tg.text(user, "hola", "es"))
            url, secret = r.webhook_endpoint, r.settings.webhook_secret
            assert await post(url, update, {}) == 403
            assert await post(url, update, {"X-Telegram-Bot-Api-Secret-Token": "nope"}) == 403
            assert await post(url, update, {"X-Telegram-Bot-Api-Secret-Token": secret}) == 200
            reply = await replies_after(r.api, user, 0)
            assert reply[0]["text"].startswith("Hola, soy HearMe"), reply
            assert r.api.webhook["secret_token"] == secret

    asyncio.run(scenario())


def test_mydata_counts_the_conversation_and_forget_deletes_it(stack):
    user = child()
    sender = sender_id(user, get_settings().pseudonym_key)
    texts = get_texts()

    class ConnectorAnswers(RestRasa):
        # The connector's own /mydata and /forget, even with a model that has intents
        # for them (the consultations work), which would otherwise answer instead.
        async def intents(self) -> frozenset[str]:
            return frozenset()

    async def scenario():
        backend = ConnectorAnswers(stack.rasa_url, timeout=60, token=stack.token)
        async with running(backend, data(stack)) as r:
            await r.api.push(tg.text(user, "hello", "en"))
            before = len(await replies_after(r.api, user, 0))
            await r.api.push(tg.text(user, "/mydata", "en"))
            (mydata,) = await replies_after(r.api, user, before)
            assert "English" in mydata["text"] and " 0 messages" not in mydata["text"]

            await r.api.push(tg.text(user, "/forget", "en"))
            (ask,) = await replies_after(r.api, user, before + 1)
            yes = ask["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
            await r.api.push(tg.button_press(user, yes, "en"))
            (done,) = await replies_after(r.api, user, before + 2)
            assert done["text"] == texts.message("forgotten", "en")

    asyncio.run(scenario())
    events = stack.tracker(sender).get("events") or []
    assert not [e for e in events if e.get("event") in ("user", "bot")], events


def test_the_connector_reads_the_models_intents_with_the_api_token(stack):
    intents = asyncio.run(rasa(stack).intents())
    assert {"greet", "menu_get_help", "nontext_message"} <= intents
    assert asyncio.run(RestRasa(stack.rasa_url).intents()) == frozenset()  # no token


def test_with_this_model_mydata_and_forget_are_answered_by_rasa(stack, domain):
    from bot.texts import response_text

    user = child()
    sender = sender_id(user, get_settings().pseudonym_key)
    store = data(stack)

    async def scenario():
        async with running(rasa(stack), store) as r:
            await r.api.push(tg.text(user, "/subscribe", "en"))
            await r.api.wait_for_messages(user, 1)
            assert store.subscribers.is_subscribed(sender)
            r.api.calls.clear()
            r.api.counts.clear()
            assert r.connector.command_payloads["mydata"] == "/my_data"
            assert r.connector.command_payloads["forget"] == "/forget"
            await r.api.push(tg.text(user, "/mydata", "en"))
            mydata = await replies_after(r.api, user, 0)
            assert response_text(domain, "utter_my_data_none", "en") in said(mydata)

            await r.api.push(tg.text(user, "/forget", "en"))
            ask = await replies_after(r.api, user, len(mydata))
            buttons = [b for row in ask[-1]["reply_markup"]["inline_keyboard"] for b in row]
            yes = next(b for b in buttons if b["callback_data"] == "/forget_confirm")
            await r.api.push(tg.button_press(user, yes["callback_data"], "en"))
            done = await replies_after(r.api, user, len(mydata) + len(ask))
            assert response_text(domain, "utter_forget_done", "en") in said(done)
            assert not store.subscribers.is_subscribed(sender)

    asyncio.run(scenario())
    events = stack.tracker(sender).get("events") or []
    assert not [e for e in events if e.get("event") == "user"], events


def keyboard(messages: list[dict[str, Any]]) -> dict[str, str]:
    """Button title -> callback data, for every button of ``messages``."""
    return {
        b["text"]: b["callback_data"]
        for m in messages
        for row in (m.get("reply_markup") or {}).get("inline_keyboard", [])
        for b in row
    }


def test_the_end_of_a_consultation_asks_about_new_ones_and_yes_subscribes(stack, tmp_path):
    """Issue 6: on Telegram, after the thank-you, "Would you like to hear when there is a
    new consultation?"; "Yes please" stores what /subscribe stores. The one question is
    a yes/no question answered by typing "yes" (issue 5: the form still reads it)."""
    slug = "e2e-telegram-opt-in"
    path = tmp_path / f"{slug}.yml"
    question = {"id": "liked_today", "type": "yes_no", "text": texts("Did you like school today?")}
    path.write_text(yaml.safe_dump(definition(slug, [question]), allow_unicode=True))
    manage(stack, "import", str(path))
    manage(stack, "open", slug)

    user = child()
    sender = sender_id(user, get_settings().pseudonym_key)
    store = data(stack)

    async def scenario():
        async with running(rasa(stack), store) as r:
            seen = 0

            async def send(update: dict[str, Any]) -> list[dict[str, Any]]:
                nonlocal seen
                await r.api.push(update)
                replies = await replies_after(r.api, user, seen)
                seen += len(replies)
                return replies

            replies = await send(tg.text(user, f"/start consult_{slug}", "en"))
            for _ in range(3):  # the age group, the country if asked, then the consent
                text = said(replies)
                if "how old are you" in text.lower():
                    replies = await send(tg.text(user, "14", "en"))
                elif "Which country" in text:
                    replies = await send(tg.text(user, "Ireland", "en"))
                else:
                    break
            assert f"Consent words of {slug}" in said(replies), replies
            replies = await send(tg.button_press(user, keyboard(replies)["I agree"], "en"))
            assert "Did you like school today?" in said(replies), replies

            replies = await send(tg.text(user, "yes", "en"))
            assert f"Thank you for {slug}!" in said(replies), replies
            question = [m for m in replies if "new consultation" in m["text"]]
            assert [m["text"] for m in question] == [
                "Would you like to hear when there is a new consultation? I'd send you a "
                "short message now and then, and you can type /stop at any time to stop them."
            ], replies
            assert set(keyboard(question)) == {"Yes please", "No thanks"}
            assert not store.subscribers.is_subscribed(sender)

            replies = await send(tg.button_press(user, keyboard(question)["Yes please"], "en"))
            assert [m["text"] for m in replies] == [get_texts().message("subscribed", "en")]
            assert store.subscribers.is_subscribed(sender)

    asyncio.run(scenario())
    # The typed "yes" was stored as the answer.
    with sqlite3.connect(stack.db_path) as db:
        rows = db.execute(
            "SELECT c.option FROM consultations_answerchoice c"
            " JOIN consultations_answer a ON a.id = c.answer_id"
            " JOIN consultations_question q ON q.id = a.question_id"
            " WHERE q.key = 'liked_today'"
        ).fetchall()
    assert ("yes",) in rows, rows
