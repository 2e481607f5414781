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
    # The same follow-ups typed ("simpler please"), one intent per button; they act on
    # the right last shown (Slot.LAST_RIGHT).
    RIGHTS_MORE: Final = "rights_more"
    RIGHTS_SIMPLER: Final = "rights_simpler"
    RIGHTS_DETAIL: Final = "rights_detail"
    RIGHTS_RELATED: Final = "rights_related"
    RIGHTS_ACT: Final = "rights_act"
    # Consultations and privacy (domain/consultations.yml).
    MY_DATA: Final = "my_data"
    FORGET: Final = "forget"
    FORGET_CONFIRM: Final = "forget_confirm"
    FORGET_CANCEL: Final = "forget_cancel"
    # A bare yes or no, anywhere (domain/core.yml).
    AFFIRM: Final = "affirm"
    DENY: Final = "deny"
    # Sent only by the buttons of the question at the end of a consultation (Telegram).
    SUBSCRIBE: Final = "subscribe"
    SUBSCRIBE_DECLINE: Final = "subscribe_decline"
    # Sent only by the consultation's buttons, with the consultation_* entities.
    CONSULTATION_ANSWER: Final = "consultation_answer"
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
    # Sent in consultation button payloads only (actions/consultation.py).
    CONSULTATION: Final = "consultation"
    CONSULTATION_QUESTION: Final = "consultation_question"
    CONSULTATION_CHOICE: Final = "consultation_choice"


class Slot:
    LANGUAGE: Final = "language"
    LANGUAGE_SOURCE: Final = "language_source"
    COUNTRY: Final = "country"
    AGE_BAND: Final = "age_band"
    READING_LEVEL: Final = "reading_level"
    # The id of the right HearMe showed last, for typed follow-ups.
    LAST_RIGHT: Final = "last_right"
    # One slot per quiz question, "quiz_<question id>" of knowledge/education/quiz.yml;
    # the value is the letter of the option chosen (the same in every language).
    QUIZ_PREFIX: Final = "quiz_"
    QUIZ_PASSWORDS: Final = "quiz_passwords"
    QUIZ_STRANGERS: Final = "quiz_strangers"
    QUIZ_SCAMS: Final = "quiz_scams"
    QUIZ_SEXTORTION: Final = "quiz_sextortion"
    QUIZ_BULLYING: Final = "quiz_bullying"
    # Taking part in a consultation (domain/consultations.yml).
    CONSULTATION: Final = "consultation"
    CONSULTATION_STEP: Final = "consultation_step"
    CONSULTATION_OUTCOME: Final = "consultation_outcome"
    CONSULTATION_PICKS: Final = "consultation_picks"
    COUNTRY_DECLINED: Final = "country_declined"
    REPORT_BACKS_SEEN: Final = "report_backs_seen"


class Form:
    ONLINE_SAFETY_QUIZ: Final = "online_safety_quiz_form"
    CONSULTATION: Final = "consultation_form"


class Action:
    RESOLVE_CONTEXT: Final = "action_resolve_context"
    CONFIRM_LANGUAGE: Final = "action_confirm_language"
    FALLBACK: Final = "action_hearme_fallback"
    SAFETY_RESPONSE: Final = "action_safety_response"
    SAFETY_RESOURCES: Final = "action_safety_resources"
    ANSWER_QUESTION: Final = "action_answer_question"
    SHOW_RIGHT: Final = "action_show_right"
    RIGHTS_FOLLOW_UP: Final = "action_rights_follow_up"
    MENU_RIGHTS: Final = "action_menu_rights"
    ONLINE_SAFETY_TIPS: Final = "action_online_safety_tips"
    QUIZ_START: Final = "action_online_safety_quiz_start"
    QUIZ_SCORE: Final = "action_online_safety_quiz_score"
    VALIDATE_QUIZ: Final = "validate_online_safety_quiz_form"
    CONSULTATION_START: Final = "action_consultation_start"
    VALIDATE_CONSULTATION: Final = "validate_consultation_form"
    ASK_CONSULTATION: Final = "action_ask_consultation_outcome"
    CONSULTATION_END: Final = "action_consultation_end"
    REPORT_BACK: Final = "action_report_back"
    MY_DATA: Final = "action_my_data"
    FORGET_CONFIRM: Final = "action_forget_confirm"
    YES_NO: Final = "action_yes_no"
    # A form asks for slot <s> by running action_ask_<s> (one per quiz slot).
    ASK_PREFIX: Final = "action_ask_"


