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
