"""Rights in chat: thin adapters around :mod:`bot.rights` and :mod:`bot.remedies`.

A right is said at the child's reading level (:func:`bot.age.reading_level`) with
buttons: "tell me more" (everyday examples), "simpler please" or "more detail" (the
other reading level, remembered), related rights, and "what can I do?". A question
HearMe is unsure of gets "did you mean…" buttons with the best candidates instead of
a wrong answer. Every word comes from ``knowledge/rights/`` or ``domain/rights.yml``.

The same follow-ups can be typed ("simpler please", "je comprends pas", "¿qué puedo
hacer?"): the ``rights_more`` … ``rights_act`` intents run :class:`ActionRightsFollowUp`,
which does exactly what the button does for the right last shown (slot ``last_right``,
set whenever a right is shown).
"""

from __future__ import annotations

import threading
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions._tracker import entity_value, language, latest_intent
from actions.education import payload
from bot.age import OLDER, YOUNGER, reading_level
from bot.names import Action as ActionName
from bot.names import Entity, Intent, Response, Slot
from bot.remedies import what_can_i_do
from bot.rights import (
    Right,
    answer_text,
    article_asked,
    candidates,
    examples_text,
    find_right,
    index,
    right_by_id,
    right_for_disclosure,
)
from bot.texts import response_text

# The rights index takes about a second to read from its cache, about 80 s to build
# after a knowledge change (`make run` builds it before starting): load it in the
# background as the action server starts, so the first child who asks about a right does
# not wait for it.
threading.Thread(target=index, name="rights-index-warm-up", daemon=True).start()

# What a rights button shows (the ``view`` entity of /rights_show).
ANSWER = "answer"
MORE = "more"
SIMPLER = "simpler"
DETAIL = "detail"
RELATED = "related"
ACT = "act"
NONE = "none"
VIEWS = (ANSWER, MORE, SIMPLER, DETAIL, RELATED, ACT, NONE)

# The view a typed follow-up asks for: the button it stands for.
TYPED_VIEWS = {
    Intent.RIGHTS_MORE: MORE,
    Intent.RIGHTS_SIMPLER: SIMPLER,
    Intent.RIGHTS_DETAIL: DETAIL,
    Intent.RIGHTS_RELATED: RELATED,
    Intent.RIGHTS_ACT: ACT,
}

# Actions after which a typed "what can I do?" is about the help just given, not about
# a right read earlier (unless the safety response itself showed a right).
_SAFETY_ACTIONS = (ActionName.SAFETY_RESPONSE, ActionName.SAFETY_RESOURCES)


def level_of(tracker: Tracker) -> str:
    return reading_level(tracker.get_slot(Slot.AGE_BAND), tracker.get_slot(Slot.READING_LEVEL))


def show(right: Right, view: str) -> str:
    """The payload of a button that shows ``view`` of ``right``."""
    return payload(Intent.RIGHTS_SHOW, **{Entity.RIGHT: right.id, Entity.VIEW: view})


def follow_ups(
    domain: dict[str, Any], lang: str, right: Right, level: str, *, more: bool = True
) -> list[dict[str, str]]:
    """The buttons under a right said at ``level``."""

    def label(response: str) -> str:
        return response_text(domain, response, lang)

    buttons = []
    if more:
        buttons.append({"title": label(Response.RIGHTS_LABEL_MORE), "payload": show(right, MORE)})
    if level == OLDER:
        buttons.append(
            {"title": label(Response.RIGHTS_LABEL_SIMPLER), "payload": show(right, SIMPLER)}
        )
    else:
        buttons.append(
            {"title": label(Response.RIGHTS_LABEL_DETAIL), "payload": show(right, DETAIL)}
        )
    buttons.append({"title": label(Response.RIGHTS_LABEL_RELATED), "payload": show(right, RELATED)})
    buttons.append({"title": label(Response.RIGHTS_LABEL_ACT), "payload": show(right, ACT)})
    return buttons


def send_right(
    dispatcher: CollectingDispatcher, domain: dict[str, Any], lang: str, right: Right, level: str
) -> None:
    """A right at ``level``, citing its article, with the follow-up buttons."""
    dispatcher.utter_message(
        text=answer_text(right, lang, level), buttons=follow_ups(domain, lang, right, level)
    )


def remember(right: Right | None) -> list[EventType]:
    """The event that makes ``right`` the one a typed follow-up is about (None: forget it)."""
    return [SlotSet(Slot.LAST_RIGHT, right.id if right is not None else None)]


def last_right_shown(tracker: Tracker) -> Right | None:
    """The right HearMe showed last, for a typed follow-up; None when none was shown, or
    when a safety response came after it (then the child is talking about that)."""
    for event in reversed(tracker.events):
        if event.get("event") == "slot" and event.get("name") == Slot.LAST_RIGHT:
            return right_by_id(event.get("value"))
        if event.get("event") == "action" and event.get("name") in _SAFETY_ACTIONS:
            return None
    # Events may be trimmed (a new session carries its slots over): trust the slot.
    return right_by_id(tracker.get_slot(Slot.LAST_RIGHT))


def send_did_you_mean(
    dispatcher: CollectingDispatcher, domain: dict[str, Any], lang: str, options: list[Right]
) -> None:
    """The best candidates as buttons, and a way out when none of them fits."""
    buttons = [{"title": r.text(lang).title, "payload": show(r, ANSWER)} for r in options]
    buttons.append(
        {
            "title": response_text(domain, Response.RIGHTS_LABEL_NONE, lang),
            "payload": payload(Intent.RIGHTS_SHOW, **{Entity.VIEW: NONE}),
        }
    )
    dispatcher.utter_message(response=Response.RIGHTS_DID_YOU_MEAN, buttons=buttons)


