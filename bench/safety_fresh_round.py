"""Fresh check rounds (issue 3): drop repeats unread, then measure without reading.

A fresh round is a file of labelled sentences (the format of ``bench/sentences/``) that
nobody on the team has read. Two steps keep it honest:

``dedupe FILE...`` drops every line whose normalised text equals a text the team
already has (:func:`bench.safety_lexicon_diff.texts`: tuning sets, check rounds,
classifier examples, NLU data) or a message of the held-out set, rewrites the file
without it and prints only how many lines were dropped: a repeat would measure nothing
new, and a held-out repeat would leak the held-out set into a read one.

``measure FILE...`` runs the whole triage (DIET's ranking and the safety classifier of
the trained model, the lexicons on disk; as :mod:`bench.safety_sentences`) and prints
counts only, per file (a check round, or an unread tuning set of ``eval/dev*/``; never
the held-out set): disclosures caught per category group (critical, bullying,
other) and harmless messages flagged, by detector. No message is ever printed, so the
round stays fresh until someone chooses to read it.

Usage:
  PYTHONPATH=. .venv/bin/python bench/safety_fresh_round.py dedupe FILE...
  PYTHONPATH=. .venv/bin/python bench/safety_fresh_round.py measure FILE... [--model PATH]
      [--variant threshold=0.5 --variant LEXICON_VETO_EXEMPT+=bullying ...]
(each ``--variant`` adds the counts for that variant of the combination beside the
deployed one, from the same DIET pass.)
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from bot.names import LANGUAGES
from bot.safety.lexicon import Category, load_lexicons
from eval.safety import ROOT, SETS, STRICT, load

# The held-out set's files, as eval/safety.py names them: never measured here.
HELD_OUT = {(ROOT / SETS["held-out"].format(language=lang)).resolve() for lang in LANGUAGES}


def _items(path: Path) -> list[dict[str, Any]]:
    if path.resolve() in HELD_OUT:
        raise SystemExit(f"{path}: the held-out set is for reporting (make eval-safety), not here")
    loaded = yaml.safe_load(path.read_text("utf-8")) or []
    if isinstance(loaded, dict) and isinstance(loaded.get("messages"), list):
        # A tuning set of eval/ (language, messages): measured, never deduplicated.
        return [{"language": loaded.get("language"), **item} for item in loaded["messages"]]
    if not isinstance(loaded, list):
        raise SystemExit(f"{path}: expected a YAML list of sentences")
    return loaded


def dedupe(paths: list[Path]) -> None:
    if any(isinstance(yaml.safe_load(path.read_text("utf-8")), dict) for path in paths):
        raise SystemExit("dedupe: only check rounds (YAML lists of sentences), not eval/ sets")
    from bench.safety_lexicon_diff import texts

    normalise = load_lexicons().normaliser
    # A round being deduplicated is not compared with itself (its name is the source of
    # its lines in texts()).
    rounds = {path.name.split(".")[0] for path in paths}
    known = {normalise(item.text) for item in texts() if item.source not in rounds}
    for language in LANGUAGES:
        known |= {normalise(str(item["text"])) for item in load(language, "held-out")}
    for path in paths:
        items = _items(path)
        seen: set[str] = set()
        kept = []
        for item in items:
            key = normalise(str(item["text"]))
            if key in known or key in seen:
                continue
            seen.add(key)
            kept.append(item)
        dropped = len(items) - len(kept)
        header = [line for line in path.read_text("utf-8").splitlines() if line.startswith("#")]
        body = yaml.safe_dump(
            kept, allow_unicode=True, sort_keys=False, width=10_000, default_flow_style=None
        )
        path.write_text("\n".join([*header, body]), "utf-8")
        print(f"{path}: {dropped} of {len(items)} lines dropped unread (repeats)")


def group(labels: list[str]) -> str:
    if any(label in STRICT for label in labels):
        return "critical"
    return "bullying" if labels == ["bullying"] else "other"


def _variant(spec: str) -> tuple[float | None, dict[str, Any], bool]:
    """A variant of the combination: ``threshold=0.5`` (the danger threshold), a float
    constant of :mod:`bot.safety.combine` (``LEXICON_VETO_DANGER=0.1``), a category
    added to one of its category sets (``LEXICON_VETO_EXEMPT+=bullying``) or
    ``repair=off`` (the lexicons read only the spelling as typed, bot/safety/spelling.py);
    several joined by commas."""
    from bot.safety import combine

    threshold: float | None = None
    patches: dict[str, Any] = {}
    repair = True
    for part in spec.split(","):
        name, _, value = part.strip().partition("=")
        if name == "threshold":
            threshold = float(value)
        elif name == "repair" and value in ("on", "off"):
            repair = value == "on"
        elif name.endswith("+") and isinstance(getattr(combine, name[:-1], None), frozenset):
            patches[name[:-1]] = getattr(combine, name[:-1]) | {Category(value)}
        elif isinstance(getattr(combine, name, None), float):
            patches[name] = float(value)
        else:
            raise SystemExit(f"--variant {spec!r}: unknown setting {name!r}")
    return threshold, patches, repair


def measure(paths: list[Path], model: Path | None, variants: list[str] | None = None) -> None:
    from bench.safety_sentences import decide_all, learned_inputs
    from bot.safety import combine

    loaded = {path: _items(path) for path in paths}
    items = [item for items in loaded.values() for item in items]
    # One model load and one DIET pass for every file and every variant.
    ranks, scores = learned_inputs(items, model)
    for spec in ["deployed", *(variants or [])]:
        threshold, patches, repair = (None, {}, True) if spec == "deployed" else _variant(spec)
        saved = {name: getattr(combine, name) for name in patches}
        for name, value in patches.items():
            setattr(combine, name, value)
        try:
            flags = decide_all(items, ranks, scores, threshold, repair=repair)
        finally:
            for name, value in saved.items():
                setattr(combine, name, value)
        if variants:
            print(f"-- {spec}")
        _report(loaded, flags)


def _report(loaded: dict[Path, list[dict[str, Any]]], flags: list[Any]) -> None:
    """Counts per file: disclosures caught per group, harmless flagged by detector."""
    start = 0
    for path, items in loaded.items():
        mine, start = flags[start : start + len(items)], start + len(items)
        caught: Counter[str] = Counter()
        total: Counter[str] = Counter()
        by_detector: Counter[str] = Counter()
        for item, flag in zip(items, mine, strict=True):
            labels = list(item.get("categories") or [])
            kind = group(labels) if labels else "harmless"
            total[kind] += 1
            caught[kind] += flag is not None
            if flag is not None and not labels:
                by_detector[flag.source] += 1
        verb = {"harmless": "flagged"}
        parts = [
            f"{kind} {verb.get(kind, 'caught')} {caught[kind]} of {total[kind]}"
            for kind in sorted(total)
        ]
        detectors = ", ".join(f"{k} {v}" for k, v in sorted(by_detector.items()))
        print(f"{path}: " + "; ".join(parts) + (f" (flagged by {detectors})" if detectors else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("dedupe", "measure"))
    parser.add_argument("files", type=Path, nargs="+")
    parser.add_argument("--model", type=Path)
    parser.add_argument(
        "--variant",
        action="append",
        help="measure: also count with this variant of the combination, e.g. threshold=0.5,"
        " LEXICON_VETO_DANGER=0.1, LEXICON_VETO_EXEMPT+=bullying or repair=off (repeatable)",
    )
    args = parser.parse_args()
    if args.step == "dedupe":
        dedupe(args.files)
    else:
        measure(args.files, args.model, args.variant)


if __name__ == "__main__":
    main()
