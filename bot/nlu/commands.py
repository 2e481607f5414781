"""NLU component: typed slash commands get their intent, not a guess.

The command names of ``bot.commands.TYPED_COMMANDS`` (Telegram's menu and their French
and Spanish spellings) typed in any channel get their intent with full confidence; any
other command-shaped text gets ``nlu_fallback``.
Rasa's RegexMessageHandler, which runs last, still replaces both for a domain intent's
payload (``/my_data``, a button), so only names the domain lacks are decided here.
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.commands import TYPED_COMMANDS, command_name
from bot.names import Intent
from bot.nlu._base import StatelessComponent


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class SlashCommands(StatelessComponent):
    """Sets the intent of a typed command with full confidence."""

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            name = command_name(message.get(TEXT))
            if name is None:
                continue
            intent = {"name": TYPED_COMMANDS.get(name, Intent.NLU_FALLBACK), "confidence": 1.0}
            message.set(INTENT, intent, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [intent], add_to_output=True)
        return messages
