"""NLU component that overrides the intent for messages HearMe cannot use as they are.

It runs after the intent classifiers, so a 5,000-character message is answered with
"can you say it shorter?" instead of a guess, and later components (safety triage)
still see the whole text.
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.input_guard import inspect_text
from bot.names import Intent
from bot.nlu._base import StatelessComponent
from bot.settings import get_settings

_INTENT_FOR_PROBLEM = {"too_long": Intent.INPUT_TOO_LONG, "unreadable": Intent.INPUT_UNREADABLE}


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class InputGuard(StatelessComponent):
    """Sets ``input_too_long`` / ``input_unreadable`` with full confidence when needed."""

    def process(self, messages: list[Message]) -> list[Message]:
        max_chars = get_settings().max_message_chars
        for message in messages:
            problem = inspect_text(message.get(TEXT), max_chars)
            if problem is None:
                continue
            intent = {"name": _INTENT_FOR_PROBLEM[problem], "confidence": 1.0}
            message.set(INTENT, intent, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [intent], add_to_output=True)
        return messages
