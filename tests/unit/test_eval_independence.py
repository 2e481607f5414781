"""The evaluation sets stay out of the training data.

The held-out sets (eval/rights/, eval/safety/) and the tuning sets (every eval/dev*/
folder) must not be learned from: no message of theirs may appear, after light
normalisation (case, accents, punctuation, spacing), among the NLU training
examples (data/nlu/, and the safety classifier's own examples and labelled sentences
in knowledge/safety/classifier/), the FAQ phrasings (knowledge/faq/) or the rights entries'
titles, keywords and examples (knowledge/rights/). A failure names the training file and
line, never the evaluation message, so that fixing it does not mean reading a held-out
set.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
# The held-out sets, then every tuning set folder (eval/dev, eval/dev2, …), so that a new
# one is covered the day it is added.
EVAL_SETS = (
    "eval/rights",
    "eval/safety",
    *sorted(p.relative_to(ROOT).as_posix() for p in ROOT.glob("eval/dev*") if p.is_dir()),
)
ENTITY = re.compile(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\{[^}]*\}")


def _key(text: str) -> str:
    text = ENTITY.sub(lambda m: m.group(1) or m.group(2) or "", text)
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", text))


def _eval_texts() -> dict[str, str]:
    """Normalised evaluation message -> the set file it is in."""
    texts: dict[str, str] = {}
    for folder in EVAL_SETS:
        for path in sorted((ROOT / folder).glob("*.yml")):
            data = yaml.safe_load(path.read_text("utf-8")) or {}
            for item in (data.get("questions") or []) + (data.get("messages") or []):
                texts.setdefault(_key(item["text"]), f"{folder}/{path.name}")
    texts.pop("", None)
    return texts


# Examples only the safety classifier learns from (config.yml, SafetyTriage).
CLASSIFIER_ONLY = ROOT / "knowledge" / "safety" / "classifier"


def _training_lines() -> Iterator[tuple[str, int, str]]:
    """(file, line, text) of every training text."""
    nlu_files = [*(ROOT / "data" / "nlu").glob("*.yml"), *CLASSIFIER_ONLY.glob("*.yml")]
    for path in sorted(nlu_files):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            stripped = line.strip()
            if stripped.startswith("- ") and not stripped.startswith(("- intent:", "- synonym:")):
                yield path.name, number, stripped[2:]
    # Labelled sentences the classifier learns from (the check rounds' format).
    for path in sorted((CLASSIFIER_ONLY / "sentences").glob("*.yml")):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            stripped = line.strip()
            if stripped.startswith("- text:"):
                yield f"sentences/{path.name}", number, str(yaml.safe_load(stripped[2:])["text"])
    for folder in ("knowledge/faq", "knowledge/rights"):
        for path in sorted((ROOT / folder).glob("*.yml")):
            for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
                stripped = line.strip().removeprefix("- ").strip()
                for part in re.findall(r'"([^"]+)"', stripped) or [stripped]:
                    yield f"{folder}/{path.name}", number, part


def test_the_tokeniser_of_this_check_matches_lightly_different_spellings():
    assert _key("Mis padres ¿pueden leer mi móvil?") == _key("mis padres pueden leer mi movil")
    assert _key("[paris](city) is far") == _key("Paris is far!")
    assert _key("one two") != _key("one two three")


def test_evaluation_sets_are_found():
    # Guards the check below against reading nothing.
    assert len(_eval_texts()) > 1000


@pytest.mark.parametrize("minimum_words", [4])
def test_no_evaluation_message_is_in_the_training_data(minimum_words):
    evaluated = _eval_texts()
    leaks = [
        f"{file}:{line} (in {evaluated[key]})"
        for file, line, text in _training_lines()
        if len((key := _key(text)).split()) >= minimum_words and key in evaluated
    ]
    assert not leaks, f"training lines that are evaluation messages: {leaks}"


def test_classifier_only_examples_are_checked_too():
    files = {file for file, _, _ in _training_lines()}
    assert {p.name for p in CLASSIFIER_ONLY.glob("*.yml")} <= files
    assert len(files & {p.name for p in CLASSIFIER_ONLY.glob("*.yml")}) >= 3
    sentences = {f"sentences/{p.name}" for p in (CLASSIFIER_ONLY / "sentences").glob("*.yml")}
    assert len(sentences) >= 3 and sentences <= files
