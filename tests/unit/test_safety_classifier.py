"""The dedicated safety classifier and the trainable SafetyTriage component."""

from __future__ import annotations

import joblib
import numpy as np
import pytest
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.safety import (
    SafetyTriage,
    classifier_training_data,
    sentence_examples,
    training_examples,
)
from bot.safety.classifier import NONE, SafetyClassifier
from bot.safety.combine import DANGER_THRESHOLD
from bot.safety.lexicon import load_lexicons
from bot.safety.triage import triage

# A tiny world: two categories of disclosure and everyday talk that shares their words.
EXAMPLES = [
    ("he hits me with his belt when he is angry", "abuse_neglect"),
    ("my stepdad punches me and leaves bruises", "abuse_neglect"),
    ("mum slaps me every night for nothing", "abuse_neglect"),
    ("they lock me out and dont feed me", "abuse_neglect"),
    ("everyone at school calls me names and shoves me", "bullying"),
    ("they made a group chat just to laugh at me", "bullying"),
    ("kids post mean memes about me every day", "bullying"),
    ("nobody sits with me and they throw my bag", "bullying"),
    ("hello there", NONE),
    ("what can you do", NONE),
    ("i hit the ball really far today", NONE),
    ("we laughed at the memes in the group chat", NONE),
    ("my bag is heavy with books", NONE),
    ("mum makes pancakes every sunday", NONE),
    ("thanks a lot", NONE),
    ("school was fun today", NONE),
]


@pytest.fixture(scope="module")
def classifier() -> SafetyClassifier:
    texts, labels = zip(*EXAMPLES)
    return SafetyClassifier(load_lexicons().normaliser).fit(texts, labels)


def test_disclosures_score_higher_than_everyday_talk(classifier):
    danger, everyday = classifier.scores(
        ["my stepdad hits me with a belt", "thanks, school was fun"]
    )
    assert danger.danger > 0.5 > everyday.danger
    assert danger.category == "abuse_neglect"


def test_category_follows_the_words(classifier):
    (scores,) = classifier.scores(["they laugh at me in the group chat and call me names"])
    assert scores.category == "bullying"
    assert 0.5 < scores.confidence <= 1.0


def test_normalised_like_the_lexicons(classifier):
    # Shouting, accents-free leetspeak and stretched letters read as the plain words.
    plain, noisy = classifier.scores(["he hits me with his belt", "HE H1TS ME WITH HIS BEEELT"])
    assert noisy.danger == pytest.approx(plain.danger, abs=0.05)


def test_unfitted_classifier_flags_nothing():
    (scores,) = SafetyClassifier(load_lexicons().normaliser).scores(["he hits me"])
    assert scores.danger == 0.0 and scores.category == NONE


@pytest.mark.parametrize(
    "labels",
    [[NONE, NONE], ["bullying", "bullying"], ["bullying", NONE]],
    ids=["only-none", "only-safety", "one-category"],
)
def test_refuses_data_it_cannot_learn_from(labels):
    with pytest.raises(ValueError):
        SafetyClassifier(load_lexicons().normaliser).fit(["a", "b"], labels)


def test_save_and_load(classifier, tmp_path):
    classifier.save(tmp_path / "m.joblib")
    loaded = SafetyClassifier.load(tmp_path / "m.joblib", load_lexicons().normaliser)
    text = ["kids post mean memes about me"]
    assert loaded.scores(text) == classifier.scores(text)


# Everyday talk and a disclosure in the two languages the tiny world has no example of.
OTHER_LANGUAGES = [
    ("l'ecole etait sympa aujourd'hui", False),
    ("la escuela estuvo divertida hoy", False),
    ("mon beau-pere me frappe avec sa ceinture quand il est en colere", True),
    ("mi padrastro me pega con el cinturon", True),
]


def test_meaning_carries_what_was_learned_in_english_to_french_and_spanish(classifier):
    # The n-gram model has never seen these words and rates everyday French and Spanish
    # as likely danger; the meaning model, which reads the sentence, brings it down.
    texts = [text for text, _ in OTHER_LANGUAGES]
    scores = classifier.scores(texts)
    for (text, disclosure), score in zip(OTHER_LANGUAGES, scores, strict=True):
        assert (score.danger >= DANGER_THRESHOLD) is disclosure, text


