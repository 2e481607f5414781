"""The Telegram translation layer (bot/telegram/translate.py): pure, no network."""

from __future__ import annotations

import re

import pytest

from bot.names import Intent
from bot.telegram.texts import COMMANDS
from bot.telegram.translate import (
    CALLBACK_DATA_LIMIT,
    COMMAND_PAYLOADS,
    FORGET_YES,
    FORWARD_MAX_CHARS,
    LOCAL_COMMANDS,
    NONTEXT_PAYLOAD,
    TEXT_LIMIT,
    Button,
    CallbackTable,
    Command,
    Reply,
    deep_link,
    free_text,
    keyboard_rows,
    parse_command,
    rasa_message,
    replies_from_rasa,
    sender_id,
    split_text,
    to_chunks,
    utf16_len,
)

SECRET = b"x" * 32


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("/start", Command("start", "")),
        ("/start consult_42", Command("start", "consult_42")),
        ("/START@HearMeBot  consult_42 ", Command("start", "consult_42")),
        ("/help_now", Command("help_now", "")),
        ("hello /start", None),
        ("/", None),
        ("/ i want to die", None),
        ("start", None),
    ],
)
def test_commands_are_parsed(typed, expected):
    assert parse_command(typed) == expected


@pytest.mark.parametrize(
    ("argument", "expected"),
    [
        ("consult_42", "consult_42"),
        ("a-b_C9", "a-b_C9"),
        ("", None),
        ("consult 42", None),
        ("x" * 65, None),
        ("<script>", None),
        ("consult_é", None),
    ],
)
def test_only_valid_deep_link_payloads_are_kept(argument, expected):
    assert deep_link(argument) == expected


def test_typed_text_never_reaches_rasa_as_an_intent_payload():
    # A leading slash would make Rasa read an intent, and safety triage skips payloads.
    assert free_text("/ i want to die") == "i want to die"
    assert free_text("//menu_rights") == "menu_rights"
    assert free_text("  hi  ") == "hi"
    assert free_text("/") is None
    assert free_text("   ") is None
    assert len(free_text("a" * (FORWARD_MAX_CHARS + 500)) or "") == FORWARD_MAX_CHARS


def test_the_sender_is_a_keyed_pseudonym_never_the_telegram_id():
    sender = sender_id(987654321, SECRET)
    assert re.fullmatch(r"[0-9a-f]{64}", sender)
    assert "987654321" not in sender
    assert sender == sender_id(987654321, SECRET)
    assert sender != sender_id(987654321, b"y" * 32)
    assert sender != sender_id(987654322, SECRET)


def test_a_message_for_rasa_carries_channel_language_and_deep_link():
    message = rasa_message("p" * 64, "/greet", "en-GB", "consult_42")
    assert message.body() == {
        "sender": "p" * 64,
        "message": "/greet",
        "input_channel": "telegram",
        "metadata": {"channel": "telegram", "language": "en-GB", "deep_link": "consult_42"},
    }
    # No language code, no deep link: neither key; never a country guessed from a region.
    bare = rasa_message("p" * 64, "hi", None)
    assert bare.metadata == {"channel": "telegram"}
    assert "country" not in rasa_message("p" * 64, "hi", "es-MX").metadata


def test_rasa_replies_keep_text_and_buttons_and_drop_everything_else():
    replies = replies_from_rasa(
        [
            {
                "recipient_id": "x",
                "text": "Hi!",
                "buttons": [{"title": "Rights", "payload": "/menu_rights"}],
            },
            {"recipient_id": "x", "image": "https://example.org/a.png"},
            {"recipient_id": "x", "custom": {"anything": 1}},
            {"recipient_id": "x", "buttons": [{"title": "More", "payload": "/more"}]},
            {"recipient_id": "x", "text": "  "},
            {"recipient_id": "x", "text": "Bye", "buttons": [{"title": "", "payload": "/x"}]},
            "not a dict",
        ]
    )
    assert replies == [
        Reply("Hi!", (Button("Rights", "/menu_rights"), Button("More", "/more"))),
        Reply("Bye"),
    ]


def test_a_short_text_is_one_chunk():
    assert split_text("Hello there.") == ["Hello there."]
    assert split_text("  ") == []


def test_long_text_is_cut_between_paragraphs_first():
    first, second = "A" * 3000 + ".", "B" * 3000 + "."
    assert split_text(f"{first}\n\n{second}") == [first, second]


def test_without_paragraphs_it_is_cut_between_sentences():
    sentence = "This is one sentence about your rights. "
    text = sentence * 300  # ~12,000 characters
    chunks = split_text(text)
    assert len(chunks) == 3
    for chunk in chunks:
        assert utf16_len(chunk) <= TEXT_LIMIT
        assert chunk.endswith("rights.")
    assert " ".join(chunks).split() == text.split()


def test_a_single_huge_word_is_cut_as_a_last_resort():
    chunks = split_text("x" * 10_000)
    assert [len(c) for c in chunks] == [4096, 4096, 1808]


def test_emoji_count_twice_towards_the_limit():
    text = "😀" * 3000  # 6000 UTF-16 units
    chunks = split_text(text)
    assert all(utf16_len(c) <= TEXT_LIMIT for c in chunks)
    assert "".join(chunks) == text


def test_split_respects_a_small_limit_and_keeps_every_word():
    text = "One two three. Four five six! Seven eight nine? Ten."
    chunks = split_text(text, limit=20)
    assert all(len(c) <= 20 for c in chunks)
    assert " ".join(chunks).split() == text.split()
    with pytest.raises(ValueError):
        split_text(text, limit=1)


