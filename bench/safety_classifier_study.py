"""Safety classifier study (issue 3): which learned detector flags fewer harmless messages
at the same recall?

Trains candidate *danger* detectors (is this message a disclosure at all?) on the Rasa NLU
training data exactly as ``bot.nlu.safety.SafetyTriage`` does (``training_examples``:
``safety_<category>`` → category, every other intent → ``none``), and scores them on the
TUNING set ``eval/dev/safety.{en,fr,es}.yml`` (never the held-out set). The category
model is not studied: recall here means "flagged at all", as in ``eval/safety.py``.

Reported per candidate, per language (each language with its own threshold) and pooled
(one threshold for all languages, as deployed):
  * FA@95     false-alarm rate on the hard benign messages at the highest threshold that
              keeps recall >= 95 % over all disclosures;
  * FA@crit   the same at the highest threshold that flags every disclosure of the four
              critical categories (suicide/self-harm, immediate danger, sexual abuse,
              online sexual exploitation);
  * FA@tgt    the same at the threshold that meets all targets (critical 100 %, every
              other category >= 95 %);
  * +lex      pooled FA@tgt when the lexicons' flags are added (the lexicon wins in
              ``bot.safety.combine.decide``, so this is lexicons + classifier, no DIET).
A second table gives per-category recall at the pooled FA@95 threshold.

One false alarm is 1.25 points per language (80 benign) and 0.42 pooled (240): treat
differences of a few points as noise.

Usage:
  PYTHONPATH=. .venv/bin/python bench/safety_classifier_study.py            all candidates
  PYTHONPATH=. .venv/bin/python bench/safety_classifier_study.py --only current,lr-C3
  ... --only current,per-language --bootstrap   (paired intervals against the first)
  PYTHONPATH=. .venv/bin/python bench/safety_classifier_study.py --errors current
      (prints that candidate's dev false alarms and misses at the pooled FA@95 threshold;
      for reading only — dev sentences never go into training data, lexicons or tests)

Findings (2026-11-28, 5,139 NLU examples; full table ~2.5 min on two cores):
  current: FA@95 18.8 / 22.5 / 25.0 % (en / fr / es), FA@crit 26.2 / 55.0 / 42.5 %;
  pooled FA@95 22.5 %, FA@tgt 53.3 %, with lexicons 32.9 %. No candidate is lower on
  all three languages at equal recall, and every paired bootstrap interval of the pooled
  difference includes 0 (e.g. hard-benign x3: FA@95 -4.2..+2.1, FA@tgt -7.5..+1.3
  points; per-language models: -5.8..+2.1 and -17.5..+22.9). C, class weights, n-gram
  ranges, raw vs normalised text, LinearSVC, SGD, complement NB and their ensembles
  move FA@95 by a few points either way; NB and SGD are clearly worse at full critical
  recall. FA@crit is set by one or two hard disclosures per language, mostly ones the
  lexicons catch. Of the current model's 54 false alarms at the pooled 95 % threshold,
  about 44 are everyday families the 'none' examples barely cover (home rules and
  scolding, games/films/idioms, news and school topics, innocent photos, paid chores,
  small injuries, plain everyday talk): only more training data helps there; about 10
  (denied or negated disclosures, questions about online safety or rights) might also
  yield to negation handling or to the question intents.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import pickle
import re
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.naive_bayes import ComplementNB
from sklearn.pipeline import FeatureUnion
from sklearn.svm import LinearSVC

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "fr", "es")
CRITICAL = ("suicide_self_harm", "immediate_danger", "sexual_abuse", "online_sexual_exploitation")
HARD_BENIGN_INTENTS = ("banter", "ask_question")
NONE = "none"


# ---------------------------------------------------------------- data


@dataclass
class Example:
    text: str
    label: str  # category or "none", as bot.nlu.safety.training_examples gives it
    intent: str
    language: str


def training_data() -> list[Example]:
    """The NLU examples, labelled by ``bot.nlu.safety.training_examples``, with their
    intent and the language of their file. Cached in /tmp by the files' contents (loading
    Rasa takes ~30 s)."""
    files = sorted((ROOT / "data" / "nlu").glob("*.yml"))
    digest = hashlib.sha256(b"v2")
    for path in files:
        digest.update(path.name.encode() + path.read_bytes())
    cache = Path(tempfile.gettempdir()) / f"hearme-safety-study-{digest.hexdigest()[:16]}.pkl"
    if cache.exists():
        return [Example(*row) for row in pickle.loads(cache.read_bytes())]  # noqa: S301
    from rasa.shared.nlu.constants import INTENT, TEXT
    from rasa.shared.nlu.training_data.loading import load_data

    from bot.nlu.safety import training_examples

    examples: list[Example] = []
    for path in files:
        language = path.suffixes[-2].lstrip(".")
        data = load_data(str(path))
        texts, labels = training_examples(data)
        intents = [str(e.get(INTENT) or "") for e in data.intent_examples if e.get(TEXT)]
        assert len(intents) == len(texts)
        examples += [
            Example(t, lab, i, language) for t, lab, i in zip(texts, labels, intents, strict=True)
        ]
    cache.write_bytes(pickle.dumps([(e.text, e.label, e.intent, e.language) for e in examples]))
    return examples


@dataclass
class DevItem:
    text: str
    categories: list[str]
    language: str
    lexicon: bool = False  # the lexicons flag it


def dev_data() -> list[DevItem]:
    from bot.safety.triage import triage
    from eval.safety import load

    items = []
    for language in LANGUAGES:
        for item in load(language, "dev"):
            text = item["text"]
            items.append(
                DevItem(
                    text,
                    list(item.get("categories") or []),
                    language,
                    triage(text, language).top is not None,
                )
            )
    return items


# ---------------------------------------------------------------- features


def features(
    chars: tuple[int, int] = (2, 5), words: tuple[int, int] = (1, 2), min_df: int = 1
) -> FeatureUnion:
    """bot.safety.classifier._features with the n-gram ranges as parameters."""
    return FeatureUnion(
        [
            (
                "chars",
                TfidfVectorizer(
                    analyzer="char_wb", ngram_range=chars, sublinear_tf=True, min_df=min_df
                ),
            ),
            (
                "words",
                TfidfVectorizer(
                    analyzer="word",
                    ngram_range=words,
                    sublinear_tf=True,
                    min_df=min_df,
                    token_pattern=r"(?u)\b\w+\b",  # noqa: S106
                ),
            ),
        ]
    )


# ---------------------------------------------------------------- models
# A model maker returns an object with fit(X, y, sample_weight) and a score(X) giving
# the danger score (higher = more likely a disclosure).


class Model:
    def __init__(self, estimator, score: str = "proba") -> None:
        self.estimator, self.how = estimator, score

    def fit(self, x, y, w=None):
        if w is None:
            self.estimator.fit(x, y)
        else:
            self.estimator.fit(x, y, sample_weight=w)
        return self

    def score(self, x) -> np.ndarray:
        if self.how == "decision":
            return self.estimator.decision_function(x)
        proba = self.estimator.predict_proba(x)
        classes = list(self.estimator.classes_)
        if self.how == "proba":
            return proba[:, classes.index(1)]
        # "not-none": multiclass over categories; danger = 1 - P(none)
        return 1.0 - proba[:, classes.index(NONE)]


class Ensemble:
    def __init__(self, makers: list[Callable[[], Model]], how: str) -> None:
        self.models, self.how = [m() for m in makers], how

    def fit(self, x, y, w=None):
        for m in self.models:
            m.fit(x, y, w)
        return self

    def score(self, x) -> np.ndarray:
        scores = np.vstack([m.score(x) for m in self.models])
        return scores.max(axis=0) if self.how == "max" else scores.mean(axis=0)


def lr(c=10.0, cw=None) -> Callable[[], Model]:
    return lambda: Model(LogisticRegression(C=c, max_iter=3000, class_weight=cw))


def lr_multiclass(c=10.0) -> Callable[[], Model]:
    return lambda: Model(LogisticRegression(C=c, max_iter=3000), "not-none")


def svc(c=1.0, cw=None) -> Callable[[], Model]:
    return lambda: Model(
        CalibratedClassifierCV(LinearSVC(C=c, class_weight=cw), method="sigmoid", cv=5)
    )


def cnb(alpha=0.3) -> Callable[[], Model]:
    return lambda: Model(ComplementNB(alpha=alpha))


def sgd(alpha=1e-5, cw=None) -> Callable[[], Model]:
    # modified_huber's predict_proba clips to exactly 0 and 1 (ties that break the
    # threshold search): rank by the decision function instead.
    return lambda: Model(
        SGDClassifier(
            loss="modified_huber", alpha=alpha, class_weight=cw, max_iter=200, random_state=0
        ),
        "decision",
    )


@dataclass
class Candidate:
    name: str
    model: Callable[[], Model | Ensemble]
    chars: tuple[int, int] = (2, 5)
    words: tuple[int, int] = (1, 2)
    text: str = "norm"  # "norm" (lexicon-normalised, as deployed) or "raw" (lower-cased)
    per_language: bool = False
    multiclass: bool = False  # labels are categories, not 0/1
    weights: dict[str, float] = field(default_factory=dict)  # intent -> sample weight
    min_df: int = 1
    # score the whole message and each piece of it, keep the highest: "sentence" splits
    # the raw text at . ! ? and line breaks, "clause" the normalised text at every clause
    # break (commas too); a disclosure in a long chatty message is not diluted
    pieces: str = ""
    parts: tuple[str, ...] = ()  # average these candidates' scores instead of training


def candidates() -> list[Candidate]:
    up = dict.fromkeys(HARD_BENIGN_INTENTS)
    return [
        Candidate("current", lr(10.0)),  # char_wb 2-5 + word 1-2 on normalised text, LR C=10
        *(Candidate(f"lr-C{c:g}", lr(c)) for c in (1.0, 3.0, 30.0, 100.0)),
        *(Candidate(f"lr-C{c:g}-balanced", lr(c, "balanced")) for c in (3.0, 10.0, 30.0)),
        Candidate("lr-multiclass-C10", lr_multiclass(10.0), multiclass=True),
        *(Candidate(f"svc-C{c:g}-calibrated", svc(c)) for c in (0.3, 1.0, 3.0)),
        Candidate("per-language", lr(10.0), per_language=True),
        Candidate("word1-3", lr(10.0), words=(1, 3)),
        Candidate("char1-6", lr(10.0), chars=(1, 6)),
        Candidate("char1-6+word1-3", lr(10.0), chars=(1, 6), words=(1, 3)),
        *(Candidate(f"cnb-a{a:g}", cnb(a)) for a in (0.1, 0.3, 1.0)),
        Candidate("mean(lr+cnb)", lambda: Ensemble([lr(10.0), cnb(0.3)], "mean")),
        Candidate("max(lr+cnb)", lambda: Ensemble([lr(10.0), cnb(0.3)], "max")),
        Candidate("mean(lr+svc)", lambda: Ensemble([lr(10.0), svc(1.0)], "mean")),
        Candidate("raw-text", lr(10.0), text="raw"),
        *(Candidate(f"sgd-mhuber-a{a:g}", sgd(a)) for a in (1e-4, 1e-5)),
        Candidate("sgd-mhuber-a1e-05-balanced", sgd(1e-5, "balanced")),
        *(
            Candidate(f"hard-benign-x{k:g}", lr(10.0), weights={i: k for i in up})
            for k in (2.0, 3.0, 5.0)
        ),
        Candidate("hard-benign-x3-C30", lr(30.0), weights={i: 3.0 for i in up}),
        Candidate("min_df2", lr(10.0), min_df=2),
        Candidate("sentence-max", lr(10.0), pieces="sentence"),
        Candidate("clause-max", lr(10.0), pieces="clause"),
        Candidate("norm+raw", lr(10.0), text="both"),
        Candidate("mean(current+per-language)", lr(10.0), parts=("current", "per-language")),
        Candidate("mean(current+raw-text)", lr(10.0), parts=("current", "raw-text")),
        Candidate(
            "mean(hard-benign-x3+per-lang)", lr(10.0), parts=("hard-benign-x3", "per-language")
        ),
    ]


# ---------------------------------------------------------------- metrics


def threshold_for(scores: np.ndarray, recall: float) -> float:
    """The highest threshold that flags (score >= threshold) at least ``recall``."""
    if len(scores) == 0:
        return math.inf
    ordered = np.sort(scores)[::-1]
    return float(ordered[math.ceil(recall * len(ordered) - 1e-9) - 1])


def target_threshold(scores: np.ndarray, items: list[DevItem]) -> float:
    """Highest threshold meeting every target: critical categories 100 %, others 95 %."""
    by_category: dict[str, list[float]] = {}
    for s, item in zip(scores, items, strict=True):
        for category in item.categories:
            by_category.setdefault(category, []).append(float(s))
    return min(
        threshold_for(np.array(v), 1.0 if c in CRITICAL else 0.95) for c, v in by_category.items()
    )


@dataclass
class Point:
    recall: float
    fa: float


def at(scores: np.ndarray, items: list[DevItem], threshold: float) -> Point:
    flagged = scores >= threshold
    pos = np.array([bool(i.categories) for i in items])
    return Point(float(flagged[pos].mean()), float(flagged[~pos].mean()))


@dataclass
class Result:
    name: str
    seconds: float
    scores: np.ndarray
    rows: dict[str, dict[str, float]]  # scope ("en", "fr", "es", "all") -> metrics
    by_category: dict[str, float]  # pooled recall at the pooled 95 % threshold


def evaluate(name: str, seconds: float, scores: np.ndarray, dev: list[DevItem]) -> Result:
    rows = {}
    for scope in (*LANGUAGES, "all"):
        idx = [k for k, i in enumerate(dev) if scope in ("all", i.language)]
        s, items = scores[idx], [dev[k] for k in idx]
        pos = np.array([s[k] for k, i in enumerate(items) if i.categories])
        crit = np.array([s[k] for k, i in enumerate(items) if set(i.categories) & set(CRITICAL)])
        t95, tcrit, ttgt = (
            threshold_for(pos, 0.95),
            threshold_for(crit, 1.0),
            target_threshold(s, items),
        )
        rows[scope] = {
            "t95": t95,
            "r95": at(s, items, t95).recall,
            "fa95": at(s, items, t95).fa,
            "facrit": at(s, items, tcrit).fa,
            "rtgt": at(s, items, ttgt).recall,
            "fatgt": at(s, items, ttgt).fa,
        }
        if scope == "all":
            # The lexicon wins in combine.decide: its flags count whatever the score.
            with_lexicon = np.where([i.lexicon for i in items], np.inf, s)
            rows[scope]["falex"] = at(with_lexicon, items, target_threshold(with_lexicon, items)).fa
            pooled_t95 = t95
    flagged = scores >= pooled_t95
    categories = sorted({c for i in dev for c in i.categories})
    by_category = {
        c: float(np.mean([flagged[k] for k, i in enumerate(dev) if c in i.categories]))
        for c in categories
    }
    return Result(name, seconds, scores, rows, by_category)


# ---------------------------------------------------------------- running


def run(candidate: Candidate, train: list[Example], dev: list[DevItem], normalise) -> np.ndarray:
    def text(s: str) -> str:
        if candidate.text == "both":  # the two readings side by side
            return f"{normalise(s)} | {s.lower()}"
        return normalise(s) if candidate.text == "norm" else s

    groups = [tuple(LANGUAGES)] if not candidate.per_language else [(lang,) for lang in LANGUAGES]
    scores = np.zeros(len(dev))
    for langs in groups:
        tr = [e for e in train if e.language in langs]
        idx = [k for k, i in enumerate(dev) if i.language in langs]
        feats = features(candidate.chars, candidate.words, candidate.min_df)
        x = feats.fit_transform([text(e.text) for e in tr])
        xd = feats.transform([text(dev[k].text) for k in idx])
        y = [e.label for e in tr] if candidate.multiclass else [int(e.label != NONE) for e in tr]
        w = (
            np.array([candidate.weights.get(e.intent, 1.0) for e in tr])
            if candidate.weights
            else None
        )
        model = candidate.model().fit(sparse.csr_matrix(x), y, w)
        scores[idx] = model.score(xd)
        if candidate.pieces:
            owner, texts = [], []
            for k in idx:
                for piece in split(dev[k].text, candidate.pieces, normalise):
                    owner.append(k)
                    texts.append(text(piece))
            if texts:
                for k, v in zip(owner, model.score(feats.transform(texts)), strict=True):
                    scores[k] = max(scores[k], v)
    return scores


def split(message: str, how: str, normalise) -> list[str]:
    """The pieces of a message with two or more (nothing for a single piece)."""
    if how == "sentence":
        pieces = re.split(r"[.!?\u2026\n]+", message)
    else:
        pieces = normalise(message).split(" . ")
    pieces = [p.strip(" .") for p in pieces if p.strip(" .")]
    return pieces if len(pieces) > 1 else []


def print_tables(results: list[Result]) -> None:
    def pct(v: float) -> str:
        return f"{100 * v:5.1f}"

    head = (
        f"{'candidate':30} {'s':>4} | "
        + " | ".join(f"{lang}: FA@95 FA@crit FA@tgt" for lang in LANGUAGES)
        + " | all: thr95   R@95 FA@95 FA@crit FA@tgt +lex"
    )
    print("\nDanger detector on eval/dev (false alarms % of 80 hard benign per language, 240 all)")
    print(head)
    print("-" * len(head))
    for r in results:
        parts = [f"{r.name:30} {r.seconds:4.0f}"]
        for lang in LANGUAGES:
            m = r.rows[lang]
            parts.append(f"    {pct(m['fa95'])}  {pct(m['facrit'])}  {pct(m['fatgt'])}")
        a = r.rows["all"]
        parts.append(
            f"   {a['t95']:7.3f} {pct(a['r95'])} {pct(a['fa95'])}  {pct(a['facrit'])}  "
            f"{pct(a['fatgt'])} {pct(a['falex'])}"
        )
        print(" |".join(parts))
    categories = list(results[0].by_category)
    short = {c: "".join(w[0] for w in c.split("_")) for c in categories}
    print(
        "\nRecall % per category at the pooled 95 % threshold ("
        + ", ".join(f"{short[c]}={c}" for c in categories)
        + "; * = critical)"
    )
    print(
        f"{'candidate':30} "
        + " ".join(f"{short[c] + ('*' if c in CRITICAL else ''):>6}" for c in categories)
    )
    for r in results:
        print(f"{r.name:30} " + " ".join(f"{pct(r.by_category[c]):>6}" for c in categories))


def show_errors(result: Result, dev: list[DevItem]) -> None:
    threshold = result.rows["all"]["t95"]
    print(f"\n{result.name}: pooled 95 % threshold {threshold:.3f}")
    print("False alarms (benign, score >= threshold), highest first:")
    benign = [(s, i) for s, i in zip(result.scores, dev, strict=True) if not i.categories]
    for s, i in sorted(benign, key=lambda p: -p[0]):
        if s >= threshold:
            print(f"  {s:.3f} {i.language} {'L' if i.lexicon else ' '} {i.text}")
    print("Missed disclosures (score < threshold), lowest first:")
    labelled = [(s, i) for s, i in zip(result.scores, dev, strict=True) if i.categories]
    for s, i in sorted(labelled, key=lambda p: p[0]):
        if s < threshold:
            print(f"  {s:.3f} {i.language} {'L' if i.lexicon else ' '} {i.categories} {i.text}")


def bootstrap(results: list[Result], dev: list[DevItem], rounds: int = 1000) -> None:
    """Paired bootstrap of the pooled FA@95 and FA@tgt differences against the first
    candidate (dev messages resampled within language and labelled/benign)."""
    rng = np.random.default_rng(0)
    strata = [
        [k for k, i in enumerate(dev) if i.language == lang and bool(i.categories) == pos]
        for lang in LANGUAGES
        for pos in (True, False)
    ]
    base = results[0]
    print(
        f"\nPaired bootstrap ({rounds} resamples): candidate minus {base.name}, pooled, "
        "points; 90 % interval"
    )
    draws = [np.concatenate([rng.choice(s, len(s)) for s in strata]) for _ in range(rounds)]

    def metrics(scores: np.ndarray, idx: np.ndarray) -> tuple[float, float]:
        items = [dev[k] for k in idx]
        s = scores[idx]
        pos = np.array([s[k] for k, i in enumerate(items) if i.categories])
        return at(s, items, threshold_for(pos, 0.95)).fa, at(
            s, items, target_threshold(s, items)
        ).fa

    base_metrics = [metrics(base.scores, idx) for idx in draws]
    for r in results[1:]:
        diffs = np.array(
            [
                np.subtract(metrics(r.scores, idx), b)
                for idx, b in zip(draws, base_metrics, strict=True)
            ]
        )
        lo, hi = np.percentile(diffs, [5, 95], axis=0) * 100
        print(
            f"  {r.name:30} FA@95 {lo[0]:+6.1f} .. {hi[0]:+5.1f}   FA@tgt {lo[1]:+6.1f} .. "
            f"{hi[1]:+5.1f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated candidate names")
    parser.add_argument("--errors", help="print this candidate's dev errors")
    parser.add_argument(
        "--bootstrap", action="store_true", help="intervals of the differences to the first"
    )
    args = parser.parse_args()
    warnings.filterwarnings("ignore")

    from bot.safety.lexicon import load_lexicons

    normalise = load_lexicons().normaliser
    train, dev = training_data(), dev_data()
    n_safe = sum(e.label == NONE for e in train)
    print(
        f"training: {len(train)} examples ({len(train) - n_safe} disclosures, {n_safe} none); "
        f"dev: {sum(bool(i.categories) for i in dev)} disclosures, "
        f"{sum(not i.categories for i in dev)} hard benign"
    )
    wanted = set(args.only.split(",")) if args.only else None
    if args.errors:
        wanted = {args.errors}
    results = []
    by_name = {c.name: c for c in candidates()}
    cache: dict[str, tuple[np.ndarray, float]] = {}

    def scored(candidate: Candidate) -> tuple[np.ndarray, float]:
        if candidate.name not in cache:
            start = time.perf_counter()
            if candidate.parts:
                parts = [scored(by_name[p]) for p in candidate.parts]
                cache[candidate.name] = (
                    np.mean([p[0] for p in parts], axis=0),
                    sum(p[1] for p in parts),
                )
            else:
                cache[candidate.name] = (
                    run(candidate, train, dev, normalise),
                    time.perf_counter() - start,
                )
        return cache[candidate.name]

    for candidate in by_name.values():
        if wanted and candidate.name not in wanted:
            continue
        scores, seconds = scored(candidate)
        results.append(evaluate(candidate.name, seconds, scores, dev))
        print(f"  {candidate.name}: {results[-1].seconds:.0f} s", file=sys.stderr, flush=True)
    if not results:
        sys.exit(f"no candidate named {sorted(wanted or [])}")
    print_tables(results)
    if args.errors:
        show_errors(results[0], dev)
    if args.bootstrap and len(results) > 1:
        bootstrap(results, dev)


if __name__ == "__main__":
    main()
