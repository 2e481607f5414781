"""Lexicon diff (issue 3): which messages a lexicon edit newly flags or no longer flags.

Compares the lexicons of a git revision (default ``HEAD``) with the working tree's on
every labelled text the team has: the check rounds (``bench/sentences/``), the safety
classifier's own examples and sentences (``knowledge/safety/classifier/``), the NLU
training data (``data/nlu/``, ``safety_<category>`` = a disclosure, anything else =
harmless) and the tuning sets (``eval/dev*/safety.*.yml``). A change is BETTER when the
new outcome (flagged or not) matches the label, WORSE otherwise. Only the lexicons are
compared: no model is loaded, so a run takes about a minute.

For the sets nobody may read (:data:`UNREAD`) only counts are printed, never a message;
the held-out set ``eval/safety/`` is never read at all. Red-team rounds run this before
every commit: every printed change must be BETTER and the unread counts must not get
worse.

``--speller`` compares instead the working tree's lexicons read without and with the
repair of slips (bot/safety/spelling.py), which the triage applies by default.

Usage:
  PYTHONPATH=. .venv/bin/python bench/safety_lexicon_diff.py [REVISION | --speller]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rasa.shared.nlu.training_data.loading import load_data

from bot.nlu.safety import sentence_examples, training_examples
from bot.safety.classifier import NONE
from bot.safety.lexicon import DEFAULT_DIRECTORY, LANGUAGES, Lexicons, load_lexicons
from bot.safety.triage import triage_with
from eval.safety import SETS, load

ROOT = Path(__file__).resolve().parent.parent
# Tuning and check sets whose messages are never printed: the unread tuning sets
# (eval/dev2/README.md, eval/dev3/README.md) and round O, kept unread in the 15th session
# as a fresh false-alarm check (docs/benchmarks.md), and round R. Fresh rounds join it
# until they are measured (rounds AA, AB and AC, 21st session, were measured and then read;
# round AD, 23rd session, too). Round AE (23rd session) was measured and stays unread for
# now: a fresh check of false alarms on everyday life after the repair of slips. Round AF
# (24th session) was measured unread, then read for red team round 34.
UNREAD = frozenset({"dev2", "dev3", "round_o", "round_r", "round_ae", "round_ak"})


@dataclass(frozen=True)
class Text:
    """One labelled text: where it comes from, its language, and whether it discloses."""

    source: str
    language: str
    text: str
    disclosure: bool


def texts(root: Path = ROOT) -> Iterator[Text]:
    """Every labelled text, tuning sets and check rounds first, read by the loaders the
    evaluation and the safety classifier use (:func:`eval.safety.load`,
    :func:`bot.nlu.safety.sentence_examples`, :func:`bot.nlu.safety.training_examples`)."""
    for which in sorted(set(SETS) - {"held-out"}):
        for language in LANGUAGES:
            for item in load(language, which):
                yield Text(which, language, item["text"], bool(item.get("categories")))
    sentence_files = sorted((root / "bench" / "sentences").glob("*.yml")) + sorted(
        (root / "knowledge" / "safety" / "classifier" / "sentences").glob("*.yml")
    )
    nlu_files = (
        sorted((root / "data" / "nlu").glob("*.yml"))
        + sorted((root / "knowledge" / "safety" / "classifier").glob("*.yml"))
        + sorted((root / "bench" / "classifier_candidates").glob("*.yml"))
    )
    loaded = [(p.name.split(".")[0], p, *sentence_examples(p)) for p in sentence_files]
    loaded += [(p.name, p, *training_examples(load_data(str(p)))) for p in nlu_files]
    for source, path, found, labels in loaded:
        language = path.name.split(".")[-2]
        for text, label in zip(found, labels, strict=True):
            yield Text(source, language, text, label != NONE)


def lexicons_at(revision: str) -> Lexicons:
    """The lexicon files as they are in ``revision``, loaded from a temporary folder."""
    folder = Path(tempfile.mkdtemp(prefix="hearme-lexicons-"))
    for language in LANGUAGES:
        name = f"lexicon.{language}.yml"
        relative = DEFAULT_DIRECTORY.relative_to(ROOT) / name
        shown = subprocess.run(  # noqa: S603 - fixed git command, revision from the CLI
            ["git", "-C", str(ROOT), "show", f"{revision}:{relative.as_posix()}"],  # noqa: S607
            capture_output=True,
            check=True,
        )
        (folder / name).write_bytes(shown.stdout)
    return load_lexicons(folder)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision", nargs="?", default="HEAD")
    parser.add_argument("--speller", action="store_true", help="without against with repair")
    args = parser.parse_args()
    after = load_lexicons()
    before = after if args.speller else lexicons_at(args.revision)
    # --speller: the same lexicons, read before without the repair of slips.
    repair = not args.speller
    counts: dict[str, list[int]] = {}
    total = 0
    for item in texts():
        total += 1
        was = triage_with(before, item.text, item.language, repair=repair).top is not None
        now = triage_with(after, item.text, item.language).top is not None
        if was == now:
            continue
        better = now == item.disclosure
        counts.setdefault(item.source, [0, 0])[0 if better else 1] += 1
        if item.source not in UNREAD:
            label = "disclosure" if item.disclosure else "harmless"
            verdict = "BETTER" if better else "WORSE "
            print(f"{verdict} {item.source} {item.language} {label}: {item.text[:150]!r}")
    print("per source (better, worse):", counts)
    better = sum(c[0] for c in counts.values())
    worse = sum(c[1] for c in counts.values())
    print(f"changed: {better} better, {worse} worse of {total} texts")
    return 1 if worse else 0


if __name__ == "__main__":
    sys.exit(main())
