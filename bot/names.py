"""Names of intents, slots, actions and responses used from Python.

A test loads the domain and fails if a name here is missing from it, so a rename in
the YAML cannot silently break an action.
"""

from __future__ import annotations

from typing import Final

# Languages HearMe speaks; the first is the default.
LANGUAGES: Final = ("en", "fr", "es")
DEFAULT_LANGUAGE: Final = "en"


class Intent:
    GREET: Final = "greet"
    GOODBYE: Final = "goodbye"
    THANKS: Final = "thanks"
    HELP: Final = "help"
    BOT_CHALLENGE: Final = "bot_challenge"
    CHOOSE_LANGUAGE: Final = "choose_language"
    OUT_OF_SCOPE: Final = "out_of_scope"
    MENU_RIGHTS: Final = "menu_rights"
    MENU_GET_HELP: Final = "menu_get_help"
    MENU_HAVE_SAY: Final = "menu_have_say"
    INPUT_TOO_LONG: Final = "input_too_long"
    INPUT_UNREADABLE: Final = "input_unreadable"
    NLU_FALLBACK: Final = "nlu_fallback"
    RESUME: Final = "resume"
    NONTEXT_MESSAGE: Final = "nontext_message"
    ONLINE_SAFETY_TIPS: Final = "online_safety_tips"
    ONLINE_SAFETY_QUIZ: Final = "online_safety_quiz"
    STOP_QUIZ: Final = "stop_quiz"
    # Sent only by the quiz's answer buttons, with the quiz_question and quiz_option entities.
    QUIZ_ANSWER: Final = "quiz_answer"
    ASK_QUESTION: Final = "ask_question"
    # Sent only by the buttons under a rights answer, with the right and view entities.
    RIGHTS_SHOW: Final = "rights_show"
    # Learned safety intents are "safety_<category>" (data/nlu/safety.*.yml).
    SAFETY_PREFIX: Final = "safety_"


class Entity:
    LANGUAGE: Final = "language"
    # Set by bot.nlu.safety.SafetyTriage: value = category, plus a "severity" key.
    SAFETY: Final = "safety"
    # Sent in button payloads only (domain/education.yml, actions/education.py).
    TIPS_TOPIC: Final = "tips_topic"
    QUIZ_QUESTION: Final = "quiz_question"
    QUIZ_OPTION: Final = "quiz_option"
    # Sent in rights button payloads only (domain/rights.yml, actions/rights.py).
    RIGHT: Final = "right"
    VIEW: Final = "view"


class Slot:
    LANGUAGE: Final = "language"
    LANGUAGE_SOURCE: Final = "language_source"
    COUNTRY: Final = "country"
    AGE_BAND: Final = "age_band"
    READING_LEVEL: Final = "reading_level"
    # One slot per quiz question, "quiz_<question id>" of knowledge/education/quiz.yml;
    # the value is the letter of the option chosen (the same in every language).
    QUIZ_PREFIX: Final = "quiz_"
    QUIZ_PASSWORDS: Final = "quiz_passwords"
    QUIZ_STRANGERS: Final = "quiz_strangers"
    QUIZ_SCAMS: Final = "quiz_scams"
    QUIZ_SEXTORTION: Final = "quiz_sextortion"
    QUIZ_BULLYING: Final = "quiz_bullying"


class Form:
    ONLINE_SAFETY_QUIZ: Final = "online_safety_quiz_form"


class Action:
    RESOLVE_CONTEXT: Final = "action_resolve_context"
    CONFIRM_LANGUAGE: Final = "action_confirm_language"
    FALLBACK: Final = "action_hearme_fallback"
    SAFETY_RESPONSE: Final = "action_safety_response"
    SAFETY_RESOURCES: Final = "action_safety_resources"
    ANSWER_QUESTION: Final = "action_answer_question"
    SHOW_RIGHT: Final = "action_show_right"
    ONLINE_SAFETY_TIPS: Final = "action_online_safety_tips"
    QUIZ_START: Final = "action_online_safety_quiz_start"
    QUIZ_SCORE: Final = "action_online_safety_quiz_score"
    VALIDATE_QUIZ: Final = "validate_online_safety_quiz_form"
    # A form asks for slot <s> by running action_ask_<s> (one per quiz slot).
    ASK_PREFIX: Final = "action_ask_"


