"""The learned half of safety triage: a small classifier dedicated to danger.

DIET ranks every intent at once, so a disclosure competes with greetings and menu
choices, and its confidence is spread over twenty-odd classes. This classifier answers
one question — *which safeguarding category, if any?* — from the same training
examples: every ``safety_<category>`` example is that category, every other example
(greetings, banter, information questions…) is ``none``.

It reads the text the lexicons read (:mod:`bot.safety.normalise`: lower case, no
accents, text-speak and leetspeak undone), as character n-grams within words, which
survive typos and missing accents, plus word unigrams and bigrams. Since the 16th
session it also reads what the whole message means: a small neural network over the
multilingual sentence encoder's vectors of the same normalised text, accents kept
(:mod:`bot.safety.encoder`) answers the same danger question, and the danger score is a
weighted mean of the two (:data:`MEANING_WEIGHT`). N-grams know the words of a
disclosure; the encoder knows sentences that use those words for something else, and the
same thought in another of the three languages. Training on the whole data takes about
three minutes on two cores; nothing is downloaded.
"""

from __future__ import annotations

import hashlib
import json
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import joblib
import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import FeatureUnion, Pipeline

from bot.numeric import kernel_setting
from bot.safety import encoder as encoder_module
from bot.safety import normalise as normalise_module

NONE = "none"
IMMEDIATE_DANGER = "immediate_danger"
# Inverse regularisation strength of both regressions, and how much more a disclosure
# weighs than an ordinary message when the danger model learns. Since the 14th session
# the ordinary side holds thousands of harmless look-alikes that use the danger words
# (the red-team check rounds, knowledge/safety/classifier/sentences/); weighting the
# disclosures 3 to 1 keeps indirect disclosures above the thresholds while the
# look-alikes pull everyday talk down. Chosen with the tuning sets (dev2, dev3) and the
# fresh round J (docs/benchmarks.md, 14th session): C 5 / 10 / 20, weights 1 to 4.
# Lowered from 3 to 1.5 in the 24th session (bench/safety_robustness_study.py, refits on
# the read rounds W–AF and the unread sets): 31 fewer of 5,136 harmless messages flagged
# (17 of them unread), every critical disclosure kept, 3 of 1,439 others lost.
C = 20.0
DISCLOSURE_WEIGHT = 1.5
# Categories whose disclosures weigh differently from DISCLOSURE_WEIGHT (empty: none).
CATEGORY_WEIGHTS: Mapping[str, float] = {}
# The meaning model's share of the danger score (the n-gram model has the rest), and its
# shape: one hidden layer of 256 units over the encoder's 512 numbers, trained for 60
# passes with a fixed seed so a retrain gives the same model. Chosen in the 16th session
# with bench/safety_encoder_study.py (docs/benchmarks.md): alone, the network is
# overconfident (a subtle disclosure it misreads scores about 0), so an equal mean let it
# veto the n-gram model. It reads the lexicons' normalised text (text-speak and leetspeak
# undone) with the accents kept (17th session): on the sets nobody has read (dev2, dev3,
# rounds O and R) the network refitted with accents flagged 7 fewer of 2,125 harmless
# messages than refitted without (98 / 105) and caught one more disclosure, every
# critical one still caught; on the fresh rounds S and T, 1 fewer of 592 harmless and one
# more disclosure. The last session's raw-text variant pointed the same way.
MEANING_WEIGHT = 0.4
MEANING_HIDDEN = 256
MEANING_ALPHA = 1e-3
MEANING_PASSES = 60
MEANING_SEED = 0


