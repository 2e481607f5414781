"""Does the machine's CPU change what training learns? (26th session, docs/benchmarks.md)

Every machine trains its own model (models are never committed), and the same inputs
trained on two machines of the same kind gave held-out numbers about two messages apart,
although DIET and the classifier's network have fixed seeds. Two libraries pick their
numeric kernels by the CPU they run on, and different kernels add floating-point numbers
in a different order:

- TensorFlow (DIET) runs its matrix products through oneDNN, which chooses AVX2,
  AVX-512 or AMX code at run time (TensorFlow says so at start-up: "oneDNN custom
  operations are on. You may see slightly different numerical results…");
  ``TF_ENABLE_ONEDNN_OPTS=0`` turns that off, and ``ONEDNN_MAX_CPU_ISA`` caps the choice,
  which lets one machine stand in for an older one.
- NumPy's OpenBLAS (the sentence encoder and the classifier's network) picks a kernel
  per CPU family; ``OPENBLAS_CORETYPE`` names it instead. NumPy's own loops (exp, sums)
  also come in AVX2 and AVX-512 versions; ``NPY_DISABLE_CPU_FEATURES`` turns the latter off.

This study trains small stand-ins in child processes under each setting and compares
what they learned with the first row: the deployed meaning network (the classifier's
settings, on the sentence vectors of round AG's 760 messages) and a small TensorFlow
network with a fixed seed (two dense layers, Adam, 30 passes over fixed random data).
It prints, per setting, the digest of the learned weights (compare them across machines:
the same digest is the same training), the largest difference of a predicted probability
from the first row, how many of the messages fall on the other side of 0.5, and the seconds
the child process took.

Usage: PYTHONPATH=. .venv/bin/python bench/training_determinism.py
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent

# NumPy also picks its own loops (exp, sums…) by the CPU; this names its AVX-512 ones.
NUMPY_AVX512 = "AVX512F AVX512CD AVX512_SKX AVX512_CLX AVX512_CNL AVX512_ICL"

# (label, environment) per kind; the first row of each kind is the reference.
NUMPY_SETTINGS: list[tuple[str, dict[str, str]]] = [
    ("OpenBLAS as detected", {}),
    ("OpenBLAS as detected, again", {}),
    ("OPENBLAS_CORETYPE=Haswell (AVX2)", {"OPENBLAS_CORETYPE": "Haswell"}),
    ("OPENBLAS_CORETYPE=Sandybridge (AVX)", {"OPENBLAS_CORETYPE": "Sandybridge"}),
    ("OPENBLAS_NUM_THREADS=1", {"OPENBLAS_NUM_THREADS": "1"}),
    ("NumPy's own loops without AVX-512", {"NPY_DISABLE_CPU_FEATURES": NUMPY_AVX512}),
    (
        "Haswell and no AVX-512 loops",
        {"OPENBLAS_CORETYPE": "Haswell", "NPY_DISABLE_CPU_FEATURES": NUMPY_AVX512},
    ),
]
TF_SETTINGS: list[tuple[str, dict[str, str]]] = [
    ("oneDNN on, as detected", {"TF_ENABLE_ONEDNN_OPTS": "1"}),
    ("oneDNN on, as detected, again", {"TF_ENABLE_ONEDNN_OPTS": "1"}),
    (
        "oneDNN on, capped at AVX-512",
        {"TF_ENABLE_ONEDNN_OPTS": "1", "ONEDNN_MAX_CPU_ISA": "AVX512_CORE"},
    ),
    ("oneDNN on, capped at AVX2", {"TF_ENABLE_ONEDNN_OPTS": "1", "ONEDNN_MAX_CPU_ISA": "AVX2"}),
    ("oneDNN off", {"TF_ENABLE_ONEDNN_OPTS": "0"}),
    ("oneDNN off, capped at AVX2", {"TF_ENABLE_ONEDNN_OPTS": "0", "ONEDNN_MAX_CPU_ISA": "AVX2"}),
]


def _digest(arrays: list[np.ndarray]) -> str:
    digest = hashlib.sha256()
    for array in arrays:
        digest.update(np.ascontiguousarray(array).tobytes())
    return digest.hexdigest()[:12]


def child_numpy(out: Path) -> None:
    import yaml

    from bot.safety.classifier import SafetyClassifier
    from bot.safety.encoder import encoder

    items = []
    for language in ("en", "fr", "es"):
        path = ROOT / "bench" / "sentences" / f"round_ag.{language}.yml"
        items += yaml.safe_load(path.read_text("utf-8"))
    texts = [item["text"] for item in items]
    danger = [int(bool(item["categories"])) for item in items]
    vectors = encoder().encode(texts)
    known = dict(zip(texts, vectors, strict=True))
    # The deployed classifier's own fit of its meaning network, every message weighing 1.
    classifier = SafetyClassifier(
        lambda text: text, encode=lambda b: np.stack([known[t] for t in b])
    )
    model = classifier._fit_meaning(texts, danger, [1.0] * len(texts))
    np.savez(
        out,
        vectors=_digest([vectors]),
        weights=_digest(list(model.coefs_) + list(model.intercepts_)),
        proba=model.predict_proba(vectors)[:, 1],
    )


def child_tf(out: Path) -> None:
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    import tensorflow as tf

    tf.keras.utils.set_random_seed(42)
    rng = np.random.default_rng(0)
    features = rng.normal(size=(2000, 256)).astype(np.float32)
    target = (features[:, :8].sum(axis=1) > 0).astype(np.int32)
    model = tf.keras.Sequential(
        [
            tf.keras.layers.Dense(128, activation="relu"),
            tf.keras.layers.Dense(2),
        ]
    )
    model.compile(
        optimizer=tf.keras.optimizers.Adam(1e-3),
        loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
    )
    model.fit(features, target, epochs=30, batch_size=64, shuffle=True, verbose=0)
    proba = tf.nn.softmax(model(features)).numpy()[:, 1]
    np.savez(out, vectors="", weights=_digest(model.get_weights()), proba=proba)


def run(kind: str, settings: list[tuple[str, dict[str, str]]]) -> None:
    print(f"\n{kind}: what training learned, compared with the first row")
    print(
        f"{'setting':42} {'inputs':13} {'weights':13} {'max |Δp|':>10}"
        f" {'other side of 0.5':>18} {'seconds':>7}"
    )
    reference: np.ndarray | None = None
    with tempfile.TemporaryDirectory() as folder:
        for number, (label, extra) in enumerate(settings):
            out = Path(folder) / f"{kind}{number}.npz"
            env = {
                k: v
                for k, v in os.environ.items()
                if not k.startswith(("OPENBLAS_", "ONEDNN_", "TF_ENABLE", "NPY_"))
            }
            env.update(extra, PYTHONPATH=str(ROOT))
            started = time.monotonic()
            subprocess.run(
                [sys.executable, __file__, "--child", kind, str(out)],
                env=env,
                check=True,
                stderr=subprocess.DEVNULL,
            )
            seconds = time.monotonic() - started
            result = np.load(out)
            proba = result["proba"]
            if reference is None:
                reference = proba
            delta = float(np.abs(proba - reference).max())
            flipped = int(((proba > 0.5) != (reference > 0.5)).sum())
            inputs, weights = str(result["vectors"]) or "-", str(result["weights"])
            print(f"{label:42} {inputs:13} {weights:13} {delta:10.2e} {flipped:18d} {seconds:7.1f}")


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        {"numpy": child_numpy, "tensorflow": child_tf}[sys.argv[2]](Path(sys.argv[3]))
        return
    run("numpy", NUMPY_SETTINGS)
    run("tensorflow", TF_SETTINGS)


if __name__ == "__main__":
    main()