def test_short_payloads_are_their_own_callback_data():
    table = CallbackTable()
    assert table.encode("/menu_rights") == "/menu_rights"
    assert table.decode("/menu_rights") == "/menu_rights"
    assert len(table) == 0


def test_long_payloads_go_through_a_short_id():
    table = CallbackTable()
    payload = '/rights_show{"right": "art16_privacy", "view": "more", "level": "13-17"}'
    assert len(payload.encode()) > CALLBACK_DATA_LIMIT
    data = table.encode(payload)
    assert len(data.encode()) <= CALLBACK_DATA_LIMIT
    assert data.startswith("hm:p:")
    assert table.encode(payload) == data  # the same payload, the same id
    assert table.decode(data) == payload
    # Multi-byte characters count in bytes.
    accented = "/x" + "é" * 40
    assert len(accented) < 64 < len(accented.encode())
    assert len(table.encode(accented).encode()) <= CALLBACK_DATA_LIMIT


def test_unknown_ids_and_the_connectors_own_data_are_not_payloads():
    table = CallbackTable()
    assert table.decode("hm:p:doesnotexist") is None
    assert table.decode(FORGET_YES) is None
    # A Rasa payload that looks like the connector's own data is never passed as is.
    assert table.encode("hm:forget:yes").startswith("hm:p:")


def test_the_table_forgets_the_least_recently_used_first():
    table = CallbackTable(capacity=2)
    a, b, c = ("/" + letter * 80 for letter in "abc")
    da, db = table.encode(a), table.encode(b)
    table.decode(da)  # a is used again, so b is the oldest
    dc = table.encode(c)
    assert table.decode(db) is None
    assert table.decode(da) == a and table.decode(dc) == c
    with pytest.raises(ValueError):
        CallbackTable(capacity=0)


def test_short_buttons_share_a_row_and_long_ones_get_their_own():
    table = CallbackTable()
    languages = tuple(
        Button(t, f'/choose_language{{"language": "{c}"}}')
        for t, c in (("English", "en"), ("Français", "fr"), ("Español", "es"))
    )
    assert [len(row) for row in keyboard_rows(languages, table)] == [3]
    menu = (
        Button("Know my rights", "/menu_rights"),
        Button("Get help now, please", "/menu_get_help"),
    )
    assert [len(row) for row in keyboard_rows(menu, table)] == [1, 1]
    four = tuple(Button(str(i), f"/x{i}") for i in range(4))
    assert [len(row) for row in keyboard_rows(four, table)] == [1, 1, 1, 1]
    assert keyboard_rows((), table) == ()


def test_buttons_go_under_the_last_chunk_of_their_reply():
    table = CallbackTable()
    long_text = ("Words about rights. " * 250).strip()
    chunks = to_chunks([Reply(long_text, (Button("More", "/more"),)), Reply("Second")], table)
    assert len(chunks) == 3
    assert chunks[0].keyboard == ()
    assert chunks[1].keyboard == ((("More", "/more"),),)
    assert chunks[2].text == "Second" and chunks[2].keyboard == ()


def test_every_command_in_the_menu_has_exactly_one_meaning():
    assert set(COMMAND_PAYLOADS) | set(LOCAL_COMMANDS) == set(COMMANDS)
    assert not set(COMMAND_PAYLOADS) & set(LOCAL_COMMANDS)
    assert COMMAND_PAYLOADS["start"] == "/greet"
    assert COMMAND_PAYLOADS["help_now"] == "/menu_get_help"
    assert COMMAND_PAYLOADS["consult"] == "/menu_have_say"


def test_command_payloads_and_the_nontext_payload_are_intents_of_the_domain(domain):
    for payload in [*COMMAND_PAYLOADS.values(), NONTEXT_PAYLOAD]:
        assert payload.startswith("/")
        assert payload[1:] in domain["intents"], payload
    assert f"/{Intent.NONTEXT_MESSAGE}" == NONTEXT_PAYLOAD


def test_mydata_and_forget_go_to_rasa_only_when_the_model_has_their_intents():
    from bot.telegram.translate import RASA_IF_AVAILABLE, command_payloads

    assert command_payloads(frozenset()) == COMMAND_PAYLOADS
    both = command_payloads(frozenset({"my_data", "forget", "greet"}))
    assert both["mydata"] == "/my_data" and both["forget"] == "/forget"
    assert "stop" not in both
    assert set(RASA_IF_AVAILABLE) <= set(LOCAL_COMMANDS)


def test_the_question_about_new_consultations_is_recognised_by_its_yes_button(domain):
    from bot.telegram.translate import SUBSCRIBE_PAYLOAD, offers_subscription

    # The domain's question carries the payload the connector answers itself.
    for variant in domain["responses"]["utter_consultation_subscribe_ask"]:
        reply = replies_from_rasa([{"text": variant["text"], "buttons": variant["buttons"]}])[0]
        assert offers_subscription(reply)
    assert SUBSCRIBE_PAYLOAD[1:] in domain["intents"]
    assert not offers_subscription(Reply("Pick one", (Button("Main menu", "/help"),)))
    assert not offers_subscription(Reply("No buttons"))


def test_the_erased_signal_is_found_among_rasas_replies_and_never_shown():
    from bot.telegram.translate import ERASED, says_erased

    replies = [{"recipient_id": "x", "text": "Done: I've deleted…"}, {"custom": dict(ERASED)}]
    assert says_erased(replies)
    assert replies_from_rasa(replies) == [Reply("Done: I've deleted…")]
    assert not says_erased([{"text": "hi"}, {"custom": {"other": 1}}, "junk"])  # type: ignore[list-item]
