"""Country codes as HearMe keeps them (ISO 3166-1 alpha-2, upper case), and country
names as children type them in English, French or Spanish."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.language import fold

# Names children use that ISO's lists don't hold (folded: lower case, no accents).
_ALIASES = {
    "uk": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "great britain": "GB",
    "britain": "GB",
    "angleterre": "GB",
    "ecosse": "GB",
    "pays de galles": "GB",
    "inglaterra": "GB",
    "escocia": "GB",
    "gales": "GB",
    "usa": "US",
    "america": "US",
    "united states of america": "US",
    "etats unis": "US",
    "eeuu": "US",
    "ee uu": "US",
    "estados unidos": "US",
    "amerique": "US",
    "holland": "NL",
    "hollande": "NL",
    "holanda": "NL",
}


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


def _key(name: str) -> str:
    return " ".join(re.findall(r"[a-z]+", fold(name)))


@lru_cache(maxsize=1)
def _names() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Patterns for every country name in en/fr/es, longest first."""
    import gettext

    import pycountry

    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        for lang in ("fr", "es")
    ]
    names: dict[str, str] = {}
    for country in pycountry.countries:
        english = [
            country.name,
            getattr(country, "common_name", None),
            getattr(country, "official_name", None),
        ]
        for name in filter(None, english):
            names[_key(name)] = country.alpha_2
            for t in translations:
                names[_key(t.gettext(name))] = country.alpha_2
    names.update(_ALIASES)
    ordered = sorted((k for k in names if len(k) >= 4 or k in _ALIASES), key=len, reverse=True)
    return tuple((re.compile(rf"\b{re.escape(k)}\b"), names[k]) for k in ordered)


def country_from_text(text: str) -> str | None:
    """The one country a short message names ("i'm in france", "España", "uk"), if any."""
    folded = _key(text)
    if not folded or len(folded) > 80:
        return None
    found: set[str] = set()
    for pattern, code in _names():
        if pattern.search(folded):
            found.add(code)
            folded = pattern.sub(" ", folded)
    return found.pop() if len(found) == 1 else None
