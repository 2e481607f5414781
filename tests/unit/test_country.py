import pytest

from bot.country import normalise_country


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("GB", "GB"),
        (" fr ", "FR"),
        ("es", "ES"),
        ("UK", None),
        ("XX", None),
        ("", None),
        (None, None),
        ("GBR", None),
    ],
)
def test_normalise_country(code, expected):
    assert normalise_country(code) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France", "FR"),
        ("im in the uk", "GB"),
        ("España", "ES"),
        ("vivo en méxico", "MX"),
        ("je suis en Côte d'Ivoire", "CI"),
        ("estados unidos", "US"),
        ("Royaume-Uni", "GB"),
        ("i live in england", "GB"),
        ("nigeria", "NG"),
        ("niger", "NE"),
        ("papua new guinea", "PG"),
        ("corea del sur", "KR"),
        ("i dont know", None),
        ("us", None),
        ("my mum", None),
        ("france or spain", None),
        ("", None),
    ],
)
def test_country_from_text_in_three_languages(text, expected):
    from bot.country import country_from_text

    assert country_from_text(text) == expected
