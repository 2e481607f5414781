"""Red-team helper (issue 3): what the whole triage decides for sentences you wrote.

Reads a YAML file of your own sentences (never evaluation messages) and prints, per
sentence, what ``bot.safety.combine.decide`` makes of it with the trained model (DIET's
ranking and the safety classifier) and the lexicons as they are on disk now, and
whether that matches the label you gave:

    - text: "my step dad comes in when im in the shower"
      categories: [sexual_abuse]      # or [] for a harmless sentence
      language: en

Usage:
  PYTHONPATH=. .venv/bin/python bench/safety_sentences.py FILE [--model PATH] [--wrong]
(--wrong prints only the sentences whose outcome does not match their label.) Loading
the model takes about a minute; lexicon edits are picked up on every run.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import structlog
import yaml

from bench.safety_combination_study import deployed_danger_threshold, rankings, read_model
from bot.safety import combine
from bot.safety.classifier import Scores
from bot.safety.lexicon import load_lexicons
from bot.safety.triage import speller_for, triage
from scripts.model import cache_dir, content_hash


def learned_inputs(
    items: Sequence[dict[str, Any]], model: Path | None = None, *, repair: bool = True
) -> tuple[list[list[dict[str, Any]]], list[Scores]]:
    """DIET's ranking and the classifier's scores for each sentence (``text``,
    ``language``) with the model ``model`` (default: the cached model for the current
    inputs); ``repair=False``: the classifier reads the text as typed. Rasa's logs,
    which print every parsed text, are kept quiet: a fresh round must stay unread."""
    logging.disable(logging.WARNING)
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))
    agent, classifier = read_model(model or cache_dir() / f"hearme-{content_hash()}.tar.gz")
    texts = [str(item["text"]) for item in items]
    # As deployed (bot/nlu/safety.py), the classifier reads the text with its slips
    # repaired; DIET reads it as typed.
    speller = speller_for(load_lexicons())
    repaired = [
        speller.raw(str(item["text"]), item.get("language")) if repair else str(item["text"])
        for item in items
    ]
    return asyncio.run(rankings(agent, texts)), classifier.scores(repaired)


def decide_all(
    items: Sequence[dict[str, Any]],
    ranks: Sequence[Sequence[dict[str, Any]]],
    scores: Sequence[Scores],
    threshold: float | None = None,
    *,
    repair: bool = True,
) -> list[combine.SafetyFlag | None]:
    """What the whole triage decides for each sentence (``text``, ``language``) given the
    learned detectors' outputs (:func:`learned_inputs`), the lexicons on disk and the
    danger ``threshold`` (default: the deployed one); ``repair``: the lexicons also read
    the message with its slips repaired, as deployed (bot/safety/spelling.py)."""
    threshold = deployed_danger_threshold() if threshold is None else threshold
    return [
        combine.decide(
            triage(str(item["text"]), item.get("language"), repair=repair),
            rank,
            score,
            danger_threshold=threshold,
        )
        for item, rank, score in zip(items, ranks, scores, strict=True)
    ]


def decisions(
    items: Sequence[dict[str, Any]], model: Path | None = None
) -> list[tuple[combine.SafetyFlag | None, Scores]]:
    """What the whole triage decides for each sentence, with the classifier's scores
    (:func:`learned_inputs`, :func:`decide_all`)."""
    ranks, scores = learned_inputs(items, model)
    return list(zip(decide_all(items, ranks, scores), scores, strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--model", type=Path)
    parser.add_argument("--wrong", action="store_true", help="only mismatches")
    args = parser.parse_args()
    items = yaml.safe_load(args.file.read_text("utf-8")) or []
    wrong = 0
    for item, (flag, score) in zip(items, decisions(items, args.model), strict=True):
        labels = list(item.get("categories") or [])
        ok = (flag is not None) == bool(labels)
        wrong += not ok
        if args.wrong and ok:
            continue
        outcome = f"{flag.category} ({flag.source})" if flag else "not flagged"
        print(
            f"{'ok   ' if ok else 'WRONG'} {outcome:42} danger={score.danger:.2f} "
            f"want={labels or 'harmless'} {item['text']!r}"
        )
    print(f"{wrong} of {len(items)} sentences do not match their label")


if __name__ == "__main__":
    main()
