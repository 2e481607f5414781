"""Dialogue policy extensions, registered as Rasa graph components.

``HearMeRulePolicy`` is Rasa's RulePolicy plus two conversation-wide behaviours that no
rule could express for every state:

1. **Safety first.** When safety triage flagged the child's latest message, the safety
   response is the next action — before any form validates the message as an answer,
   before any other reply. Afterwards HearMe waits for the child; an active form stays
   active, so the child can go back to it.
2. **Privacy note last.** The short privacy note is sent once, *after* the first
   complete reply, so that nothing ever stands between a child and the answer (or the
   help) they asked for.
"""

from __future__ import annotations

from typing import Any

from rasa.core.policies.policy import PolicyPrediction
from rasa.core.policies.rule_policy import RulePolicy
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.names import Action, Entity, Response, Slot


def replied_since_last_user_message(tracker: DialogueStateTracker) -> bool:
    """True when the bot has said something after the child's latest message."""
    for event in reversed(tracker.events):
        if isinstance(event, BotUttered):
            return True
        if isinstance(event, UserUttered):
            return False
    return False


def safety_pending(tracker: DialogueStateTracker) -> bool:
    """True when the latest message was flagged and the safety response has not run yet."""
    for event in reversed(tracker.events):
        if isinstance(event, ActionExecuted) and event.action_name == Action.SAFETY_RESPONSE:
            return False
        if isinstance(event, UserUttered):
            return any(e.get("entity") == Entity.SAFETY for e in event.entities)
    return False


def country_given_after_help(tracker: DialogueStateTracker) -> bool:
    """True when the child just named their country in answer to the safety response's
    question, and the numbers for that country have not been sent yet."""
    country_set = False
    for event in reversed(tracker.events):
        if isinstance(event, SlotSet) and event.key == Slot.COUNTRY and event.value:
            country_set = True
        elif isinstance(event, ActionExecuted) and event.action_name == Action.SAFETY_RESOURCES:
            return False
        elif isinstance(event, UserUttered):
            break
    else:
        return False
    return country_set and previous_action_before_user(tracker) == Action.SAFETY_RESPONSE


def previous_action_before_user(tracker: DialogueStateTracker) -> str | None:
    """The last action other than listening before the latest user message."""
    seen_user = False
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            if seen_user:
                return None
            seen_user = True
        elif (
            seen_user
            and isinstance(event, ActionExecuted)
            and event.action_name != ACTION_LISTEN_NAME
        ):
            return event.action_name
    return None


def privacy_note_given(tracker: DialogueStateTracker) -> bool:
    return any(
        isinstance(e, ActionExecuted) and e.action_name == Response.PRIVACY_NOTE
        for e in tracker.events
    )


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True
)
class HearMeRulePolicy(RulePolicy):
    """RulePolicy that puts the safety response first and the privacy note last."""

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        prediction = super().predict_action_probabilities(tracker, domain, rule_only_data, **kwargs)
        if safety_pending(tracker):
            return self._certain(Action.SAFETY_RESPONSE, domain)
        if country_given_after_help(tracker):
            return self._certain(Action.SAFETY_RESOURCES, domain)
        if tracker.latest_action_name in (
            Response.PRIVACY_NOTE,
            Action.SAFETY_RESPONSE,
            Action.SAFETY_RESOURCES,
        ):
            return self._certain(ACTION_LISTEN_NAME, domain)
        if (
            prediction.max_confidence >= 1.0
            and domain.action_names_or_texts[prediction.max_confidence_index] == ACTION_LISTEN_NAME
            and replied_since_last_user_message(tracker)
            and not privacy_note_given(tracker)
        ):
            return self._certain(Response.PRIVACY_NOTE, domain)
        return prediction

    def _certain(self, action: str, domain: Domain) -> PolicyPrediction:
        probabilities = self._default_predictions(domain)
        probabilities[domain.index_for_action(action)] = 1.0
        return self._prediction(probabilities)
