"""Keyboard slips (bench/slips.py): the misspellings the robustness study makes."""

from __future__ import annotations

import re

import pytest

from bench.slips import (
    AZERTY,
    MIN_LETTERS,
    NEIGHBOURS,
    QWERTY,
    keyboard_neighbours,
    slip,
    slip_words,
    slipped,
    with_slips,
)
from bot.safety.classifier import NONE

SENTENCES = [
    "we had an assembly about suicide prevention today",
    "je veux mourir ce soir, personne ne le saura",
    "mi padrastro me pega con el cinturón cuando llega borracho",
    "Mi HERMANO me pega",
    "my stepdad punches me and leaves bruises",
]


def _one_slip_apart(before: str, after: str) -> bool:
    """Whether ``after`` is ``before`` with one letter dropped, doubled, replaced by a key
    beside it, or swapped with the next one."""
    if len(after) == len(before) - 1:
        return any(before[:i] + before[i + 1 :] == after for i in range(len(before)))
    if len(after) == len(before) + 1:
        return any(after[:i] + after[i + 1 :] == before for i in range(len(after)))
    if len(after) != len(before):
        return False
    diff = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    if len(diff) == 1:
        return after[diff[0]].lower() in NEIGHBOURS.get(before[diff[0]].lower(), "")
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and before[diff[0]] == after[diff[1]]
        and before[diff[1]] == after[diff[0]]
    )


@pytest.mark.parametrize("text", SENTENCES)
def test_a_copy_has_one_or_two_slips_in_its_longer_words(text):
    for seed in ("slip", "slip 0", "slip 1"):
        copy = slipped(text, seed=seed)
        before, after = text.split(" "), copy.split(" ")
        assert len(before) == len(after)
        changed = [(b, a) for b, a in zip(before, after, strict=True) if b != a]
        assert 1 <= len(changed) <= 2, (text, copy)
        for b, a in changed:
            word = re.sub(r"\W", "", b)
            assert len(word) >= MIN_LETTERS
            assert a[0] == b[0], "the first letter stays"
            assert _one_slip_apart(b, a), (b, a)


def test_the_same_text_and_seed_always_give_the_same_copy():
    assert slipped(SENTENCES[0]) == slipped(SENTENCES[0])
    copies = {slipped(text, seed=f"slip {n}") for text in SENTENCES for n in range(5)}
    assert len(copies) > len(SENTENCES)  # another seed, another draw


def test_a_text_without_a_longer_word_stays_as_it_is():
    assert slipped("kms") == "kms"
    assert slipped("he hit me") == "he hit me"
    assert slipped("") == ""


def test_a_slip_never_touches_the_first_letter():
    import random

    rng = random.Random(7)
    for _ in range(300):
        assert slip("bruises", rng)[0] == "b"


def test_copies_follow_the_examples_with_their_labels():
    texts = ["my stepdad punches me every night", "school was really fun", "kms"]
    labels = ["abuse_neglect", NONE, "suicide_self_harm"]
    assert with_slips(texts, labels, 0) == (texts, labels)
    more_texts, more_labels = with_slips(texts, labels, 2)
    assert more_texts[:3] == texts and more_labels[:3] == labels
    # "kms" has no word to slip: its copies would repeat it and are left out.
    assert "kms" not in more_texts[3:]
    assert len(more_texts) == len(set(more_texts)) == len(more_labels)
    for copy, label in zip(more_texts[3:], more_labels[3:], strict=True):
        original = texts[labels.index(label)]
        assert copy != original and len(copy.split()) == len(original.split())


def test_neighbours_are_the_keys_beside_a_letter():
    assert keyboard_neighbours(QWERTY)["s"] == "ad"
    assert keyboard_neighbours(AZERTY)["q"] == "s"
    assert keyboard_neighbours(QWERTY)["q"] == "w"
    assert NEIGHBOURS["q"] == "sw"  # either keyboard, when the language is not known


def test_slips_in_a_given_number_of_words():
    import random

    text = "nobody believes me about what happened tonight"
    for count in (1, 3):
        after = slip_words(text, random.Random(count), count, keyboard_neighbours(QWERTY))
        changed = [b for b, a in zip(text.split(), after.split(), strict=True) if b != a]
        assert 1 <= len(changed) <= count  # a doubled letter may come out as another slip
    assert slip_words("he hit me", random.Random(1), 3) == "he hit me"


def test_the_study_spells_by_ear_and_in_text_speak_the_same_way_every_run():
    from bench.safety_robustness_study import TEXTSPEAK, perturb

    text = "porque mi hermano me pega con el cinturón cuando llega"
    assert perturb(text, "es", "spelling") == perturb(text, "es", "spelling")
    spoken = {perturb(f"{text} {n}", "es", "spelling") for n in range(20)}
    assert any("ermano" in s and "hermano" not in s for s in spoken)
    assert all("ó" not in s for s in spoken)  # children leave accents out
    short = {perturb(f"because you are scared {n}", "en", "textspeak") for n in range(20)}
    assert any(s.startswith(("cuz u", "bc u", "coz u")) for s in short)
    assert all(
        set(s.split()[:-1])
        <= set(TEXTSPEAK["en"]) | {"cuz", "bc", "coz", "u", "r", "because", "you", "are", "scared"}
        for s in short
    )
