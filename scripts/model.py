"""Train the Rasa model only when its inputs changed (content hash), and reuse it.

Usage: python scripts/model.py [--force]   prints the path of the model to serve.

The hash covers everything that shapes the trained model: config.yml, domain/, data/,
the custom graph components in bot/nlu/ and bot/policies.py, the safety classifier and
the normaliser it reads text with (and the lexicons' text-speak map, not their patterns,
which are read at run time), the classifier's own examples (knowledge/safety/classifier/),
uv.lock (the Rasa version) and the OpenBLAS kernel training uses (bot/numeric.py: Haswell
on x86-64 CPUs with AVX2, so NumPy computes alike on machines of different makes).
Trained models are kept in models/ and in a per-user cache (~/.cache/hearme/models, or
$HEARME_MODEL_CACHE) so a fresh clone on the same machine does not train again.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INPUTS = (
    "config.yml",
    "domain",
    "data",
    "bot/nlu",
    "bot/policies.py",
    "bot/safety/classifier.py",
    "bot/safety/encoder.py",
    "bot/safety/normalise.py",
    "knowledge/safety/classifier",
    "uv.lock",
)


def content_hash(root: Path = ROOT) -> str:
    digest = hashlib.sha256()
    for name in INPUTS:
        path = root / name
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            if f.suffix == ".pyc" or "__pycache__" in f.parts:
                continue
            digest.update(f.relative_to(root).as_posix().encode())
            digest.update(b"\0")
            digest.update(f.read_bytes())
            digest.update(b"\0")
    # The safety classifier reads text through the lexicons' text-speak map, and what it
    # learns depends on OpenBLAS's kernel (bot/numeric.py).
    from bot.numeric import kernel_setting
    from bot.safety.lexicon import load_lexicons

    digest.update(f"openblas kernel: {kernel_setting()}".encode())
    digest.update(json.dumps(sorted(load_lexicons().normaliser.textspeak.items())).encode())
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    default = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "hearme" / "models"
    return Path(os.environ.get("HEARME_MODEL_CACHE", default))


def ensure_model(force: bool = False, root: Path = ROOT) -> Path:
    """Returns the path of a model trained on the current inputs, training if needed."""
    key = content_hash(root)
    name = f"hearme-{key}"
    local = root / "models" / f"{name}.tar.gz"
    cached = cache_dir() / f"{name}.tar.gz"
    if not force and local.exists():
        return local
    local.parent.mkdir(parents=True, exist_ok=True)
    if not force and cached.exists():
        shutil.copy2(cached, local)
        print(f"model: reused {cached}", file=sys.stderr)
        return local
    print(f"model: inputs changed (hash {key}), training…", file=sys.stderr)
    started = time.monotonic()
    from bot.numeric import pinned_kernels

    env = {**os.environ, **pinned_kernels(), "PYTHONPATH": str(root)}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "rasa",
            "train",
            "--config",
            "config.yml",
            "--domain",
            "domain",
            "--data",
            "data",
            "--out",
            "models",
            "--fixed-model-name",
            name,
        ],
        cwd=root,
        env=env,
        check=True,
    )
    print(f"model: trained in {time.monotonic() - started:.0f} s", file=sys.stderr)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(local, cached)
    except OSError as e:  # a read-only home must not break training
        print(f"model: could not cache the model ({e})", file=sys.stderr)
    return local


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="train even if a model exists")
    args = parser.parse_args()
    print(ensure_model(force=args.force))


if __name__ == "__main__":
    main()