def training_fingerprint(textspeak: Mapping[str, str]) -> str:
    """What shapes a trained classifier besides its examples and config: the source of
    this module and of the normaliser, the lexicons' text-speak map, and the OpenBLAS
    kernel training runs with (:mod:`bot.numeric`).

    Rasa fingerprints a component by its config and training data only, so
    ``SafetyTriage.fingerprint_addon`` and ``scripts/model.py`` add this to retrain the
    classifier when the way it reads text changes.
    """
    digest = hashlib.sha256()
    for module in (__file__, normalise_module.__file__, encoder_module.__file__):
        digest.update(Path(module).read_bytes())
    digest.update(json.dumps(sorted(textspeak.items())).encode())
    digest.update(f"openblas kernel: {kernel_setting()}".encode())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class Scores:
    """The classifier's view of one message.

    Attributes:
        danger: probability that the message discloses any category (1 - P(none)).
        category: the most likely category other than ``none``.
        confidence: that category's probability.
        immediate_danger: the probability the category model gives ``immediate_danger``
            (an emergency is often told in the words of another category: "my friend
            just took all her pills").
    """

    danger: float
    category: str
    confidence: float
    immediate_danger: float = 0.0


def _features() -> FeatureUnion:
    return FeatureUnion(
        [
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)),
            (
                "words",
                TfidfVectorizer(
                    analyzer="word",
                    ngram_range=(1, 2),
                    sublinear_tf=True,
                    token_pattern=r"(?u)\b\w+\b",  # noqa: S106 - a regex, not a password
                ),
            ),
        ]
    )


Encode = Callable[[Sequence[str]], np.ndarray]


def _encode(texts: Sequence[str]) -> np.ndarray:
    return encoder_module.encoder().encode(texts)


def _keeping_accents(normalise: Callable[[str], str]) -> Callable[[str], str]:
    """What the meaning model reads: the lexicons' normalised text with its accents
    (see :data:`MEANING_WEIGHT`), or ``normalise`` itself when it is another function."""
    if isinstance(normalise, normalise_module.Normaliser):
        return normalise.keeping_accents()
    return normalise


