"""Themes in approved free-text answers: TF-IDF and NMF (scikit-learn), deterministic.

Run offline (by ``consultations export``), only on texts a moderator approved. Texts
are grouped per language (a theme never mixes languages: the words differ), sorted, and
factorised with NMF initialised by NNDSVD (no random start) and a fixed seed, so the
same texts always give the same themes, whatever order the database returns them in.

Each theme has its top terms, how many texts it holds and up to three representative
quotes (the texts that weigh most in it). A theme of fewer than ``k`` texts is dropped
(a theme is a view shared by several children), and with fewer than ``4 * k`` texts in
a language there are no themes at all: a moderator reads them all anyway.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any, Final

MAX_THEMES: Final = 5
TOP_TERMS: Final = 6
QUOTES: Final = 3
SEED: Final = 0

# Redaction placeholders ("[email]", "[phone]"… of bot.privacy) are not themes.
_PLACEHOLDERS: Final = frozenset(
    {"email", "link", "handle", "phone", "number", "name", "address", "school"}
)

# Function words, accents removed (the vectoriser strips accents before comparing).
_FR: Final = """
    a ai aie aient aies ait alors as au aucun aussi autre aux avec avoir avons ayant
    bon c ca car ce cela celle celles celui ces cet cette ceux chaque ci comme comment
    d dans de des deja doit donc dont du elle elles en encore es est et etaient etais
    etait etant ete etre eu eux fait faire fais font ici il ils j je jusqu l la le les
    leur leurs lui m ma mais me meme mes moi mon n ne ni non nos notre nous on ont ou
    par parce pas peu peut plus pour pourquoi qu quand que quel quelle quelles quels
    qui s sa sans se ses si sien son sont sous suis sur t ta te tes toi ton tous tout
    toute toutes tres tu un une va vais vont vos votre vous y
"""
_ES: Final = """
    a al algo algunos ante antes como con contra cual cuando de del desde donde durante
    e el ella ellas ellos en entre era eran es esa esas ese eso esos esta estaba estado
    estamos estan estar estas este esto estos estoy fue fueron ha habia han hasta hay
    la las le les lo los mas me mi mis mucho muy nada ni no nos nosotros o os otra otro
    para pero poco por porque que quien se sea ser si sin sobre son soy su sus tambien
    te tener tengo ti tiene tienen todo todos tu tus un una uno unos y ya yo
"""


def _stop_words(language: str) -> list[str]:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    listed = {"fr": _FR, "es": _ES}.get(language)
    words = frozenset(listed.split()) if listed else ENGLISH_STOP_WORDS
    return sorted(words | _PLACEHOLDERS)


@dataclass(frozen=True)
class Theme:
    """One theme: its words, how many texts it holds, and quotes from it."""

    language: str
    terms: tuple[str, ...]
    size: int
    quotes: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["terms"] = list(self.terms)
        data["quotes"] = list(self.quotes)
        return data


def themes_for(texts: Sequence[str], *, language: str, k: int) -> list[Theme]:
    """Themes of approved texts in one language (none if there are too few).

    Args:
        texts: Approved, redacted free-text answers.
        language: Their language (chooses the stop words).
        k: The minimum group size: themes of fewer texts are dropped.
    """
    ordered = sorted(t.strip() for t in texts if t and t.strip())
    if len(ordered) < 4 * k:
        return []
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectoriser = TfidfVectorizer(
        lowercase=True,
        strip_accents="unicode",
        stop_words=_stop_words(language),
        token_pattern=r"(?u)\b[^\W\d_]{3,}\b",  # noqa: S106 (words of 3+ letters)
        ngram_range=(1, 2),
        min_df=2,
        max_df=0.9,
        sublinear_tf=True,
    )
    try:
        matrix = vectoriser.fit_transform(ordered)
    except ValueError:  # no term is used twice: nothing in common to find
        return []
    count = min(MAX_THEMES, max(2, len(ordered) // (4 * k)), matrix.shape[1])
    if count < 2:
        return []
    model = NMF(n_components=count, init="nndsvd", random_state=SEED, max_iter=500)
    weights = model.fit_transform(matrix)
    terms = vectoriser.get_feature_names_out()
    assigned = weights.argmax(axis=1)
    has_weight = weights.max(axis=1) > 0
    themes = []
    for topic in range(count):
        members = [i for i in range(len(ordered)) if has_weight[i] and assigned[i] == topic]
        if len(members) < k:
            continue
        component = model.components_[topic]
        top = [terms[i] for i in component.argsort()[::-1][:TOP_TERMS] if component[i] > 0]
        # Highest weight first; equal weights by text, so the choice is stable.
        best = sorted(members, key=lambda i: (-round(float(weights[i, topic]), 9), ordered[i]))
        themes.append(
            Theme(
                language=language,
                terms=tuple(top),
                size=len(members),
                quotes=tuple(ordered[i] for i in best[:QUOTES]),
            )
        )
    themes.sort(key=lambda theme: (-theme.size, theme.terms))
    return themes


def find_themes(items: Iterable[Mapping[str, str]], *, k: int) -> list[Theme]:
    """Themes of approved texts of one question, per language.

    Args:
        items: ``{"language": …, "text": …}`` per approved answer.
        k: The minimum group size.
    """
    by_language: dict[str, list[str]] = {}
    for item in items:
        by_language.setdefault(item.get("language") or "unknown", []).append(item["text"])
    themes: list[Theme] = []
    for language in sorted(by_language):
        themes += themes_for(by_language[language], language=language, k=k)
    return themes
