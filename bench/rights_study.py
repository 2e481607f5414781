"""Rights retrieval study (issue 4): compare variants of ``bot.rights.RightsIndex`` in
one run, on the TUNING set ``eval/dev/rights.{en,fr,es}.yml`` (never the held-out set)
and by cross-validation over the FAQ.

Reported per variant:
  * build   CPU seconds to build the index (knowledge and lexicons already loaded);
  * per language: top-1 and top-3 accuracy on the tuning questions, the share answered
    outright (``find_right`` logic: an article named, or ``is_confident``) and the
    precision of those answers;
  * cv      (not with --quick) top-1 over the FAQ by 5-fold cross-validation: the index
    is built without a fifth of the FAQ questions and each of their phrasings must find
    one of the entries its question lists. A second, differently worded check than the tuning set.
  * flips   how many tuning questions change top entry when the keywords of one entry
    (``opic``) are dropped: a stable index changes only questions about that entry.

One question is 0.7 points per language: treat differences of a point or two as noise.

A variant whose evidence spreads differently (``"rescale"``: another classifier, other
features) gets ``_SIMILARITY_SCALE`` and ``_DECISION_SCALE`` multiplied, after it is
built, by the ratio of its spreads to the current index's (the median over the tuning
questions, eval/dev, of the standard deviation over the entries of each kind of
evidence), so that both keep their current weight; the scales are printed.

Usage:
  PYTHONPATH=. .venv/bin/python bench/rights_study.py               all variants
  PYTHONPATH=. .venv/bin/python bench/rights_study.py --only current,sgd
  PYTHONPATH=. .venv/bin/python bench/rights_study.py --only current --set dev,dev2 --quick
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import re
import time
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from types import SimpleNamespace
from typing import Any
from unittest import mock

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression, SGDClassifier
from sklearn.svm import LinearSVC

import bot.rights as rights_module
from bot.rights import FaqQuestion, Right, RightsIndex, article_asked, is_confident, load_faqs
from bot.safety.lexicon import load_lexicons
from eval.rights import SETS, load

LANGUAGES = ("en", "fr", "es")
FOLDS = 5


class _Sgd:
    """The classifier before 2026-11-28: 5 epochs of SGD (hinge loss), as a stand-in
    with LinearSVC's signature."""

    def __init__(self, **_: Any) -> None:
        self._model = SGDClassifier(alpha=1e-4, max_iter=5, tol=None, random_state=0)

    def fit(self, x: Any, y: Any, sample_weight: Any = None) -> _Sgd:
        self._model.fit(x, y, sample_weight=sample_weight)
        self.coef_ = self._model.coef_
        self.intercept_ = self._model.intercept_
        return self


def _classifier(make: Callable[[float], Any]) -> type:
    """A stand-in for LinearSVC built by ``make(C)`` (C as bot.rights passes it)."""

    class Classifier:
        def __init__(self, C: float = 1.0, **_: Any) -> None:  # noqa: N803 - sklearn's name
            self._model = make(C)

        def fit(self, x: Any, y: Any, sample_weight: Any = None) -> Any:
            self._model.fit(x, y, sample_weight=sample_weight)
            self.coef_ = self._model.coef_
            self.intercept_ = self._model.intercept_
            return self

    return Classifier


def _logistic(c: float) -> Any:
    return LogisticRegression(C=c, max_iter=300, tol=1e-3)


def _crammer_singer(c: float) -> Any:
    return LinearSVC(C=c, multi_class="crammer_singer", tol=1e-2, max_iter=2000, random_state=0)


def _balanced(c: float) -> Any:
    return LinearSVC(C=c, class_weight="balanced", tol=1e-2, max_iter=2000, random_state=0)


