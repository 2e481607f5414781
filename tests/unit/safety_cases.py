"""Shared by the phrase-by-phrase safety lexicon tests: (language, phrase, category)
rows, where a category must be raised (others may be too) and None means the phrase
must raise nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

import pytest

from bot.safety.lexicon import Category
from bot.safety.triage import triage

Row = tuple[str, str, Category | None]


def params(rows: Iterable[Row]) -> list[Any]:
    """pytest parameters named after the language and the phrase."""
    return [pytest.param(*row, id=f"{row[0]}-{row[1]}") for row in rows]


def assert_triage(language: str, phrase: str, category: Category | None) -> None:
    """The phrase raises ``category``, or nothing at all when it is None."""
    result = triage(phrase, language)
    if category is None:
        assert result.is_safe, result.findings
    else:
        assert category in result.categories, result.findings


def assert_raises_but_not(
    language: str, phrase: str, raised: Category, not_raised: Category
) -> None:
    """The phrase raises ``raised`` and not ``not_raised`` (others may be raised too)."""
    result = triage(phrase, language)
    assert raised in result.categories, result.findings
    assert not_raised not in result.categories, result.findings


def assert_spoken_of(language: str, phrase: str, category: Category, harmless: bool) -> None:
    """For the learned detectors, which know no idioms: a harmless look-alike raises
    nothing in the lexicons and names ``category`` among those it speaks of harmlessly
    (so a learned flag of it is explained away); a disclosure in the same words does
    not name it."""
    result = triage(phrase, language)
    if harmless:
        assert result.is_safe, result.findings
    assert (category in result.spoken_of_harmlessly()) is harmless


def assert_both_sides(
    disclosures: list[Row], look_alikes: list[Row], at_least: tuple[int, int]
) -> None:
    """A red-team round has at least ``at_least`` (disclosures, look-alikes) rows, every
    disclosure with a category and every look-alike without one."""
    assert len(disclosures) >= at_least[0]
    assert len(look_alikes) >= at_least[1]
    assert all(category is not None for _, _, category in disclosures)
    assert all(category is None for _, _, category in look_alikes)


Round = tuple[list[Row], list[Row], tuple[int, int]]


def round_tests(rounds: Mapping[int, Round]) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests of a file's red-team rounds (number -> disclosures, look-alikes, and
    how many of each at least): every row as :func:`assert_triage` expects, and every
    round with both sides (:func:`assert_both_sides`). Bind them to ``test_*`` names."""
    rows = [
        row for disclosures, look_alikes, _ in rounds.values() for row in disclosures + look_alikes
    ]

    @pytest.mark.parametrize(("language", "phrase", "category"), params(rows))
    def test_red_team_rounds(language: str, phrase: str, category: Category | None) -> None:
        assert_triage(language, phrase, category)

    @pytest.mark.parametrize("number", sorted(rounds))
    def test_each_round_has_both_sides(number: int) -> None:
        assert_both_sides(*rounds[number])

    return test_red_team_rounds, test_each_round_has_both_sides
