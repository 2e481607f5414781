from __future__ import annotations

import shutil
from pathlib import Path

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