# Function words of en/fr/es as the normaliser leaves them (no accents, lower case),
# written for this study; "no", "not", "pas", "sin", "without" are kept (they change
# what a question is about).
_STOP_WORDS_TEXT = """
    a an the and or but if of to in on at by for with from as is are was were be been
    am do does did have has had i me my you your he she it its we our they them their
    this that these those what which who how why when where can could would should will
    just so than then too very about into im dont
    le la les un une des de du et ou mais au aux en dans sur par pour avec ce cet cette
    ces est sont etre ai avait ont je moi mon ma mes tu te toi ton ta tes il elle on
    nous vous ils elles leur leurs son sa ses se que qui quoi comment pourquoi quand ne
    el los las lo una unos unas del al con para esta estan ser estar ha han yo mi mis
    ti tus ella nosotros su sus quien como cuando donde le les nos muy mas ya
"""
STOP_WORDS: frozenset[str] = frozenset(_STOP_WORDS_TEXT.split())


def _stem(token: str) -> str:
    """A crude suffix stripper over the three languages (plural, -ing/-ed, a final
    vowel), for the study only: school/schools, ecole/ecoles, escuela/escuelas meet."""
    if len(token) <= 4:  # noqa: PLR2004
        return token
    for suffix, replacement in (("ies", "i"), ("es", ""), ("s", ""), ("ing", ""), ("ed", "")):
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:  # noqa: PLR2004
            token = token[: -len(suffix)] + replacement
            break
    if len(token) > 4 and token[-1] in "eaoy":  # noqa: PLR2004
        token = token[:-1] + ("i" if token[-1] == "y" else "")
    return token


_WORD_RE = re.compile(r"(?u)\b\w\w+\b")


def _word_analyzer(stop: bool, stem: bool) -> Callable[[str], list[str]]:
    stops = STOP_WORDS if stop else frozenset()

    def analyse(text: str) -> list[str]:
        tokens = [t for t in _WORD_RE.findall(text) if t not in stops]
        if stem:
            tokens = [_stem(t) for t in tokens]
        return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]

    return analyse


def _features(
    char: tuple[str, tuple[int, int]] = ("char", (3, 5)),
    stop: bool = False,
    stem: bool = False,
    stems_block: float = 0.0,
) -> type:
    """A stand-in for bot.rights._Features with other character n-grams, stop words
    or crude stems in the word block, or stems as a third block of weight
    ``stems_block``; the raw document counts are kept for BM25."""

    base = rights_module._Features  # variants patch the module's name with this class

    class Features(base):
        def __init__(self, texts: Sequence[str], documents: Any) -> None:
            self.document_counts: list[Any] = []
            super().__init__(texts, documents)

        @staticmethod
        def _counters() -> list[tuple[CountVectorizer, float]]:
            _, (words, word_weight) = base._counters()
            if stop or stem:
                words = CountVectorizer(analyzer=_word_analyzer(stop, stem))
            blocks = [(CountVectorizer(analyzer=char[0], ngram_range=char[1]), 1.0)]
            blocks.append((words, word_weight))
            if stems_block:
                blocks.append((CountVectorizer(analyzer=_word_analyzer(stop, True)), stems_block))
            return blocks

        def _count(self, counter: CountVectorizer, texts: Sequence[str], documents: Any) -> Any:
            counts, in_documents = super()._count(counter, texts, documents)
            self.document_counts.append(in_documents)
            return counts, in_documents

    return Features


