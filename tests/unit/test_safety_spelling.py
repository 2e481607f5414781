"""The repair of slips (bot/safety/spelling.py) and how the triage reads with it."""

from __future__ import annotations

import pytest

from bot.safety.lexicon import load_lexicons
from bot.safety.spelling import MAX_LENGTH, MAX_REPAIRS, MIN_LENGTH, Speller
from bot.safety.triage import speller_for, triage

# Zipf frequencies (3 = once per million words) of a few words, per language.
TINY = {
    "en": {"forgot": 4.6, "tomorrow": 5.0, "funeral": 4.4, "motor": 4.6, "horse": 4.3},
    "fr": {"chasseur": 3.5, "demain": 5.2},
    "es": {"morir": 4.9, "motor": 4.3, "horse": 3.1},
}


@pytest.fixture(scope="module")
def tiny() -> Speller:
    return Speller(TINY, protected={"unalive"})


@pytest.mark.parametrize(
    ("slip", "repaired"),
    [
        ("fogrot", "forgot"),  # two letters swapped
        ("toomrrow", "tomorrow"),  # swapped, with a doubled letter left as typed
        ("funral", "funeral"),  # a letter dropped
        ("funerall", "funeral"),  # a letter added
        ("chasseir", "chasseur"),  # a letter changed
    ],
)
def test_one_edit_is_repaired(tiny: Speller, slip: str, repaired: str) -> None:
    assert tiny.word(slip) == repaired


@pytest.mark.parametrize(
    "word",
    [
        "forgot",  # known
        "unalive",  # protected: the lexicons spell it out
        "fogr",  # shorter than MIN_LENGTH
        "f0grot",  # digits: the normaliser's business, not a slip
        "fgrtt",  # two edits from anything known: no guess
    ],
)
def test_left_alone(tiny: Speller, word: str) -> None:
    assert tiny.word(word) == word


@pytest.mark.parametrize("word", ["mecrit", "jecrit", "didees", "quelle"])
def test_glued_french_elisions_are_not_slips(word: str) -> None:
    # "il mecrit" is "il m'écrit": repaired to "il ecrit", a fence would read it wrong.
    speller = Speller({"fr": {"ecrit": 4.5, "idees": 4.3, "elle": 6.0}}, protected=())
    assert speller.word(word, "fr") == word


def test_long_words_and_floods_are_read_as_typed(tiny: Speller) -> None:
    mash = "fogrot" + "x" * MAX_LENGTH
    assert tiny.word(mash) == mash
    # Only the first MAX_REPAIRS words of a message are looked up.
    flood = " ".join(["fogrot"] * (MAX_REPAIRS + 3))
    assert tiny(flood).split().count("forgot") == MAX_REPAIRS
    assert tiny.raw(flood).split().count("forgot") == MAX_REPAIRS


def test_short_words_are_never_repaired(tiny: Speller) -> None:
    assert MIN_LENGTH == 5
    assert tiny.word("hors") == "hors"  # "horse" is one edit away, but four letters is too short


def test_the_conversations_language_comes_first(tiny: Speller) -> None:
    # "moror" is one edit from Spanish "morir" and English "motor".
    assert tiny.word("moror", "es") == "morir"
    assert tiny.word("moror", "en") == "motor"


def test_no_guess_between_two_close_candidates(tiny: Speller) -> None:
    # Without a language, "morir" (4.9) and "motor" (4.6) are too close to choose.
    assert tiny.word("moror") == "moror"


def test_whole_text_and_raw_text(tiny: Speller) -> None:
    assert tiny("i fogrot the funral", "en") == "i forgot the funeral"
    # The raw form keeps every other word as written, accents and capitals included.
    assert tiny.raw("Désolé, I FOGROT the funral", "en") == "Désolé, I forgot the funeral"


@pytest.fixture(scope="module")
def real() -> Speller:
    return speller_for(load_lexicons())


@pytest.mark.parametrize(
    ("slip", "language", "repaired"),
    [
        ("fogrot", "en", "forgot"),
        ("prevenrion", "en", "prevention"),
        ("fuenral", "en", "funeral"),
        ("toomrrow", "en", "tomorrow"),
        ("cahsseur", "fr", "chasseur"),
        ("padrasto", "es", "padrastro"),
    ],
)
def test_real_word_lists_repair_common_slips(
    real: Speller, slip: str, language: str, repaired: str
) -> None:
    assert real.word(slip, language) == repaired


@pytest.mark.parametrize("word", ["unalive", "suicide", "myself", "cutting", "morirme"])
def test_real_word_lists_leave_danger_words_alone(real: Speller, word: str) -> None:
    assert real.word(word, "en") == word
    assert real.word(word, "es") == word


def test_a_misspelled_fence_word_still_explains_an_idiom() -> None:
    text = "my mum is gonna kill me i fogrot"
    # Read as typed, "fogrot" misses the fence "...kill me, I forgot": an alarm.
    assert triage(text, "en", repair=False).findings
    assert not triage(text, "en").findings


def test_a_repaired_reading_adds_what_it_finds() -> None:
    text = "kiero morirm la neta, no es chiste"
    assert not triage(text, "es", repair=False).findings
    assert triage(text, "es").findings


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("i want to kil myslef tonigth", "en"),
        ("i wanna unalive myself", "en"),
        ("jveux mourrir ce soir", "fr"),
        ("mi padrasto me toca cuando mi mama no esta", "es"),
    ],
)
def test_disclosures_with_slips_are_still_found(text: str, language: str) -> None:
    assert triage(text, language).findings
