"""Safety rounds study (issue 3, 19th session): does the classifier flag fewer harmless
messages when it also learns from the check rounds the team has read?

Since the 14th session the safety classifier learns from check rounds B–I
(``knowledge/safety/classifier/sentences/``). Rounds J–V were kept in ``bench/sentences/``
as check sets, and all but O and R had been read. This study retrains the classifier (n-gram and
meaning models, exactly as deployed) with more of them, in the order they were written,
and scores only what each variant did not learn from:

  * the later read rounds (S–T, U–V), as a fresh round would be;
  * rounds W and X (19th session), then Y and Z (20th), then AA and AB (21st), written
    fresh for this study (counts only);
  * the sets nobody has read (dev2, dev3, rounds O and R: counts only, never a message).

Per variant, set group and classifier threshold, two rows: the classifier alone, and the
whole triage replayed (lexicons as on disk, the variant's scores, DIET's ranking from
the trained model) through :func:`bot.safety.combine.decide`. The lexicons were fenced
on every read round, so whole-triage numbers on those flatter the lexicons, the same for
every variant; the classifier-alone rows are the cleaner comparison. Since the 19th
session rounds J–V are classifier data (the studied rounds are found in either folder,
and left out of the base data; a run after the move leaves out 7 more base texts equal to
a round's text, and the round T line equal to a dev3 message).

Findings (19th session, numbers in docs/benchmarks.md): on the fresh rounds W and X, the
classifier alone with J–V at 0.5 flagged 19 of 585 harmless messages and caught 210 of
218 critical and 231 of 261 other disclosures; without them, at the deployed 0.45: 29,
204 and 216. On the unread sets the whole triage flags more at 0.45 (87 → 101 of 2,125
harmless, all 526 critical caught) and about as many at 0.5 (88, one critical missed).

20th session (docs/benchmarks.md): rounds W and X, read for red team round 28, join the
studied rounds (a variant ``+J–X`` learns from them too) and the fresh rounds Y and Z
take their place. With W and X too, the whole triage at 0.45 on Y and Z flagged 25
instead of 24 of 566 harmless messages and caught 3 more other disclosures (222 of 223
critical either way); on the unread sets 106 instead of 94 of 2,125 harmless flagged,
nothing more caught: not kept.

21st session (docs/benchmarks.md): with the harmless rounds X and Z too (``+J–V h:W–Z``,
1,151 more look-alikes, no disclosures), the whole triage on the fresh rounds AA and AB
flagged 17 instead of 18 of 565 harmless messages, and on the unread sets 92 instead of
94 of 2,125. The classifier alone missed one more unread critical disclosure (515
instead of 516 of 526): not kept.

Usage (about 9 minutes per variant on two cores, a classifier fit of 5–9 minutes each;
DIET parses every check message once, cached by model beside the trained models):
  PYTHONPATH=. .venv/bin/python bench/safety_rounds_study.py [VARIANT...]
(VARIANT among the names of VARIANTS, quoted where they hold a space; all by default.)
"""

from __future__ import annotations

import pickle
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import yaml

from bench.safety_combination_study import deployed_danger_threshold
from bench.safety_encoder_study import (
    LANGUAGES,
    ROOT,
    Item,
    cell,
    check_sets,
    diet_rankings,
    tally,
    training_data,
)
from bench.safety_lexicon_diff import UNREAD
from bot.nlu.safety import sentence_examples
from bot.safety.classifier import DISCLOSURE_WEIGHT, NONE, SafetyClassifier
from bot.safety.combine import decide
from bot.safety.encoder import encoder
from bot.safety.lexicon import load_lexicons
from bot.safety.triage import triage
from scripts.model import cache_dir, content_hash

READ_ROUNDS = ("round_j", "round_k", "round_l", "round_n", "round_p", "round_q")
LATER = {
    "S–T": ("round_s", "round_t"),
    "U–V": ("round_u", "round_v"),
    "W–X": ("round_w", "round_x"),
    "Y–Z": ("round_y", "round_z"),
}
# Written in the 21st session and measured before anyone read them (W and X were the
# 19th session's fresh rounds, Y and Z the 20th's).
FRESH = {"AA–AB": ("round_aa", "round_ab")}
# The classifier thresholds tried with each variant (the deployed one among them).
THRESHOLDS = (0.45, 0.5, 0.55, 0.6)
# name -> (the rounds learned from besides B–I, the weight of a disclosure, the rounds
# whose harmless messages only are learned from).
J_V = READ_ROUNDS + LATER["S–T"] + LATER["U–V"]
W_Z = LATER["W–X"] + LATER["Y–Z"]
VARIANTS: dict[str, tuple[tuple[str, ...], float, tuple[str, ...]]] = {
    "B–I": ((), DISCLOSURE_WEIGHT, ()),  # before the 19th session
    "+J–Q": (READ_ROUNDS, DISCLOSURE_WEIGHT, ()),
    "+J–V": (J_V, DISCLOSURE_WEIGHT, ()),  # deployed since the 19th session
    "+J–X": (J_V + LATER["W–X"], DISCLOSURE_WEIGHT, ()),  # 20th session
    # 21st session: the precision side alone (the harmless messages of W–Z, not their
    # disclosures), against all of W–Z.
    "+J–V h:W–X": (J_V, DISCLOSURE_WEIGHT, LATER["W–X"]),
    "+J–V h:W–Z": (J_V, DISCLOSURE_WEIGHT, W_Z),
    "+J–Z": (J_V + W_Z, DISCLOSURE_WEIGHT, ()),
}


STUDIED = J_V + W_Z
# Where a round's files are: a check round in bench/sentences/, or classifier data since
# the rounds moved (19th session).
FOLDERS = (ROOT / "bench" / "sentences", ROOT / "knowledge" / "safety" / "classifier" / "sentences")


