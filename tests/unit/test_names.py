"""Names used from Python exist in the domain, and the domain has no unused names."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from bot.education import education
from bot.names import QUIZ_SLOTS, SUGGESTIBLE_INTENTS, Action, Entity, Form, Intent, Response, Slot
from bot.safety.lexicon import Category
from bot.safety.respond import FRAGMENTS
from tests.conftest import ROOT


def constants(cls) -> set[str]:
    """Names a class declares; ``*_PREFIX`` constants are prefixes, not names."""
    return {
        v
        for k, v in vars(cls).items()
        if k.isupper() and isinstance(v, str) and not k.endswith("_PREFIX")
    }


def used_in_training_data() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "data").rglob("*.yml"))


def test_python_names_exist_in_domain(domain):
    assert constants(Intent) <= set(domain["intents"])
    assert constants(Slot) <= set(domain["slots"])
    assert constants(Entity) <= set(domain["entities"])
    assert constants(Action) <= set(domain["actions"])
    assert constants(Response) <= set(domain["responses"])
    assert constants(Form) <= set(domain["forms"])


def test_every_suggestible_intent_has_a_label(domain):
    for intent in SUGGESTIBLE_INTENTS:
        assert f"{Response.LABEL_PREFIX}{intent}" in domain["responses"]


def test_no_unused_domain_names(domain):
    """Each intent, action and response is used by data, Python code, or the policy."""
    python = "\n".join(
        p.read_text(encoding="utf-8")
        for p in [*(ROOT / "bot").rglob("*.py"), *(ROOT / "actions").rglob("*.py")]
    )
    data = used_in_training_data()
    python_names = constants(Intent) | constants(Action) | constants(Response)
    labels = {f"{Response.LABEL_PREFIX}{i}" for i in SUGGESTIBLE_INTENTS}
    unused = [
        name
        for name in [*domain["intents"], *domain["actions"], *domain["responses"]]
        if name not in python_names
        and name not in labels
        and name not in data
        and name not in python
        and name not in built_safety_responses()
        and name not in built_quiz_actions()
    ]
    assert not unused, unused


def built_quiz_actions() -> set[str]:
    """The form asks for each quiz slot with action_ask_<slot> (names Rasa builds)."""
    return {f"{Action.ASK_PREFIX}{slot}" for slot in QUIZ_SLOTS}


def test_quiz_questions_slots_form_and_ask_actions_agree(domain):
    """knowledge/education/quiz.yml, bot/names.py and domain/education.yml name the same
    questions in the same order; each slot is filled only by the form's validation."""
    expected = tuple(f"{Slot.QUIZ_PREFIX}{q.id}" for q in education().quiz)
    assert expected == QUIZ_SLOTS
    assert domain["forms"][Form.ONLINE_SAFETY_QUIZ]["required_slots"] == list(QUIZ_SLOTS)
    quiz_slots_in_domain = {s for s in domain["slots"] if s.startswith(Slot.QUIZ_PREFIX)}
    assert quiz_slots_in_domain == set(QUIZ_SLOTS)
    for slot in QUIZ_SLOTS:
        assert domain["slots"][slot]["mappings"] == [{"type": "custom"}], slot
    assert built_quiz_actions() <= set(domain["actions"])
    assert f"validate_{Form.ONLINE_SAFETY_QUIZ}" == Action.VALIDATE_QUIZ


def test_tip_topics_in_domain_buttons_exist():
    """A button such as /online_safety_tips{"tips_topic": "bullying"} names a real topic."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "domain").glob("*.yml"))
    named = set(re.findall(r'tips_topic\\?": \\?"(\w+)', text))
    assert named, "no topic buttons found"
    assert named <= {t.id for t in education().topics}


def built_safety_responses() -> set[str]:
    """Safety responses whose names Python builds: one per category and per fragment."""
    suffixes = [c.value for c in Category] + [f"fmt_{k}" for k in FRAGMENTS]
    return {f"{Response.SAFETY_PREFIX}{s}" for s in suffixes}


def test_every_category_and_fragment_has_its_safety_response(domain):
    missing = built_safety_responses() - set(domain["responses"])
    assert not missing, sorted(missing)


def test_every_intent_has_a_rule_or_story():
    data = yaml.safe_load((ROOT / "data" / "rules" / "core.yml").read_text())
    assert data["rules"], "rules file is empty"
    text = used_in_training_data()
    for intent in yaml.safe_load(Path(ROOT / "domain" / "core.yml").read_text())["intents"]:
        assert f"intent: {intent}\n" in text, intent
