"""The sentence encoder (bot/semantic.py): its tokenizer, the model's results, and
refusing files that are not the expected ones."""

from __future__ import annotations

import zipfile

import numpy as np
import pytest

from bot import semantic
from bot.semantic import MAX_TOKENS, SemanticModelError, SentenceEncoder, encoder


@pytest.fixture(scope="module")
def model() -> SentenceEncoder:
    return encoder()


def test_the_tokenizer_gives_bert_uncased_ids(model):
    tokenizer = model.tokenizer
    # [CLS] hello , world ! [SEP] in BERT's uncased vocabulary.
    assert tokenizer.encode("Hello, world!") == [101, 7592, 1010, 2088, 999, 102]
    assert tokenizer.encode("") == [101, 102]
    # Lower case, accents and control characters removed, spaces of any kind.
    assert tokenizer.encode("NAÏVE\u00a0Café\x07") == tokenizer.encode("naive cafe")
    # A word not in the vocabulary is cut into known pieces, the later ones "##".
    spelling = {number: piece for piece, number in tokenizer._vocabulary.items()}
    first, *later = [spelling[number] for number in tokenizer.pieces("unaffable")]
    assert later
    assert all(piece.startswith("##") for piece in later)
    assert first + "".join(piece[2:] for piece in later) == "unaffable"
    # A "word" longer than BERT reads is one unknown token.
    assert tokenizer.pieces("a" * 101) == [tokenizer.unknown]


def test_huge_input_is_cut_to_what_the_model_reads(model):
    ids = model.tokenizer.encode("children have rights " * 50_000)
    assert len(ids) == MAX_TOKENS
    assert ids[0] == model.tokenizer.start
    assert ids[-1] == model.tokenizer.end
    vectors = model.encode(["🙂" * 10_000, "\x00\x01\x02", "x" * 1_000_000])
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_it_gives_the_published_similarity_and_ranks_by_meaning(model):
    vectors = model.encode(
        [
            "A man is eating food.",
            "A man is eating a piece of bread.",
            "A man is riding a horse.",
            "A woman is playing violin.",
        ]
    )
    assert vectors.shape == (4, model.dimension) == (4, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    cosines = vectors @ vectors.T
    # The value the sentence-transformers documentation shows for this model and
    # this pair: the weights and the arithmetic are the published model's.
    assert cosines[0, 1] == pytest.approx(0.7553, abs=0.002)
    assert cosines[0, 1] > cosines[0, 2] > cosines[0, 3]


def test_a_batch_gives_each_text_the_vector_it_gets_alone(model):
    texts = [
        "can my parents read my diary",
        "hi",
        "who decides where I live when my parents split up",
    ]
    together = model.encode(texts)
    for text, row in zip(texts, together, strict=True):
        # Padding in a batch must not change a text's vector.
        assert np.allclose(model.encode([text])[0], row, atol=1e-5)


def test_a_repackaged_or_damaged_model_is_refused(tmp_path):
    original = semantic.model_archive()
    with zipfile.ZipFile(original) as files:
        tokenizer, config = files.read("tokenizer.json"), files.read("config.json")
    forged = tmp_path / "model.zip"
    with zipfile.ZipFile(forged, "w") as files:
        files.writestr("model.safetensors", b"\x08" + b"\x00" * 7 + b"{}")
        files.writestr("tokenizer.json", tokenizer)
        files.writestr("config.json", config)
    with pytest.raises(SemanticModelError, match="model.safetensors is not the expected"):
        SentenceEncoder.load(forged)
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"not a zip archive")
    with pytest.raises(SemanticModelError, match="cannot read"):
        SentenceEncoder.load(broken)
    with pytest.raises(SemanticModelError, match="cannot read"):
        SentenceEncoder.load(tmp_path / "missing.zip")


def test_a_missing_package_says_what_to_do(monkeypatch):
    monkeypatch.setattr(semantic, "MODEL_PACKAGE", "no_such_model_package")
    with pytest.raises(SemanticModelError, match="make setup"):
        semantic.model_archive()