def round_file(name: str, language: str) -> Path:
    return next(
        folder / f"{name}.{language}.yml"
        for folder in FOLDERS
        if (folder / f"{name}.{language}.yml").exists()
    )


def round_examples(rounds: Sequence[str]) -> tuple[list[str], list[str]]:
    texts: list[str] = []
    labels: list[str] = []
    for name in rounds:
        for language in LANGUAGES:
            more_texts, more_labels = sentence_examples(round_file(name, language))
            texts += more_texts
            labels += more_labels
    return texts, labels


def harmless_examples(rounds: Sequence[str]) -> tuple[list[str], list[str]]:
    """The harmless messages of these rounds (label ``none``), without their disclosures."""
    texts, labels = round_examples(rounds)
    harmless = [t for t, label in zip(texts, labels, strict=True) if label == NONE]
    return harmless, [NONE] * len(harmless)


def base_data() -> tuple[list[str], list[str]]:
    """The classifier's training data without the studied rounds (B–I and the rest)."""
    texts, labels = training_data()
    studied = set(round_examples(STUDIED)[0])
    kept = [(t, label) for t, label in zip(texts, labels, strict=True) if t not in studied]
    return [t for t, _ in kept], [label for _, label in kept]


def study_sets() -> dict[tuple[str, str], list[Item]]:
    """The encoder study's check sets, with the studied rounds wherever they are."""
    sets = check_sets()
    for name in STUDIED:
        for language in LANGUAGES:
            items = yaml.safe_load(round_file(name, language).read_text("utf-8"))
            sets[(name, language)] = [(i["text"], list(i["categories"])) for i in items]
    return sets


def cached_rankings(texts: list[str]) -> dict[str, list[dict]]:
    # Beside the trained models (the user's own cache folder), keyed by the model.
    path = cache_dir() / f"rounds-study-rankings-{content_hash()}.pkl"
    if path.exists():
        known = pickle.loads(path.read_bytes())
        if set(texts) <= set(known):
            return known
    known = diet_rankings(texts)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(known))
    return known


def main() -> int:
    chosen = sys.argv[1:] or list(VARIANTS)
    if unknown := [name for name in chosen if name not in VARIANTS]:
        print(f"unknown variant(s) {unknown}; choose among {list(VARIANTS)}", file=sys.stderr)
        return 2
    base_texts, base_labels = base_data()
    sets = study_sets()
    groups: dict[str, list[tuple[str, str]]] = {
        label: [k for k in sets if k[0] in rounds] for label, rounds in LATER.items()
    }
    groups |= {label: [k for k in sets if k[0] in rounds] for label, rounds in FRESH.items()}
    fresh = {name for rounds in FRESH.values() for name in rounds}
    groups["unread"] = [k for k in sets if k[0] in UNREAD - fresh]
    normaliser = load_lexicons().normaliser
    reader = normaliser.keeping_accents()
    extra_texts, _ = round_examples(STUDIED)
    every_text = base_texts + extra_texts + [t for v in sets.values() for t, _ in v]
    every = list(dict.fromkeys(reader(t) for t in every_text))
    started = time.monotonic()
    known = dict(zip(every, encoder().encode(every), strict=True))
    print(f"encoded {len(every)} texts in {time.monotonic() - started:.0f} s", flush=True)

    def encode(batch: Sequence[str]) -> np.ndarray:
        return np.stack([known[t] for t in batch])

    checked = list(dict.fromkeys(t for k in sum(groups.values(), []) for t, _ in sets[k]))
    ranked = cached_rankings(checked)
    found = {k: [triage(t, k[1]) for t, _ in sets[k]] for g in groups.values() for k in g}
    deployed = deployed_danger_threshold()
    print(f"deployed classifier threshold {deployed}; whole = lexicons + classifier + DIET\n")
    for variant in chosen:
        rounds, weight, harmless_rounds = VARIANTS[variant]
        more_texts, more_labels = round_examples(rounds)
        harmless_texts, harmless_labels = harmless_examples(harmless_rounds)
        more_texts, more_labels = more_texts + harmless_texts, more_labels + harmless_labels
        learned = rounds + harmless_rounds  # the rounds this variant must not be scored on
        started = time.monotonic()
        classifier = SafetyClassifier(normaliser, disclosure_weight=weight, encode=encode).fit(
            base_texts + more_texts, base_labels + more_labels
        )
        print(
            f"{variant}: {len(base_texts) + len(more_texts)} examples, "
            f"fitted in {time.monotonic() - started:.0f} s",
            flush=True,
        )
        for group, keys in groups.items():
            if any(k[0] in learned for k in keys):
                continue
            scored = {key: classifier.scores([t for t, _ in sets[key]]) for key in keys}
            for threshold in THRESHOLDS:
                alone = {language: [0] * 6 for language in ("all", *LANGUAGES)}
                whole = {language: [0] * 6 for language in ("all", *LANGUAGES)}
                for key in keys:
                    items: list[Item] = sets[key]
                    scores = scored[key]
                    flags = [
                        decide(found[key][i], ranked[t], scores[i], danger_threshold=threshold)
                        is not None
                        for i, (t, _) in enumerate(items)
                    ]
                    for language in ("all", key[1]):
                        tally(items, [s.danger >= threshold for s in scores], alone[language])
                        tally(items, flags, whole[language])
                for label, counts in (("classifier", alone), ("whole", whole)):
                    print(f"  {group:7s} {threshold:.2f} {label:10s} {cell(counts['all'])}")
                    if threshold == deployed:
                        for language in LANGUAGES:
                            print(f"  {'':18s}   {language}: {cell(counts[language])}")
        print(flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
