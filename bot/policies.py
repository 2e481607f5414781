"""Dialogue policy extensions, registered as Rasa graph components.

``HearMeRulePolicy`` is Rasa's RulePolicy plus two conversation-wide behaviours that no
rule could express for every state:

1. **Safety first.** When safety triage flagged the child's latest message, the safety
   response is the next action — before any form validates the message as an answer,
   before any other reply. Afterwards HearMe waits for the child; an active form stays
   active, so the child can go back to it.
2. **Privacy note last.** The short privacy note is sent once, *after* the first
   complete reply, so that nothing ever stands between a child and the answer (or the
   help) they asked for. In the same place, once per conversation session, HearMe
   checks for a "you said, we did" report back (``action_report_back``), which says
   something only when a consultation the child took part in has reported back.
3. **Deep links.** A first message that carries ``metadata.deep_link: consult_<id>``
   (a Telegram ``/start consult_<id>`` link, or the web widget's ``?consult=<id>``)
   starts that consultation (``action_consultation_start``, then its form) instead of
   the greeting, unless the message asks for something else.
"""

from __future__ import annotations

from typing import Any

from rasa.core.policies.policy import PolicyPrediction
from rasa.core.policies.rule_policy import RulePolicy
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.core.constants import ACTION_LISTEN_NAME, ACTION_SESSION_START_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.names import Action, Entity, Form, Intent, Response, Slot

DEEP_LINK_PREFIX = "consult_"
"""A deep link that opens a consultation: ``consult_<consultation id>``."""

# Messages that may carry a deep link without asking for anything else: Telegram's
# /start arrives as /greet, the web widget's first message is whatever the child typed.
_DEEP_LINK_INTENTS = (Intent.GREET, Intent.HELP, Intent.MENU_HAVE_SAY)


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


def deep_linked_consultation(tracker: DialogueStateTracker) -> str | None:
    """The consultation id of a ``consult_<id>`` deep link on the latest message, when
    nothing has answered that message yet and it asks for nothing else."""
    if tracker.latest_action_name != ACTION_LISTEN_NAME:
        return None
    message = tracker.latest_message
    if message is None:
        return None
    link = (message.metadata or {}).get("deep_link")
    if not isinstance(link, str) or not link.startswith(DEEP_LINK_PREFIX):
        return None
    intent = (message.intent or {}).get("name")
    text = message.text or ""
    if intent not in _DEEP_LINK_INTENTS and not text.startswith("/"):
        return None
    return link[len(DEEP_LINK_PREFIX) :] or None


def ran_this_session(tracker: DialogueStateTracker, action: str) -> bool:
    """True when ``action`` already ran in this conversation session."""
    for event in reversed(tracker.events):
        if isinstance(event, ActionExecuted):
            if event.action_name == action:
                return True
            if event.action_name == ACTION_SESSION_START_NAME:
                return False
    return False


def report_back_checked(tracker: DialogueStateTracker) -> bool:
    """True when the report-back check already ran in this conversation session."""
    return ran_this_session(tracker, Action.REPORT_BACK)


def privacy_note_given(tracker: DialogueStateTracker) -> bool:
    return any(
        isinstance(e, ActionExecuted) and e.action_name == Response.PRIVACY_NOTE
        for e in tracker.events
    )


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True
)
class HearMeRulePolicy(RulePolicy):
    """RulePolicy that puts the safety response first, the privacy note and the report
    back last, and opens deep-linked consultations."""

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
            Action.SAFETY_RESPONSE,
            Action.SAFETY_RESOURCES,
            Action.REPORT_BACK,
            Action.FORGET_CONFIRM,
        ):
            return self._certain(ACTION_LISTEN_NAME, domain)
        if (
            deep_linked_consultation(tracker)
            and tracker.active_loop_name is None
            and not ran_this_session(tracker, Action.CONSULTATION_START)
        ):
            return self._certain(Action.CONSULTATION_START, domain)
        if tracker.latest_action_name == Action.CONSULTATION_START:
            # Nothing to ask (nothing open, not for this child…): say so without the form.
            ended = tracker.get_slot(Slot.CONSULTATION_OUTCOME)
            return self._certain(Action.CONSULTATION_END if ended else Form.CONSULTATION, domain)
        said_last = (Response.PRIVACY_NOTE, Action.CONSULTATION_END)
        reply_done = tracker.latest_action_name in said_last or (
            prediction.max_confidence >= 1.0
            and domain.action_names_or_texts[prediction.max_confidence_index] == ACTION_LISTEN_NAME
            and replied_since_last_user_message(tracker)
        )
        if reply_done and not privacy_note_given(tracker):
            return self._certain(Response.PRIVACY_NOTE, domain)
        if reply_done and tracker.active_loop_name is None and not report_back_checked(tracker):
            return self._certain(Action.REPORT_BACK, domain)
        if tracker.latest_action_name in said_last:
            return self._certain(ACTION_LISTEN_NAME, domain)
        return prediction

    def _certain(self, action: str, domain: Domain) -> PolicyPrediction:
        probabilities = self._default_predictions(domain)
        probabilities[domain.index_for_action(action)] = 1.0
        return self._prediction(probabilities)
