"""French elision typed with a space, joined back before the lexicons match.

Children often type "j ai", "il m a", "c est" or "qu il" without the apostrophe; the
lexicon patterns are written "j'ai", "m'a", "c'est", "qu'il". :func:`join_elisions`
joins a closed list of clitic + word pairs in already normalised text, and never "i m …"
(English "I'm"). It runs in :mod:`bot.safety.triage`, after
:mod:`bot.safety.normalise`, so the learned detectors keep reading text as they were
trained on it.

:func:`split_ligatures` writes the ligatures "œ" and "æ" as two letters ("ma sœur",
"mon cœur"), which no accent folding turns into the "oe" and "ae" the patterns are
written with; it runs in the same place, before normalisation, for the lexicons only.
"""

from __future__ import annotations

import re
from typing import Final

# French clitic, a space, then a word it elides before ("j ai", "m a", "c est", "qu il").
# "m" after the English "i" ("i m a kid") is left alone.
_ELISION: Final = re.compile(
    r"(?<![\w'])(?:"
    r"(j) (ai|avais|avait|en|y|etais|etait|ose|aime|habite)"
    r"|(?<!\bi )(m|t) (a|as|ont|avait|avaient|en|est|etait|appelle|envoie|envoye|oblige|force"
    r"|obligent|obligeait|forcent|forcait|enferme|enferment|enfermait|enfermaient|insulte"
    r"|insultent|insultait|insultaient|attache|attachait|humilie|humilient|harcele|harcelent"
    r"|harcelait|embrasse|embrassait|emmene|emmenait|enregistre|enregistrait|envoient"
    r"|envoyait|ecrit|ecrivait|ignore|ignorent|attend|attendait)"
    r"|(c) (est|etait)"
    r"|(s) (est|etait|en)"
    r"|(n) (ai|a|est|etait|en|y)"
    r"|(qu) (on|il|ils|elle|elles|est|a|un|une|en)"
    r")(?![\w'])"
)


def _elide(match: re.Match[str]) -> str:
    clitic, word = (group for group in match.groups() if group is not None)
    return f"{clitic}'{word}"


_LIGATURES: Final = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"})


def split_ligatures(text: str) -> str:
    """``text`` with "œ" and "æ" written as two letters ("sœur" -> "soeur")."""
    return text.translate(_LIGATURES)


def join_elisions(normalised: str) -> str:
    """``normalised`` text with French elision typed with a space joined back."""
    return _ELISION.sub(_elide, normalised)
