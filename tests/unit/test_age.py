"""Age bands from what a child says or the channel sends, and the reading level."""

from __future__ import annotations

import pytest

from bot.age import age_band_from_text, band_for_age, normalise_age_band, reading_level


@pytest.mark.parametrize(
    ("text", "band"),
    [
        ("I'm 14", "13-15"),
        ("im 9 lol", "8-12"),
        ("i am 16 years old and i have a question", "16-17"),
        ("I’m 12.", "8-12"),
        ("hi im 11 yo", "8-12"),
        ("my age is 15", "13-15"),
        ("I'm 19 and at uni", "18+"),
        ("j'ai 13 ans", "13-15"),
        ("Jai 10 ans et je veux savoir", "8-12"),
        ("tengo 15 años", "13-15"),
        ("Tengo 9 anos", "8-12"),
        ("I'm 7", "8-12"),  # the youngest band HearMe has
    ],
)
def test_a_stated_age_gives_its_band(text, band):
    assert age_band_from_text(text) == band


@pytest.mark.parametrize(
    "text",
    [
        "I'm 14 minutes late for class",
        "my sister is 9 years old",
        "when i was 10 years old we moved",
        "at what age can i get a job",
        "mon frère a 12 ans",
        "mi hermana tiene 8 años",
        "im 99",
        "I'm 2",
        "article 14",
    ],
)
def test_other_numbers_are_not_the_childs_age(text):
    assert age_band_from_text(text) is None


@pytest.mark.parametrize(
    ("value", "band"),
    [
        ("13-15", "13-15"),
        ("8–12", "8-12"),
        (15, "13-15"),
        (16, "16-17"),
        ("10", "8-12"),
        (18, "18+"),
    ],
)
def test_metadata_band_or_age(value, band):
    assert normalise_age_band(value) == band


@pytest.mark.parametrize("value", [None, "", "teen", True, 150, "5-7", "13-17", 3.5])
def test_bad_metadata_is_ignored(value):
    assert normalise_age_band(value) is None


def test_band_edges():
    assert [band_for_age(a) for a in (4, 5, 12, 13, 15, 16, 17, 18, 25, 26)] == [
        None,
        "8-12",
        "8-12",
        "13-15",
        "13-15",
        "16-17",
        "16-17",
        "18+",
        "18+",
        None,
    ]


def test_reading_level_choice_then_band_then_younger():
    assert reading_level(None) == "younger"
    assert reading_level("8-12") == "younger"
    assert reading_level("13-15") == "older"
    assert reading_level("16-17") == "older"
    assert reading_level("18+") == "older"
    assert reading_level("16-17", "younger") == "younger"
    assert reading_level("8-12", "older") == "older"
    assert reading_level("8-12", "bogus") == "younger"


@pytest.mark.parametrize(
    ("text", "band"),
    [
        ("i am eleven", "8-12"),
        ("just turned 13", "13-15"),
        ("i turned 16 last week", "16-17"),
        ("age 14", "13-15"),
        ("14 years old", "13-15"),
        ("jai 14", "13-15"),
        ("j'ai quatorze ans", "13-15"),
        ("je viens d'avoir 13 ans", "13-15"),
        ("mon âge c'est 15 ans", "13-15"),
        ("14 ans", "13-15"),
        ("tengo once años", "8-12"),
        ("tengo 12, casi 13", "8-12"),
        ("solo tengo 8", "8-12"),
        ("acabo de cumplir 13", "13-15"),
        ("cumplí 16 la semana pasada", "16-17"),
        ("tengo dieciséis", "16-17"),
    ],
)
def test_more_ways_of_saying_an_age(text, band):
    assert age_band_from_text(text) == band


@pytest.mark.parametrize(
    "text",
    [
        "14",  # may answer a consultation's number question
        "tengo 15 minutos",
        "j'ai 2 frères",
        "i turned the tv off",
        "ten more minutes",
        "i am once again late",
        "my brother is 14",
        "j'ai 14 heures de cours",
    ],
)
def test_numbers_that_are_not_the_childs_age(text):
    assert age_band_from_text(text) is None