class _Bm25Index(RightsIndex):
    """Document evidence by Okapi BM25 (k1 = 1.2, b = 0.75, per feature block, blocks
    weighted as in the TF-IDF features) instead of TF-IDF cosine; the cosine is kept
    for "did you mean…" candidates. Needs ``_features()`` (raw document counts)."""

    K1, B = 1.2, 0.75

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        blocks = []
        for counts, (_, _, weight) in zip(
            self._features.document_counts, self._features._blocks, strict=True
        ):
            counts = counts.astype(float).tocsr()
            entries = counts.shape[0]
            frequency = np.bincount(counts.indices, minlength=counts.shape[1])
            idf = np.log(1 + (entries - frequency + 0.5) / (frequency + 0.5))
            length = np.asarray(counts.sum(axis=1)).ravel()
            norm = self.K1 * (1 - self.B + self.B * length / length.mean())
            rows = np.repeat(np.arange(entries), np.diff(counts.indptr))
            tf = counts.data
            counts.data = idf[counts.indices] * tf * (self.K1 + 1) / (tf + norm[rows])
            blocks.append(counts * weight)
        self._bm25 = sparse.hstack(blocks, format="csc")

    def parts(self, question: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Cosine similarity, document evidence (BM25) and classifier decisions."""
        similarity, decisions = self._parts(question)
        query = self._features.transform(self._normalise(question))
        document = np.asarray(self._bm25[:, query.indices] @ np.ones_like(query.data))
        return similarity, document, decisions

    def _evidence(self, question: str) -> tuple[np.ndarray, np.ndarray]:
        similarity, document, decisions = self.parts(question)
        evidence = document / rights_module._SIMILARITY_SCALE
        evidence = evidence + decisions / rights_module._DECISION_SCALE
        return similarity, evidence


def parts(index: RightsIndex, question: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per entry: the cosine similarity, the document evidence and the decisions."""
    if isinstance(index, _Bm25Index):
        return index.parts(question)
    similarity, decisions = index._parts(question)
    return similarity, similarity, decisions


# Medians over the tuning questions of the spread over the entries of each kind of
# evidence, for the current index (2026-11-29, 996 FAQ questions, character n-grams
# across words; with n-grams within words they were 0.01413 and 0.2827).
CURRENT_SPREADS = {"_SIMILARITY_SCALE": 0.01134, "_DECISION_SCALE": 0.2400}


def scales(index: RightsIndex) -> dict[str, float]:
    """Scales for a variant whose evidence spreads differently: the current constants
    times the ratio of the variant's spreads (medians over the tuning questions,
    eval/dev, of the standard deviation over the entries) to the current index's, so
    that both kinds of evidence keep their current weight and sharpness."""
    spreads = [
        (np.std(document), np.std(decisions))
        for language in LANGUAGES
        for item in load(language, "dev")
        for _, document, decisions in [parts(index, item["text"])]
    ]
    medians = dict(zip(CURRENT_SPREADS, np.median(np.array(spreads), axis=0), strict=True))
    return {
        name: float(getattr(rights_module, name) * medians[name] / CURRENT_SPREADS[name])
        for name in CURRENT_SPREADS
    }


# Each variant: module constants (and the classifier or feature classes) to patch in
# bot.rights; "index" names another index class, "rescale" re-derives the scales.
VARIANTS: dict[str, dict[str, Any]] = {
    "current": {},
    "sgd": {"LinearSVC": _Sgd, "_DECISION_SCALE": 0.26, "_NONE_EVIDENCE": 5.0},
    "word-0.5": {"_WORD_WEIGHT": 0.5},
    "svc-C3": {"_CLASSIFIER_C": 3.0},
    "similarity-x1.5": {"_SIMILARITY_SCALE": 0.02 / 1.5},
    "similarity-x0.5": {"_SIMILARITY_SCALE": 0.02 / 0.5},
    "classifier-only": {"_SIMILARITY_SCALE": 1e9},
    "secondary-0.6": {"_SECONDARY_WEIGHT": 0.6},
    "secondary-0.1": {"_SECONDARY_WEIGHT": 0.1},
    "word-1.0": {"_WORD_WEIGHT": 1.0},
    "svc-C0.5": {"_CLASSIFIER_C": 0.5},
    # 7th session (2026-11-29, method experiments). "char_wb" is the index before it:
    # character n-grams within words, its scales and thresholds. Measured then against
    # it (top-1 dev en/fr/es | dev2 en/fr/es, in questions; FAQ cross-validation):
    # n-grams across words ("char", now current) +2/-1/-1 | +1/+1/+2, cv 73.0 -> 73.5;
    # char 2-5 +2/-3/-1 | +1/+1/+1; char 3-4 +1/-4/0 | +1/+3/0; char 3-6 +2/-3/-1 |
    # 0/0/+1. No gain (-1..+1 in sum on dev2): char_wb 2-5, 3-6 and 2-4, crude stems
    # (in the word block or as a block of their own), BM25 documents, similarity x0.75
    # or x1.25. Worse (-1..-3 on dev2): Crammer-Singer, balanced classes, secondary
    # weight 0, stop words (es -5 on dev), scales at the medians of the time.
    # LogisticRegression C=10: -2/-3/-1 | +1/+2/0, but 6 minutes to build.
    "char_wb": {
        "_Features": _features(("char_wb", (3, 5))),
        "_SIMILARITY_SCALE": 0.02,
        "_DECISION_SCALE": 0.2,
        "CONFIDENT_SCORE": 0.4,
    },
    "median-scales": {"_SIMILARITY_SCALE": 0.01134, "_DECISION_SCALE": 0.2400},
    "similarity-x0.75": {"_SIMILARITY_SCALE": 0.02 / 0.75},
    "similarity-x1.25": {"_SIMILARITY_SCALE": 0.02 / 1.25},
    "documents-only": {"_DECISION_SCALE": 1e9},
    "secondary-0": {"_SECONDARY_WEIGHT": 0.0},
    "logistic-C10": {"LinearSVC": _classifier(_logistic), "_CLASSIFIER_C": 10.0, "rescale": True},
    "logistic-C30": {"LinearSVC": _classifier(_logistic), "_CLASSIFIER_C": 30.0, "rescale": True},
    "crammer-singer": {"LinearSVC": _classifier(_crammer_singer), "rescale": True},
    "svc-balanced": {"LinearSVC": _classifier(_balanced)},
    "char_wb-2-5": {"_Features": _features(("char_wb", (2, 5))), "rescale": True},
    "char_wb-3-6": {"_Features": _features(("char_wb", (3, 6))), "rescale": True},
    "char_wb-2-4": {"_Features": _features(("char_wb", (2, 4))), "rescale": True},
    "char-2-5": {"_Features": _features(("char", (2, 5))), "rescale": True},
    "char-3-6": {"_Features": _features(("char", (3, 6))), "rescale": True},
    "char-3-4": {"_Features": _features(("char", (3, 4))), "rescale": True},
    "stop-words": {"_Features": _features(stop=True), "rescale": True},
    "stems": {"_Features": _features(stem=True), "rescale": True},
    "stop-stems": {"_Features": _features(stop=True, stem=True), "rescale": True},
    "stems-block": {"_Features": _features(stems_block=0.5), "rescale": True},
    "bm25": {"_Features": _features(), "index": _Bm25Index, "rescale": True},
}


@contextlib.contextmanager
def patched(overrides: dict[str, Any]) -> Iterator[None]:
    with contextlib.ExitStack() as stack:
        for name, value in overrides.items():
            if name in ("index", "rescale"):
                continue
            stack.enter_context(mock.patch.object(rights_module, name, value))
        yield


def tuning_scores(
    index: RightsIndex, which: str = "dev"
) -> dict[str, tuple[float, float, float, float]]:
    """Per language: top-1, top-3, answered outright and its precision (percentages)."""
    out = {}
    for language in LANGUAGES:
        if not SETS[which](language).exists():  # dev3 has no Spanish questions
            continue
        questions = load(language, which)
        top1 = top3 = answered = right = 0
        for item in questions:
            acceptable = set(item["articles"])
            matches = index.search(item["text"], top=3)
            ids = [m.right.id for m in matches]
            top1 += ids[0] in acceptable
            top3 += bool(acceptable & set(ids))
            answer = article_asked(item["text"]) or (ids[0] if is_confident(matches) else None)
            if answer is not None:
                answered += 1
                right += answer in acceptable
        n = len(questions)
        out[language] = (
            100 * top1 / n,
            100 * top3 / n,
            100 * answered / n,
            100 * right / max(answered, 1),
        )
    return out


Build = Callable[..., RightsIndex]


@contextlib.contextmanager
def memoised_normaliser() -> Iterator[None]:
    """Normalise each text once over the many builds of cross-validation (the
    normaliser is a pure function; about a fifth of a build's time)."""
    normaliser = lru_cache(maxsize=None)(load_lexicons().normaliser)
    with mock.patch.object(
        rights_module, "load_lexicons", lambda: SimpleNamespace(normaliser=normaliser)
    ):
        yield


def faq_cross_validation(make: Build, rights: Sequence[Right], faq: Sequence[FaqQuestion]) -> float:
    """Top-1 (%) of held-out FAQ phrasings over ``FOLDS`` folds, all languages."""
    hits = total = 0
    with memoised_normaliser():
        for fold in range(FOLDS):
            train = [q for i, q in enumerate(faq) if i % FOLDS != fold]
            index = make(rights, faq=train)
            for question in (q for i, q in enumerate(faq) if i % FOLDS == fold):
                for phrasings in question.phrasings.values():
                    for phrasing in phrasings:
                        total += 1
                        hits += index.search(phrasing, top=1)[0].right.id in question.rights
    return 100 * hits / total


def flips(
    make: Build, index: RightsIndex, rights: Sequence[Right], faq: Sequence[FaqQuestion]
) -> int:
    """Tuning questions whose top entry changes when ``opic`` loses its keywords."""
    edited = [
        dataclasses.replace(
            r,
            texts={lang: dataclasses.replace(text, keywords=()) for lang, text in r.texts.items()},
        )
        if r.id == "opic"
        else r
        for r in rights
    ]
    with memoised_normaliser():
        other = make(edited, faq=faq)
    changed = 0
    for language in LANGUAGES:
        for item in load(language, "dev"):
            before = index.search(item["text"], top=1)[0].right.id
            after = other.search(item["text"], top=1)[0].right.id
            changed += before != after and "opic" not in (before, after)
    return changed


def study(name: str, variant: dict[str, Any], sets: Sequence[str], quick: bool) -> None:
    make: Build = variant.get("index", RightsIndex)
    rights, faq = rights_module.rights(), load_faqs()
    start = time.process_time()
    index = make(rights, faq=faq)
    seconds = time.process_time() - start
    chosen = scales(index) if variant.get("rescale") else {}
    with patched(chosen):
        for which in sets:
            scores = tuning_scores(index, which)
            cells = " | ".join(
                f"{lang} {t1:5.1f} {t3:5.1f} a{ans:4.0f} p{prec:5.1f}"
                for lang, (t1, t3, ans, prec) in scores.items()
            )
            mean = np.mean([s[0] for s in scores.values()])
            print(
                f"{name:16} {which:4} build {seconds:5.2f}s | {cells} | top-1 mean {mean:5.1f}",
                flush=True,
            )
        if chosen:
            print(f"{'':16} scales: " + ", ".join(f"{k} {v:.4g}" for k, v in chosen.items()))
        if not quick:
            cv = faq_cross_validation(make, rights, faq)
            print(f"{'':16} cv {cv:5.1f} | flips {flips(make, index, rights, faq)}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated variant names", default="")
    parser.add_argument(
        "--set",
        default="dev",
        help="dev (default), the unread dev2 (aggregate numbers only, as printed here), "
        "the read dev3 and later ones, or several: dev,dev2,dev4",
    )
    parser.add_argument("--quick", action="store_true", help="skip cross-validation and flips")
    args = parser.parse_args()
    names = [n for n in args.only.split(",") if n] or list(VARIANTS)
    sets = [s for s in args.set.split(",") if s]
    tuning = sorted(set(SETS) - {"heldout"})  # never the held-out set
    if not sets or not set(sets) <= set(tuning):
        parser.error(f"--set takes {', '.join(tuning)}, comma-separated")
    rights_module.rights()
    load_lexicons()
    print(f"tuning sets {', '.join(sets)}: top-1, top-3, answered (a), precision (p)")
    for name in names:
        with patched(VARIANTS[name]):
            study(name, VARIANTS[name], sets, args.quick)


if __name__ == "__main__":
    main()