def test_a_model_saved_before_the_meaning_model_still_loads(classifier, tmp_path):
    # Written like a 15th-session model: no meaning model, the n-gram danger alone.
    path = tmp_path / "old.joblib"
    joblib.dump(
        {"fitted": True, "danger": classifier._danger, "category": classifier._category}, path
    )
    old = SafetyClassifier.load(path, load_lexicons().normaliser)
    everyday = [text for text, disclosure in OTHER_LANGUAGES if not disclosure]
    old_scores, new_scores = old.scores(everyday), classifier.scores(everyday)
    for before, now in zip(old_scores, new_scores, strict=True):
        assert before.category == now.category
        assert before.danger >= DANGER_THRESHOLD > now.danger


def test_training_examples_label_safety_intents_by_category():
    data = TrainingData(
        [
            Message(data={"text": "he hits me", "intent": "safety_abuse_neglect"}),
            Message(data={"text": "hello", "intent": "greet"}),
        ]
    )
    assert training_examples(data) == (["he hits me", "hello"], ["abuse_neglect", NONE])


def _message(text: str) -> Message:
    m = Message(data={"text": text})
    m.set("intent_ranking", [{"name": "greet", "confidence": 0.9}])
    return m


def test_component_trains_persists_and_flags(tmp_path):
    storage, resource = LocalModelStorage(tmp_path), Resource("safety_triage")
    config = SafetyTriage.get_default_config()
    component = SafetyTriage.create(config, storage, resource, None)  # type: ignore[arg-type]
    data = TrainingData(
        [
            Message(data={"text": t, "intent": i if i == NONE else f"safety_{i}"})
            for t, i in EXAMPLES
        ]
    )
    component.train(data)
    loaded = SafetyTriage.load(config, storage, resource, None)  # type: ignore[arg-type]
    assert triage("my stepdad leaves bruises when he is angry").is_safe
    # No pattern covers this wording (checked below) and DIET says greet: the classifier
    # flags it.
    flagged, everyday = loaded.process(
        [_message("my stepdad leaves bruises when he is angry"), _message("school was fun")]
    )
    (entity,) = flagged.get("entities")
    assert (entity["entity"], entity["value"], entity["source"]) == (
        "safety",
        "abuse_neglect",
        "classifier",
    )
    assert not everyday.get("entities")


def _labels_learned(config: dict, tmp_path) -> list[str]:
    """Trains a SafetyTriage component with ``config`` on EXAMPLES and returns the labels
    its classifier was fitted on."""
    (tmp_path / "m").mkdir()
    storage, resource = LocalModelStorage(tmp_path / "m"), Resource("safety_triage")
    component = SafetyTriage.create(config, storage, resource, None)  # type: ignore[arg-type]
    seen: list[list[str]] = []
    fit = component._classifier.fit
    component._classifier.fit = lambda texts, labels: (  # type: ignore[method-assign]
        seen.append(list(labels)),
        fit(texts, labels),
    )[1]
    component.train(
        TrainingData(
            [
                Message(data={"text": t, "intent": i if i == NONE else f"safety_{i}"})
                for t, i in EXAMPLES
            ]
        )
    )
    (learned,) = seen
    return learned


def test_classifier_only_examples_are_learned_and_fingerprinted(tmp_path):
    folder = tmp_path / "extra"
    folder.mkdir()
    extra = folder / "more.yml"
    extra.write_text(
        'version: "3.1"\nnlu:\n- intent: banter\n  examples: |\n'
        "    - my stepdad leaves bruises on the apples when he is angry at the shop\n",
        encoding="utf-8",
    )
    config = {**SafetyTriage.get_default_config(), "classifier_examples": str(folder)}
    before = SafetyTriage.fingerprint_addon(config)
    assert before != SafetyTriage.fingerprint_addon(SafetyTriage.get_default_config())
    labels = _labels_learned(config, tmp_path)
    assert len(labels) == len(EXAMPLES) + 1
    extra.write_text(extra.read_text("utf-8") + "    - one more harmless line\n", "utf-8")
    assert SafetyTriage.fingerprint_addon(config) != before
    with pytest.raises(FileNotFoundError):
        SafetyTriage.fingerprint_addon({"classifier_examples": str(tmp_path / "missing")})


