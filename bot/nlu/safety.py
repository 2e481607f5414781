"""NLU component: safety triage on every message, before anything else is decided.

Adds a ``safety`` entity (value = category, plus ``severity``, ``source`` and all
``categories`` found) when a message may disclose danger. ``HearMeRulePolicy`` then
makes the safety response the next action in every conversation state.

Three detectors vote (see :func:`bot.safety.combine.decide`): the lexicons, the
dedicated safety classifier trained here from the ``safety_*`` and other intents'
examples (:mod:`bot.safety.classifier`), and DIET's intent ranking.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.loading import load_data
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.commands import is_payload
from bot.language import normalise_language
from bot.names import Entity, Intent
from bot.safety.classifier import NONE, SafetyClassifier, training_fingerprint
from bot.safety.combine import DANGER_THRESHOLD, decide
from bot.safety.lexicon import Category, load_lexicons
from bot.safety.triage import speller_for, triage
from bot.settings import get_settings

_MODEL_FILE = "safety_classifier.joblib"
# Labelled sentences (the check rounds' format) inside the classifier-only folder.
SENTENCES_FOLDER = "sentences"


def training_examples(training_data: TrainingData) -> tuple[list[str], list[str]]:
    """Texts and labels for the safety classifier: ``safety_<category>`` → category,
    every other intent → ``none``."""
    texts, labels = [], []
    for example in training_data.intent_examples:
        text = example.get(TEXT)
        intent = str(example.get(INTENT) or "")
        if not text:
            continue
        texts.append(text)
        if intent.startswith(Intent.SAFETY_PREFIX):
            labels.append(intent[len(Intent.SAFETY_PREFIX) :])
        else:
            labels.append(NONE)
    return texts, labels


def classifier_example_files(folder: str | None) -> list[Path]:
    """The NLU files of the classifier-only examples folder, in a fixed order (none when
    no folder is configured; a configured folder that is missing is an error)."""
    if not folder:
        return []
    path = Path(folder)
    if not path.is_dir():
        raise FileNotFoundError(f"SafetyTriage classifier_examples: no folder {folder!r}")
    return sorted(path.glob("*.yml"))


def classifier_sentence_files(folder: str | None) -> list[Path]:
    """The labelled sentence files in the ``sentences/`` folder of the classifier-only
    examples folder (red-team check rounds, once measured), in a fixed order."""
    if not folder:
        return []
    return sorted((Path(folder) / SENTENCES_FOLDER).glob("*.yml"))


def sentence_examples(path: Path) -> tuple[list[str], list[str]]:
    """Texts and labels of a labelled sentence file: a YAML list of ``text`` and
    ``categories`` (``[]`` = harmless → ``none``; of several categories the first that is
    not ``immediate_danger`` names the disclosure, which the danger model learns either way).

    Raises:
        ValueError: the file is not such a list, or an item has no text or an unknown
            category (the message names the file and the item).
    """
    items = yaml.safe_load(path.read_text("utf-8"))
    if not isinstance(items, list):
        raise ValueError(f"{path}: expected a list of sentences")
    texts, labels = [], []
    for number, item in enumerate(items, 1):
        text = item.get("text") if isinstance(item, dict) else None
        categories = item.get("categories") if isinstance(item, dict) else None
        if not isinstance(text, str) or not text.strip() or not isinstance(categories, list):
            raise ValueError(f"{path}: item {number} needs a text and a list of categories")
        unknown = [c for c in categories if c not in Category._value2member_map_]
        if unknown:
            raise ValueError(f"{path}: item {number}: unknown categories {unknown}")
        others = [c for c in categories if c != Category.IMMEDIATE_DANGER.value]
        texts.append(text)
        labels.append((others or categories)[0] if categories else NONE)
    return texts, labels


def classifier_training_data(
    training_data: TrainingData, folder: str | None, without: Sequence[str] = ()
) -> tuple[list[str], list[str]]:
    """The safety classifier's texts and labels: Rasa's NLU examples, then the
    classifier-only example files of ``folder``, then its labelled sentence files, in a
    fixed order. ``without``: leave out the example files whose name starts with one of
    these prefixes (the bench measures what new files bring; training leaves none out)."""
    texts, labels = training_examples(training_data)
    prefixes = tuple(without)
    files = [p for p in classifier_example_files(folder) if not p.name.startswith(prefixes)]
    extra = [training_examples(load_data(str(p))) for p in files]
    extra += [sentence_examples(p) for p in classifier_sentence_files(folder)]
    for more_texts, more_labels in extra:
        texts += more_texts
        labels += more_labels
    return texts, labels


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=True)
class SafetyTriage(GraphComponent):
    """Flags possible disclosures with a ``safety`` entity."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        # classifier_examples: a folder of Rasa NLU files that only the safety
        # classifier learns from (DIET never sees them), relative to the project root.
        return {"danger_threshold": DANGER_THRESHOLD, "classifier_examples": None}

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        classifier: SafetyClassifier | None = None,
    ) -> None:
        self._config = {**self.get_default_config(), **config}
        self._storage = model_storage
        self._resource = resource
        self._classifier = classifier or SafetyClassifier(load_lexicons().normaliser)

    @classmethod
    def fingerprint_addon(cls, config: dict[str, Any]) -> str | None:
        # Retrain when the classifier's code, the text-speak map or its own examples
        # change, not only when Rasa's training data or the config do.
        digest = hashlib.sha256(training_fingerprint(load_lexicons().normaliser.textspeak).encode())
        folder = config.get("classifier_examples")
        for path in classifier_example_files(folder) + classifier_sentence_files(folder):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        return digest.hexdigest()[:16]

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SafetyTriage:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        texts, labels = classifier_training_data(
            training_data, self._config.get("classifier_examples")
        )
        if NONE in labels and any(label != NONE for label in labels):
            self._classifier.fit(texts, labels)
        with self._storage.write_to(self._resource) as directory:
            self._classifier.save(Path(directory) / _MODEL_FILE)
        return self._resource

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> SafetyTriage:
        normaliser = load_lexicons().normaliser
        try:
            with model_storage.read_from(resource) as directory:
                classifier = SafetyClassifier.load(Path(directory) / _MODEL_FILE, normaliser)
        except (ValueError, FileNotFoundError):
            # Not trained (e.g. `rasa shell nlu` on a fresh config): lexicons and DIET only.
            classifier = SafetyClassifier(normaliser)
        classifier.warm_up()
        speller_for(load_lexicons())  # about two seconds: not on a child's first message
        return cls(config, model_storage, resource, classifier)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if is_payload(text):  # button payloads carry no disclosure; "/i want to die" does
                continue
            metadata = message.get("metadata") or {}
            language = (
                normalise_language(metadata.get("language")) if isinstance(metadata, dict) else None
            )
            # Over the length cap the learned guesses are unreliable (and the child is
            # asked to say it shorter); the lexicons still read every word.
            learned = len(text) <= get_settings().max_message_chars
            ranking = (message.get(INTENT_RANKING_KEY) or []) if learned else []
            # The classifier reads the message with its slips repaired ("me duele la
            # cabesa"): a misspelled harmless word no longer leaves the danger words to
            # speak alone (bench/safety_robustness_study.py, docs/benchmarks.md).
            scores = (
                self._classifier.scores([speller_for(load_lexicons()).raw(text, language)])[0]
                if learned
                else None
            )
            flag = decide(
                triage(text, language),
                ranking,
                scores,
                danger_threshold=float(self._config["danger_threshold"]),
            )
            if flag is None:
                continue
            entity = {
                "entity": Entity.SAFETY,
                "value": flag.category,
                "severity": flag.severity,
                "source": flag.source,
                "categories": list(flag.categories),
                "start": 0,
                "end": len(text),
                "extractor": self.__class__.__name__,
            }
            message.set(ENTITIES, [*(message.get(ENTITIES) or []), entity], add_to_output=True)
        return messages
