"""Low-confidence fallback: offer "did you mean…" buttons instead of guessing.

NLU unsure of the intent is not the end: when the rights index is confident the message
asks about a right ("article 12?", "can my parents read my phone"), that right is the
answer (the NLU intent and the ranking are combined here and in action_answer_question).
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher

from actions._tracker import language
from actions.rights import TYPED_VIEWS, answer_rights_question, last_right_shown, send_view
from bot.names import SUGGESTIBLE_INTENTS, Response, Slot
from bot.names import Action as ActionName
from bot.texts import response_text

MAX_SUGGESTIONS = 3
MIN_SUGGESTION_CONFIDENCE = 0.1
# A message the NLU could not place is read as a rights question only from this many
# words (or when it names an article): "droitz" gets the menu's suggestions instead.
MIN_QUESTION_WORDS = 3
# What action_resolve_context learnt from the message (its language, the country, the age
# the child gave: "tengo 16 años" that the NLU could not place). The rewind below undoes
# the whole turn, so these are set again after it.
CONTEXT_SLOTS = (Slot.LANGUAGE, Slot.LANGUAGE_SOURCE, Slot.COUNTRY, Slot.AGE_BAND)


def kept_context(tracker: Tracker) -> list[EventType]:
    """SlotSet events that keep, after a rewind, the context this turn resolved."""
    return [
        SlotSet(slot, tracker.get_slot(slot))
        for slot in CONTEXT_SLOTS
        if tracker.get_slot(slot) is not None
    ]


def typed_follow_up(intent_ranking: list[dict[str, Any]]) -> str | None:
    """A rights follow-up ("what can I do?", "tell me more") among the NLU's two best
    guesses, if any: "what can I do?" sits between help ("what can you do?") and the
    follow-up, and after a rights answer it is the follow-up."""
    guesses = [c.get("name") for c in intent_ranking if c.get("name") != "nlu_fallback"][:2]
    return next((str(g) for g in guesses if g in TYPED_VIEWS), None)


def suggestions(intent_ranking: list[dict[str, Any]]) -> list[str]:
    """The intents worth offering, best first, from the NLU ranking."""
    picked: list[str] = []
    for candidate in intent_ranking:
        name = candidate.get("name")
        if (
            name in SUGGESTIBLE_INTENTS
            and name not in picked
            and float(candidate.get("confidence") or 0) >= MIN_SUGGESTION_CONFIDENCE
        ):
            picked.append(str(name))
        if len(picked) == MAX_SUGGESTIONS:
            break
    return picked


class ActionHearMeFallback(Action):
    """Asks "did you mean…?" with the top candidates, or shows the menu."""

    def name(self) -> str:
        return ActionName.FALLBACK

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        ranking = tracker.latest_message.get("intent_ranking") or []
        follow_up = typed_follow_up(ranking)
        right = last_right_shown(tracker) if follow_up else None
        if follow_up and right is not None:
            shown = send_view(dispatcher, tracker, domain, right, TYPED_VIEWS[follow_up])
            return [UserUtteranceReverted(), *kept_context(tracker), *shown]
        events = answer_rights_question(
            dispatcher, tracker, domain, suggest=False, min_words=MIN_QUESTION_WORDS
        )
        if events is not None:
            # The right is remembered after the rewind, so typed follow-ups find it.
            return [UserUtteranceReverted(), *kept_context(tracker), *events]
        picked = suggestions(ranking)
        if not picked:
            dispatcher.utter_message(response=Response.DEFAULT)
        else:
            lang = language(tracker)
            buttons = [
                {
                    "title": response_text(domain, f"{Response.LABEL_PREFIX}{intent}", lang),
                    "payload": f"/{intent}",
                }
                for intent in picked
            ]
            dispatcher.utter_message(response=Response.DID_YOU_MEAN, buttons=buttons)
        # The misunderstood message should not steer the dialogue afterwards; what it
        # told about the child (language, country, age) still counts.
        return [UserUtteranceReverted(), *kept_context(tracker)]
