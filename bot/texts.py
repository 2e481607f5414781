"""Reads child-facing text from domain responses (the one place texts live)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.names import DEFAULT_LANGUAGE, Slot


class MissingText(LookupError):
    """A response or its variant for a language is missing from the domain."""


def variant_language(variant: Mapping[str, Any]) -> str | None:
    """The language a response variant is conditioned on (``language`` slot), if any."""
    for condition in variant.get("condition") or []:
        if condition.get("type") == "slot" and condition.get("name") == Slot.LANGUAGE:
            value = condition.get("value")
            return str(value) if value is not None else None
    return None


def response_text(domain: Mapping[str, Any], response: str, language: str) -> str:
    """The text of ``response`` in ``language`` (falling back to the default language).

    Args:
        domain: the domain as a dict (what rasa-sdk hands to actions, or a loaded file).
        response: the response name, e.g. ``utter_label_greet``.
        language: ``en``, ``fr`` or ``es``.
    """
    variants = (domain.get("responses") or {}).get(response) or []
    by_language = {variant_language(v): v.get("text") for v in variants}
    text = by_language.get(language) or by_language.get(DEFAULT_LANGUAGE)
    if not text:
        raise MissingText(f"{response} has no text for {language!r}")
    return str(text)