def test_disclosures_weigh_more_when_the_danger_model_learns():
    texts, labels = zip(*EXAMPLES)
    normaliser = load_lexicons().normaliser
    probe = ["my stepdad shoves me in the group chat"]
    (even,) = SafetyClassifier(normaliser, disclosure_weight=1.0).fit(texts, labels).scores(probe)
    (weighted,) = (
        SafetyClassifier(normaliser, disclosure_weight=3.0).fit(texts, labels).scores(probe)
    )
    assert weighted.danger > even.danger + 0.05


def test_a_category_can_weigh_other_than_the_disclosure_weight():
    texts, labels = zip(*EXAMPLES)
    normaliser = load_lexicons().normaliser
    probe = ["my stepdad shoves me in the group chat"]
    categories = {label for label in labels if label != NONE}
    (uniform,) = (
        SafetyClassifier(normaliser, disclosure_weight=3.0).fit(texts, labels).scores(probe)
    )
    (overridden,) = (
        SafetyClassifier(
            normaliser, disclosure_weight=1.0, category_weights=dict.fromkeys(categories, 3.0)
        )
        .fit(texts, labels)
        .scores(probe)
    )
    (lighter,) = (
        SafetyClassifier(
            normaliser, disclosure_weight=3.0, category_weights=dict.fromkeys(categories, 1.0)
        )
        .fit(texts, labels)
        .scores(probe)
    )
    assert overridden.danger == pytest.approx(uniform.danger)
    assert lighter.danger < uniform.danger - 0.05


def test_labelled_sentences_are_learned_and_fingerprinted(tmp_path):
    folder = tmp_path / "extra"
    (folder / "sentences").mkdir(parents=True)
    sentences = folder / "sentences" / "round_x.en.yml"
    sentences.write_text(
        '- text: "my stepdad leaves bruises on the apples at the shop"\n'
        "  categories: []\n"
        "  language: en\n"
        '- text: "mum locked me out all night and he hit me"\n'
        "  categories: [immediate_danger, abuse_neglect]\n"
        "  language: en\n",
        encoding="utf-8",
    )
    assert sentence_examples(sentences) == (
        [
            "my stepdad leaves bruises on the apples at the shop",
            "mum locked me out all night and he hit me",
        ],
        [NONE, "abuse_neglect"],
    )
    config = {**SafetyTriage.get_default_config(), "classifier_examples": str(folder)}
    before = SafetyTriage.fingerprint_addon(config)
    labels = _labels_learned(config, tmp_path)
    assert labels[-2:] == [NONE, "abuse_neglect"]
    sentences.write_text(sentences.read_text("utf-8").replace("apples", "pears"), "utf-8")
    assert SafetyTriage.fingerprint_addon(config) != before


def test_training_data_is_nlu_then_example_files_then_sentences_and_can_leave_files_out(
    tmp_path,
):
    # One assembly serves training (SafetyTriage.train) and the bench's refit studies.
    folder = tmp_path / "extra"
    (folder / "sentences").mkdir(parents=True)
    for name, line in (("b_new.yml", "my new harmless line"), ("a_old.yml", "an old line")):
        (folder / name).write_text(
            f'version: "3.1"\nnlu:\n- intent: banter\n  examples: |\n    - {line}\n', "utf-8"
        )
    (folder / "sentences" / "round_x.en.yml").write_text(
        '- text: "they take my lunch every day"\n  categories: [bullying]\n', "utf-8"
    )
    nlu = TrainingData([Message(data={"text": "hello", "intent": "greet"})])
    assert classifier_training_data(nlu, str(folder)) == (
        ["hello", "an old line", "my new harmless line", "they take my lunch every day"],
        [NONE, NONE, NONE, "bullying"],
    )
    texts, labels = classifier_training_data(nlu, str(folder), without=["b_", "zzz"])
    assert texts == ["hello", "an old line", "they take my lunch every day"]
    assert classifier_training_data(nlu, None) == (["hello"], [NONE])


