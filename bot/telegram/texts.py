"""The Telegram connector's own words: command descriptions and a few messages.

One validating loader reads ``knowledge/telegram/commands.yml`` into a frozen
``TelegramTexts``; a bad file fails with file, line and field for every problem at once.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

from yaml.nodes import Node, ScalarNode

from bot.names import DEFAULT_LANGUAGE, LANGUAGES
from bot.problems import DataFileError, NodeReader, compose_yaml

DEFAULT_PATH: Final = Path(__file__).resolve().parents[2] / "knowledge/telegram/commands.yml"

# The commands, in the order of Telegram's menu (what each does: bot/telegram/translate.py).
COMMANDS: Final = (
    "start",
    "help",
    "language",
    "rights",
    "help_now",
    "consult",
    "mydata",
    "forget",
    "subscribe",
    "stop",
)

# Every message the connector sends by itself, with the placeholders it fills.
MESSAGES: Final[dict[str, frozenset[str]]] = {
    "group_only": frozenset(),
    "rate_limited": frozenset(),
    "error": frozenset(),
    "button_expired": frozenset(),
    "mydata": frozenset({"messages", "language", "country", "age_band"}),
    "mydata_unavailable": frozenset(),
    "unknown": frozenset(),
    "forget_confirm": frozenset(),
    "forget_yes": frozenset(),
    "forget_no": frozenset(),
    "forgotten": frozenset(),
    "forget_kept": frozenset(),
    "forget_failed": frozenset(),
    "stopped": frozenset(),
    "subscribed": frozenset(),
}

_COMMAND_RE: Final = re.compile(r"[a-z0-9_]{1,32}")
# Telegram's limit for a command description.
DESCRIPTION_MAX_CHARS: Final = 256
MESSAGE_MAX_CHARS: Final = 1000
# Messages shown as the answer to a button press (answerCallbackQuery): Telegram allows
# 200 characters there.
CALLBACK_ANSWER_MAX_CHARS: Final = 200
MESSAGE_LIMITS: Final[dict[str, int]] = {"button_expired": CALLBACK_ANSWER_MAX_CHARS}
LANGUAGE_NAME_MAX_CHARS: Final = 40


class TelegramTextsError(DataFileError):
    """``knowledge/telegram/commands.yml`` is invalid."""

    subject = "Telegram texts"


@dataclass(frozen=True)
class TelegramTexts:
    """What the connector says without Rasa, in every supported language.

    Attributes:
        commands: command name -> language -> description, in menu order.
        messages: message key -> language -> text (placeholders unfilled).
        language_names: language of the text -> language code -> its name.
    """

    commands: dict[str, dict[str, str]]
    messages: dict[str, dict[str, str]]
    language_names: dict[str, dict[str, str]]

    def message(self, key: str, lang: str | None, /, **values: object) -> str:
        """The message ``key`` in language ``lang`` (English if unsupported), filled in
        with ``values``.

        Raises:
            KeyError: ``key`` is not one of ``MESSAGES``.
        """
        lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
        text = self.messages[key][lang]
        return text.format(**values) if values else text

    def language_name(self, code: str | None, language: str | None) -> str | None:
        """The name of language ``code`` written in ``language``, or None if unknown."""
        lang = language if language in LANGUAGES else DEFAULT_LANGUAGE
        return self.language_names[lang].get(code or "")


def _placeholders(text: str) -> set[str] | None:
    """The names in braces, or None if the braces are malformed."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return None


class _Reader(NodeReader):
    def block_text(self, node: Node, field: str, limit: int) -> str | None:
        """Non-empty text of at most ``limit`` characters; line breaks kept, each line's
        whitespace folded."""
        if not isinstance(node, ScalarNode) or node.tag != "tag:yaml.org,2002:str":
            self.problem(node, field, "expected text")
            return None
        lines = [" ".join(line.split()) for line in str(node.value).strip().splitlines()]
        value = "\n".join(line for line in lines if line)
        if not value:
            self.problem(node, field, "must not be empty")
            return None
        if len(value) > limit:
            self.problem(node, field, f"is {len(value)} characters, at most {limit} allowed")
            return None
        return value

    def per_language(
        self, node: Node, field: str, limit: int, placeholders: frozenset[str] = frozenset()
    ) -> dict[str, str] | None:
        fields = self.mapping(node, field, LANGUAGES)
        if fields is None:
            return None
        out: dict[str, str] = {}
        for lang in LANGUAGES:
            where = f"{field}.{lang}"
            text = self.block_text(fields[lang], where, limit)
            if text is None:
                continue
            found = _placeholders(text)
            if found is None:
                self.problem(fields[lang], where, "has unbalanced braces")
            elif found != placeholders:
                want = ", ".join(f"{{{p}}}" for p in sorted(placeholders)) or "none"
                got = ", ".join(f"{{{p}}}" for p in sorted(found)) or "none"
                self.problem(fields[lang], where, f"placeholders must be {want}, found {got}")
            else:
                out[lang] = text
        return out if len(out) == len(LANGUAGES) else None


def parse_texts(root: Node, file: str) -> TelegramTexts:
    """Validates a composed YAML tree (see ``load_texts``)."""
    reader = _Reader(file)
    top = reader.mapping(root, "", ("schema", "commands", "messages", "language_names"))
    if top is None:
        raise TelegramTextsError(reader.problems)
    schema = top["schema"]
    if not isinstance(schema, ScalarNode) or str(schema.value) != "1":
        reader.problem(schema, "schema", 'must be "1"')

    commands: dict[str, dict[str, str]] = {}
    command_fields = reader.mapping(top["commands"], "commands", COMMANDS)
    if command_fields is not None:
        for name in COMMANDS:
            if not _COMMAND_RE.fullmatch(name):  # pragma: no cover - COMMANDS is fixed
                reader.problem(top["commands"], f"commands.{name}", "is not a valid command")
            texts = reader.per_language(
                command_fields[name], f"commands.{name}", DESCRIPTION_MAX_CHARS
            )
            if texts is not None:
                commands[name] = texts

    messages: dict[str, dict[str, str]] = {}
    message_fields = reader.mapping(top["messages"], "messages", tuple(MESSAGES))
    if message_fields is not None:
        for key, placeholders in MESSAGES.items():
            texts = reader.per_language(
                message_fields[key],
                f"messages.{key}",
                MESSAGE_LIMITS.get(key, MESSAGE_MAX_CHARS),
                placeholders,
            )
            if texts is not None:
                messages[key] = texts

    names: dict[str, dict[str, str]] = {}
    name_fields = reader.mapping(top["language_names"], "language_names", LANGUAGES)
    if name_fields is not None:
        for lang in LANGUAGES:
            texts = reader.per_language(
                name_fields[lang], f"language_names.{lang}", LANGUAGE_NAME_MAX_CHARS
            )
            if texts is not None:
                names[lang] = texts

    if reader.problems:
        raise TelegramTextsError(reader.problems)
    return TelegramTexts(commands=commands, messages=messages, language_names=names)


def load_texts(path: Path = DEFAULT_PATH) -> TelegramTexts:
    """Reads and validates the connector's texts.

    Raises:
        TelegramTextsError: the file is unreadable or invalid (every problem listed, with
            file, line and field).
    """
    return parse_texts(compose_yaml(path, TelegramTextsError), str(path))


@lru_cache(maxsize=1)
def get_texts() -> TelegramTexts:
    """The texts of ``knowledge/telegram/commands.yml`` (read once)."""
    return load_texts()