class Response:
    GREET: Final = "utter_greet"
    HELP_MENU: Final = "utter_help_menu"
    MENU_RIGHTS: Final = "utter_menu_rights"
    ASK_QUESTION: Final = "utter_ask_question"
    LANGUAGE_MENU: Final = "utter_language_menu"
    LANGUAGE_CHANGED: Final = "utter_language_changed"
    PRIVACY_NOTE: Final = "utter_privacy_note"
    DID_YOU_MEAN: Final = "utter_did_you_mean"
    DEFAULT: Final = "utter_default"
    ERROR: Final = "utter_error"
    YES_NO: Final = "utter_yes_no"
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
    RIGHTS_NO_RIGHT_YET: Final = "utter_rights_no_right_yet"
    # Consultations (domain/consultations.yml); the consultations' own words live in
    # their files (consultations/).
    MENU_HAVE_SAY: Final = "utter_menu_have_say"
    CONSULTATION_LABEL_AGREE: Final = "utter_consultation_label_agree"
    CONSULTATION_LABEL_NOT_NOW: Final = "utter_consultation_label_not_now"
    CONSULTATION_LABEL_YES: Final = "utter_consultation_label_yes"
    CONSULTATION_LABEL_NO: Final = "utter_consultation_label_no"
    CONSULTATION_LABEL_SKIP: Final = "utter_consultation_label_skip"
    CONSULTATION_LABEL_KEEP: Final = "utter_consultation_label_keep"
    CONSULTATION_LABEL_PREFER_NOT: Final = "utter_consultation_label_prefer_not"
    CONSULTATION_LABEL_BACK: Final = "utter_consultation_label_back"
    CONSULTATION_LABEL_STOP: Final = "utter_consultation_label_stop"
    CONSULTATION_LABEL_DONE: Final = "utter_consultation_label_done"
    CONSULTATION_LABEL_PICKED: Final = "utter_consultation_label_picked"
    CONSULTATION_LABEL_SCALE_END: Final = "utter_consultation_label_scale_end"
    CONSULTATION_LABEL_CONTINUE: Final = "utter_consultation_label_continue"
    CONSULTATION_LABEL_HAVE_SAY: Final = "utter_consultation_label_have_say"
    CONSULTATION_LABEL_MENU: Final = "utter_consultation_label_menu"
    CONSULTATION_ASK_AGE: Final = "utter_consultation_ask_age"
    CONSULTATION_AGE_HELP: Final = "utter_consultation_age_help"
    CONSULTATION_ASK_COUNTRY: Final = "utter_consultation_ask_country"
    CONSULTATION_COUNTRY_HELP: Final = "utter_consultation_country_help"
    CONSULTATION_CHOOSE: Final = "utter_consultation_choose"
    CONSULTATION_CHOOSE_HELP: Final = "utter_consultation_choose_help"
    CONSULTATION_CONSENT: Final = "utter_consultation_consent"
    CONSULTATION_CONSENT_HELP: Final = "utter_consultation_consent_help"
    CONSULTATION_WELCOME_BACK: Final = "utter_consultation_welcome_back"
    CONSULTATION_CHANGE: Final = "utter_consultation_change"
    CONSULTATION_QUESTION: Final = "utter_consultation_question"
    CONSULTATION_HINT_MULTIPLE: Final = "utter_consultation_hint_multiple"
    CONSULTATION_HINT_MULTIPLE_MAX: Final = "utter_consultation_hint_multiple_max"
    CONSULTATION_HINT_PICKED: Final = "utter_consultation_hint_picked"
    CONSULTATION_HINT_SCALE: Final = "utter_consultation_hint_scale"
    CONSULTATION_HINT_NUMBER: Final = "utter_consultation_hint_number"
    CONSULTATION_HINT_TEXT: Final = "utter_consultation_hint_text"
    CONSULTATION_HINT_CURRENT: Final = "utter_consultation_hint_current"
    CONSULTATION_HINT_CURRENT_TEXT: Final = "utter_consultation_hint_current_text"
    CONSULTATION_NOT_UNDERSTOOD: Final = "utter_consultation_not_understood"
    CONSULTATION_NOT_UNDERSTOOD_SCALE: Final = "utter_consultation_not_understood_scale"
    CONSULTATION_NOT_UNDERSTOOD_NUMBER: Final = "utter_consultation_not_understood_number"
    CONSULTATION_TOO_LONG: Final = "utter_consultation_too_long"
    CONSULTATION_TOO_MANY: Final = "utter_consultation_too_many"
    CONSULTATION_PICK_FIRST: Final = "utter_consultation_pick_first"
    CONSULTATION_REQUIRED: Final = "utter_consultation_required"
    CONSULTATION_FIRST_QUESTION: Final = "utter_consultation_first_question"
    CONSULTATION_RESUME: Final = "utter_consultation_resume"
    CONSULTATION_DONE: Final = "utter_consultation_done"
    CONSULTATION_SUBSCRIBE_ASK: Final = "utter_consultation_subscribe_ask"
    CONSULTATION_SUBSCRIBE_DECLINED: Final = "utter_consultation_subscribe_declined"
    CONSULTATION_SUBSCRIBE_TYPED: Final = "utter_consultation_subscribe_typed"
    CONSULTATION_SUBSCRIBE_UNAVAILABLE: Final = "utter_consultation_subscribe_unavailable"
    CONSULTATION_STOPPED: Final = "utter_consultation_stopped"
    CONSULTATION_DECLINED: Final = "utter_consultation_declined"
    CONSULTATION_NOT_FOR_AGE: Final = "utter_consultation_not_for_age"
    CONSULTATION_NOT_FOR_YOU: Final = "utter_consultation_not_for_you"
    CONSULTATION_CLOSED: Final = "utter_consultation_closed"
    CONSULTATION_NOT_RUNNING: Final = "utter_consultation_not_running"
    REPORT_BACK: Final = "utter_report_back"
    MY_DATA_NONE: Final = "utter_my_data_none"
    MY_DATA_INTRO: Final = "utter_my_data_intro"
    MY_DATA_UNKNOWN: Final = "utter_my_data_unknown"
    MY_DATA_RESPONSE: Final = "utter_my_data_response"
    MY_DATA_COMPLETE: Final = "utter_my_data_complete"
    MY_DATA_STARTED: Final = "utter_my_data_started"
    MY_DATA_NO_ANSWERS: Final = "utter_my_data_no_answers"
    MY_DATA_FOOTER: Final = "utter_my_data_footer"
    FORGET_ASK: Final = "utter_forget_ask"
    FORGET_DONE: Final = "utter_forget_done"
    FORGET_KEPT: Final = "utter_forget_kept"


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