class SafetyClassifier:
    """Two logistic regressions over normalised text: *is this a disclosure?* (every
    example) and *of what?* (safety examples only), and a small network over the
    sentence encoder's vectors that answers the first question too.

    Splitting the questions keeps the danger score a two-class probability, so one
    threshold means the same thing for every category, and the category model is not
    skewed by how many ordinary examples there are. The danger score is the n-gram
    model's probability and the meaning model's, weighted (:data:`MEANING_WEIGHT`).

    Args:
        normalise: the lexicons' normaliser, applied before n-gram features are taken.
        c: inverse regularisation strength of both regressions.
        disclosure_weight: the weight of a disclosure against an ordinary message's 1
            when the danger models learn (the meaning model sees each disclosure that
            many times, rounded).
        category_weights: weights for the disclosures of some categories instead of
            ``disclosure_weight`` (default :data:`CATEGORY_WEIGHTS`).
        encode: sentence vectors for texts (default: :func:`bot.safety.encoder.encoder`).
        meaning_normalise: what the meaning model reads (default: ``normalise`` keeping
            accents, when it is a :class:`~bot.safety.normalise.Normaliser`).
    """

    def __init__(
        self,
        normalise: Callable[[str], str],
        c: float = C,
        disclosure_weight: float = DISCLOSURE_WEIGHT,
        encode: Encode | None = None,
        meaning_normalise: Callable[[str], str] | None = None,
        category_weights: Mapping[str, float] = CATEGORY_WEIGHTS,
    ) -> None:
        self._normalise = normalise
        self._meaning_normalise = meaning_normalise or _keeping_accents(normalise)
        self._disclosure_weight = disclosure_weight
        self._category_weights = dict(category_weights)
        self._encode = encode or _encode
        self._meaning: MLPClassifier | None = None
        self._danger = Pipeline(
            [("features", _features()), ("model", LogisticRegression(C=c, max_iter=3000))]
        )
        self._category = Pipeline(
            [("features", _features()), ("model", LogisticRegression(C=c, max_iter=3000))]
        )
        self._fitted = False

    @property
    def fitted(self) -> bool:
        return self._fitted

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> SafetyClassifier:
        """Learns from examples; ``labels`` are category ids or :data:`NONE`.

        Raises:
            ValueError: unless there are ``none`` examples and examples of at least two
                categories.
        """
        normalised = [self._normalise(t) for t in texts]
        unsafe = [(t, label) for t, label in zip(normalised, labels, strict=True) if label != NONE]
        if len(unsafe) == len(normalised) or len({label for _, label in unsafe}) < 2:
            raise ValueError(
                "the safety classifier needs other examples and two or more categories"
            )
        danger = [int(label != NONE) for label in labels]
        weights = [self._weight(label) for label in labels]
        self._danger.fit(normalised, danger, model__sample_weight=weights)
        self._category.fit([t for t, _ in unsafe], [label for _, label in unsafe])
        self._meaning = self._fit_meaning(
            [self._meaning_normalise(t) for t in texts], danger, weights
        )
        self._fitted = True
        return self

    def _weight(self, label: str) -> float:
        """How much an example of ``label`` weighs when the danger models learn."""
        if label == NONE:
            return 1.0
        return self._category_weights.get(label, self._disclosure_weight)

    def _fit_meaning(
        self, normalised: Sequence[str], danger: Sequence[int], weights: Sequence[float]
    ) -> MLPClassifier:
        """The network over sentence vectors of the texts as the meaning model reads them;
        an example is repeated to weigh its weight, rounded, times (the network takes no
        weights)."""
        vectors = self._encode(list(normalised))
        target = np.asarray(danger)
        copies = np.maximum(1, np.rint(np.asarray(weights))).astype(int)
        # Every example once, then again those that weigh two or more, and so on.
        rows = np.concatenate(
            [np.arange(len(target))]
            + [np.flatnonzero(copies >= k) for k in range(2, int(copies.max()) + 1)]
        )
        model = MLPClassifier(
            hidden_layer_sizes=(MEANING_HIDDEN,),
            alpha=MEANING_ALPHA,
            max_iter=MEANING_PASSES,
            random_state=MEANING_SEED,
        )
        with warnings.catch_warnings():
            # A fixed number of passes is the setting that was measured, not a failure.
            warnings.simplefilter("ignore", ConvergenceWarning)
            model.fit(vectors[rows], target[rows])
        return model

    def scores(self, texts: Sequence[str]) -> list[Scores]:
        """Scores messages; an unfitted classifier scores every message as safe."""
        if not self._fitted or not texts:
            return [Scores(0.0, NONE, 0.0) for _ in texts]
        normalised = [self._normalise(t) for t in texts]
        danger = self._danger.predict_proba(normalised)[:, 1]
        if self._meaning is not None:
            read = [self._meaning_normalise(t) for t in texts]
            meaning = self._meaning.predict_proba(self._encode(read))[:, 1]
            danger = (1.0 - MEANING_WEIGHT) * danger + MEANING_WEIGHT * meaning
        categories: list[str] = list(self._category.classes_)
        emergency = categories.index(IMMEDIATE_DANGER) if IMMEDIATE_DANGER in categories else None
        results = []
        for p_danger, row in zip(danger, self._category.predict_proba(normalised), strict=True):
            best = int(row.argmax())
            results.append(
                Scores(
                    float(p_danger),
                    categories[best],
                    float(row[best]),
                    float(row[emergency]) if emergency is not None else 0.0,
                )
            )
        return results

    def warm_up(self) -> None:
        """Loads the sentence encoder now (about a second and a half), so that the first
        message after a start is not the one that waits for it."""
        if self._fitted and self._meaning is not None:
            self._encode(["."])

    def save(self, path: Path) -> None:
        """Writes the fitted models (not the normaliser, which comes from the lexicons)."""
        joblib.dump(
            {
                "fitted": self._fitted,
                "danger": self._danger,
                "category": self._category,
                "meaning": self._meaning,
            },
            path,
        )

    @classmethod
    def load(
        cls,
        path: Path,
        normalise: Callable[[str], str],
        encode: Encode | None = None,
        meaning_normalise: Callable[[str], str] | None = None,
    ) -> SafetyClassifier:
        """Reads models written by :meth:`save` (one saved before the meaning model
        existed scores with its n-gram model alone)."""
        state = joblib.load(path)
        classifier = cls(normalise, encode=encode, meaning_normalise=meaning_normalise)
        classifier._danger = state["danger"]
        classifier._category = state["category"]
        classifier._meaning = state.get("meaning")
        classifier._fitted = bool(state["fitted"])
        return classifier
