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
    # Learned safety intents are "safety_<category>" (data/nlu/safety.*.yml).
    SAFETY_PREFIX: Final = "safety_"


class Entity:
    LANGUAGE: Final = "language"
    # Set by bot.nlu.safety.SafetyTriage: value = category, plus a "severity" key.
    SAFETY: Final = "safety"


class Slot:
    LANGUAGE: Final = "language"
    LANGUAGE_SOURCE: Final = "language_source"
    COUNTRY: Final = "country"


class Action:
    RESOLVE_CONTEXT: Final = "action_resolve_context"
    CONFIRM_LANGUAGE: Final = "action_confirm_language"
    FALLBACK: Final = "action_hearme_fallback"
    SAFETY_RESPONSE: Final = "action_safety_response"
    SAFETY_RESOURCES: Final = "action_safety_resources"


class Response:
    GREET: Final = "utter_greet"
    HELP_MENU: Final = "utter_help_menu"
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


# Intents the fallback may offer as "did you mean…" buttons (each has a label response).
SUGGESTIBLE_INTENTS: Final = (
    Intent.GREET,
    Intent.HELP,
    Intent.MENU_RIGHTS,
    Intent.MENU_GET_HELP,
    Intent.MENU_HAVE_SAY,
    Intent.CHOOSE_LANGUAGE,
    Intent.GOODBYE,
)
