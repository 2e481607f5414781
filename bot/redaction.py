"""The spaCy layer of free-text redaction: names, street addresses, schools and social
handles in children's answers. Used only through :func:`bot.privacy.redact`.

Official spaCy models can't be used (nothing is downloaded at run time), so each
language gets a *blank* pipeline (``spacy.blank("en")``: its tokenizer and stop words)
and :class:`spacy.matcher.PhraseMatcher` patterns built from the language data in
``knowledge/privacy/rules.yml`` (cues such as "my name is", relation words, street and
school types, platforms) and ``knowledge/privacy/names.yml`` (common first names and
surnames). Small rules around the matches decide how far a detail goes. Both files are
read by one validating loader that reports every problem with file, line and field.

Matching works on a copy of the text that is lower-cased and stripped of accents
character by character, so offsets are the same as in the original and "Frère",
"frere" and "FRÈRE" match one pattern; capital letters are looked up in the original.

Pipelines are built on first use per language (:func:`pipeline`, cached), never at
import.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Final

from yaml.nodes import Node

from bot.names import LANGUAGES
from bot.problems import DataFileError, NodeReader, compose_yaml, values_of

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Doc

KNOWLEDGE_DIR: Final = Path(__file__).resolve().parent.parent / "knowledge" / "privacy"
RULES_PATH: Final = KNOWLEDGE_DIR / "rules.yml"
NAMES_PATH: Final = KNOWLEDGE_DIR / "names.yml"

NAME: Final = "name"
ADDRESS: Final = "address"
SCHOOL: Final = "school"
HANDLE: Final = "handle"

_SUPPORTED_SCHEMA: Final = "1"
_MAX_PHRASE: Final = 60
_NAME_RE: Final = re.compile(r"^[a-z][a-z' -]*$")

# How far a detail may reach, in tokens: enough for "Juan Pablo Hernández" or
# "rue de la Fontaine aux Loups", short enough not to swallow the rest of an answer.
_MAX_EXTRA_NAME_WORDS: Final = 3
_MAX_STREET_WORDS: Final = 4
_MAX_SCHOOL_WORDS: Final = 5
_MAX_FILLERS: Final = 4

_WORD_RE: Final = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_HOUSE_NUMBER_RE: Final = re.compile(r"\d{1,5}[a-z]?(?:-\d{1,5}[a-z]?)?")
_ORDINAL_RE: Final = re.compile(r"\d{1,4}(?:st|nd|rd|th|e|er|eme|ème|º|ª|o|a)")
_FLOOR_RE: Final = re.compile(r"\d{1,3}[º°ªo]?[a-z]?")
_HANDLE_CHARS_RE: Final = re.compile(r"@?[\w.#\-]+")
_SENTENCE_END: Final = frozenset(".!?…\n")
_ARTICLES: Final = frozenset({"the", "a", "an", "la", "le", "l'", "el", "au", "en", "un", "une"})
_POSSESSIVES: Final = frozenset(
    {"my", "his", "her", "your", "our", "mon", "ma", "son", "sa", "ton", "ta", "mi", "su", "tu"}
)


# ------------------------------------------------------------------ the language data


@dataclass(frozen=True)
class LanguageRules:
    """The redaction patterns of one language (``knowledge/privacy/rules.yml``).

    Every value is accent-folded and lower case; see the file's comments for what each
    list does.
    """

    markers: tuple[str, ...]
    name_cues: tuple[str, ...]
    weak_name_cues: tuple[str, ...]
    known_name_cues: tuple[str, ...]
    relations: tuple[str, ...]
    copulas: tuple[str, ...]
    titles: tuple[str, ...]
    joiners: tuple[str, ...]
    not_names: tuple[str, ...]
    street_types_after: tuple[str, ...]
    street_types_before: tuple[str, ...]
    street_abbreviations: tuple[str, ...]
    number_words: tuple[str, ...]
    units: tuple[str, ...]
    address_cues: tuple[str, ...]
    particles: tuple[str, ...]
    school_types: tuple[str, ...]
    school_qualifiers: tuple[str, ...]
    school_weak_types: tuple[str, ...]
    school_not_names: tuple[str, ...]
    school_cues: tuple[str, ...]
    school_name_cues: tuple[str, ...]
    saints: tuple[str, ...]
    platforms: tuple[str, ...]
    handle_fillers: tuple[str, ...]
    handle_copulas: tuple[str, ...]
    not_handles: tuple[str, ...]


# Lists that must not be empty in any language; the others may be (English has no
# street types written before the name, for example).
_REQUIRED_NON_EMPTY: Final = frozenset(
    {"markers", "name_cues", "weak_name_cues", "relations", "not_names", "platforms"}
)
_RULE_FIELDS: Final = tuple(f.name for f in fields(LanguageRules))


@dataclass(frozen=True)
class NameLists:
    """Common first names and surnames (``knowledge/privacy/names.yml``).

    Attributes:
        first_names: Per language.
        also_words: Per language, first names that are ordinary words there too.
        surnames: Per language.
    """

    first_names: Mapping[str, frozenset[str]]
    also_words: Mapping[str, frozenset[str]]
    surnames: Mapping[str, frozenset[str]]

    @property
    def all_first_names(self) -> frozenset[str]:
        return frozenset().union(*self.first_names.values())

    @property
    def all_surnames(self) -> frozenset[str]:
        return frozenset().union(*self.surnames.values())


@dataclass(frozen=True)
class PrivacyData:
    rules: Mapping[str, LanguageRules]
    names: NameLists


class PrivacyDataError(DataFileError):
    """``knowledge/privacy/*.yml`` is invalid; lists every problem found."""

    subject = "privacy redaction data"


def fold(text: str) -> str:
    """Lower case without accents, character by character: the result has exactly the
    length of ``text``, so offsets found in it are offsets in ``text``."""
    return text.translate(_fold_table())


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x250):  # Latin-1 and Latin Extended-A/B: all en/fr/es letters
        ch = chr(code)
        low = ch.lower()
        if len(low) != 1:
            continue
        # NFD, not NFKD: compatibility forms such as "º" and "ª" must stay what they are.
        base = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
        folded = base if len(base) == 1 else low
        if folded != ch:
            table[code] = folded
    table[ord("’")] = "'"
    return table


class _Reader(NodeReader):
    def words(
        self,
        node: Node,
        field: str,
        *,
        allow_empty: bool,
        pattern: re.Pattern[str] | None = None,
    ) -> tuple[str, ...] | None:
        """A list of phrases, folded, each at most ``_MAX_PHRASE`` characters, no
        duplicates once folded, each matching ``pattern`` if given."""
        if allow_empty and getattr(node, "value", None) == []:
            return ()
        items = self.sequence(node, field, lambda n, f: self.text(n, f, _MAX_PHRASE))
        if items is None:
            return None
        seen: set[str] = set()
        out = []
        for child, item in zip(list(getattr(node, "value", [])), items, strict=True):
            folded = fold(item)
            if folded in seen:
                self.problem(child, field, f"{item!r} is listed twice (accents don't count)")
            elif pattern is not None and not pattern.match(folded):
                self.problem(child, field, f"{item!r} is not a name")
            seen.add(folded)
            out.append(folded)
        return tuple(out)

    def per_language(self, node: Node, field: str) -> dict[str, Node] | None:
        return self.mapping(node, field, LANGUAGES)


def _read_rules(path: Path) -> dict[str, LanguageRules]:
    root = compose_yaml(path, PrivacyDataError)
    reader = _Reader(str(path))
    top = reader.mapping(root, "", ("schema", "languages"))
    rules: dict[str, LanguageRules] = {}
    if top is not None:
        schema = reader.text(top["schema"], "schema", 10)
        if schema is not None and schema != _SUPPORTED_SCHEMA:
            reader.problem(top["schema"], "schema", f"unsupported schema {schema!r}")
        languages = reader.per_language(top["languages"], "languages")
        for language, node in (languages or {}).items():
            where = f"languages.{language}"
            entries = reader.mapping(node, where, _RULE_FIELDS)
            if entries is None:
                continue
            values = {
                name: reader.words(
                    entries[name],
                    f"{where}.{name}",
                    allow_empty=name not in _REQUIRED_NON_EMPTY,
                )
                for name in _RULE_FIELDS
            }
            if all(v is not None for v in values.values()):
                rules[language] = LanguageRules(**values)  # type: ignore[arg-type]
    if reader.problems:
        raise PrivacyDataError(reader.problems)
    return rules


def _read_names(path: Path) -> NameLists:
    root = compose_yaml(path, PrivacyDataError)
    reader = _Reader(str(path))
    top = reader.mapping(root, "", ("schema", "first_names", "also_words", "surnames"))
    lists: dict[str, dict[str, frozenset[str]]] = {}
    if top is not None:
        schema = reader.text(top["schema"], "schema", 10)
        if schema is not None and schema != _SUPPORTED_SCHEMA:
            reader.problem(top["schema"], "schema", f"unsupported schema {schema!r}")
        for key in ("first_names", "also_words", "surnames"):
            per_language = reader.per_language(top[key], key) or {}
            lists[key] = {}
            for language, node in per_language.items():
                where = f"{key}.{language}"
                names = reader.words(node, where, allow_empty=False, pattern=_NAME_RE)
                if names is not None:
                    lists[key][language] = frozenset(names)
        every_first_name = frozenset().union(*lists.get("first_names", {}).values())
        for language, words in lists.get("also_words", {}).items():
            where_node = values_of(top["also_words"]).get(language, root)
            for word in sorted(words - every_first_name):
                reader.problem(
                    where_node, f"also_words.{language}", f"{word!r} is in no first_names list"
                )
    if reader.problems:
        raise PrivacyDataError(reader.problems)
    return NameLists(
        first_names=MappingProxyType(lists["first_names"]),
        also_words=MappingProxyType(lists["also_words"]),
        surnames=MappingProxyType(lists["surnames"]),
    )


def load_privacy_data(rules_path: Path = RULES_PATH, names_path: Path = NAMES_PATH) -> PrivacyData:
    """Reads and validates both files.

    Raises:
        PrivacyDataError: listing every problem with file, line and field.
    """
    rules = _read_rules(rules_path)
    names = _read_names(names_path)
    return PrivacyData(rules=MappingProxyType(rules), names=names)


@lru_cache(maxsize=1)
def privacy_data() -> PrivacyData:
    """The shipped privacy data, loaded once."""
    return load_privacy_data()


# ------------------------------------------------------------------ language guess


def guess_languages(text: str) -> tuple[str, ...]:
    """The languages a text is most likely in, by counting marker words; all three when
    there are no markers or a tie, so that nothing is missed for want of a guess."""
    words = re.findall(r"[a-z]+", fold(text))
    rules = privacy_data().rules
    scores = {lang: sum(w in set(rules[lang].markers) for w in words) for lang in LANGUAGES}
    best = max(scores.values())
    if best == 0:
        return tuple(LANGUAGES)
    return tuple(lang for lang in LANGUAGES if scores[lang] == best)


# ------------------------------------------------------------------ the pipeline


@dataclass(frozen=True)
class Span:
    """A detail to redact: character offsets into the original text and its kind."""

    start: int
    end: int
    kind: str


# PhraseMatcher labels
_NAME_CUE, _WEAK_CUE, _KNOWN_CUE = "NAME_CUE", "WEAK_CUE", "KNOWN_CUE"
_RELATION, _COPULA, _TITLE = "RELATION", "COPULA", "TITLE"
_STREET_AFTER, _STREET_BEFORE, _ADDRESS_CUE = "STREET_AFTER", "STREET_BEFORE", "ADDRESS_CUE"
_SCHOOL_TYPE, _SCHOOL_QUAL, _SCHOOL_WEAK = "SCHOOL_TYPE", "SCHOOL_QUAL", "SCHOOL_WEAK"
_SCHOOL_CUE, _SCHOOL_NAME_CUE, _SAINT = "SCHOOL_CUE", "SCHOOL_NAME_CUE", "SAINT"
_PLATFORM = "PLATFORM"

_PHRASE_FIELDS: Final = {
    _NAME_CUE: "name_cues",
    _WEAK_CUE: "weak_name_cues",
    _KNOWN_CUE: "known_name_cues",
    _RELATION: "relations",
    _COPULA: "copulas",
    _TITLE: "titles",
    _STREET_AFTER: "street_types_after",
    _STREET_BEFORE: "street_types_before",
    _ADDRESS_CUE: "address_cues",
    _SCHOOL_TYPE: "school_types",
    _SCHOOL_QUAL: "school_qualifiers",
    _SCHOOL_WEAK: "school_weak_types",
    _SCHOOL_CUE: "school_cues",
    _SCHOOL_NAME_CUE: "school_name_cues",
    _SAINT: "saints",
    _PLATFORM: "platforms",
}


class Pipeline:
    """A blank spaCy pipeline and the phrase patterns of one language."""

    def __init__(self, language: str, rules: LanguageRules, names: NameLists) -> None:
        import spacy  # here, not at import: loading spaCy takes a while
        from spacy.matcher import PhraseMatcher

        self.language = language
        self.nlp: Language = spacy.blank(language)
        self.matcher: PhraseMatcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        for label, field in _PHRASE_FIELDS.items():
            phrases = getattr(rules, field)
            if phrases:
                self.matcher.add(label, [self.nlp.make_doc(p) for p in phrases])

        def tokens(values: Iterable[str]) -> frozenset[str]:
            return frozenset(t.text for v in values for t in self.nlp.make_doc(v))

        self.stops = frozenset(fold(w) for w in self.nlp.Defaults.stop_words)
        self.not_names = tokens(rules.not_names)
        self.joiners = tokens(rules.joiners)
        self.particles = tokens(rules.particles)
        self.number_words = tokens(rules.number_words)
        self.units = tokens(rules.units)
        self.abbreviations = tokens(rules.street_abbreviations)
        self.school_not_names = tokens(rules.school_not_names)
        self.fillers = tokens(rules.handle_fillers)
        self.handle_copulas = tokens(rules.handle_copulas)
        self.not_handles = tokens(rules.not_handles)
        self.saint_words = tokens(rules.saints)
        self.first_names = names.first_names[language]
        self.any_first_name = names.all_first_names
        self.also_words = names.also_words[language]
        self.surnames = names.all_surnames

    def find(self, text: str) -> list[Span]:
        """Names, addresses, schools and handles in ``text``, possibly overlapping."""
        doc = self.nlp.make_doc(fold(text))
        return _Finder(self, doc, text).run()


class _Finder:
    """One text's tokens and matches, and the rules that turn them into spans."""

    def __init__(self, pipe: Pipeline, doc: Doc, text: str) -> None:
        self.p = pipe
        self.text = text
        self.n = len(doc)
        self.low = [t.text for t in doc]
        self.begin = [t.idx for t in doc]
        self.finish = [t.idx + len(t.text) for t in doc]
        self.space_after = [bool(t.whitespace_) for t in doc]
        self.starts: dict[str, dict[int, int]] = {}  # label -> start -> longest end
        self.ends: dict[str, dict[int, int]] = {}  # label -> end -> earliest start
        for match_id, start, end in pipe.matcher(doc):
            label = pipe.nlp.vocab.strings[match_id]
            by_start = self.starts.setdefault(label, {})
            by_start[start] = max(end, by_start.get(start, 0))
            by_end = self.ends.setdefault(label, {})
            by_end[end] = min(start, by_end.get(end, end))
        self.role: dict[int, str] = {}
        for label in (_SCHOOL_QUAL, _SCHOOL_WEAK, _SCHOOL_TYPE):  # strongest last
            for start, end in self.starts.get(label, {}).items():
                for i in range(start, end):
                    self.role[i] = label
        self.spans: list[Span] = []

    # --- token tests

    def orig(self, i: int) -> str:
        return self.text[self.begin[i] : self.finish[i]]

    def word(self, i: int) -> bool:
        return 0 <= i < self.n and _WORD_RE.fullmatch(self.low[i]) is not None

    def cap(self, i: int) -> bool:
        return self.orig(i)[:1].isupper()

    def stop(self, i: int) -> bool:
        return self.low[i] in self.p.stops

    def sentence_start(self, i: int) -> bool:
        if i == 0:
            return True
        between = self.text[self.finish[i - 1] : self.begin[i]]
        return "\n" in between or self.low[i - 1][-1:] in _SENTENCE_END

    def known(self, i: int) -> bool:
        return self.low[i] in self.p.any_first_name

    def surname(self, i: int) -> bool:
        return self.low[i] in self.p.surnames

    def is_number(self, i: int) -> bool:
        return 0 <= i < self.n and _HOUSE_NUMBER_RE.fullmatch(self.low[i]) is not None

    def ends_at(self, label: str, i: int) -> bool:
        return i in self.ends.get(label, {})

    def add(self, first: int, last: int, kind: str) -> None:
        self.spans.append(Span(self.begin[first], self.finish[last], kind))

    # --- names

    def lenient_name(self, i: int) -> bool:
        """After "my name is": any word that is not a stop word (or is a known name)."""
        if not self.word(i) or self.low[i] in self.p.not_names:
            return False
        return self.known(i) or not self.stop(i)

    def likely_name(self, i: int) -> bool:
        """After "call me", "my friend": a known first name, or a capitalised word."""
        if not self.word(i) or self.low[i] in self.p.not_names:
            return False
        if self.known(i) and self.low[i] not in self.p.also_words and not self.stop(i):
            return True
        return self.cap(i) and (not self.stop(i) or self.known(i))

    def lone_name(self, i: int) -> bool:
        """With no cue: a first name of this language, unless it is also a word here."""
        if not self.word(i) or self.low[i] not in self.p.first_names:
            return False
        if self.low[i] in self.p.not_names:
            return False
        if i > 0 and self.low[i - 1] in self.p.saint_words:
            return False  # "la saint Valentin", "San Martín": a saint, a day or a place
        if self.low[i] in self.p.also_words or self.stop(i):
            return self.cap(i) and not self.sentence_start(i)
        return True

    def extend_name(self, i: int) -> int:
        """The last token of the name starting at ``i``: hyphenated parts, then up to
        three more names or capitalised words ("Lily Smith", "juan pablo", "de la Cruz")."""
        j = i
        extra = 0
        while j + 1 < self.n:
            nxt = j + 1
            if (
                self.low[nxt] == "-"
                and not self.space_after[j]
                and not self.space_after[nxt]
                and self.word(nxt + 1)
            ):
                j = nxt + 1
                continue
            if extra >= _MAX_EXTRA_NAME_WORDS or self.sentence_start(nxt):
                break
            if self.word(nxt) and self.low[nxt] not in self.p.not_names:
                if (
                    (self.cap(nxt) and not self.stop(nxt))
                    or (self.known(nxt) and self.low[nxt] not in self.p.also_words)
                    or self.surname(nxt)
                ):
                    j, extra = nxt, extra + 1
                    continue
                if (
                    self.low[nxt] in self.p.particles
                    and self.word(nxt + 1)
                    and self.cap(nxt + 1)
                    and not self.stop(nxt + 1)
                    and extra > 0
                ):
                    j, extra = nxt + 1, extra + 1
                    continue
            break
        return j

    def name_at(self, i: int, accept: str) -> int | None:
        """Adds the name starting at ``i`` (and any joined with "and"), if ``accept``
        (the name of a test method) allows it; returns its last token."""
        test = getattr(self, accept)
        if not (0 <= i < self.n) or not test(i):
            return None
        last = self.extend_name(i)
        self.add(i, last, NAME)
        # "Sara and Tom", "Hugo y Daniel": the second needs to look like a name too.
        while (
            last + 2 < self.n
            and (self.low[last + 1] in self.p.joiners or self.low[last + 1] == ",")
            and self.likely_name(last + 2)
            and (self.low[last + 1] != "," or self.known(last + 2))
        ):
            first = last + 2
            last = self.extend_name(first)
            self.add(first, last, NAME)
        return last

    def skip_punct(self, i: int) -> int:
        while i < self.n and self.low[i] in (":", ",", "-", "=", '"'):
            i += 1
        return i

    def skip_article(self, i: int) -> int:
        """Colloquial Spanish puts an article before names ("soy la Martina")."""
        if (
            self.p.language == "es"
            and i < self.n
            and self.low[i] in ("el", "la")
            and self.likely_name(i + 1)
        ):
            return i + 1
        return i

    def names(self) -> None:
        for end in self.ends.get(_NAME_CUE, {}):
            i = self.skip_article(self.skip_punct(end))
            self.name_at(i, "lenient_name")
        for end in self.ends.get(_WEAK_CUE, {}):
            i = self.skip_article(self.skip_punct(end))
            self.name_at(i, "likely_name")
        for end in self.ends.get(_KNOWN_CUE, {}):
            i = self.skip_punct(end)
            if 0 <= i < self.n and (
                self.cap(i)
                and self.known(i)
                or (self.low[i] in self.p.first_names and self.low[i] not in self.p.also_words)
            ):
                self.name_at(i, "likely_name")
        for end in self.ends.get(_TITLE, {}):
            self.name_at(self.skip_punct(end), "lenient_name")
        for end in self.ends.get(_RELATION, {}):
            i = end
            if i < self.n and self.low[i] == ",":
                i += 1
            i = self.starts.get(_COPULA, {}).get(i, i)
            if i in self.starts.get(_TITLE, {}) or i in self.starts.get(_RELATION, {}):
                continue  # "my neighbour Mrs Okafor": the title's own rule finds the name
            self.name_at(self.skip_article(i), "likely_name")
        covered = {t for s in self.spans for t in range(s.start, s.end)}
        for i in range(self.n):
            if self.begin[i] not in covered and self.lone_name(i):
                self.name_at(i, "lone_name")

    # --- addresses

    def street_name_words(self, i: int, *, lower_ok: bool, limit: int) -> int:
        """How many tokens from ``i`` on make a street or school name (particles only
        inside it). ``lower_ok``: lower-case unknown words count too, months included:
        many streets are named after dates ("calle 5 de mayo", "rue du 8 mai 1945")."""
        j, content, last_content = i, 0, i - 1
        while j < self.n and content < limit:
            low = self.low[j]
            if low in self.p.particles:
                j += 1
                continue
            if low.isdigit() and j > i and self.low[j - 1] in self.p.particles and self.word(j + 1):
                content += 1  # "du 8 mai"
                last_content = j
                j += 1
                continue
            if self.word(j) and (
                self.cap(j)
                or self.known(j)
                or self.surname(j)
                or low.split("-")[0] in self.p.saint_words
                or (lower_ok and not self.stop(j) and low not in self.p.school_not_names)
            ):
                if self.stop(j) and not self.cap(j):
                    break
                content += 1
                last_content = j
                j += 1
                continue
            break
        return last_content - i + 1

    def cue_before(self, label: str, i: int) -> bool:
        """Whether a cue of ``label`` ends at ``i``, allowing an article in between."""
        if self.ends_at(label, i):
            return True
        return i > 0 and self.low[i - 1] in _ARTICLES and self.ends_at(label, i - 1)

    def addresses(self) -> None:
        # "12 Baker Street", "flat 3, 22 Victoria Road", "Station Road" (capitalised or
        # after "I live on").
        for start, end in self.starts.get(_STREET_AFTER, {}).items():
            first = start
            while first - 1 >= 0 and start - first < 3:
                k = first - 1
                if (
                    self.word(k)
                    and not self.stop(k)
                    and self.low[k] not in self.p.not_names
                    and self.low[k] not in self.p.number_words
                ) or _ORDINAL_RE.fullmatch(self.low[k]):
                    first = k
                else:
                    break
            if first == start:
                continue
            number = first - 1
            if self.is_number(number):
                first = number
                k = number - 1
                if k >= 0 and self.low[k] == ",":
                    k -= 1
                if self.is_number(k) and k - 1 >= 0 and self.low[k - 1] in self.p.units:
                    first = k - 1
                self.add(first, end - 1, ADDRESS)
                continue
            if self.low[start] in self.p.abbreviations:
                continue
            words = range(first, end)
            if all(self.cap(t) for t in words) or self.cue_before(_ADDRESS_CUE, first):
                self.add(first, end - 1, ADDRESS)
        # "5 rue de la Paix", "calle Mayor 3, 2ºB", "Carrera 7 # 45-10".
        for start, end in self.starts.get(_STREET_BEFORE, {}).items():
            cue = self.cue_before(_ADDRESS_CUE, start)
            first = start
            k = start - 1
            if k >= 0 and self.low[k] in self.p.units:  # "3 bis rue"
                k -= 1
            if k >= 0 and self.low[k] == ",":
                k -= 1
            number_before = self.is_number(k)
            if number_before:
                first = k
            j = end
            if self.is_number(j) or _ORDINAL_RE.fullmatch(self.low[j] if j < self.n else ""):
                j += 1  # "calle 5 de mayo", "carrera 7"
            count = self.street_name_words(j, lower_ok=True, limit=_MAX_STREET_WORDS)
            named = count > 0
            last = j + count - 1 if named else j - 1
            capitalised = named and any(self.cap(t) for t in range(j, last + 1))
            # A house number and flat after the name: "3", "nº 12", "# 45-10", "2ºB".
            m = last + 1
            if m < self.n and self.low[m] == ",":
                m += 1
            if m < self.n and self.low[m] in self.p.number_words:
                m += 1
            number_after = self.is_number(m)
            if number_after:
                last = m
                m += 1
                if m + 1 < self.n and self.low[m] in self.p.number_words and self.is_number(m + 1):
                    last = m + 1
                    m += 2
                while m < self.n:
                    if self.low[m] == ",":
                        m += 1
                        continue
                    if self.low[m] in self.p.units:
                        last = m
                        if m + 1 < self.n and _FLOOR_RE.fullmatch(self.low[m + 1]):
                            last = m + 1
                        m = last + 1
                        continue
                    if _FLOOR_RE.fullmatch(self.low[m]) and any(c in self.low[m] for c in "º°ª"):
                        last = m
                        m += 1
                        continue
                    break
            if last < end:  # nothing after the street type
                continue
            if number_before or number_after or capitalised or cue:
                self.add(first, last, ADDRESS)

    # --- schools

    def schools(self) -> None:
        # Type after the name: "Greenfield Academy", "St Mary's Primary School".
        i = 0
        while i < self.n:
            if i not in self.role:
                i += 1
                continue
            a = i
            while i < self.n and i in self.role:
                i += 1
            b = i  # the type run is [a, b)
            strong = any(self.role[t] == _SCHOOL_TYPE for t in range(a, b))
            weak = any(self.role[t] == _SCHOOL_WEAK for t in range(a, b))
            if not strong and not (weak and all(self.cap(t) for t in range(a, b))):
                continue
            if self.p.language != "en":
                continue  # fr and es name schools after the type (below)
            first = self.school_name_before(a)
            if first is None:
                continue
            last = b - 1
            while (
                last + 1 < self.n
                and last + 1 - b < 2
                and self.word(last + 1)
                and self.cap(last + 1)
                and not self.stop(last + 1)
                and not self.sentence_start(last + 1)
            ):
                last += 1
            self.add(first, last, SCHOOL)
        # Type before the name: "Lycée Victor Hugo", "Colegio San José", "IES Ramiro de
        # Maeztu", "secundaria técnica 45".
        if self.p.language != "en":
            for start, end in self.starts.get(_SCHOOL_TYPE, {}).items():
                self.school_after_type(start, end, lower_ok=self.cue_before(_SCHOOL_CUE, start))
        # "my school is called …", "mon école s'appelle …", "mi escuela se llama …".
        for end in self.ends.get(_SCHOOL_NAME_CUE, {}):
            i = self.skip_punct(end)
            if i < self.n and self.low[i] in ("the", "le", "la", "l'", "el"):
                i += 1
            if i in self.starts.get(_SCHOOL_TYPE, {}) and self.p.language != "en":
                self.school_after_type(i, self.starts[_SCHOOL_TYPE][i], lower_ok=True)
                continue
            count = self.street_name_words(i, lower_ok=True, limit=_MAX_SCHOOL_WORDS)
            last = i + count - 1
            while last + 1 < self.n and last + 1 in self.role:
                last += 1
            if last >= i:
                self.add(i, last, SCHOOL)

    def school_name_before(self, a: int) -> int | None:
        """The first token of an English school's name that ends before ``a``."""
        first = a
        k = a - 1
        words = 0
        while k >= 0 and words < _MAX_SCHOOL_WORDS:
            low = self.low[k]
            if low in ("'s", "'", "s") and k > 0 and not self.space_after[k - 1]:
                k -= 1  # "Mary's"
                continue
            if self.ends_at(_SAINT, k + 1):
                first = k = self.ends[_SAINT][k + 1]
                k -= 1
                words += 1
                continue
            if low in self.p.particles and words > 0 and k > 0 and self.cap(k - 1):
                k -= 1  # "Lady of Lourdes"
                continue
            strong = self.word(k) and (
                (self.cap(k) and not self.stop(k) and low not in self.p.school_not_names)
                or (self.known(k) and low not in self.p.also_words)
                or self.surname(k)
            )
            if strong:
                first = k
                words += 1
                k -= 1
                continue
            break
        if words:
            return first
        # Lower-case names only right after "I go to", "at", …: "i go to oakwood academy".
        k = a - 1
        chunk: list[int] = []
        while (
            k >= 0
            and len(chunk) < 3
            and self.word(k)
            and not self.stop(k)
            and self.low[k] not in self.p.school_not_names
        ):
            chunk.append(k)
            k -= 1
        if chunk and self.ends_at(_SCHOOL_CUE, k + 1):
            return k + 1
        return None

    def school_after_type(self, start: int, end: int, *, lower_ok: bool) -> None:
        j = end
        saw_qualifier = False
        while j < self.n and self.role.get(j) in (_SCHOOL_QUAL, _SCHOOL_TYPE, _SCHOOL_WEAK):
            saw_qualifier = True
            j += 1
        if j < self.n and self.low[j] in self.p.number_words:
            j += 1
            saw_qualifier = True
        if j < self.n and self.is_number(j) and saw_qualifier:
            self.add(start, j, SCHOOL)  # "secundaria técnica 45", "escuela primaria nº 12"
            return
        count = self.street_name_words(j, lower_ok=lower_ok, limit=_MAX_SCHOOL_WORDS)
        if count > 0:
            self.add(start, j + count - 1, SCHOOL)

    # --- handles

    def handles(self) -> None:
        for start, end in self.starts.get(_PLATFORM, {}).items():
            owned = start > 0 and self.low[start - 1] in _POSSESSIVES
            j, copula, skipped = end, False, 0
            while j < self.n and skipped < _MAX_FILLERS and self.low[j] in self.p.fillers:
                copula |= self.low[j] in self.p.handle_copulas
                j += 1
                skipped += 1
            # The copula may be glued to the next word in sms spelling ("c lina.lfv").
            if j >= self.n:
                continue
            found = _HANDLE_CHARS_RE.match(self.text, self.begin[j])
            if not found:
                continue
            handle = found.group(0).rstrip(".-")
            if not handle or handle.isdigit():
                continue
            looks_like = (
                any(ch.isdigit() or ch in "_.#@" for ch in handle)
                or re.search(r"[a-z][A-Z]", handle) is not None
            )
            plain_word = (
                self.word(j)
                and not self.stop(j)
                and self.low[j] not in self.p.not_handles
                and self.low[j] not in self.p.not_names
            )
            if not (looks_like or (copula and owned and plain_word)):
                continue
            stop_at = self.begin[j] + len(handle)
            last = j
            while last + 1 < self.n and self.begin[last + 1] < stop_at:
                last += 1
            # A gamertag with spaces: "Blaze Runner 99".
            if not looks_like:
                while (
                    last + 1 < self.n
                    and last - j < 2
                    and (
                        (self.word(last + 1) and self.cap(last + 1) and not self.stop(last + 1))
                        or self.low[last + 1].isdigit()
                    )
                ):
                    last += 1
                    stop_at = self.finish[last]
            self.spans.append(Span(self.begin[j], stop_at, HANDLE))

    def run(self) -> list[Span]:
        self.addresses()
        self.schools()
        self.handles()
        self.names()
        return self.spans


_LOCK = threading.Lock()


@lru_cache(maxsize=len(LANGUAGES))
def pipeline(language: str) -> Pipeline:
    """The pipeline of a supported language, built on first use (about a second)."""
    with _LOCK:
        data = privacy_data()
        return Pipeline(language, data.rules[language], data.names)


def find_spans(text: str, languages: Iterable[str]) -> list[Span]:
    """Every name, address, school and handle the language rules find in ``text``."""
    spans: list[Span] = []
    for language in languages:
        spans.extend(pipeline(language).find(text))
    return spans
