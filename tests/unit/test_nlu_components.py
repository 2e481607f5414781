"""The custom NLU graph components, run on real Rasa Message objects."""

from __future__ import annotations

import pytest
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.commands import TELEGRAM_COMMANDS, is_payload
from bot.nlu.commands import SlashCommands
from bot.nlu.input_guard import InputGuard
from bot.nlu.vocabulary_guard import VocabularyGuard


def message(text: str, intent: str = "greet", confidence: float = 0.99) -> Message:
    m = Message(data={"text": text})
    m.set("intent", {"name": intent, "confidence": confidence})
    m.set(
        "intent_ranking",
        [{"name": intent, "confidence": confidence}, {"name": "help", "confidence": 0.01}],
    )
    return m


@pytest.fixture
def trained_guard(tmp_path):
    storage = LocalModelStorage(tmp_path)
    resource = Resource("vocabulary_guard")
    guard = VocabularyGuard.create(VocabularyGuard.get_default_config(), storage, resource, None)
    examples = [
        Message(data={"text": t, "intent": i})
        for t, i in [("hello there", "greet"), ("what are my rights", "menu_rights")]
    ]
    guard.train(TrainingData(examples))
    # What the server does: load the persisted vocabulary.
    return VocabularyGuard.load(VocabularyGuard.get_default_config(), storage, resource, None)


def test_vocabulary_survives_persistence(trained_guard):
    assert trained_guard.vocabulary == {"hello", "there", "what", "are", "my", "rights"}


def test_unknown_words_become_a_fallback_without_suggestions(trained_guard):
    (m,) = trained_guard.process([message("asdfgh qwerty")])
    assert m.get("intent") == {"name": "nlu_fallback", "confidence": 1.0}
    assert [r["name"] for r in m.get("intent_ranking")] == ["nlu_fallback"]


def test_partly_known_words_keep_suggestions(trained_guard):
    (m,) = trained_guard.process([message("rigths blorf zorp", "menu_rights")])
    assert m.get("intent")["name"] == "nlu_fallback"
    assert [r["name"] for r in m.get("intent_ranking")] == ["nlu_fallback", "menu_rights", "help"]


@pytest.mark.parametrize("text", ["hello", "what are my rigths", "😀😀", "/greet"])
def test_known_or_unjudged_messages_are_untouched(trained_guard, text):
    (m,) = trained_guard.process([message(text)])
    assert m.get("intent")["name"] == "greet"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("x" * 1001, "input_too_long"),
        ("", "input_unreadable"),
        ("\x00\x01", "input_unreadable"),
        ("hello", "greet"),
    ],
)
def test_input_guard_overrides_intent(text, intent, monkeypatch):
    monkeypatch.delenv("HEARME_MAX_MESSAGE_CHARS", raising=False)
    from bot.settings import get_settings

    get_settings.cache_clear()
    guard = InputGuard.create({}, None, None, None)  # type: ignore[arg-type]
    (m,) = guard.process([message(text)])
    assert m.get("intent")["name"] == intent
    if intent != "greet":
        assert m.get("intent_ranking") == [{"name": intent, "confidence": 1.0}]


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("/mydata", "my_data"),  # Telegram's spelling, typed in the web widget
        (" /start ", "greet"),
        ("/help_now", "menu_get_help"),
        ("/consult", "menu_have_say"),
        ("/Langue", "choose_language"),  # the French spelling, any case
        ("/misdatos", "my_data"),
        ("/no_such_thing", "nlu_fallback"),  # never a guess from the classifiers
        ('/rights_show{"right": "play"}', "nlu_fallback"),  # Rasa's handler replaces it
    ],
)
def test_typed_commands_get_their_intent(text, intent):
    (m,) = SlashCommands.create({}, None, None, None).process([message(text)])  # type: ignore[arg-type]
    assert m.get("intent") == {"name": intent, "confidence": 1.0}
    assert m.get("intent_ranking") == [{"name": intent, "confidence": 1.0}]


@pytest.mark.parametrize("text", ["/i want to die", "/ help", "/5", "//", "hello /mydata", "/"])
def test_free_text_that_starts_with_a_slash_is_read_as_words(text):
    (m,) = SlashCommands.create({}, None, None, None).process([message(text)])  # type: ignore[arg-type]
    assert m.get("intent")["name"] == "greet"
    assert not is_payload(text)


def test_free_text_after_a_slash_is_judged_by_the_vocabulary_guard(trained_guard):
    (m,) = trained_guard.process([message("/zzkq wxxv")])
    assert m.get("intent")["name"] == "nlu_fallback"
    (m,) = trained_guard.process([message("/mydata")])
    assert m.get("intent")["name"] == "greet"  # a command: left to SlashCommands


def test_telegram_and_typed_commands_mean_the_same_intents():
    from bot.telegram.translate import COMMAND_PAYLOADS, LOCAL_COMMANDS

    for name, payload in COMMAND_PAYLOADS.items():
        assert payload == f"/{TELEGRAM_COMMANDS[name]}"
    assert set(TELEGRAM_COMMANDS) == set(COMMAND_PAYLOADS) | ({"mydata"} & set(LOCAL_COMMANDS))
