"""web/consultations/chat.py: what the chat actions ask of the store (real database)."""

from __future__ import annotations

import asyncio

import pytest

from tests.web.consultations_support import open_poll, use_secret
from web.consultations import chat, services
from web.consultations.models import Participant

pytestmark = pytest.mark.django_db

CHANNEL, SENDER = "rest", "child-1"


@pytest.fixture(autouse=True)
def secret(monkeypatch):
    use_secret(monkeypatch)


def begin(slug: str, **overrides):
    values = {"age_band": "13-15", "country": "GB", "language": "en", "below_consent_age": False}
    return chat.begin(slug, CHANNEL, SENDER, **{**values, **overrides})


def test_a_child_takes_part_from_the_list_to_the_end():
    poll = open_poll()
    listed = chat.open_for(CHANNEL, SENDER, "13-15", "GB", "en")
    assert [(item.slug, item.started) for item in listed] == [(poll.slug, False)]
    assert chat.open_for(CHANNEL, SENDER, "18+", "GB", "en") == []
    assert chat.state_of(poll.slug, CHANNEL, SENDER).status == ""
    assert chat.state_of("no-such-poll", CHANNEL, SENDER) is None

    state = begin(poll.slug)
    assert (state.status, state.accepting, state.below_consent_age) == ("started", True, False)
    assert [item.started for item in chat.open_for(CHANNEL, SENDER, "13-15", "GB", "en")] == [True]
    state = chat.answer(poll.slug, CHANNEL, SENDER, "colour", choices=["red"])
    state = chat.answer(poll.slug, CHANNEL, SENDER, "likes_school", choices=["yes"])
    state = chat.answer(
        poll.slug, CHANNEL, SENDER, "idea", text="I'm Lily Smith, call 07700 900123"
    )
    assert state.last_question == "idea"
    assert "07700" not in str(state.answers["idea"])
    with pytest.raises(services.InvalidAnswer):
        chat.answer(poll.slug, CHANNEL, SENDER, "hours", number=99)
    assert chat.finish(poll.slug, CHANNEL, SENDER).status == "complete"

    stored = chat.stored(CHANNEL, SENDER)
    assert stored is not None
    (response,) = stored.data["responses"]
    assert stored.specs[f"{poll.slug}@{poll.version}"].id == poll.slug
    assert {a["question"] for a in response["answers"]} == {"colour", "likes_school", "idea"}
    # No raw sender id anywhere.
    assert not Participant.objects.filter(pseudonym=SENDER).exists()

    assert chat.erase(CHANNEL, SENDER) == 3
    assert chat.stored(CHANNEL, SENDER) is None


def test_report_backs_of_closed_consultations_the_child_answered():
    poll = open_poll()
    begin(poll.slug)
    chat.answer(poll.slug, CHANNEL, SENDER, "colour", choices=["blue"])
    assert chat.report_backs(CHANNEL, SENDER, []) == []  # still open
    services.set_report_back(poll, {"en": "We did it.", "fr": "Fait.", "es": "Hecho."})
    services.close_consultation(poll)
    (report,) = chat.report_backs(CHANNEL, SENDER, [])
    assert (report.key, report.text["en"]) == (poll.label, "We did it.")
    assert chat.report_backs(CHANNEL, SENDER, [poll.label]) == []
    assert chat.report_backs(CHANNEL, "someone-else", []) == []
    assert chat.state_of(poll.slug, CHANNEL, SENDER).accepting is False


def test_a_child_outside_the_audience_cannot_start():
    poll = open_poll()
    with pytest.raises(services.NotAllowed):
        begin(poll.slug, country="MX")


def test_call_runs_in_a_worker_thread():
    def where() -> str:
        import threading

        return threading.current_thread().name

    assert asyncio.run(chat.call(where)).startswith("hearme-consult")
