"""Safety encoder study (issue 3, 16th session): does reading meaning help the danger score?

Trains the safety classifier's danger models on the training data exactly as
``bot.nlu.safety.SafetyTriage`` does (the NLU files, the classifier-only examples and
sentences), with and without the meaning model (a small network over the multilingual
sentence encoder's vectors, :mod:`bot.safety.encoder`), and scores every check set the
team has: the tuning sets (dev; dev2 and dev3 unread) and the check rounds
(``bench/sentences/``: W and X read; O and R unread; rounds J–V are classifier data
since the 19th session). Never the held-out set.

Two tables:
  * the danger model alone: harmless flagged and disclosures caught (critical / other)
    at a few thresholds, for the read sets together and the unread sets together;
  * the whole triage, replayed: the lexicons, the candidate danger score with the
    deployed category model, and DIET's intent ranking from the trained model
    (``models/``, trained by ``make run`` or ``scripts/model.py``) through
    :func:`bot.safety.combine.decide`, per set. For the unread sets only counts are
    printed, never a message.

Caveat for the read rounds: their misses were patched with lexicon recall patterns
written against the n-gram classifier's misses, so on them any other classifier can only
look worse on recall. The unread sets are the fair comparison.

Usage (about 8 minutes on two cores, most of it DIET parsing every text once):
  PYTHONPATH=. .venv/bin/python bench/safety_encoder_study.py
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import structlog
import yaml
from rasa.shared.nlu.training_data.loading import load_data
from sklearn.neural_network import MLPClassifier

from bench.safety_combination_study import deployed_danger_threshold, rankings, read_model
from bench.safety_lexicon_diff import UNREAD
from bot.nlu.safety import classifier_training_data
from bot.safety import classifier as classifier_module
from bot.safety.classifier import (
    MEANING_ALPHA,
    MEANING_WEIGHT,
    NONE,
    SafetyClassifier,
    Scores,
)
from bot.safety.combine import CRITICAL, decide
from bot.safety.encoder import encoder
from bot.safety.lexicon import load_lexicons
from bot.safety.triage import triage
from eval.safety import load

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "fr", "es")
CRITICAL_NAMES = frozenset(c.value for c in CRITICAL)
Item = tuple[str, list[str]]


def training_data(without: str = "") -> tuple[list[str], list[str]]:
    """The classifier's deployed training data; ``without``: leave out the classifier
    example files whose name starts with one of these "+"-separated prefixes (to measure
    what new files bring: "small_worries+hard_feelings")."""
    return classifier_training_data(
        load_data(str(ROOT / "data" / "nlu")),
        str(ROOT / "knowledge" / "safety" / "classifier"),
        without=[p for p in without.split("+") if p],
    )


def check_sets() -> dict[tuple[str, str], list[Item]]:
    sets: dict[tuple[str, str], list[Item]] = {}
    for which in ("dev", "dev2", "dev3"):
        for language in LANGUAGES:
            sets[(which, language)] = [
                (m["text"], list(m.get("categories") or [])) for m in load(language, which)
            ]
    for path in sorted((ROOT / "bench" / "sentences").glob("*.yml")):
        which, language = path.name.split(".")[:2]
        items = yaml.safe_load(path.read_text("utf-8"))
        sets[(which, language)] = [(i["text"], list(i["categories"])) for i in items]
    return sets


def meaning_model(
    read: Sequence[str],
    encode: Callable[[Sequence[str]], np.ndarray],
    danger: Sequence[int],
    weights: Sequence[float],
    alpha: float,
) -> MLPClassifier:
    """The deployed classifier's meaning model over texts as it reads them (``read``,
    their vectors from ``encode``), fitted with another penalty ``alpha``
    (``MEANING_ALPHA`` is read when the model is built, so it is swapped for the call)."""
    classifier = SafetyClassifier(lambda text: text, encode=encode)
    deployed_alpha = classifier_module.MEANING_ALPHA
    classifier_module.MEANING_ALPHA = alpha
    try:
        return classifier._fit_meaning(read, danger, weights)
    finally:
        classifier_module.MEANING_ALPHA = deployed_alpha


def tally(items: Sequence[Item], flagged: Sequence[bool], counts: list[int]) -> None:
    """counts: harmless flagged, harmless, critical caught, critical, other caught, other."""
    for (_, categories), flag in zip(items, flagged, strict=True):
        if not categories:
            column = 0
        elif set(categories) & CRITICAL_NAMES:
            column = 2
        else:
            column = 4
        counts[column] += bool(flag)
        counts[column + 1] += 1


def cell(counts: list[int]) -> str:
    parts = []
    for label, column in (("harmless flagged", 0), ("critical", 2), ("other", 4)):
        if counts[column + 1]:
            parts.append(f"{label} {counts[column]}/{counts[column + 1]}")
    return ", ".join(parts)


def diet_rankings(texts: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """DIET's intent ranking of each text, from the model ``make run`` would serve."""
    from scripts.model import ensure_model

    # Rasa logs every parsed text at debug level: the unread sets must not be printed.
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))
    agent, _ = read_model(ensure_model())
    listed = list(texts)
    return dict(zip(listed, asyncio.run(rankings(agent, listed)), strict=True))


