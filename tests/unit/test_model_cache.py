from __future__ import annotations

import shutil
from pathlib import Path

from bot.safety.normalise import Normaliser
from scripts import model
from tests.conftest import ROOT


def copy_inputs(dest: Path) -> None:
    for name in model.INPUTS:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)


def test_hash_changes_with_training_inputs_only(tmp_path):
    copy_inputs(tmp_path)
    before = model.content_hash(tmp_path)
    assert model.content_hash(tmp_path) == before  # stable
    (tmp_path / "README.md").write_text("docs do not shape the model")
    assert model.content_hash(tmp_path) == before
    nlu = next((tmp_path / "data" / "nlu").glob("*.yml"))
    nlu.write_text(nlu.read_text() + "\n")
    assert model.content_hash(tmp_path) != before


def test_cached_model_is_reused_without_training(tmp_path, monkeypatch):
    copy_inputs(tmp_path)
    cache = tmp_path / "cache"
    monkeypatch.setenv("HEARME_MODEL_CACHE", str(cache))
    name = f"hearme-{model.content_hash(tmp_path)}.tar.gz"
    cache.mkdir()
    (cache / name).write_bytes(b"pretend model")

    def no_training(*args, **kwargs):
        raise AssertionError("must not train when the cache has the model")

    monkeypatch.setattr(model.subprocess, "run", no_training)
    path = model.ensure_model(root=tmp_path)
    assert path == tmp_path / "models" / name
    assert path.read_bytes() == b"pretend model"
    # Second call finds it in models/ directly.
    assert model.ensure_model(root=tmp_path) == path


def test_hash_covers_how_the_safety_classifier_reads_text(tmp_path, monkeypatch):
    copy_inputs(tmp_path)
    before = model.content_hash(tmp_path)
    classifier = tmp_path / "bot" / "safety" / "classifier.py"
    classifier.write_text(classifier.read_text() + "\n# a change to the features\n")
    assert model.content_hash(tmp_path) != before
    classifier.write_text((ROOT / "bot" / "safety" / "classifier.py").read_text())
    assert model.content_hash(tmp_path) == before
    # A new text-speak entry changes what the classifier is trained on.
    from bot.safety import lexicon

    real = lexicon.load_lexicons()

    class Other:
        normaliser = Normaliser({**real.normaliser.textspeak, "zzq": "zzz"})

    monkeypatch.setattr(lexicon, "load_lexicons", lambda: Other())
    assert model.content_hash(tmp_path) != before


def test_safety_triage_asks_rasa_to_retrain_when_the_classifier_changes():
    from bot.nlu.safety import SafetyTriage
    from bot.safety.classifier import training_fingerprint

    addon = SafetyTriage.fingerprint_addon({})
    assert addon and addon == SafetyTriage.fingerprint_addon({})
    assert training_fingerprint({"u": "you"}) != training_fingerprint({"u": "yu"})