class Response:
    GREET: Final = "utter_greet"
    HELP_MENU: Final = "utter_help_menu"
    ASK_QUESTION: Final = "utter_ask_question"
    LANGUAGE_MENU: Final = "utter_language_menu"
    LANGUAGE_CHANGED: Final = "utter_language_changed"
    PRIVACY_NOTE: Final = "utter_privacy_note"
    DID_YOU_MEAN: Final = "utter_did_you_mean"
    DEFAULT: Final = "utter_default"
    ERROR: Final = "utter_error"
    # Short labels for "did you mean…" buttons, one per suggestible intent.
    LABEL_PREFIX: Final = "utter_label_"
    # Safety messages: utter_safety_<category>, utter_safety_fmt_<fragment>, resources.
    SAFETY_PREFIX: Final = "utter_safety_"
    # Online-safety education (domain/education.yml); the tips and questions themselves
    # live in knowledge/education/.
    TIPS_MENU: Final = "utter_tips_menu"
    TIPS_LABEL_NEXT: Final = "utter_tips_label_next"
    TIPS_LABEL_ALL: Final = "utter_tips_label_all"
    EDUCATION_LABEL_QUIZ: Final = "utter_education_label_quiz"
    EDUCATION_LABEL_MENU: Final = "utter_education_label_menu"
    QUIZ_INTRO: Final = "utter_quiz_intro"
    QUIZ_QUESTION: Final = "utter_quiz_question"
    QUIZ_LABEL_STOP: Final = "utter_quiz_label_stop"
    QUIZ_RIGHT: Final = "utter_quiz_right"
    QUIZ_WRONG: Final = "utter_quiz_wrong"
    QUIZ_NOT_UNDERSTOOD: Final = "utter_quiz_not_understood"
    QUIZ_SCORE: Final = "utter_quiz_score"
    QUIZ_SCORE_ALL: Final = "utter_quiz_score_all"
    # Sent by action_safety_response after a bullying disclosure (bot/safety/respond.py).
    BULLYING_TIPS_OFFER: Final = "utter_bullying_tips_offer"
    SAFETY_ASK_COUNTRY: Final = "utter_safety_ask_country"
    # Rights (domain/rights.yml); the rights themselves live in knowledge/rights/.
    RIGHTS_LABEL_MORE: Final = "utter_rights_label_more"
    RIGHTS_LABEL_SIMPLER: Final = "utter_rights_label_simpler"
    RIGHTS_LABEL_DETAIL: Final = "utter_rights_label_detail"
    RIGHTS_LABEL_RELATED: Final = "utter_rights_label_related"
    RIGHTS_LABEL_ACT: Final = "utter_rights_label_act"
    RIGHTS_LABEL_NONE: Final = "utter_rights_label_none"
    RIGHTS_LABEL_MENU: Final = "utter_rights_label_menu"
    RIGHTS_DID_YOU_MEAN: Final = "utter_rights_did_you_mean"
    RIGHTS_NOT_FOUND: Final = "utter_rights_not_found"
    RIGHTS_RELATED: Final = "utter_rights_related"
    RIGHTS_UNKNOWN: Final = "utter_rights_unknown"


# Intents the fallback may offer as "did you mean…" buttons (each has a label response).
SUGGESTIBLE_INTENTS: Final = (
    Intent.GREET,
    Intent.HELP,
    Intent.MENU_RIGHTS,
    Intent.MENU_GET_HELP,
    Intent.MENU_HAVE_SAY,
    Intent.ONLINE_SAFETY_TIPS,
    Intent.CHOOSE_LANGUAGE,
    Intent.GOODBYE,
)

# The quiz's slots in the order the questions are asked (knowledge/education/quiz.yml).
QUIZ_SLOTS: Final = (
    Slot.QUIZ_PASSWORDS,
    Slot.QUIZ_STRANGERS,
    Slot.QUIZ_SCAMS,
    Slot.QUIZ_SEXTORTION,
    Slot.QUIZ_BULLYING,
)
