"""Having a say in consultations: thin adapters around :mod:`bot.consultations.answers`
(reading replies, where to go next) and :mod:`web.consultations.chat` (the store).

Every word a child reads comes from the consultation's file (title, intro, consent,
questions, options, thank-you, what next, report back) or from the responses in
``domain/consultations.yml`` (the words around them, button labels).

Taking part is one form, ``consultation_form``, with one required slot,
``consultation_outcome``: empty while the child answers; then ``done``, ``stopped``…
``consultation_step`` says what the form asks next (see :data:`STEPS`), and
``consultation`` which consultation. Answers live in the database, never in slots, so a
child who stops carries on where they left off, in this chat or a later one.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import REQUESTED_SLOT

from actions._tracker import (
    entity_value,
    language,
    latest_intent,
    latest_metadata,
    previous_bot_action,
)
from bot.age import AGE_BANDS
from bot.consultations.answers import (
    STEPS_ASIDE,
    Reading,
    answer_texts,
    below_consent_age,
    collects_free_text,
    command,
    next_question,
    normalise,
    previous_question,
    read_age_band,
    read_answer,
    read_consent,
    read_index,
    resume_question,
)
from bot.consultations.definition import PREFER_NOT_TO_SAY, Consultation, Question
from bot.country import country_from_text, normalise_country
from bot.names import Action as ActionName
from bot.names import Entity, Form, Intent, Response, Slot
from bot.settings import get_settings
from bot.telegram.translate import CHANNEL as TELEGRAM_CHANNEL
from bot.texts import response_text
from web.consultations import chat

logger = logging.getLogger(__name__)

# A deep link that opens a consultation (bot.policies.DEEP_LINK_PREFIX; not imported
# from there, which would load Rasa into the action server).
DEEP_LINK_PREFIX: Final = "consult_"

# What the form asks next (the consultation_step slot); a question is "q:<id>".
STEP_AGE: Final = "age_band"
STEP_COUNTRY: Final = "country"
STEP_CHOOSE: Final = "choose"
STEP_CONSENT: Final = "consent"
QUESTION_PREFIX: Final = "q:"
STEPS: Final = (STEP_AGE, STEP_COUNTRY, STEP_CHOOSE, STEP_CONSENT)

# How the form ended (the consultation_outcome slot).
DONE: Final = "done"
STOPPED: Final = "stopped"
DECLINED: Final = "declined"
NOT_FOR_AGE: Final = "not_for_age"
NOT_FOR_YOU: Final = "not_for_you"
NONE_OPEN: Final = "none_open"
CLOSED: Final = "closed"
OUTCOMES: Final = (DONE, STOPPED, DECLINED, NOT_FOR_AGE, NOT_FOR_YOU, NONE_OPEN, CLOSED)

# Button choices that are not answers (option ids never start with "@").
AGREE: Final = "@agree"
DECLINE: Final = "@decline"
NO_COUNTRY: Final = "@none"
SKIP: Final = "@skip"
BACK: Final = "@back"
STOP: Final = "@stop"
FINISHED: Final = "@done"
_COMMANDS: Final = {SKIP: "skip", BACK: "back", STOP: "stop", FINISHED: "done"}


def payload(intent: str, **entities: str) -> str:
    """A button payload: ``/intent`` plus its entities as JSON."""
    return f"/{intent}{json.dumps(entities, ensure_ascii=False) if entities else ''}"


def answer_payload(step: str, **entities: str) -> str:
    return payload(Intent.CONSULTATION_ANSWER, **{Entity.CONSULTATION_QUESTION: step, **entities})


def choice_button(title: str, step: str, choice: str) -> dict[str, str]:
    return {"title": title, "payload": answer_payload(step, **{Entity.CONSULTATION_CHOICE: choice})}


def channel_of(tracker: Tracker) -> str:
    return tracker.get_latest_input_channel() or "unknown"


def on_telegram(tracker: Tracker) -> bool:
    """Whether the child writes from Telegram: its connector talks to Rasa's REST
    channel and says so in each message's metadata (bot/telegram/translate.py)."""
    return (
        channel_of(tracker) == TELEGRAM_CHANNEL
        or latest_metadata(tracker).get("channel") == TELEGRAM_CHANNEL
    )


def question_step(question: Question) -> str:
    return f"{QUESTION_PREFIX}{question.id}"


def step_question(step: str | None) -> str | None:
    """The question id of a ``q:<id>`` step, else None."""
    if step and step.startswith(QUESTION_PREFIX):
        return step[len(QUESTION_PREFIX) :]
    return None


