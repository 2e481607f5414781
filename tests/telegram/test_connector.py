"""The Telegram connector end to end against the local fake Bot API, with a fake Rasa.

python-telegram-bot polls (or receives webhooks from) tests/telegram/fake_api.py over
HTTP on 127.0.0.1; nothing touches the internet. The real Rasa is in
tests/e2e/test_telegram.py.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import aiohttp
import pytest

from bot.settings import get_settings
from bot.telegram.data import Summary
from bot.telegram.texts import get_texts
from bot.telegram.translate import RasaMessage, sender_id
from tests.telegram import fake_api as tg
from tests.telegram.harness import FakeData, FakeRasa, running

pytestmark = pytest.mark.timeout(120)

TEXTS = get_texts()
CHILD = 5550001


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def pseudonym_of(user_id: int) -> str:
    return sender_id(user_id, get_settings().pseudonym_key)


def with_buttons(message: RasaMessage) -> list[dict[str, Any]]:
    return [
        {
            "recipient_id": message.sender,
            "text": "Pick one",
            "buttons": [
                {"title": "Rights", "payload": "/menu_rights"},
                {
                    "title": "Tell me more about privacy",
                    "payload": '/rights_show{"right": "art16_privacy", "view": "more", "x": "yz"}',
                },
            ],
        }
    ]


def test_a_text_becomes_a_rasa_message_and_the_reply_comes_back_as_plain_text():
    async def scenario():
        rasa = FakeRasa()
        async with running(rasa) as r:
            await r.api.push(tg.text(CHILD, "can my parents read my messages", "en-GB"))
            assert await r.api.wait_for_messages(CHILD, 1) == [
                "you said: can my parents read my messages"
            ]
            (sent,) = rasa.received
            assert sent.sender == pseudonym_of(CHILD)
            assert str(CHILD) not in sent.sender and "Sam" not in str(sent.body())
            assert sent.metadata == {"channel": "telegram", "language": "en-GB"}
            (params,) = r.api.calls_to("sendMessage", CHILD)
            assert "parse_mode" not in params  # plain text: nothing to escape
            # "typing…" was shown before the answer.
            methods = [c.method for c in r.api.calls if c.params.get("chat_id") == CHILD]
            assert methods == ["sendChatAction", "sendMessage"]
            assert r.api.calls_to("sendChatAction")[0]["action"] == "typing"

    run(scenario())


def test_polling_asks_only_for_the_updates_it_handles_and_registers_the_commands():
    async def scenario():
        api = tg.FakeBotAPI()
        await api.start()
        async with running(FakeRasa(), api=api):
            await api.wait_for(lambda: bool(api.calls_to("getUpdates")), timeout=10)
        await api.stop()
        allowed = api.calls_to("getUpdates")[0]["allowed_updates"]
        assert allowed == ["message", "callback_query", "my_chat_member"]
        assert api.calls_to("deleteWebhook")  # polling removes any webhook first
        registered = {p.get("language_code"): p["commands"] for p in api.calls_to("setMyCommands")}
        assert set(registered) == {None, "en", "fr", "es"}
        for lang, commands in registered.items():
            names = [c["command"] for c in commands]
            assert names == list(TEXTS.commands)
            descriptions = {c["command"]: c["description"] for c in commands}
            assert descriptions["help_now"] == TEXTS.commands["help_now"][lang or "en"]

    run(scenario())


@pytest.mark.parametrize(
    ("typed", "payload"),
    [
        ("/start", "/greet"),
        ("/help", "/help"),
        ("/language", "/choose_language"),
        ("/rights", "/menu_rights"),
        ("/help_now", "/menu_get_help"),
        ("/consult", "/menu_have_say"),
        ("/help@hearme_test_bot", "/help"),
    ],
)
def test_menu_commands_become_their_intents(typed, payload):
    async def scenario():
        rasa = FakeRasa()
        async with running(rasa) as r:
            await r.api.push(tg.text(CHILD, typed))
            await r.api.wait_for_messages(CHILD, 1)
            assert [m.message for m in rasa.received] == [payload]
            assert "deep_link" not in rasa.received[0].metadata

    run(scenario())


def test_a_deep_link_is_passed_as_metadata_with_the_greeting():
    async def scenario():
        rasa = FakeRasa()
        async with running(rasa) as r:
            await r.api.push(tg.text(CHILD, "/start consult_42"))
            await r.api.push(tg.text(CHILD + 1, "/start bad<payload>"))
            await r.api.wait_for_messages(CHILD, 1)
            await r.api.wait_for_messages(CHILD + 1, 1)
            by_sender = {m.sender: m for m in rasa.received}
            good = by_sender[pseudonym_of(CHILD)]
            assert good.message == "/greet" and good.metadata["deep_link"] == "consult_42"
            bad = by_sender[pseudonym_of(CHILD + 1)]
            assert bad.message == "/greet" and "deep_link" not in bad.metadata

    run(scenario())


def test_an_unknown_command_is_read_as_words_not_as_an_intent():
    async def scenario():
        rasa = FakeRasa()
        async with running(rasa) as r:
            await r.api.push(tg.text(CHILD, "/nontext_message"))
            await r.api.wait_for_messages(CHILD, 1)
            assert rasa.received[0].message == "nontext_message"

    run(scenario())


def test_buttons_become_an_inline_keyboard_and_a_press_is_routed_as_the_payload():
    async def scenario():
        rasa = FakeRasa(with_buttons)
        async with running(rasa) as r:
            await r.api.push(tg.text(CHILD, "hi"))
            await r.api.wait_for_messages(CHILD, 1)
            markup = r.api.calls_to("sendMessage", CHILD)[0]["reply_markup"]
            rows = markup["inline_keyboard"]
            assert [[b["text"] for b in row] for row in rows] == [
                ["Rights"],
                ["Tell me more about privacy"],
            ]
            short, long = rows[0][0]["callback_data"], rows[1][0]["callback_data"]
            assert short == "/menu_rights"
            assert long.startswith("hm:p:") and len(long.encode()) <= 64

            await r.api.push(tg.button_press(CHILD, long, query_id="q-1"))
            await r.api.wait_for_messages(CHILD, 2)
            assert rasa.received[-1].message.startswith('/rights_show{"right": "art16_privacy"')
            assert [p["callback_query_id"] for p in r.api.calls_to("answerCallbackQuery")] == [
                "q-1"
            ]

            await r.api.push(tg.button_press(CHILD, short))
            await r.api.wait_for_messages(CHILD, 3)
            assert rasa.received[-1].message == "/menu_rights"

    run(scenario())


def test_a_button_too_old_to_recognise_gets_a_kind_answer_not_a_guess():
    # More in tests/telegram/test_buttons.py (restarts, expiry).
    async def scenario():
        rasa = FakeRasa()
        async with running(rasa) as r:
            await r.api.push(tg.button_press(CHILD, "hm:p:forgotten-id", "es"))
            await r.api.wait_for_messages(CHILD, 1)
            [answer] = r.api.calls_to("answerCallbackQuery")
            assert answer["text"] == TEXTS.message("button_expired", "es")
            assert [m.message for m in rasa.received] == ["/help"]  # the menu

    run(scenario())


def test_a_long_reply_is_split_under_telegrams_limit_and_buttons_go_last():
    paragraph = "Article 16 says you have a right to privacy. " * 40  # ~1,800 characters

    def long_reply(message: RasaMessage) -> list[dict[str, Any]]:
        text = "\n\n".join([paragraph.strip()] * 5)  # ~9,000 characters
        return [{"text": text, "buttons": [{"title": "More", "payload": "/more"}]}]

    async def scenario():
        async with running(FakeRasa(long_reply)) as r:
            await r.api.push(tg.text(CHILD, "privacy"))
            await r.api.wait_for_messages(CHILD, 3)
            await asyncio.sleep(0.2)
            sent = r.api.calls_to("sendMessage", CHILD)
            assert len(sent) == 3
            assert all(len(p["text"]) <= 4096 for p in sent)
            assert all(p["text"].endswith("privacy.") for p in sent)
            assert [("reply_markup" in p) for p in sent] == [False, False, True]

    run(scenario())


def test_a_photo_is_never_fetched_and_rasa_gets_the_nontext_intent_then_the_caption():
    async def scenario():
        rasa = FakeRasa()
        async with running(rasa) as r:
            await r.api.push(tg.photo(CHILD, caption="he keeps asking me for these"))
            await r.api.wait_for_messages(CHILD, 2)
            assert [m.message for m in rasa.received] == [
                "/nontext_message",
                "he keeps asking me for these",
            ]
            assert not r.api.calls_to("getFile")

    run(scenario())


@pytest.mark.parametrize(
    "kind",
    ["voice", "video", "video_note", "document", "sticker", "animation", "contact", "location"],
)
def test_other_media_contacts_and_locations_are_never_forwarded(kind):
    async def scenario():
        rasa = FakeRasa()
        async with running(rasa) as r:
            await r.api.push(tg.nontext(CHILD, kind))
            await r.api.wait_for_messages(CHILD, 1)
            assert [m.message for m in rasa.received] == ["/nontext_message"]
            assert "+44" not in str(rasa.received[0].body())  # a contact's number stays out
            assert not r.api.calls_to("getFile")

    run(scenario())


def test_edited_messages_are_not_processed_again():
    async def scenario():
        rasa = FakeRasa()
        async with running(rasa) as r:
            await r.api.push(tg.edited(CHILD, "i want to change what i said"))
            await r.api.push(tg.text(CHILD, "hello"))
            await r.api.wait_for_messages(CHILD, 1)
            assert [m.message for m in rasa.received] == ["hello"]
            assert r.connector.stats.get("ignored") == 1

    run(scenario())


def test_added_to_a_group_it_says_so_politely_in_the_adders_language_and_leaves():
    async def scenario():
        rasa = FakeRasa()
        async with running(rasa) as r:
            await r.api.push(tg.added_to_group(CHILD, chat_id=-100777, language_code="fr"))
            await r.api.wait_for(lambda: bool(r.api.calls_to("leaveChat")))
            assert r.api.texts_to(-100777) == [TEXTS.message("group_only", "fr")]
            assert r.api.calls_to("leaveChat") == [{"chat_id": -100777}]
            # A message in a group (e.g. the bot was there before) also makes it leave.
            await r.api.push(tg.group_message(CHILD, -100888, "hey bot"))
            await r.api.wait_for(lambda: len(r.api.calls_to("leaveChat")) == 2)
            assert rasa.received == []

    run(scenario())


def test_a_child_who_blocks_the_bot_is_unsubscribed():
    async def scenario():
        data = FakeData()
        async with running(FakeRasa(), data) as r:
            await r.api.push(tg.blocked(CHILD))
            await r.api.wait_for(lambda: bool(data.unsubscribed), timeout=10)
        assert data.unsubscribed == [pseudonym_of(CHILD)]

    run(scenario())


def test_403_on_send_unsubscribes_and_stops_sending():
    def two_replies(message: RasaMessage) -> list[dict[str, Any]]:
        return [{"text": "one"}, {"text": "two"}]

    async def scenario():
        data = FakeData()
        async with running(FakeRasa(two_replies), data) as r:
            r.api.fail_with_403("sendMessage", chat_id=CHILD)
            await r.api.push(tg.text(CHILD, "hi"))
            await r.api.wait_for(lambda: bool(data.unsubscribed), timeout=10)
            await asyncio.sleep(0.3)
            assert len(r.api.calls_to("sendMessage", CHILD)) == 1  # "two" never sent
        assert data.unsubscribed == [pseudonym_of(CHILD)]

    run(scenario())


def test_429_is_waited_out_for_as_long_as_telegram_asks():
    async def scenario():
        async with running(FakeRasa()) as r:
            r.api.fail_with_429("sendMessage", retry_after=1)
            await r.api.push(tg.text(CHILD, "hi"))
            await r.api.wait_for_messages(CHILD, 2)
            first, second = [c for c in r.api.calls if c.method == "sendMessage"]
            assert second.at - first.at >= 0.95
            assert r.connector.stats.get("sent") == 1

    run(scenario())


def test_when_rasa_is_down_the_child_gets_a_kind_message_with_an_emergency_number():
    async def scenario():
        async with running(FakeRasa(down=True)) as r:
            await r.api.push(tg.text(CHILD, "hola", "es"))
            assert await r.api.wait_for_messages(CHILD, 1) == [TEXTS.message("error", "es")]

    run(scenario())


def test_typing_is_renewed_while_rasa_works_and_each_childs_replies_keep_their_order():
    async def scenario():
        rasa = FakeRasa(delay=0.35)
        async with running(rasa, typing_interval=0.1) as r:
            for words in ("one", "two", "three"):
                await r.api.push(tg.text(CHILD, words))
            texts = await r.api.wait_for_messages(CHILD, 3)
            assert texts == ["you said: one", "you said: two", "you said: three"]
            assert len(r.api.calls_to("sendChatAction", CHILD)) >= 6

    run(scenario())


def test_a_flood_is_rate_limited_with_one_warning_but_help_now_still_passes():
    async def scenario():
        rasa = FakeRasa()
        async with running(rasa, rate_per_minute=1, rate_burst=3) as r:
            for i in range(6):
                await r.api.push(tg.text(CHILD, f"message {i}"))
            await r.api.push(tg.text(CHILD, "/help_now"))
            await r.api.wait_for(
                lambda: any(m.message == "/menu_get_help" for m in rasa.received), timeout=10
            )
            await asyncio.sleep(0.3)
            assert [m.message for m in rasa.received] == [
                "message 0",
                "message 1",
                "message 2",
                "/menu_get_help",
            ]
            warning = TEXTS.message("rate_limited", "en")
            assert r.api.texts_to(CHILD).count(warning) == 1
            # Another child is not affected.
            await r.api.push(tg.text(CHILD + 1, "hi"))
            await r.api.wait_for_messages(CHILD + 1, 1)

    run(scenario())


def test_identical_messages_in_a_row_are_dropped():
    async def scenario():
        rasa = FakeRasa()
        async with running(rasa) as r:
            for _ in range(4):
                await r.api.push(tg.text(CHILD, "HELP"))
            await r.api.push(tg.text(CHILD, "ok"))
            await r.api.wait_for_messages(CHILD, 2)
            await asyncio.sleep(0.2)
            assert [m.message for m in rasa.received] == ["HELP", "ok"]
            assert r.connector.stats.get("repeat_dropped") == 3

    run(scenario())


def test_mydata_shows_what_is_kept_in_the_childs_language():
    async def scenario():
        data = FakeData(
            summaries={
                pseudonym_of(CHILD): Summary(14, language="fr", country="FR", age_band="13-15")
            }
        )
        async with running(FakeRasa(), data) as r:
            await r.api.push(tg.text(CHILD, "/mydata", "en"))
            (text,) = await r.api.wait_for_messages(CHILD, 1)
        # The language the child chose with HearMe wins over the app's.
        assert text == TEXTS.message(
            "mydata", "fr", messages=14, language="français", country="FR", age_band="13-15"
        )

    run(scenario())


def test_mydata_says_unknown_for_what_hearme_does_not_know_and_copes_with_a_broken_store():
    async def scenario():
        async with running(FakeRasa(), FakeData()) as r:
            await r.api.push(tg.text(CHILD, "/mydata", "es"))
            (text,) = await r.api.wait_for_messages(CHILD, 1)
            assert "0 mensajes" in text and text.count(TEXTS.message("unknown", "es")) == 3
        async with running(FakeRasa(), FakeData(broken=True)) as r:
            await r.api.push(tg.text(CHILD, "/mydata", "es"))
            assert await r.api.wait_for_messages(CHILD, 1) == [
                TEXTS.message("mydata_unavailable", "es")
            ]

    run(scenario())


def test_forget_asks_first_and_deletes_only_when_the_child_says_yes():
    async def scenario():
        data = FakeData()
        rasa = FakeRasa()
        async with running(rasa, data) as r:
            await r.api.push(tg.text(CHILD, "/forget", "fr"))
            await r.api.wait_for_messages(CHILD, 1)
            ask = r.api.calls_to("sendMessage", CHILD)[0]
            assert ask["text"] == TEXTS.message("forget_confirm", "fr")
            buttons = ask["reply_markup"]["inline_keyboard"][0]
            assert [b["text"] for b in buttons] == [
                TEXTS.message("forget_yes", "fr"),
                TEXTS.message("forget_no", "fr"),
            ]
            yes, no = (b["callback_data"] for b in buttons)

            await r.api.push(tg.button_press(CHILD, no, "fr"))
            await r.api.wait_for_messages(CHILD, 2)
            assert data.forgotten == []
            assert r.api.texts_to(CHILD)[-1] == TEXTS.message("forget_kept", "fr")

            await r.api.push(tg.button_press(CHILD, yes, "fr"))
            await r.api.wait_for_messages(CHILD, 3)
            assert data.forgotten == [pseudonym_of(CHILD)]
            assert data.unsubscribed == [pseudonym_of(CHILD)]  # broadcasts too
            assert r.api.texts_to(CHILD)[-1] == TEXTS.message("forgotten", "fr")
            assert rasa.received == []  # none of this went to Rasa

    run(scenario())


def test_stop_unsubscribes():
    async def scenario():
        data = FakeData()
        async with running(FakeRasa(), data) as r:
            await r.api.push(tg.text(CHILD, "/stop", "es"))
            assert await r.api.wait_for_messages(CHILD, 1) == [TEXTS.message("stopped", "es")]
        assert data.unsubscribed == [pseudonym_of(CHILD)]

    run(scenario())


async def _post(url: str, body: Any, headers: dict[str, str] | None = None, method: str = "POST"):
    async with (
        aiohttp.ClientSession() as session,
        session.request(method, url, json=body, headers=headers or {}) as response,
    ):
        return response.status


def test_webhook_mode_registers_the_secret_and_accepts_only_requests_that_carry_it():
    async def scenario():
        rasa = FakeRasa()
        async with running(rasa, webhook=True) as r:
            hook = r.api.webhook
            assert hook["url"] == r.settings.webhook_url
            assert hook["secret_token"] == r.settings.webhook_secret
            assert hook["allowed_updates"] == ["message", "callback_query", "my_chat_member"]
            assert not r.api.calls_to("getUpdates")

            url = r.webhook_endpoint
            good = {"X-Telegram-Bot-Api-Secret-Token": r.settings.webhook_secret}
            update = r.api.numbered(tg.text(CHILD, "hello via webhook"))
            assert await _post(url, update) == 403  # no secret
            # One character off (never equal: the random secret may start with "x").
            secret = r.settings.webhook_secret
            wrong = {
                "X-Telegram-Bot-Api-Secret-Token": ("y" if secret[0] == "x" else "x") + secret[1:]
            }
            assert await _post(url, update, wrong) == 403
            assert await _post(url + "x", update, good) == 403  # another path
            assert await _post(url, None, good, method="GET") == 405
            assert await _post(url, {"not": "an update"}, good) == 400
            assert await _post(url, ["a", "list"], good) == 400
            await asyncio.sleep(0.2)
            assert rasa.received == []

            assert await _post(url, update, good) == 200
            assert await r.api.wait_for_messages(CHILD, 1) == ["you said: hello via webhook"]

    run(scenario())


def test_a_wrong_token_stops_the_connector_at_start():
    from telegram.error import InvalidToken

    async def scenario():
        api = tg.FakeBotAPI(token="999:not-the-token-we-use-for-this-test-xx")
        await api.start()
        try:
            with pytest.raises(InvalidToken):
                async with running(FakeRasa(), api=api):
                    pass
        finally:
            await api.stop()

    start = time.monotonic()
    run(scenario())
    assert time.monotonic() - start < 30


def test_with_a_model_that_has_my_data_and_forget_rasa_answers_those_commands():
    async def scenario():
        rasa = FakeRasa(intents=frozenset({"my_data", "forget"}))
        data = FakeData()
        async with running(rasa, data) as r:
            await r.api.push(tg.text(CHILD, "/mydata"))
            await r.api.wait_for_messages(CHILD, 1)
            await r.api.push(tg.text(CHILD, "/forget"))
            await r.api.wait_for_messages(CHILD, 2)
            await r.api.push(tg.text(CHILD, "/stop"))
            await r.api.wait_for_messages(CHILD, 3)
        assert [m.message for m in rasa.received] == ["/my_data", "/forget"]
        assert data.forgotten == [] and data.unsubscribed == [pseudonym_of(CHILD)]


def test_confirming_forget_in_rasa_also_ends_the_broadcast_subscription():
    async def scenario():
        rasa = FakeRasa(intents=frozenset({"my_data", "forget"}))
        data = FakeData()
        async with running(rasa, data) as r:
            await r.api.push(tg.button_press(CHILD, "/forget_cancel"))
            await r.api.wait_for_messages(CHILD, 1)
            assert data.unsubscribed == []
            await r.api.push(tg.button_press(CHILD, "/forget_confirm"))
            await r.api.wait_for_messages(CHILD, 2)
        assert [m.message for m in rasa.received] == ["/forget_cancel", "/forget_confirm"]
        assert data.unsubscribed == [pseudonym_of(CHILD)] and data.forgotten == []

    run(scenario())


# ------------------------------------------- the question about new consultations (issue 6)


def end_of_consultation(message: RasaMessage) -> list[dict[str, Any]]:
    """Rasa's replies to the last answer of a consultation on Telegram (the domain's
    utter_consultation_subscribe_ask after the thank-you), else an echo."""
    if message.message != "last answer":
        return [{"recipient_id": message.sender, "text": f"you said: {message.message}"}]
    return [
        {"recipient_id": message.sender, "text": "Thank you! Here's what happens next."},
        {
            "recipient_id": message.sender,
            "text": "Would you like to hear when there is a new consultation?",
            "buttons": [
                {"title": "Yes please", "payload": "/subscribe"},
                {"title": "No thanks", "payload": "/subscribe_decline"},
            ],
        },
        {"recipient_id": message.sender, "text": "A quick note about privacy."},
    ]


def test_yes_please_at_the_end_of_a_consultation_subscribes_like_the_command():
    async def scenario():
        rasa = FakeRasa(end_of_consultation)
        data = FakeData()
        data.summaries[pseudonym_of(CHILD)] = Summary(9, "fr", "FR", "13-15")
        data.summaries[pseudonym_of(CHILD + 1)] = Summary(9, "fr", "FR", "13-15")
        async with running(rasa, data) as r:
            await r.api.push(tg.text(CHILD, "last answer", "fr"))
            await r.api.wait_for_messages(CHILD, 3)
            question = r.api.calls_to("sendMessage", CHILD)[1]
            assert question["text"] == "Would you like to hear when there is a new consultation?"
            yes, no = (b["callback_data"] for b in question["reply_markup"]["inline_keyboard"][0])

            await r.api.push(tg.button_press(CHILD, yes, "fr"))
            await r.api.wait_for_messages(CHILD, 4)
            assert r.api.texts_to(CHILD)[-1] == TEXTS.message("subscribed", "fr")
            # The same things as a child who types /subscribe.
            await r.api.push(tg.text(CHILD + 1, "/subscribe", "fr"))
            await r.api.wait_for_messages(CHILD + 1, 1)

            await r.api.push(tg.button_press(CHILD, no, "fr"))
            await r.api.wait_for_messages(CHILD, 5)
        by_button, by_command = data.subscribed
        assert by_button == (pseudonym_of(CHILD), CHILD, "fr", "FR", "13-15")
        assert by_command[2:] == by_button[2:]
        # "Yes please" never reached Rasa; "No thanks" did (Rasa answers it kindly).
        assert [m.message for m in rasa.received] == ["last answer", "/subscribe_decline"]

    run(scenario())


def test_a_child_who_is_subscribed_already_is_not_asked():
    async def scenario():
        data = FakeData(subscribed_before={pseudonym_of(CHILD)})
        async with running(FakeRasa(end_of_consultation), data) as r:
            await r.api.push(tg.text(CHILD, "last answer"))
            await r.api.wait_for_messages(CHILD, 2)
            await r.api.push(tg.text(CHILD, "hello"))
            await r.api.wait_for_messages(CHILD, 3)
            return r.api.texts_to(CHILD)

    assert run(scenario()) == [
        "Thank you! Here's what happens next.",
        "A quick note about privacy.",
        "you said: hello",
    ]


def test_when_the_subscriber_file_cannot_be_read_the_question_is_asked():
    async def scenario():
        async with running(FakeRasa(end_of_consultation), FakeData(broken=True)) as r:
            await r.api.push(tg.text(CHILD, "last answer"))
            return await r.api.wait_for_messages(CHILD, 3)

    assert "Would you like to hear when there is a new consultation?" in run(scenario())


def test_a_typed_yes_that_deletes_everything_in_rasa_ends_the_subscription_too():
    from bot.telegram.translate import ERASED

    def replier(message: RasaMessage) -> list[dict[str, Any]]:
        if message.message == "yes":
            return [{"text": "Done: I've deleted everything."}, {"custom": dict(ERASED)}]
        return [{"text": "Do you want me to delete everything?"}]

    async def scenario():
        data = FakeData()
        async with running(FakeRasa(replier), data) as r:
            await r.api.push(tg.text(CHILD, "delete my data"))
            await r.api.wait_for_messages(CHILD, 1)
            assert data.unsubscribed == []
            await r.api.push(tg.text(CHILD, "yes"))
            texts = await r.api.wait_for_messages(CHILD, 2)
        assert texts[-1] == "Done: I've deleted everything."  # the signal is not shown
        assert data.unsubscribed == [pseudonym_of(CHILD)]

    run(scenario())