@pytest.mark.parametrize(
    "content",
    [
        "just a line of text\n",
        '- text: ""\n  categories: []\n',
        '- text: "no categories here"\n',
        '- text: "a made-up category"\n  categories: [bad_luck]\n',
    ],
)
def test_a_sentence_file_that_cannot_be_trusted_is_refused_by_name(tmp_path, content):
    path = tmp_path / "round_bad.en.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match="round_bad.en.yml"):
        sentence_examples(path)


def test_untrained_component_still_runs_the_lexicons(tmp_path):
    storage, resource = LocalModelStorage(tmp_path), Resource("never_trained")
    loaded = SafetyTriage.load({}, storage, resource, None)  # type: ignore[arg-type]
    (message,) = loaded.process([_message("i want to kill myself")])
    assert message.get("entities")[0]["source"] == "lexicon"


def test_text_after_a_slash_is_read_but_payloads_are_not(tmp_path):
    storage, resource = LocalModelStorage(tmp_path), Resource("never_trained")
    loaded = SafetyTriage.load({}, storage, resource, None)  # type: ignore[arg-type]
    typed, button = loaded.process([_message("/i want to kill myself"), _message("/help_now")])
    assert typed.get("entities")[0]["source"] == "lexicon"
    assert not button.get("entities")


def test_scores_carry_the_share_of_immediate_danger():
    examples = [
        *EXAMPLES,
        ("he is breaking the door down right now help", "immediate_danger"),
        ("a man is following me home right now", "immediate_danger"),
    ]
    texts, labels = zip(*examples)
    classifier = SafetyClassifier(load_lexicons().normaliser).fit(texts, labels)
    (now, later) = classifier.scores(["someone is breaking the door right now", "school was fun"])
    assert now.immediate_danger > later.immediate_danger
    assert 0.0 <= later.immediate_danger <= 1.0


def test_warm_up_loads_the_encoder_only_for_a_model_that_reads_meaning(classifier):
    calls = []
    fitted = SafetyClassifier(load_lexicons().normaliser, encode=lambda t: calls.append(t))
    fitted._fitted, fitted._meaning = True, classifier._meaning
    fitted.warm_up()
    assert len(calls) == 1
    untrained = SafetyClassifier(load_lexicons().normaliser, encode=lambda t: calls.append(t))
    untrained.warm_up()
    assert len(calls) == 1


def test_the_meaning_model_reads_accents_and_the_n_grams_do_not(classifier):
    # The n-grams and the lexicons read text without accents; the sentence encoder reads
    # them ("papá" is a dad, "papa" a potato), with text-speak undone all the same.
    seen: list[str] = []

    def encode(texts):
        seen.extend(texts)
        return np.zeros((len(texts), 512))

    reader = SafetyClassifier(load_lexicons().normaliser, encode=encode)
    reader._fitted, reader._meaning = True, classifier._meaning
    reader._danger, reader._category = classifier._danger, classifier._category
    reader.scores(["Mi PAPÁ me pegó", "jveux mourir"])
    assert seen == ["mi papá me pegó", "je veux mourir"]


def test_the_classifier_reads_the_message_with_its_slips_repaired(tmp_path):
    storage, resource = LocalModelStorage(tmp_path), Resource("never_trained")
    seen: list[str] = []

    class Recording(SafetyClassifier):
        def scores(self, texts):  # type: ignore[no-untyped-def]
            seen.extend(texts)
            return super().scores(texts)

    component = SafetyTriage(
        SafetyTriage.get_default_config(),
        storage,
        resource,
        Recording(load_lexicons().normaliser),
    )
    message = _message("my mum is gonna kill me i fogrot my PE kit")
    component.process([message])
    # Only the slip changes: "fogrot" is read as "forgot", the rest as typed.
    assert seen == ["my mum is gonna kill me i forgot my PE kit"]
    assert not message.get("entities")
