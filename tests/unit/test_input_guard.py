from __future__ import annotations

import random

import pytest

from bot.input_guard import inspect_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello", None),
        ("¿Qué derechos tengo?", None),
        ("😀" * 300, None),  # an emoji flood is still something a child said
        ("??", None),
        ("x" * 1000, None),
        ("x" * 1001, "too_long"),
        ("", "unreadable"),
        ("   \n\t ", "unreadable"),
        (None, "unreadable"),
        ("\x00\x01\x02\x03", "unreadable"),
        ("\ufffd\ufffd\ufffdab", "unreadable"),
        (bytes(range(256)).decode("utf-8", errors="replace"), "unreadable"),
        (random.Random(7).randbytes(300).decode("utf-8", errors="replace"), "unreadable"),
        ("hello there\x00", None),
        ("line one\nline two\ttabbed", None),
    ],
)
def test_inspect_text(text, expected):
    assert inspect_text(text, max_chars=1000) == expected
