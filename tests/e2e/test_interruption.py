"""A crisis typed in the middle of a form interrupts it; the form then resumes.

The form is the online-safety quiz (the first multi-turn form HearMe has); the same
mechanism (bot/policies.py: safety first, the active loop stays active, "/resume" goes
back) serves every form.
"""

from __future__ import annotations

import uuid

import pytest

from bot.education import education

pytestmark = pytest.mark.e2e

GB = {"language": "en", "country": "GB"}


def said(replies) -> str:
    return "\n".join(r.get("text") or "" for r in replies)


def question(number: int) -> str:
    """The words of quiz question ``number`` (1-based) in English, from the quiz file."""
    return education().quiz[number - 1].question("en")


def right_letter(number: int) -> str:
    return education().quiz[number - 1].correct


def test_crisis_mid_quiz_gets_help_first_and_the_quiz_resumes(stack):
    sender = f"child-{uuid.uuid4().hex[:12]}"
    replies = stack.send(sender, "/online_safety_quiz", GB)
    assert question(1) in said(replies), replies
    replies = stack.send(sender, right_letter(1), GB)
    assert question(2) in said(replies), replies

    # The crisis arrives where an answer to question 2 was expected.
    replies = stack.send(sender, "honestly i just want to kill myself", GB)
    text = said(replies)
    assert "0800 1111" in text, replies  # Childline, the GB child helpline
    assert question(2) not in text  # help, not the quiz
    buttons = [b["payload"] for r in replies for b in r.get("buttons") or []]
    assert "/resume" in buttons, replies  # the way back is offered
    # The message was not taken as an answer, and the quiz is still waiting.
    tracker = stack.tracker(sender)
    assert tracker["slots"][f"quiz_{education().quiz[1].id}"] is None
    assert tracker["active_loop"].get("name") == "online_safety_quiz_form"

    # "Go back" asks question 2 again; the quiz carries on to question 3.
    replies = stack.send(sender, "/resume", GB)
    assert question(2) in said(replies), replies
    replies = stack.send(sender, right_letter(2), GB)
    assert question(3) in said(replies), replies
    assert stack.tracker(sender)["slots"][f"quiz_{education().quiz[1].id}"] is not None


def test_child_can_answer_straight_after_the_help(stack):
    sender = f"child-{uuid.uuid4().hex[:12]}"
    stack.send(sender, "/online_safety_quiz", GB)
    stack.send(sender, "people in my class keep telling me to kys", GB)
    # No button: the child just answers the question that was waiting.
    replies = stack.send(sender, right_letter(1), GB)
    assert question(2) in said(replies), replies
