"""The custom NLU graph components, run on real Rasa Message objects."""

from __future__ import annotations

import pytest
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

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
