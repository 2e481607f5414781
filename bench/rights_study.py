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

Usage:
  PYTHONPATH=. .venv/bin/python bench/rights_study.py               all variants
  PYTHONPATH=. .venv/bin/python bench/rights_study.py --only current,sgd
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any
from unittest import mock

import numpy as np
from sklearn.linear_model import SGDClassifier

import bot.rights as rights_module
from bot.rights import FaqQuestion, Right, RightsIndex, article_asked, is_confident, load_faqs
from bot.safety.lexicon import load_lexicons
from eval.rights import load

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


# Each variant: module constants (and the classifier) to patch in bot.rights.
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
}


@contextlib.contextmanager
def patched(overrides: dict[str, Any]) -> Iterator[None]:
    with contextlib.ExitStack() as stack:
        for name, value in overrides.items():
            stack.enter_context(mock.patch.object(rights_module, name, value))
        yield


def tuning_scores(
    index: RightsIndex, which: str = "dev"
) -> dict[str, tuple[float, float, float, float]]:
    """Per language: top-1, top-3, answered outright and its precision (percentages)."""
    out = {}
    for language in LANGUAGES:
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


def faq_cross_validation(rights: Sequence[Right], faq: Sequence[FaqQuestion]) -> float:
    """Top-1 (%) of held-out FAQ phrasings over ``FOLDS`` folds, all languages."""
    hits = total = 0
    for fold in range(FOLDS):
        train = [q for i, q in enumerate(faq) if i % FOLDS != fold]
        index = RightsIndex(rights, faq=train)
        for question in (q for i, q in enumerate(faq) if i % FOLDS == fold):
            for phrasings in question.phrasings.values():
                for phrasing in phrasings:
                    total += 1
                    hits += index.search(phrasing, top=1)[0].right.id in question.rights
    return 100 * hits / total


def flips(index: RightsIndex, rights: Sequence[Right], faq: Sequence[FaqQuestion]) -> int:
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
    other = RightsIndex(edited, faq=faq)
    changed = 0
    for language in LANGUAGES:
        for item in load(language, "dev"):
            before = index.search(item["text"], top=1)[0].right.id
            after = other.search(item["text"], top=1)[0].right.id
            changed += before != after and "opic" not in (before, after)
    return changed


def study(name: str, build: Callable[[], RightsIndex], which: str, quick: bool) -> None:
    start = time.process_time()
    index = build()
    seconds = time.process_time() - start
    scores = tuning_scores(index, which)
    rights, faq = index.rights, load_faqs()
    cells = " | ".join(
        f"{lang} {t1:5.1f} {t3:5.1f} a{ans:4.0f} p{prec:5.1f}"
        for lang, (t1, t3, ans, prec) in scores.items()
    )
    mean = np.mean([s[0] for s in scores.values()])
    extra = (
        ""
        if quick
        else (f" | cv {faq_cross_validation(rights, faq):5.1f} | flips {flips(index, rights, faq)}")
    )
    print(
        f"{name:16} build {seconds:4.2f}s | {cells} | top-1 mean {mean:5.1f}{extra}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", help="comma-separated variant names", default="")
    parser.add_argument(
        "--set",
        choices=("dev", "dev2"),
        default="dev",
        help="dev (default) or the unread dev2 (aggregate numbers only, as printed here)",
    )
    parser.add_argument("--quick", action="store_true", help="skip cross-validation and flips")
    args = parser.parse_args()
    names = [n for n in args.only.split(",") if n] or list(VARIANTS)
    rights, faq = rights_module.rights(), load_faqs()
    load_lexicons()
    print(f"tuning set eval/{args.set}/rights.*.yml: top-1, top-3, answered (a), precision (p)")
    for name in names:
        with patched(VARIANTS[name]):
            study(name, lambda: RightsIndex(rights, faq=faq), args.set, args.quick)


if __name__ == "__main__":
    main()
