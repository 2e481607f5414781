"""/mydata and /forget: thin adapters around :mod:`web.consultations.chat`.

``/forget`` deletes the child's answers and responses (``services.erase_participant``)
and ends with a ``Restarted`` event: ``bot.tracker_store.RedactingTrackerStore`` then
deletes the conversation's stored events up to this action. Every word the child reads
is in ``domain/consultations.yml`` or the consultations' files.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, Restarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions._tracker import language, last_bot_response, previous_bot_action
from actions.consultation import answer_labels, channel_of, on_telegram
from bot.consultations.answers import answer_texts, mentions_deleting
from bot.names import Action as ActionName
from bot.names import Response, Slot
from bot.telegram.translate import ERASED
from bot.texts import response_text
from web.consultations import chat

logger = logging.getLogger(__name__)


def my_data_messages(
    stored: chat.Stored, domain: dict[str, Any], lang: str
) -> list[tuple[str, dict[str, str]]]:
    """The /mydata messages (response name and values) for what is stored."""
    unknown = response_text(domain, Response.MY_DATA_UNKNOWN, lang)
    person = stored.data["participant"]
    messages: list[tuple[str, dict[str, str]]] = [
        (
            Response.MY_DATA_INTRO,
            {
                "age_band": person.get("age_band") or unknown,
                "country": person.get("country") or unknown,
            },
        )
    ]
    words = answer_labels(domain, lang)
    for response in stored.data["responses"]:
        spec = stored.specs[f"{response['consultation']}@{response['version']}"]
        lines = []
        for entry in response["answers"]:
            question = spec.question(entry["question"])
            if question is None:
                continue
            value = entry.get("choices", entry.get("number", entry.get("text")))
            said = ", ".join(answer_texts(question, value, lang, words))
            lines.append(f"• {question.text_in(lang)} → {said}")
        status = (
            Response.MY_DATA_COMPLETE
            if response["status"] == "complete"
            else Response.MY_DATA_STARTED
        )
        messages.append(
            (
                Response.MY_DATA_RESPONSE,
                {
                    "title": spec.title.get(lang) or spec.title["en"],
                    "organisation": spec.organisation,
                    "status": response_text(domain, status, lang),
                    "delete_after": response["delete_after"][:10],
                    "answers": "\n".join(lines)
                    or response_text(domain, Response.MY_DATA_NO_ANSWERS, lang),
                },
            )
        )
    messages.append((Response.MY_DATA_FOOTER, {}))
    return messages


class ActionMyData(Action):
    """What HearMe keeps about the child, in child-friendly words (/mydata)."""

    def name(self) -> str:
        return ActionName.MY_DATA

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        try:
            stored = await chat.call(chat.stored, channel_of(tracker), tracker.sender_id)
        except Exception as e:
            logger.error("my_data_failed error=%s", type(e).__name__)
            dispatcher.utter_message(response=Response.ERROR)
            return []
        if stored is None:
            dispatcher.utter_message(response=Response.MY_DATA_NONE)
            return []
        for response, values in my_data_messages(stored, domain, language(tracker)):
            dispatcher.utter_message(response=response, **values)
        return []


def confirmed(tracker: Tracker) -> bool:
    """The child tapped "Yes, delete everything", or typed yes to the question just
    asked (HearMe's last message, whether a rule or this action asked it, even with the
    privacy note after it); a typed "yes delete it" out of the blue only asks the
    question."""
    text = (tracker.latest_message.get("text") or "").strip()
    return (
        text.startswith("/")
        or last_bot_response(tracker.events) == Response.FORGET_ASK
        or previous_bot_action(tracker.events) == Response.FORGET_ASK
    )


class ActionForgetConfirm(Action):
    """Deletes everything stored about the child (/forget, after they confirmed)."""

    def name(self) -> str:
        return ActionName.FORGET_CONFIRM

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if not confirmed(tracker):
            text = tracker.latest_message.get("text") or ""
            # Out of context, a typed "yes delete it" gets the question; a bare "yes"
            # (which NLU may take for this intent) is not about deleting at all.
            if mentions_deleting(text):
                dispatcher.utter_message(response=Response.FORGET_ASK)
            else:
                dispatcher.utter_message(response=Response.DEFAULT)
            return []
        try:
            deleted = await chat.call(chat.erase, channel_of(tracker), tracker.sender_id)
        except Exception as e:
            logger.error("forget_failed error=%s", type(e).__name__)
            dispatcher.utter_message(response=Response.ERROR)
            return []
        logger.info("forget_done answers=%s", deleted)
        lang = language(tracker)
        dispatcher.utter_message(response=Response.FORGET_DONE)
        if on_telegram(tracker):
            # Not shown: tells the Telegram connector to drop its own record of the
            # child (the broadcast subscription), whether they tapped or typed yes.
            dispatcher.utter_message(json_message=ERASED)
        # Restarted: the tracker store deletes the stored conversation up to here; the
        # language is kept (it is not about the child, and the next reply needs it).
        return [Restarted(), SlotSet(Slot.LANGUAGE, lang)]