def deep_link(tracker: Tracker) -> str | None:
    """The consultation id of a ``consult_<id>`` deep link on the latest message."""
    link = latest_metadata(tracker).get("deep_link")
    if isinstance(link, str) and link.startswith(DEEP_LINK_PREFIX):
        return link[len(DEEP_LINK_PREFIX) :] or None
    return None


def answered_since_message(events: list[dict[str, Any]]) -> bool:
    """Whether an action other than the form itself ran after the child's latest message
    (Rasa runs the form's validation again when it comes back to the form)."""
    for event in reversed(events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "action" and event.get("name") not in (
            Form.CONSULTATION,
            "action_listen",
            None,
        ):
            return True
    return False


# The safety response ends with an offer to go back to what the child was doing; its
# button sends /resume.
SAFETY_HELP: Final = (ActionName.SAFETY_RESPONSE, ActionName.SAFETY_RESOURCES)
SAFETY_RESUME: Final = f"{Response.SAFETY_PREFIX}resume"


def resume_titles(domain: Mapping[str, Any]) -> frozenset[str]:
    """The titles of the safety response's /resume button in every language, as a
    child may type them ("Go back", "Reprendre", "Volver"), normalised."""
    variants = (domain.get("responses") or {}).get(SAFETY_RESUME) or []
    return frozenset(
        normalise(str(b["title"]))
        for variant in variants
        for b in variant.get("buttons") or []
        if b.get("payload") == payload(Intent.RESUME) and b.get("title")
    )


def goes_back_after_help(tracker: Tracker, domain: Mapping[str, Any], text: str) -> bool:
    """Whether a message typed right after the safety response takes its offer to go
    back to the questions: its button's words, or a "back" word. Spanish "Volver" and
    English "Go back" are both; read as "back" they would ask the question *before*
    the one that was waiting, and on a free-text question "Reprendre" would be stored
    as the answer."""
    if previous_bot_action(tracker.events) not in SAFETY_HELP:
        return False
    return command(text) == "back" or normalise(text) in resume_titles(domain)


def free_text_for(state: chat.State, age_band: str | None) -> bool:
    """Whether this child is asked the consultation's ``text`` questions."""
    below = (
        state.below_consent_age
        if state.status
        else below_consent_age(age_band, get_settings().digital_consent_age)
    )
    return collects_free_text(state.spec, below)


def label(domain: Mapping[str, Any], response: str, lang: str, **values: str) -> str:
    text = response_text(domain, response, lang)
    return text.format(**values) if values else text


def answer_labels(domain: Mapping[str, Any], lang: str) -> dict[str, str]:
    """The domain's words for yes, no and "I'd rather not say", in ``lang``."""
    return {
        "yes": label(domain, Response.CONSULTATION_LABEL_YES, lang),
        "no": label(domain, Response.CONSULTATION_LABEL_NO, lang),
        PREFER_NOT_TO_SAY: label(domain, Response.CONSULTATION_LABEL_PREFER_NOT, lang),
    }


def typed_labels(domain: Mapping[str, Any]) -> dict[str, list[str]]:
    """The same words in every language: a child may type any of them."""
    words: dict[str, list[str]] = {}
    for lang in ("en", "fr", "es"):
        for value, text in answer_labels(domain, lang).items():
            words.setdefault(value, []).append(text)
    return words


# ---------------------------------------------------------------------------- the plan


@dataclass
class Plan:
    """What to do next: slot events and messages (response name + values)."""

    events: list[EventType] = field(default_factory=list)
    messages: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def say(self, response: str, **values: str) -> None:
        self.messages.append((response, values))

    def step(self, step: str | None) -> None:
        self.events.append(SlotSet(Slot.CONSULTATION_STEP, step))
        self.events.append(SlotSet(Slot.CONSULTATION_OUTCOME, None))

    def end(self, outcome: str) -> None:
        self.events.append(SlotSet(Slot.CONSULTATION_OUTCOME, outcome))

    def again(self) -> None:
        """Ask the same step again."""
        self.events.append(SlotSet(Slot.CONSULTATION_OUTCOME, None))

    def send(self, dispatcher: CollectingDispatcher) -> list[EventType]:
        for response, values in self.messages:
            dispatcher.utter_message(response=response, **values)
        return self.events


@dataclass(frozen=True)
class Child:
    """Who is answering, as the chat knows it."""

    channel: str
    sender: str
    language: str
    age_band: str | None
    country: str | None
    country_declined: bool

    @classmethod
    def of(cls, tracker: Tracker) -> Child:
        band = tracker.get_slot(Slot.AGE_BAND)
        return cls(
            channel=channel_of(tracker),
            sender=tracker.sender_id,
            language=language(tracker),
            age_band=band if band in AGE_BANDS else None,
            country=normalise_country(tracker.get_slot(Slot.COUNTRY)),
            country_declined=bool(tracker.get_slot(Slot.COUNTRY_DECLINED)),
        )


async def plan_after_setup(
    plan: Plan, child: Child, slug: str | None, saved_step: str | None
) -> None:
    """Once age band and country are settled: the list, or the consultation chosen."""
    if child.age_band is None:
        plan.step(STEP_AGE)
        return
    if child.country is None and not child.country_declined:
        plan.step(STEP_COUNTRY)
        return
    state = await chat.call(chat.state_of, slug, child.channel, child.sender) if slug else None
    if state is None:
        listed = await chat.call(
            chat.open_for,
            child.channel,
            child.sender,
            child.age_band,
            child.country,
            child.language,
        )
        if listed:
            plan.step(STEP_CHOOSE)
        else:
            plan.end(NONE_OPEN)
        return
    plan.events.append(SlotSet(Slot.CONSULTATION, state.slug))
    audience = state.spec.audience
    if not audience.admits(child.age_band, child.country, child.language):
        plan.end(NOT_FOR_AGE if child.age_band not in audience.age_bands else NOT_FOR_YOU)
        return
    if not state.accepting:
        plan.end(CLOSED)
        return
    if not state.status:
        plan.step(STEP_CONSENT)
        return
    title = state.spec.title.get(child.language) or state.spec.title["en"]
    free_text = free_text_for(state, child.age_band)
    if state.status == "complete":
        plan.say(Response.CONSULTATION_CHANGE, title=title)
        first = next_question(state.spec, state.answers, None, free_text=free_text)
        plan.step(question_step(first) if first else None)
        if first is None:
            plan.end(DONE)
        return
    plan.say(Response.CONSULTATION_WELCOME_BACK, title=title)
    shown = {q.id for q in state.spec.visible_questions(state.answers, free_text=free_text)}
    saved = step_question(saved_step)
    if saved in shown:
        plan.step(saved_step)
        return
    following = resume_question(state.spec, state.answers, state.last_question, free_text=free_text)
    await plan_question_or_finish(plan, child, state, following)


async def plan_question_or_finish(
    plan: Plan, child: Child, state: chat.State, question: Question | None
) -> None:
    """Ask ``question``, or, at the end, mark the response complete."""
    if question is not None:
        plan.step(question_step(question))
        return
    try:
        finished = await chat.call(chat.finish, state.slug, child.channel, child.sender)
    except chat_errors() as e:
        missing = _first_unanswered_required(state)
        if missing is not None:
            logger.info("consultation_finish_blocked consultation=%s reason=%s", state.label, e)
            plan.step(question_step(missing))
            return
        plan.end(CLOSED)
        return
    plan.events.append(SlotSet(Slot.CONSULTATION_STEP, None))
    plan.end(DONE if finished.status == "complete" else STOPPED)


def _first_unanswered_required(state: chat.State) -> Question | None:
    shown = state.spec.visible_questions(state.answers, free_text=True)
    return next((q for q in shown if q.required and q.id not in state.answers), None)


def chat_errors() -> tuple[type[Exception], ...]:
    from web.consultations.services import ConsultationServiceError

    return (ConsultationServiceError,)


class ActionConsultationStart(Action):
    """ "Have my say", its button or a deep link: the list of what is open for the child,
    or the consultation they chose (after their age group and country if unknown)."""

    def name(self) -> str:
        return ActionName.CONSULTATION_START

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        slug = entity_value(tracker, Entity.CONSULTATION) or deep_link(tracker)
        plan = Plan(
            [
                SlotSet(REQUESTED_SLOT, None),
                SlotSet(Slot.CONSULTATION_PICKS, None),
                SlotSet(Slot.CONSULTATION_OUTCOME, None),
            ]
        )
        if slug:
            plan.events.append(SlotSet(Slot.CONSULTATION, slug))
        saved_step = (
            tracker.get_slot(Slot.CONSULTATION_STEP)
            if slug and slug == tracker.get_slot(Slot.CONSULTATION)
            else None
        )
        try:
            await plan_after_setup(plan, Child.of(tracker), slug, saved_step)
        except Exception as e:  # the store is down: say so kindly, log for operators
            logger.error("consultation_start_failed error=%s", type(e).__name__)
            dispatcher.utter_message(response=Response.ERROR)
            return [SlotSet(Slot.CONSULTATION_OUTCOME, STOPPED)]
        return plan.send(dispatcher)


class ActionAskConsultationOutcome(Action):
    """Asks the pending step: age group, country, which consultation, consent, or one
    question with its buttons, in the child's current language."""

    def name(self) -> str:
        return ActionName.ASK_CONSULTATION

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        step = tracker.get_slot(Slot.CONSULTATION_STEP)
        child = Child.of(tracker)
        lang = child.language
        if step == STEP_AGE:
            dispatcher.utter_message(response=Response.CONSULTATION_ASK_AGE)
            return []
        if step == STEP_COUNTRY:
            dispatcher.utter_message(response=Response.CONSULTATION_ASK_COUNTRY)
            return []
        try:
            if step == STEP_CHOOSE:
                await self.ask_choice(dispatcher, domain, child)
                return []
            slug = tracker.get_slot(Slot.CONSULTATION)
            state = (
                await chat.call(chat.state_of, slug, child.channel, child.sender) if slug else None
            )
        except Exception as e:
            logger.error("consultation_ask_failed error=%s", type(e).__name__)
            dispatcher.utter_message(response=Response.ERROR)
            return []
        if state is None:
            dispatcher.utter_message(response=Response.ERROR)
            return []
        spec = state.spec
        if step == STEP_CONSENT:
            dispatcher.utter_message(
                response=Response.CONSULTATION_CONSENT,
                buttons=[
                    choice_button(
                        label(domain, Response.CONSULTATION_LABEL_AGREE, lang), STEP_CONSENT, AGREE
                    ),
                    choice_button(
                        label(domain, Response.CONSULTATION_LABEL_NOT_NOW, lang),
                        STEP_CONSENT,
                        DECLINE,
                    ),
                ],
                title=spec.title.get(lang) or spec.title["en"],
                organisation=spec.organisation,
                intro=spec.intro.get(lang) or spec.intro["en"],
                consent=spec.consent.get(lang) or spec.consent["en"],
            )
            return []
        question = spec.question(step_question(step) or "")
        if question is None:
            dispatcher.utter_message(response=Response.ERROR)
            return []
        picks = list(tracker.get_slot(Slot.CONSULTATION_PICKS) or [])
        self.ask_question(dispatcher, domain, lang, state, question, picks, child.age_band)
        return []

    async def ask_choice(
        self, dispatcher: CollectingDispatcher, domain: dict[str, Any], child: Child
    ) -> None:
        listed = await chat.call(
            chat.open_for,
            child.channel,
            child.sender,
            child.age_band,
            child.country,
            child.language,
        )
        lang = child.language
        buttons = []
        for item in listed:
            title = item.title.get(lang) or item.title.get("en", item.slug)
            if item.started:
                title = label(domain, Response.CONSULTATION_LABEL_CONTINUE, lang, title=title)
            buttons.append(
                {
                    "title": title,
                    "payload": answer_payload(STEP_CHOOSE, **{Entity.CONSULTATION: item.slug}),
                }
            )
        buttons.append(
            choice_button(
                label(domain, Response.CONSULTATION_LABEL_NOT_NOW, lang), STEP_CHOOSE, DECLINE
            )
        )
        dispatcher.utter_message(response=Response.CONSULTATION_CHOOSE, buttons=buttons)

    def ask_question(
        self,
        dispatcher: CollectingDispatcher,
        domain: dict[str, Any],
        lang: str,
        state: chat.State,
        question: Question,
        picks: list[str],
        age_band: str | None,
    ) -> None:
        spec = state.spec
        free_text = free_text_for(state, age_band)
        shown = spec.visible_questions(state.answers, free_text=free_text)
        ids = [q.id for q in shown]
        number = ids.index(question.id) + 1 if question.id in ids else 1
        step = question_step(question)
        words = answer_labels(domain, lang)
        buttons: list[dict[str, str]] = []
        hints: list[str] = []
        if question.type in ("single", "multiple"):
            for option in question.options:
                title = option.label(lang)
                if option.id in picks:
                    title = label(domain, Response.CONSULTATION_LABEL_PICKED, lang, option=title)
                buttons.append(choice_button(title, step, option.id))
        elif question.type == "yes_no":
            buttons += [choice_button(words[v], step, v) for v in ("yes", "no")]
        elif question.type == "scale":
            low, high = (question.scale_labels or {}).get(lang) or ("", "")
            for value in ("1", "2", "3", "4", "5"):
                end = {"1": low, "5": high}.get(value)
                title = (
                    label(
                        domain, Response.CONSULTATION_LABEL_SCALE_END, lang, number=value, label=end
                    )
                    if end
                    else value
                )
                buttons.append(choice_button(title, step, value))
            hints.append(label(domain, Response.CONSULTATION_HINT_SCALE, lang, low=low, high=high))
        if question.type == "multiple":
            if question.max_picks is not None:
                hints.append(
                    label(
                        domain,
                        Response.CONSULTATION_HINT_MULTIPLE_MAX,
                        lang,
                        max=str(question.max_picks),
                    )
                )
            else:
                hints.append(label(domain, Response.CONSULTATION_HINT_MULTIPLE, lang))
            if picks:
                picked = ", ".join(o.label(lang) for o in question.options if o.id in picks)
                hints.append(label(domain, Response.CONSULTATION_HINT_PICKED, lang, picked=picked))
            buttons.append(
                choice_button(label(domain, Response.CONSULTATION_LABEL_DONE, lang), step, FINISHED)
            )
        elif question.type == "number":
            hints.append(
                label(
                    domain,
                    Response.CONSULTATION_HINT_NUMBER,
                    lang,
                    minimum=str(question.minimum),
                    maximum=str(question.maximum),
                )
            )
        elif question.type == "text":
            hints.append(label(domain, Response.CONSULTATION_HINT_TEXT, lang))
        if question.prefer_not_to_say:
            buttons.append(choice_button(words[PREFER_NOT_TO_SAY], step, PREFER_NOT_TO_SAY))
        answered = question.id in state.answers and state.answers[question.id] not in (None, [])
        if answered:
            if question.type == "text":
                hints.append(label(domain, Response.CONSULTATION_HINT_CURRENT_TEXT, lang))
            else:
                current = ", ".join(answer_texts(question, state.answers[question.id], lang, words))
                hints.append(
                    label(domain, Response.CONSULTATION_HINT_CURRENT, lang, answer=current)
                )
            buttons.append(
                choice_button(label(domain, Response.CONSULTATION_LABEL_KEEP, lang), step, SKIP)
            )
        elif not question.required:
            buttons.append(
                choice_button(label(domain, Response.CONSULTATION_LABEL_SKIP, lang), step, SKIP)
            )
        if previous_question(spec, state.answers, question.id, free_text=free_text) is not None:
            buttons.append(
                choice_button(label(domain, Response.CONSULTATION_LABEL_BACK, lang), step, BACK)
            )
        buttons.append(
            choice_button(label(domain, Response.CONSULTATION_LABEL_STOP, lang), step, STOP)
        )
        dispatcher.utter_message(
            response=Response.CONSULTATION_QUESTION,
            buttons=buttons,
            number=str(number),
            total=str(len(shown)),
            question=question.text_in(lang),
            hint="".join(f"\n{hint}" for hint in hints),
        )


class ValidateConsultationForm(FormValidationAction):
    """Reads each message as the answer to the pending step and stores it.

    A flagged message (the ``safety`` entity) is never read: safety triage answers it
    first (bot/policies.py), and it is never stored. A button of an earlier step asks
    the pending one again. A message that is not an answer at all (another button, "help",
    "bye", /mydata…) steps aside: nothing is extracted, the form is rejected and the
    rules answer it.
    """

    def name(self) -> str:
        return ActionName.VALIDATE_CONSULTATION

    def form_name(self) -> str:
        return Form.CONSULTATION

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        # rasa-sdk's run() would keep only the form's required slot; reading an answer
        # also moves consultation_step and may set the age band, country and picks.
        return await self.get_extraction_events(dispatcher, tracker, domain)

    async def get_extraction_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if tracker.get_slot(REQUESTED_SLOT) != Slot.CONSULTATION_OUTCOME:
            return []
        if answered_since_message(tracker.events):
            # The form is coming back after another reply (/resume, /mydata…): the
            # child's latest message was answered already and is not an answer.
            return []
        if entity_value(tracker, Entity.SAFETY) is not None or any(
            e.get("entity") == Entity.SAFETY for e in tracker.latest_message.get("entities") or []
        ):
            return []
        step = tracker.get_slot(Slot.CONSULTATION_STEP)
        intent = latest_intent(tracker)
        text = tracker.latest_message.get("text") or ""
        button: str | None = None
        chosen: str | None = None
        if intent == Intent.CONSULTATION_ANSWER:
            if entity_value(tracker, Entity.CONSULTATION_QUESTION) != step:
                return [SlotSet(Slot.CONSULTATION_OUTCOME, None)]  # an earlier step's button
            button = entity_value(tracker, Entity.CONSULTATION_CHOICE)
            chosen = entity_value(tracker, Entity.CONSULTATION)
        elif text.lstrip().startswith("/"):
            return []
        plan = Plan()
        child = Child.of(tracker)
        try:
            await self.read(plan, tracker, domain, child, step, intent, text, button, chosen)
        except Exception as e:
            logger.error("consultation_answer_failed step=%s error=%s", step, type(e).__name__)
            dispatcher.utter_message(response=Response.ERROR)
            return [SlotSet(Slot.CONSULTATION_OUTCOME, None)]
        if plan.events == [] and plan.messages == []:
            return []  # steps aside
        return plan.send(dispatcher)

    async def read(
        self,
        plan: Plan,
        tracker: Tracker,
        domain: dict[str, Any],
        child: Child,
        step: str | None,
        intent: str | None,
        text: str,
        button: str | None,
        chosen: str | None,
    ) -> None:
        slug = tracker.get_slot(Slot.CONSULTATION)
        if step == STEP_AGE:
            band = button if button in AGE_BANDS else (None if button else read_age_band(text))
            band = band or (tracker.get_slot(Slot.AGE_BAND) if not button else None)
            if band in AGE_BANDS:
                plan.events.append(SlotSet(Slot.AGE_BAND, band))
                await plan_after_setup(plan, _with(child, age_band=band), slug, None)
            elif button == STOP or read_consent(text) is False:
                plan.end(DECLINED)
            elif button is None and _aside(intent, text):
                return
            else:
                plan.say(Response.CONSULTATION_AGE_HELP)
                plan.again()
            return
        if step == STEP_COUNTRY:
            if button == NO_COUNTRY:
                plan.events.append(SlotSet(Slot.COUNTRY_DECLINED, True))
                await plan_after_setup(plan, _with(child, country_declined=True), slug, None)
                return
            code = country_from_text(text) or normalise_country(text) if not button else None
            if code:
                plan.events.append(SlotSet(Slot.COUNTRY, code))
                await plan_after_setup(plan, _with(child, country=code), slug, None)
            elif button is None and _aside(intent, text):
                return
            else:
                plan.say(Response.CONSULTATION_COUNTRY_HELP)
                plan.again()
            return
        if step == STEP_CHOOSE:
            if button == DECLINE or (button is None and read_consent(text) is False):
                plan.end(DECLINED)
                return
            if chosen is None and button is None:
                listed = await chat.call(
                    chat.open_for,
                    child.channel,
                    child.sender,
                    child.age_band,
                    child.country,
                    child.language,
                )
                index = read_index(text, [item.title for item in listed])
                chosen = listed[index].slug if index is not None else None
            if chosen:
                plan.events.append(SlotSet(Slot.CONSULTATION, chosen))
                saved_step = tracker.get_slot(Slot.CONSULTATION_STEP) if chosen == slug else None
                await plan_after_setup(plan, child, chosen, saved_step)
            elif button is None and _aside(intent, text):
                return
            else:
                plan.say(Response.CONSULTATION_CHOOSE_HELP)
                plan.again()
            return
        state = await chat.call(chat.state_of, slug, child.channel, child.sender) if slug else None
        if state is None:
            plan.end(CLOSED)
            return
        if step == STEP_CONSENT:
            agreed = (
                {AGREE: True, DECLINE: False}.get(button or "") if button else read_consent(text)
            )
            if agreed is None and button is None and _aside(intent, text):
                return
            if agreed is None:
                plan.say(Response.CONSULTATION_CONSENT_HELP)
                plan.again()
            elif not agreed:
                plan.end(DECLINED)
            else:
                await self.consented(plan, child, state)
            return
        question = state.spec.question(step_question(step) or "")
        if question is None:
            plan.end(CLOSED)
            return
        if button is None and goes_back_after_help(tracker, domain, text):
            plan.say(Response.CONSULTATION_RESUME)
            plan.again()
            return
        if button is not None:
            reading = (
                Reading(_COMMANDS[button])  # type: ignore[arg-type]
                if button in _COMMANDS
                else Reading("answer", choices=(button,))
            )
        else:
            reading = read_answer(question, text, intent=intent, extra_labels=typed_labels(domain))
        await self.answer(plan, tracker, child, state, question, reading, tapped=button is not None)

    async def consented(self, plan: Plan, child: Child, state: chat.State) -> None:
        from web.consultations.services import NotAccepting, NotAllowed

        below = below_consent_age(child.age_band, get_settings().digital_consent_age)
        try:
            started = await chat.call(
                chat.begin,
                state.slug,
                child.channel,
                child.sender,
                age_band=child.age_band,
                country=child.country,
                language=child.language,
                below_consent_age=below,
            )
        except NotAllowed:
            plan.end(NOT_FOR_YOU)
            return
        except NotAccepting:
            plan.end(CLOSED)
            return
        free_text = free_text_for(started, child.age_band)
        first = resume_question(
            started.spec, started.answers, started.last_question, free_text=free_text
        )
        await plan_question_or_finish(plan, child, started, first)

    async def answer(
        self,
        plan: Plan,
        tracker: Tracker,
        child: Child,
        state: chat.State,
        question: Question,
        reading: Reading,
        *,
        tapped: bool,
    ) -> None:
        from web.consultations.services import InvalidAnswer, NotAccepting

        spec = state.spec
        free_text = free_text_for(state, child.age_band)
        picks = list(tracker.get_slot(Slot.CONSULTATION_PICKS) or [])
        if reading.kind == "aside":
            return
        if reading.kind == "stop":
            plan.events.append(SlotSet(Slot.CONSULTATION_PICKS, None))
            plan.end(STOPPED)
            return
        if reading.kind == "back":
            before = previous_question(spec, state.answers, question.id, free_text=free_text)
            if before is None:
                plan.say(Response.CONSULTATION_FIRST_QUESTION)
                plan.again()
                return
            plan.events.append(SlotSet(Slot.CONSULTATION_PICKS, None))
            plan.step(question_step(before))
            return
        if reading.kind == "skip":
            if question.required and question.id not in state.answers:
                plan.say(Response.CONSULTATION_REQUIRED)
                plan.again()
                return
            plan.events.append(SlotSet(Slot.CONSULTATION_PICKS, None))
            following = next_question(spec, state.answers, question.id, free_text=free_text)
            await plan_question_or_finish(plan, child, state, following)
            return
        choices: tuple[str, ...] = reading.choices
        if question.type == "multiple" and tapped and reading.kind == "answer":
            picked = reading.choices[0]
            if picked != PREFER_NOT_TO_SAY:
                picks = [p for p in picks if p != picked] if picked in picks else [*picks, picked]
                full = question.max_picks is not None and len(picks) >= question.max_picks
                if not full:
                    plan.events.append(SlotSet(Slot.CONSULTATION_PICKS, picks))
                    plan.again()
                    return
                choices = tuple(picks)
        if reading.kind == "done":
            if question.type != "multiple" or not picks:
                plan.say(Response.CONSULTATION_PICK_FIRST)
                plan.again()
                return
            choices = tuple(picks)
        elif reading.kind == "unclear":
            self.explain(plan, question, reading)
            plan.again()
            return
        try:
            saved = await chat.call(
                chat.answer,
                state.slug,
                child.channel,
                child.sender,
                question.id,
                choices=list(choices) if question.type not in ("number", "text") else None,
                number=reading.number if question.type == "number" else None,
                text=reading.text if question.type == "text" else None,
            )
        except InvalidAnswer as e:
            logger.info("consultation_answer_invalid question=%s reason=%s", question.id, e)
            self.explain(plan, question, reading)
            plan.again()
            return
        except NotAccepting:
            plan.end(CLOSED)
            return
        plan.events.append(SlotSet(Slot.CONSULTATION_PICKS, None))
        following = next_question(saved.spec, saved.answers, question.id, free_text=free_text)
        await plan_question_or_finish(plan, child, saved, following)

    @staticmethod
    def explain(plan: Plan, question: Question, reading: Reading) -> None:
        """A kind "say it again" that says how to answer this kind of question."""
        if reading.problem == "too_long":
            plan.say(Response.CONSULTATION_TOO_LONG, max_length=str(question.max_length))
        elif reading.problem == "too_many":
            plan.say(Response.CONSULTATION_TOO_MANY, max=str(question.max_picks))
        elif question.type == "number":
            low, high = question.minimum or 0, question.maximum or 0
            plan.say(
                Response.CONSULTATION_NOT_UNDERSTOOD_NUMBER,
                minimum=str(low),
                maximum=str(high),
                example=str((low + high) // 2),
            )
        elif question.type == "scale":
            plan.say(Response.CONSULTATION_NOT_UNDERSTOOD_SCALE)
        else:
            plan.say(Response.CONSULTATION_NOT_UNDERSTOOD)


def _with(child: Child, **changes: Any) -> Child:
    from dataclasses import replace

    return replace(child, **changes)


def _aside(intent: str | None, text: str) -> bool:
    """Whether a reply to a setup step (age, country, list, consent) that is not an
    answer asks for something else."""
    return intent in STEPS_ASIDE


class ActionConsultationEnd(Action):
    """After the form: thank-you and what next, or why it stopped, in kind words."""

    def name(self) -> str:
        return ActionName.CONSULTATION_END

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        outcome = tracker.get_slot(Slot.CONSULTATION_OUTCOME)
        lang = language(tracker)
        slug = tracker.get_slot(Slot.CONSULTATION)
        menu = {
            "title": label(domain, Response.CONSULTATION_LABEL_MENU, lang),
            "payload": payload(Intent.HELP),
        }
        have_say = {
            "title": label(domain, Response.CONSULTATION_LABEL_HAVE_SAY, lang),
            "payload": payload(Intent.MENU_HAVE_SAY),
        }
        events: list[EventType] = [
            SlotSet(Slot.CONSULTATION_OUTCOME, None),
            SlotSet(Slot.CONSULTATION_PICKS, None),
        ]
        if outcome == NONE_OPEN:
            dispatcher.utter_message(response=Response.MENU_HAVE_SAY, buttons=[menu])
            return events
        if outcome == DECLINED:
            dispatcher.utter_message(response=Response.CONSULTATION_DECLINED, buttons=[menu])
            return events
        if outcome == STOPPED:
            dispatcher.utter_message(
                response=Response.CONSULTATION_STOPPED, buttons=[have_say, menu]
            )
            return events
        state = None
        if slug:
            try:
                state = await chat.call(chat.state_of, slug, channel_of(tracker), tracker.sender_id)
            except Exception as e:
                logger.error("consultation_end_failed error=%s", type(e).__name__)
        if state is None:
            dispatcher.utter_message(response=Response.ERROR, buttons=[menu])
            return events
        spec: Consultation = state.spec
        title = spec.title.get(lang) or spec.title["en"]
        if outcome == DONE:
            dispatcher.utter_message(
                response=Response.CONSULTATION_DONE,
                buttons=[menu],
                thank_you=spec.thank_you.get(lang) or spec.thank_you["en"],
                what_next=spec.what_next.get(lang) or spec.what_next["en"],
            )
            if on_telegram(tracker):
                # Broadcasts exist only on Telegram. Its connector answers "Yes please"
                # as /subscribe, and leaves the question out for a child who is
                # subscribed already (it keeps the subscriptions, Rasa cannot see them).
                dispatcher.utter_message(response=Response.CONSULTATION_SUBSCRIBE_ASK)
            return [*events, SlotSet(Slot.CONSULTATION_STEP, None)]
        others = [have_say, menu]
        if outcome == NOT_FOR_AGE:
            dispatcher.utter_message(
                response=Response.CONSULTATION_NOT_FOR_AGE,
                buttons=others,
                title=title,
                ages=", ".join(spec.audience.age_bands),
            )
        elif outcome == NOT_FOR_YOU:
            dispatcher.utter_message(
                response=Response.CONSULTATION_NOT_FOR_YOU, buttons=others, title=title
            )
        else:
            dispatcher.utter_message(
                response=Response.CONSULTATION_CLOSED, buttons=others, title=title
            )
        return [*events, SlotSet(Slot.CONSULTATION, None), SlotSet(Slot.CONSULTATION_STEP, None)]


class ActionReportBack(Action):
    """ "You said, we did": once, the next time the child talks to HearMe after a
    consultation they took part in has reported back (run by bot/policies.py after the
    first reply of a conversation session; says nothing when there is nothing new)."""

    def name(self) -> str:
        return ActionName.REPORT_BACK

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        seen = list(tracker.get_slot(Slot.REPORT_BACKS_SEEN) or [])
        try:
            found = await chat.call(chat.report_backs, channel_of(tracker), tracker.sender_id, seen)
        except Exception as e:
            logger.error("report_back_failed error=%s", type(e).__name__)
            return []
        if not found:
            return []
        lang = language(tracker)
        for report in found:
            dispatcher.utter_message(
                response=Response.REPORT_BACK,
                title=report.title.get(lang) or report.title.get("en", ""),
                organisation=report.organisation,
                report=report.text.get(lang) or next(iter(report.text.values()), ""),
            )
        return [SlotSet(Slot.REPORT_BACKS_SEEN, [*seen, *(r.key for r in found)])]
