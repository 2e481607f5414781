"""Whether a message asks something (en, fr, es), for answers that should only follow a
question — e.g. the right after the safety response to "my dad hits me, is that
allowed?". Children often leave out the question mark, so common question openings and
"is that allowed / legal / normal" endings count too.
"""

from __future__ import annotations

import re
from typing import Final

from bot.language import fold

_CUES: Final = re.compile(
    r"\b(?:"
    # en
    r"is (?:that|this|it) (?:allowed|legal|ok|okay|normal|right|fair|a crime)"
    r"|(?:are|is) (?:they|he|she) allowed|(?:can|could|may) (?:they|he|she|my|i|you|a|an|the)"
    r"|do i have (?:a|the) right|what (?:are|is) my rights?|is there a law"
    # fr
    r"|(?:est[- ]ce|c'?est) (?:que c'?est )?(?:permis|legal|normal|autorise|interdit|grave)"
    r"|(?:il|elle|ils|elles|on) (?:a|ont|peut|peuvent) (?:le droit|pas le droit)"
    r"|(?:j'?ai|ai[- ]je) le droit|est[- ]ce qu|est-ce que|(?:peut|peuvent)[- ](?:il|elle|ils|on)"
    # es
    r"|(?:es|eso es|esta) (?:permitido|legal|normal)|(?:puede|pueden) (?:mi|mis|el|la|los|las)"
    r"|tengo (?:el )?derecho|(?:tiene|tienen) (?:el )?derecho|(?:es|esta) bien que"
    r")\b"
)


def is_question(text: str) -> bool:
    """True when ``text`` asks something: a question mark, or a question cue."""
    if "?" in text or "¿" in text:
        return True
    return _CUES.search(fold(text[:1000].replace("’", "'"))) is not None
