"""Shared helpers for the tests/web/test_consultations_*.py modules (not a test module)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timezone

from bot.consultations.definition import Consultation as Definition
from bot.consultations.definition import parse_consultation
from bot.settings import get_settings
from web.consultations import services
from web.consultations.models import Consultation

SECRET = "test-consultation-pseudonym-secret-0123456789"
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=timezone.utc)
AFTER_CLOSE = datetime(2027, 1, 1, tzinfo=timezone.utc)


def _t(en: str, fr: str | None = None, es: str | None = None) -> str:
    return f"{{en: {en!r}, fr: {(fr or en)!r}, es: {(es or en)!r}}}"


def definition_yaml(
    *,
    id: str = "test-poll",  # noqa: A002
    version: int = 1,
    title: str = "Test poll",
    closes: str = "2099-12-01T00:00:00Z",
    retention_days: int = 30,
    free_text_below_consent_age: bool = False,
    extra_question: str = "",
) -> str:
    """A small valid definition: every question type, one show_if."""
    return f"""
id: {id}
version: {version}
organisation: Test Organisation
title: {_t(title, title + " (fr)", title + " (es)")}
intro: {_t("What do you think?", "Qu'en penses-tu ?", "¿Qué piensas?")}
consent: {_t("Only the test team reads it.", "Seule l'équipe lit.", "Solo el equipo lee.")}
thank_you: {_t("Thanks!", "Merci !", "¡Gracias!")}
what_next: {_t("We will tell you.", "On te dira.", "Te diremos.")}
audience:
  age_bands: ["8-12", "13-15", "16-17"]
  countries: [GB, FR, ES]
  languages: [en, fr, es]
opens: "2026-01-01T00:00:00Z"
closes: "{closes}"
retention_days: {retention_days}
free_text_below_consent_age: {str(free_text_below_consent_age).lower()}
questions:
  - id: colour
    type: single
    required: true
    text: {_t("Favourite colour?", "Couleur préférée ?", "¿Color favorito?")}
    options:
      - {{id: red, label: {_t("Red", "Rouge", "Rojo")}}}
      - {{id: blue, label: {_t("Blue", "Bleu", "Azul")}}}
      - {{id: green, label: {_t("Green", "Vert", "Verde")}}}
  - id: likes_school
    type: yes_no
    required: true
    prefer_not_to_say: true
    text: {_t("Do you like school?", "Aimes-tu l'école ?", "¿Te gusta la escuela?")}
  - id: why_not
    type: single
    required: true
    show_if: {{question: likes_school, any_of: ["no"]}}
    text: {_t("Why not?", "Pourquoi ?", "¿Por qué no?")}
    options:
      - {{id: teachers, label: {_t("Teachers", "Profs", "Profes")}}}
      - {{id: friends, label: {_t("Friends", "Amis", "Amigos")}}}
  - id: hobbies
    type: multiple
    max_picks: 2
    text: {_t("Hobbies?", "Loisirs ?", "¿Aficiones?")}
    options:
      - {{id: sport, label: {_t("Sport", "Sport", "Deporte")}}}
      - {{id: music, label: {_t("Music", "Musique", "Música")}}}
      - {{id: games, label: {_t("Games", "Jeux", "Juegos")}}}
  - id: happy
    type: scale
    text: {_t("How happy are you?", "Es-tu heureux ?", "¿Estás feliz?")}
    scale_labels:
      low: {_t("Not at all", "Pas du tout", "Nada")}
      high: {_t("Very", "Très", "Mucho")}
  - id: hours
    type: number
    minimum: 0
    maximum: 24
    text: {_t("Hours online?", "Heures en ligne ?", "¿Horas en línea?")}
  - id: idea
    type: text
    max_length: 200
    text: {_t("One idea?", "Une idée ?", "¿Una idea?")}
{extra_question}
"""


def definition(**overrides: object) -> Definition:
    return parse_consultation(definition_yaml(**overrides), "test.yml")  # type: ignore[arg-type]


def use_secret(monkeypatch) -> None:
    monkeypatch.setenv("HEARME_PSEUDONYM_SECRET", SECRET)
    monkeypatch.delenv("HEARME_ENV", raising=False)
    get_settings.cache_clear()


def open_poll(**overrides: object) -> Consultation:
    consultation = services.import_definition(definition(**overrides)).consultation
    services.open_consultation(consultation, now=NOW)
    consultation.refresh_from_db()
    return consultation


def take_part(
    consultation: Consultation,
    sender: str,
    answers: Mapping[str, object],
    *,
    age_band: str = "13-15",
    country: str = "GB",
    language: str = "en",
    complete: bool = True,
    below_consent_age: bool = False,
    channel: str = "telegram",
):
    """One child answers through the services, as the chat would."""
    participant = services.participant_for(
        channel, sender, age_band=age_band, country=country, language=language
    )
    services.start_response(consultation, participant, below_consent_age=below_consent_age, now=NOW)
    for key, value in answers.items():
        if isinstance(value, (list, tuple)) or key in (
            "colour",
            "likes_school",
            "why_not",
            "happy",
        ):
            services.save_answer(consultation, participant, key, choices=value, now=NOW)  # type: ignore[arg-type]
        elif isinstance(value, (int, float)):
            services.save_answer(consultation, participant, key, number=value, now=NOW)
        else:
            services.save_answer(consultation, participant, key, text=str(value), now=NOW)
    if complete:
        services.complete_response(consultation, participant, now=NOW)
    return participant
