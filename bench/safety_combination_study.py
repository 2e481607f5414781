"""Safety combination study (issue 3): how the thresholds that combine the detectors trade
recall for false alarms, on a trained model, without retraining.

Every message of a tuning set is read once by the trained model (DIET's intent ranking,
through Rasa's own NLU pipeline in this process) and by the model's safety classifier;
the lexicons are read at run time. Then ``bot.safety.combine.decide`` is replayed under
each setting of ``danger_threshold`` (classifier), ``LEARNED_THRESHOLD`` (DIET),
``LEARNED_MIN_DANGER_OTHER`` (classifier floor for DIET outside the critical
categories; theirs stays ``LEARNED_MIN_DANGER``) and ``EXPLAINED_DANGER`` (danger
needed for a learned flag of a category the message speaks of harmlessly: 0 = that rule
off, above 1 = such flags never count), and recall (flagged at all, critical
categories and all) and the false-alarm rate are printed per language.

Usage:
  PYTHONPATH=. .venv/bin/python bench/safety_combination_study.py [--set dev|dev2|dev3]
      [--model PATH]  (default: the cached model for the current inputs)
      [--classifier PATH]  (a classifier saved by SafetyClassifier.save, read instead of
                            the model's: a classifier variant with the model's DIET)
Only aggregate numbers are printed for dev2 and dev3 (eval/dev2/README.md,
eval/dev3/README.md); ``--show`` prints the dev set's flagged benign messages under the
deployed setting, for reading only. Extra rows: other values of the lexicon veto
(``LEXICON_VETO_DANGER``: 0 turns it off) and higher floors for DIET's critical-category
flags (``LEARNED_MIN_DANGER``).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import logging
import tarfile
import tempfile
from pathlib import Path

import structlog
import yaml

from bot.safety import combine
from bot.safety.classifier import SafetyClassifier
from bot.safety.lexicon import load_lexicons
from bot.safety.triage import triage
from eval.safety import STRICT, load
from scripts.model import cache_dir, content_hash

LANGUAGES = ("en", "fr", "es")


def read_model(model: Path) -> tuple[object, SafetyClassifier]:
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    directory = Path(tempfile.mkdtemp())
    with tarfile.open(model) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("safety_classifier.joblib"))
        tar.extract(member, directory)
    path = next(directory.rglob("safety_classifier.joblib"))
    return agent, SafetyClassifier.load(path, load_lexicons().normaliser)


async def rankings(agent: object, texts: list[str]) -> list[list[dict]]:
    out = []
    for text in texts:
        parsed = await agent.parse_message(text)  # type: ignore[attr-defined]
        out.append(parsed.get("intent_ranking") or [])
    return out


def deployed_danger_threshold(config: Path = Path("config.yml")) -> float:
    """The classifier threshold ``config.yml`` gives ``SafetyTriage`` (as deployed)."""
    pipeline = yaml.safe_load(config.read_text("utf-8")).get("pipeline") or []
    for component in pipeline:
        if str(component.get("name", "")).endswith("SafetyTriage"):
            return float(component.get("danger_threshold", combine.DANGER_THRESHOLD))
    return combine.DANGER_THRESHOLD


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="dev", choices=("dev", "dev2", "dev3"))
    parser.add_argument("--model", type=Path)
    parser.add_argument("--show", action="store_true", help="dev only: flagged benign")
    parser.add_argument(
        "--classifier",
        type=Path,
        help="a safety classifier saved by SafetyClassifier.save, read instead of the model's"
        " (to study a classifier variant with the model's DIET, without retraining Rasa)",
    )
    args = parser.parse_args()
    if args.show and args.set != "dev":
        parser.error("--show is for the dev set only")
    logging.disable(logging.WARNING)
    # Rasa logs each parsed message (its text) through structlog at debug level, which
    # logging.disable does not reach: without this, dev2's messages would be printed.
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))
    model = args.model or cache_dir() / f"hearme-{content_hash()}.tar.gz"
    agent, classifier = read_model(model)
    if args.classifier:
        classifier = SafetyClassifier.load(args.classifier, load_lexicons().normaliser)
    rows = []  # (language, labels, triage, ranking, scores, text)
    for language in LANGUAGES:
        items = load(language, args.set)
        texts = [i["text"] for i in items]
        ranks = asyncio.run(rankings(agent, texts))
        scores = classifier.scores(texts)
        for item, rank, score in zip(items, ranks, scores, strict=True):
            rows.append(
                (
                    language,
                    list(item.get("categories") or []),
                    triage(item["text"], language),
                    rank,
                    score,
                    item["text"],
                )
            )

    def flagged(tri, rank, score, danger: float, solo: float) -> bool:  # noqa: ANN001
        """decide(), where a classifier flag under ``solo`` also needs DIET to rank a
        safety intent first (any confidence): solo 0 is the deployed rule, 2 means the
        classifier never flags alone."""
        flag = combine.decide(tri, rank, score, danger_threshold=danger)
        if flag is None or flag.source != "classifier" or score.danger >= solo:
            return flag is not None
        top = next((c for c in rank if c.get("name") != "nlu_fallback"), {})
        if str(top.get("name") or "").startswith("safety_"):
            return True
        # Without DIET's agreement, DIET alone may still flag (its own thresholds).
        learned = combine.learned_category(rank)
        return bool(
            learned
            and learned[1] >= combine.LEARNED_THRESHOLD
            and score.danger >= combine.LEARNED_MIN_DANGER
        )

    def run(
        danger: float,
        learned: float,
        floor: float,
        solo: float = 0.0,
        explained: float = 0.0,
        veto: float = 0.0,
        critical_floor: float = combine.LEARNED_MIN_DANGER,
    ) -> dict[str, tuple[int, ...]]:
        combine.LEARNED_THRESHOLD, combine.LEARNED_MIN_DANGER_OTHER = learned, floor
        combine.EXPLAINED_DANGER, combine.LEARNED_MIN_DANGER = explained, critical_floor
        combine.LEXICON_VETO_DANGER = veto
        result = {}
        for language in LANGUAGES:
            fa = benign = strict = strict_hit = other = other_hit = 0
            for lang, labels, tri, rank, score, _ in rows:
                if lang != language:
                    continue
                hit = flagged(tri, rank, score, danger, solo)
                if not labels:
                    benign += 1
                    fa += hit
                elif STRICT & set(labels):
                    strict += 1
                    strict_hit += hit
                else:
                    other += 1
                    other_hit += hit
            result[language] = (strict_hit, strict, other_hit, other, fa, benign)
        return result

    # danger, DIET, floor, solo, explained, veto, critical floor (see run()).
    deployed = (
        deployed_danger_threshold(),
        combine.LEARNED_THRESHOLD,
        combine.LEARNED_MIN_DANGER_OTHER,
        0.0,
        combine.EXPLAINED_DANGER,
        combine.LEXICON_VETO_DANGER,
        combine.LEARNED_MIN_DANGER,
    )
    print(
        f"set {args.set}, model {model.name}; "
        f"deployed: danger/learned/floor/solo/explained/veto/critical floor {deployed}"
    )
    print(
        f"{'danger':>6} {'diet':>5} {'floor':>5} {'solo':>5} {'expl':>5} | "
        + " | ".join(f"{lang}: strict  other   FA" for lang in LANGUAGES)
        + " | total FA"
    )
    grid = itertools.chain(
        itertools.product((0.6, 0.7), (0.5, 0.8, 1.01), (0.2, 0.5), (0.0, 0.9, 2.0), (0.0,)),
        itertools.product((0.6, 0.7), (0.8, 1.01), (0.2,), (0.0,), (0.8, 0.9, 0.95, 2.0)),
        itertools.product((0.6,), (0.8,), (0.35, 0.5), (0.0,), (0.0, 0.9, 2.0)),
    )
    unchanged = deployed[5:]
    settings = [
        deployed,
        *((*row, *unchanged) for row in grid),
        *((*deployed[:5], veto, deployed[6]) for veto in (0.0, 0.02, 0.1, 0.2)),
        *((*deployed[:6], critical) for critical in (0.3, 0.4, 0.5)),
    ]
    for danger, learned, floor, solo, explained, veto, critical_floor in settings:
        if learned > 1 and floor != 0.2:
            continue  # DIET off: the floor does not matter
        r = run(danger, learned, floor, solo, explained, veto, critical_floor)
        cells = []
        total_fa = total_benign = 0
        for lang in LANGUAGES:
            sh, s, oh, o, fa, b = r[lang]
            total_fa += fa
            total_benign += b
            cells.append(f"{lang}: {sh:>3}/{s:<3} {oh:>3}/{o:<3} {fa:>3}")
        print(
            f"{danger:>6} {learned:>5} {floor:>5} {solo:>5} {explained:>5} | "
            + (f"veto {veto} | " if veto != deployed[5] else "")
            + (f"critical floor {critical_floor} | " if critical_floor != deployed[6] else "")
            + " | ".join(cells)
            + f" | {total_fa}/{total_benign} {100 * total_fa / total_benign:.1f}%"
        )
    combine.LEARNED_THRESHOLD, combine.LEARNED_MIN_DANGER_OTHER = deployed[1], deployed[2]
    combine.EXPLAINED_DANGER, combine.LEARNED_MIN_DANGER = deployed[4], deployed[6]
    combine.LEXICON_VETO_DANGER = deployed[5]
    if args.show:
        for lang, labels, tri, rank, score, text in rows:
            flag = combine.decide(tri, rank, score, danger_threshold=deployed[0])
            if not labels and flag is not None:
                top = rank[0] if rank else {}
                print(
                    f"  FA {lang} {flag.source:10} {flag.category:26} lr={score.danger:.2f} "
                    f"diet={top.get('name')}:{float(top.get('confidence') or 0):.2f} {text!r}"
                )
            elif labels and flag is None:
                print(f"  MISS {lang} {labels} lr={score.danger:.2f} {text!r}")


if __name__ == "__main__":
    main()
