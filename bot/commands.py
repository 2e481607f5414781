"""Slash commands and button payloads, told apart from free text that starts with "/".

Rasa reads ``/intent`` (and ``/intent{"entity": "value"}``) as that intent only when the
domain has it; any other text that starts with "/" goes to the classifiers like words.
So Telegram's spelling of a command (``/mydata``, ``/start``…) typed in the web widget
would be a guess, and a message such as "/i want to die" is not a button at all.

``is_payload`` tells the two apart for everything that skips button payloads (safety
triage, the vocabulary guard, redaction), so free text that happens to start with "/"
is still read. ``TYPED_COMMANDS`` is what a typed command means in every channel:
Telegram's command names (``bot.telegram.translate``) and their French and Spanish
spellings (``bot.nlu.commands.SlashCommands``). No Rasa here:
the Telegram bridge imports this.
"""

from __future__ import annotations

import re
from typing import Final

from bot.names import Intent

# "/name", "/name@0.9", '/name{"entity": "value"}': what buttons send and commands look like.
_PAYLOAD_RE: Final = re.compile(r"/([A-Za-z_][A-Za-z0-9_]*)(?:@[0-9.]+)?(?:\{.*\})?", re.DOTALL)

TELEGRAM_COMMANDS: Final[dict[str, str]] = {
    "start": Intent.GREET,
    "help": Intent.HELP,
    "language": Intent.CHOOSE_LANGUAGE,
    "rights": Intent.MENU_RIGHTS,
    "help_now": Intent.MENU_GET_HELP,
    "consult": Intent.MENU_HAVE_SAY,
    "mydata": Intent.MY_DATA,
}
"""Telegram's command names (the bot's command menu) and the intent each one means."""

TYPED_COMMANDS: Final[dict[str, str]] = {
    **TELEGRAM_COMMANDS,
    # The same commands in French and Spanish, as children guess them.
    "langue": Intent.CHOOSE_LANGUAGE,
    "idioma": Intent.CHOOSE_LANGUAGE,
    "aide": Intent.HELP,
    "ayuda": Intent.HELP,
    "droits": Intent.MENU_RIGHTS,
    "derechos": Intent.MENU_RIGHTS,
    "mesdonnees": Intent.MY_DATA,
    "misdatos": Intent.MY_DATA,
}
"""What a typed command means in any channel."""


def command_name(text: str | None) -> str | None:
    """The name of a button payload or typed command, in lower case (``"/MyData"`` →
    ``"mydata"``), or None when the text is not one — including free text that starts
    with "/"."""
    if not isinstance(text, str):
        return None
    match = _PAYLOAD_RE.fullmatch(text.strip())
    return match.group(1).lower() if match else None


def is_payload(text: str | None) -> bool:
    """True for a button payload or typed command, which carries no words to read."""
    return command_name(text) is not None
