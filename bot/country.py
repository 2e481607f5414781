"""Country codes as HearMe keeps them: ISO 3166-1 alpha-2, upper case."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _alpha2_codes() -> frozenset[str]:
    import pycountry  # lazily: it parses its ISO data files on first use

    return frozenset(c.alpha_2 for c in pycountry.countries)


def normalise_country(code: object) -> str | None:
    """Returns the ISO 3166-1 alpha-2 code for ``code`` ("gb", " FR ") or None if invalid."""
    if not isinstance(code, str):
        return None
    candidate = code.strip().upper()
    return candidate if candidate in _alpha2_codes() else None
