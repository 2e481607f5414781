"""NLU component: a short message made mostly of unknown words is a fallback, not a guess."""

from __future__ import annotations

import json
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.commands import is_payload
from bot.names import Intent
from bot.vocabulary import build_vocabulary, known_share

_FILE = "vocabulary.json"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class VocabularyGuard(GraphComponent):
    """Learns the training vocabulary; replaces the intent with ``nlu_fallback`` when
    fewer than ``min_known_share`` of a short message's words are known.

    With no known word at all the ranking is cleared too, so no "did you mean…"
    suggestion is made from a guess.
    """

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"min_known_share": 0.5}

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        vocabulary: frozenset[str] = frozenset(),
    ) -> None:
        self._min_share = float(config["min_known_share"])
        self._storage = model_storage
        self._resource = resource
        self.vocabulary = vocabulary

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> VocabularyGuard:
        return cls(config, model_storage, resource)

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> VocabularyGuard:
        try:
            with model_storage.read_from(resource) as directory:
                words = json.loads((directory / _FILE).read_text(encoding="utf-8"))
        except ValueError:  # not trained (e.g. NLU-less model): judge nothing
            words = []
        return cls(config, model_storage, resource, frozenset(words))

    def train(self, training_data: TrainingData) -> Resource:
        texts = (m.get(TEXT) or "" for m in training_data.intent_examples)
        self.vocabulary = build_vocabulary(texts)
        with self._storage.write_to(self._resource) as directory:
            (directory / _FILE).write_text(
                json.dumps(sorted(self.vocabulary), ensure_ascii=False), encoding="utf-8"
            )
        return self._resource

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if is_payload(text):  # a button payload or command, not words
                continue
            share = known_share(text, self.vocabulary)
            if share is None or share >= self._min_share:
                continue
            fallback = {"name": Intent.NLU_FALLBACK, "confidence": 1.0 - share}
            ranking = [] if share == 0 else list(message.get(INTENT_RANKING_KEY) or [])
            ranking = [r for r in ranking if r.get("name") != Intent.NLU_FALLBACK]
            message.set(INTENT, fallback, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [fallback, *ranking], add_to_output=True)
        return messages
