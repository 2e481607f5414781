"""Rights in chat: thin adapters around :mod:`bot.rights` and :mod:`bot.remedies`.

A right is said at the child's reading level (:func:`bot.age.reading_level`) with
buttons: "tell me more" (everyday examples), "simpler please" or "more detail" (the
other reading level, remembered), related rights, and "what can I do?". A question
HearMe is unsure of gets "did you mean…" buttons with the best candidates instead of
a wrong answer. Every word comes from ``knowledge/rights/`` or ``domain/rights.yml``.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions._tracker import entity_value, language
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
    right_by_id,
    right_for_disclosure,
)
from bot.texts import response_text

# What a rights button shows (the ``view`` entity of /rights_show).
ANSWER = "answer"
MORE = "more"
SIMPLER = "simpler"
DETAIL = "detail"
RELATED = "related"
ACT = "act"
NONE = "none"
VIEWS = (ANSWER, MORE, SIMPLER, DETAIL, RELATED, ACT, NONE)


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
) -> bool:
    """Answers the latest message as a rights question: the right when HearMe is
    confident, else (``suggest``) "did you mean…" with the candidates. Returns whether
    anything was said.

    ``min_words``: shorter messages are only answered when they name an article — used
    when the NLU did not see a question at all, where one or two words ("droitz") are
    better served by the menu's suggestions than by one specific right."""
    text = tracker.latest_message.get("text") or ""
    if not text.strip() or text.startswith("/"):
        return False
    if len(text.split()) < min_words and article_asked(text) is None:
        return False
    lang = language(tracker)
    right = find_right(text)
    if right is not None:
        send_right(dispatcher, domain, lang, right, level_of(tracker))
        return True
    options = candidates(text) if suggest else []
    if options:
        send_did_you_mean(dispatcher, domain, lang, options)
        return True
    return False


def send_right_for_disclosure(
    dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any], category: str
) -> bool:
    """After the safety response to a disclosing question ("my dad hits me, is that
    allowed?"): the right it asks about, if HearMe can tell which. Returns whether it
    was sent."""
    text = tracker.latest_message.get("text") or ""
    right = right_for_disclosure(text, category)
    if right is None:
        return False
    send_right(dispatcher, domain, language(tracker), right, level_of(tracker))
    return True


class ActionShowRight(Action):
    """The buttons under a rights answer and the "did you mean…" buttons."""

    def name(self) -> str:
        return ActionName.SHOW_RIGHT

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        lang = language(tracker)
        view = entity_value(tracker, Entity.VIEW) or ANSWER
        if view == NONE:
            dispatcher.utter_message(response=Response.RIGHTS_NOT_FOUND)
            return []
        right = right_by_id(entity_value(tracker, Entity.RIGHT))
        if right is None or view not in VIEWS:
            dispatcher.utter_message(response=Response.RIGHTS_UNKNOWN)
            return []
        level = level_of(tracker)
        if view in (SIMPLER, DETAIL):
            # The child's choice is remembered for the next rights they read.
            chosen = YOUNGER if view == SIMPLER else OLDER
            send_right(dispatcher, domain, lang, right, chosen)
            return [SlotSet(Slot.READING_LEVEL, chosen)]
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
        return []
