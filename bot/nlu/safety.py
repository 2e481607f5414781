"""NLU component: safety triage on every message, before anything else is decided.

Adds a ``safety`` entity (value = category, plus ``severity``, ``source`` and all
``categories`` found) when a message may disclose danger. ``HearMeRulePolicy`` then
makes the safety response the next action in every conversation state.
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import ENTITIES, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.language import normalise_language
from bot.names import Entity
from bot.nlu._base import StatelessComponent
from bot.safety.combine import decide
from bot.safety.triage import triage
from bot.settings import get_settings


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class SafetyTriage(StatelessComponent):
    """Flags possible disclosures with a ``safety`` entity."""

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if text.lstrip().startswith("/"):  # button payloads carry no disclosure
                continue
            metadata = message.get("metadata") or {}
            language = (
                normalise_language(metadata.get("language")) if isinstance(metadata, dict) else None
            )
            # Over the length cap the classifier's guess is unreliable (and the child is
            # asked to say it shorter); the lexicons still read every word.
            ranking = (
                message.get(INTENT_RANKING_KEY) or []
                if len(text) <= get_settings().max_message_chars
                else []
            )
            flag = decide(triage(text, language), ranking)
            if flag is None:
                continue
            entity = {
                "entity": Entity.SAFETY,
                "value": flag.category,
                "severity": flag.severity,
                "source": flag.source,
                "categories": list(flag.categories),
                "start": 0,
                "end": len(text),
                "extractor": self.__class__.__name__,
            }
            message.set(ENTITIES, [*(message.get(ENTITIES) or []), entity], add_to_output=True)
        return messages