def answer_rights_question(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain: dict[str, Any],
    *,
    suggest: bool = True,
    min_words: int = 1,
) -> list[EventType] | None:
    """Answers the latest message as a rights question: the right when HearMe is
    confident, else (``suggest``) "did you mean…" with the candidates. Returns None when
    nothing was said, else the events the calling action returns (the right remembered
    for typed follow-ups; after "did you mean…", none is).

    ``min_words``: shorter messages are only answered when they name an article — used
    when the NLU did not see a question at all, where one or two words ("droitz") are
    better served by the menu's suggestions than by one specific right."""
    text = tracker.latest_message.get("text") or ""
    if not text.strip() or text.startswith("/"):
        return None
    if len(text.split()) < min_words and article_asked(text) is None:
        return None
    lang = language(tracker)
    right = find_right(text)
    if right is not None:
        send_right(dispatcher, domain, lang, right, level_of(tracker))
        return remember(right)
    options = candidates(text) if suggest else []
    if options:
        send_did_you_mean(dispatcher, domain, lang, options)
        return remember(None)
    return None


def send_right_for_disclosure(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any], category: str
) -> list[EventType]:
    """After the safety response to a disclosing question ("my dad hits me, is that
    allowed?"): the right it asks about, if HearMe can tell which. Returns the events
    that remember it for typed follow-ups (none when nothing was sent)."""
    text = tracker.latest_message.get("text") or ""
    right = right_for_disclosure(text, category)
    if right is None:
        return []
    send_right(dispatcher, domain, language(tracker), right, level_of(tracker))
    return remember(right)


def send_view(
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
    domain: dict[str, Any],
    right: Right,
    view: str,
) -> list[EventType]:
    """What a rights button shows: ``view`` (one of :data:`VIEWS` but ``none``) of
    ``right``. Returns the events to return: the right remembered for typed follow-ups,
    and the reading level the child chose."""
    lang = language(tracker)
    level = level_of(tracker)
    events = remember(right)
    if view in (SIMPLER, DETAIL):
        # The child's choice is remembered for the next rights they read.
        chosen = YOUNGER if view == SIMPLER else OLDER
        send_right(dispatcher, domain, lang, right, chosen)
        return [*events, SlotSet(Slot.READING_LEVEL, chosen)]
    if view == MORE:
        dispatcher.utter_message(
            text=examples_text(right, lang),
            buttons=follow_ups(domain, lang, right, level, more=False),
        )
    elif view == RELATED:
        buttons = [
            {"title": r.text(lang).title, "payload": show(r, ANSWER)}
            for r in (right_by_id(i) for i in right.related)
            if r is not None
        ]
        dispatcher.utter_message(
            response=Response.RIGHTS_RELATED, title=right.text(lang).title, buttons=buttons
        )
    elif view == ACT:
        dispatcher.utter_message(
            text=what_can_i_do(tracker.get_slot(Slot.COUNTRY), lang),
            buttons=[
                {
                    "title": response_text(domain, Response.RIGHTS_LABEL_MENU, lang),
                    "payload": payload(Intent.HELP),
                }
            ],
        )
    else:
        send_right(dispatcher, domain, lang, right, level)
    return events


class ActionShowRight(Action):
    """The buttons under a rights answer and the "did you mean…" buttons."""

    def name(self) -> str:
        return ActionName.SHOW_RIGHT

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        view = entity_value(tracker, Entity.VIEW) or ANSWER
        if view == NONE:
            dispatcher.utter_message(response=Response.RIGHTS_NOT_FOUND)
            return []
        right = right_by_id(entity_value(tracker, Entity.RIGHT))
        if right is None or view not in VIEWS:
            dispatcher.utter_message(response=Response.RIGHTS_UNKNOWN)
            return []
        return send_view(dispatcher, tracker, domain, right, view)


class ActionRightsFollowUp(Action):
    """A follow-up typed instead of pressed ("simpler please", "dis m'en plus"): what the
    matching button shows for the right last shown.

    With no right to follow up (none shown yet, or a safety response since), "what can I
    do?" gets the main menu, as it did before these intents were learned — after a safety
    response the child may mean their own situation, and the menu leads to help — and
    the other follow-ups a kind pointer to asking a rights question or to My rights."""

    def name(self) -> str:
        return ActionName.RIGHTS_FOLLOW_UP

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        view = TYPED_VIEWS.get(latest_intent(tracker) or "", MORE)
        right = last_right_shown(tracker)
        if right is not None:
            return send_view(dispatcher, tracker, domain, right, view)
        if view == ACT:
            dispatcher.utter_message(response=Response.HELP_MENU)
        else:
            dispatcher.utter_message(response=Response.RIGHTS_NO_RIGHT_YET)
        return []


# A typed message read as "My rights" (the menu) is answered as a question when it has
# this many words and the rights index is confident about one specific right: "tengo
# derecho a ir a la escuela?" asks about Article 28. Questions about rights in general
# ("what are my rights", "quels sont mes droits") find the entries below; the menu,
# which lists them all, serves those better.
MENU_QUESTION_WORDS = 4
GENERAL_ENTRIES = frozenset({"crc-42", "crc-43-54"})


class ActionMenuRights(Action):
    """The My rights menu, or the right itself when a typed question about one right
    landed here."""

    def name(self) -> str:
        return ActionName.MENU_RIGHTS

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        text = tracker.latest_message.get("text") or ""
        if not text.startswith("/") and len(text.split()) >= MENU_QUESTION_WORDS:
            right = find_right(text)
            if right is not None and right.id not in GENERAL_ENTRIES:
                send_right(dispatcher, domain, language(tracker), right, level_of(tracker))
                return remember(right)
        dispatcher.utter_message(response=Response.MENU_RIGHTS)
        return []
