"""A bare yes or no (the ``affirm`` and ``deny`` intents).

Children type "yes", "ok", "nan" or "vale" to whatever HearMe said last. Right after a
question that offers buttons, it is the answer to that question: the deletion question
of /forget (``utter_forget_ask``) and, on Telegram, the question about new
consultations at the end of one (``utter_consultation_subscribe_ask``). Anywhere else it
answers nothing HearMe asked, and the child gets a kind word and the main menu, never a
deletion question. Inside the quiz or a consultation this action does not run: the form
reads the words themselves as the answer.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from actions._tracker import last_bot_response, latest_intent
from bot.names import Action as ActionName
from bot.names import Intent, Response


def reply_to(asked: str | None, yes: bool) -> str:
    """What answers a bare yes (``yes``) or no to HearMe's last message ``asked``: an
    action to run or a response to send.

    Args:
        asked: The response HearMe sent last (see :func:`actions._tracker.last_bot_response`).
        yes: True for a yes, False for a no.
    """
    if asked == Response.FORGET_ASK:
        # action_forget_confirm checks again that its question was the last one asked.
        return ActionName.FORGET_CONFIRM if yes else Response.FORGET_KEPT
    if asked == Response.CONSULTATION_SUBSCRIBE_ASK:
        # The Telegram connector keeps the subscriptions: only its button or /subscribe
        # can subscribe, so a typed yes is shown the way.
        return (
            Response.CONSULTATION_SUBSCRIBE_TYPED
            if yes
            else Response.CONSULTATION_SUBSCRIBE_DECLINED
        )
    return Response.YES_NO


class ActionYesNo(Action):
    """Answers a bare yes or no in the light of HearMe's last question."""

    def name(self) -> str:
        return ActionName.YES_NO

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        yes = latest_intent(tracker) == Intent.AFFIRM
        reply = reply_to(last_bot_response(tracker.events), yes)
        if reply == ActionName.FORGET_CONFIRM:
            return [FollowupAction(reply)]
        dispatcher.utter_message(response=reply)
        return []
