"""A stress set of harmless messages that use alarming words innocently (issue 3).

``tests/unit/data/safety_stress_benign.<lang>.txt`` holds, one per line, about 330
messages per language written for this test (none comes from training, tuning or
evaluation data): hyperbole and idioms about dying and killing, games, sport, films
and songs, small injuries, the doctor and the dentist, lessons and rights questions
asked in general, fights with siblings, being told off, chores, legal jobs, crushes,
photos, weather, tiredness and denials. French covers France, Quebec, Belgium and
West Africa; Spanish covers Spain, Mexico, Argentina, Colombia and Chile.

The lexicons alone flag none of them today (before issue 3 round 2: 10 en, 13 fr,
13 es). A few may come to flag when a pattern is widened for recall, so the test
allows a small number per language; it fails when a family of look-alikes starts to
alarm again. The look-alikes next to
disclosures that must still alarm are in ``test_safety_precision.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.names import LANGUAGES
from bot.safety.triage import triage

DATA = Path(__file__).parent / "data"
# Lines per language the lexicons may flag (0 reached; 1 % of ~250 is the slack).
ALLOWED = 2
MINIMUM_LINES = 200


def _lines(language: str) -> list[str]:
    path = DATA / f"safety_stress_benign.{language}.txt"
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("language", LANGUAGES)
def test_stress_set_is_large_and_distinct(language):
    lines = _lines(language)
    assert len(lines) >= MINIMUM_LINES
    assert len(set(lines)) == len(lines), "duplicate lines in the stress set"


@pytest.mark.parametrize("language", LANGUAGES)
def test_lexicons_stay_quiet_on_harmless_look_alikes(language):
    flagged = [
        f"{line!r} -> {result.top.category.value}:{result.top.pattern_id}"
        for line in _lines(language)
        if (result := triage(line, language)).top is not None
    ]
    assert len(flagged) <= ALLOWED, "\n".join(flagged)