def main() -> int:
    texts, labels = training_data()
    sets = check_sets()
    print(f"{len(texts)} training examples; {sum(map(len, sets.values()))} check messages")
    normaliser = load_lexicons().normaliser
    # What the meaning model reads (the normalised text with its accents kept), encoded
    # once for the deployed classifier, the variant fits and the check sets alike.
    reader = normaliser.keeping_accents()
    training_read = [reader(t) for t in texts]
    set_read = {k: [reader(t) for t, _ in v] for k, v in sets.items()}
    every = list(dict.fromkeys(training_read + [t for v in set_read.values() for t in v]))
    known = dict(zip(every, encoder().encode(every), strict=True))

    def encode(batch: Sequence[str]) -> np.ndarray:
        return np.stack([known[t] for t in batch])

    # As deployed: the n-gram models and the meaning model (alpha MEANING_ALPHA).
    deployed = SafetyClassifier(normaliser, encode=encode).fit(texts, labels)
    danger = np.array([int(label != NONE) for label in labels])
    weights = [deployed._weight(label) for label in labels]
    category = {k: deployed.scores([t for t, _ in v]) for k, v in sets.items()}
    set_normalised = {k: [normaliser(t) for t, _ in v] for k, v in sets.items()}
    ngram = {k: deployed._danger.predict_proba(v)[:, 1] for k, v in set_normalised.items()}
    set_vectors = {k: encode(v) for k, v in set_read.items()}
    candidates: dict[str, Callable[[tuple[str, str]], np.ndarray]] = {
        "n-grams alone": lambda k: ngram[k]
    }
    models = {
        MEANING_ALPHA: deployed._meaning,
        1e-2: meaning_model(training_read, encode, list(danger), weights, 1e-2),
    }
    for alpha, model in models.items():
        assert model is not None
        meaning = {k: model.predict_proba(v)[:, 1] for k, v in set_vectors.items()}
        for weight in dict.fromkeys((MEANING_WEIGHT, 0.4, 0.5)):  # the deployed one first
            candidates[f"meaning {weight:g} (alpha {alpha:g})"] = lambda k, m=meaning, w=weight: (
                (1 - w) * ngram[k] + w * m[k]
            )
    print(f"\nDanger model alone (read sets | unread sets: {', '.join(sorted(UNREAD))})")
    for name, score in candidates.items():
        for threshold in (0.4, 0.45, 0.5):
            read, unread = [0] * 6, [0] * 6
            for key, items in sets.items():
                tally(items, score(key) >= threshold, unread if key[0] in UNREAD else read)
            print(f"  {name:28s} {threshold:.2f} | {cell(read)} | {cell(unread)}")
    everything = list(dict.fromkeys(t for v in sets.values() for t, _ in v))
    print(f"\nParsing {len(everything)} messages with DIET…", flush=True)
    ranked = diet_rankings(everything)
    found = {k: [triage(t, k[1]) for t, _ in v] for k, v in sets.items()}
    print("\nWhole triage (lexicons + danger score + DIET), per set")
    deployed_name = f"meaning {MEANING_WEIGHT:g} (alpha {MEANING_ALPHA:g})"
    for name, threshold in (("n-grams alone", 0.5), (deployed_name, deployed_danger_threshold())):
        print(f"  {name} at {threshold}")
        per_set: dict[str, list[int]] = {}
        for key, items in sets.items():
            scores = candidate_scores(candidates[name](key), category[key])
            flags = [
                decide(found[key][i], ranked[t], scores[i], danger_threshold=threshold) is not None
                for i, (t, _) in enumerate(items)
            ]
            tally(items, flags, per_set.setdefault(key[0], [0] * 6))
        for which in sorted(per_set):
            print(f"    {which:8s} {cell(per_set[which])}")
    return 0


def candidate_scores(danger: np.ndarray, ngram: Sequence[Scores]) -> list[Scores]:
    """The deployed category model's view with a candidate's danger score."""
    return [
        Scores(float(d), s.category, s.confidence, s.immediate_danger)
        for d, s in zip(danger, ngram, strict=True)
    ]


if __name__ == "__main__":
    sys.exit(main())
