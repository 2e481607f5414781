"""Loads and validates the safety lexicons in ``knowledge/safety/lexicon.<lang>.yml``.

Each file holds, for one language: a ``textspeak`` map used by the normaliser, named
``terms`` (regular-expression fragments a pattern can use as ``{name}``), ``categories``
(patterns per safeguarding category, each with an ``id`` and an optional ``severity``),
``idioms`` (patterns that cancel a finding they cover: "this homework is killing me")
``negations`` (cues that cancel a finding they immediately precede),
``negations_after`` (cues that cancel a finding they immediately follow: French "il me
frappe pas"), ``contrasts`` (cues right after a negated finding that keep it: "i'm not
going to kill myself but…") and ``happening_now`` (cues that the danger is happening
now).

A file that cannot be trusted stops the load with a :class:`LexiconError` naming the
file, the line and the field: an unknown category or key, a regular expression that
does not compile, a duplicate id, a missing language or category. A safety lexicon
that half-loads would fail silently, which is the worst way for it to fail.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache, total_ordering
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final, TypeVar

import yaml

if sys.version_info >= (3, 11):
    from re import _constants as sre_constants
    from re import _parser as sre_parse
else:
    import sre_constants
    import sre_parse

from bot.names import LANGUAGES
from bot.safety.normalise import CLAUSE_BREAK, Normaliser, normalise, squeeze_pattern

DEFAULT_DIRECTORY: Final = Path(__file__).resolve().parents[2] / "knowledge" / "safety"


class LexiconError(ValueError):
    """A lexicon file is missing or invalid; the message names file, line and field."""


class Category(str, Enum):
    """Safeguarding categories, with the exact ids used across HearMe."""

    SUICIDE_SELF_HARM = "suicide_self_harm"
    IMMEDIATE_DANGER = "immediate_danger"
    ABUSE_NEGLECT = "abuse_neglect"
    SEXUAL_ABUSE = "sexual_abuse"
    ONLINE_SEXUAL_EXPLOITATION = "online_sexual_exploitation"
    CSAM_SEEN = "csam_seen"
    BULLYING = "bullying"
    CHILD_MARRIAGE = "child_marriage"
    TRAFFICKING = "trafficking"
    CHILD_LABOUR = "child_labour"


@total_ordering
class Severity(Enum):
    """How urgent a finding is; compares in order medium < high < critical."""

    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        """0 for medium, 1 for high, 2 for critical."""
        return _RANKS[self.value]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank


_RANKS: Final = {"medium": 0, "high": 1, "critical": 2}

DEFAULT_SEVERITY: Final[Mapping[Category, Severity]] = MappingProxyType(
    {
        Category.SUICIDE_SELF_HARM: Severity.HIGH,
        Category.IMMEDIATE_DANGER: Severity.CRITICAL,
        Category.ABUSE_NEGLECT: Severity.HIGH,
        Category.SEXUAL_ABUSE: Severity.HIGH,
        Category.ONLINE_SEXUAL_EXPLOITATION: Severity.HIGH,
        Category.CSAM_SEEN: Severity.HIGH,
        Category.BULLYING: Severity.MEDIUM,
        Category.CHILD_MARRIAGE: Severity.HIGH,
        Category.TRAFFICKING: Severity.HIGH,
        Category.CHILD_LABOUR: Severity.MEDIUM,
    }
)


@dataclass(frozen=True)
class Pattern:
    """One category pattern.

    Attributes:
        id: unique within its file, e.g. ``kill_myself``.
        category: the safeguarding category it signals.
        severity: the category default unless the entry overrides it.
        source: the pattern as written in the file (terms not expanded).
        regex: the compiled, squeezed pattern matched against squeezed text.
        line: the line of the entry in its file.
        required: literal strings of which every match contains at least one (None
            if no such set could be derived); a message containing none of them is
            not searched with this pattern.
        topic: the pattern only names the topic ("bullying", "child labour",
            "matrimonio infantil"): its finding counts when the message involves the
            child or someone they address (:attr:`Lexicon.involvement`), else the topic
            is only spoken of (a school project, a film, the news).
        unless: a fence searched in the whole message: where it is found, the pattern
            does not apply ("statues" for a nude shown at a museum). It means what a
            ``^(?!…).*?`` guard in front of the pattern meant, but leaves the match where
            it is, so idioms that cover the match and negations right before it still
            apply (the guard made every match start at the message's start). A fenced
            match is not a finding and does not count as spoken of harmlessly.
    """

    id: str
    category: Category
    severity: Severity
    source: str
    regex: re.Pattern[str]
    line: int
    required: frozenset[str] | None = None
    topic: bool = False
    unless: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Cue:
    """An idiom or a negation cue.

    Attributes:
        id: unique within its file.
        source: the pattern as written.
        regex: the compiled, squeezed pattern.
        line: the line of the entry in its file.
        categories: the categories an idiom may cancel; empty means all.
    """

    id: str
    source: str
    regex: re.Pattern[str]
    line: int
    categories: frozenset[Category] = frozenset()

    def applies_to(self, category: Category) -> bool:
        """Whether this cue may cancel a finding of ``category``."""
        return not self.categories or category in self.categories


@dataclass(frozen=True)
class Lexicon:
    """Everything one language file contributes.

    Attributes:
        language: ``en``, ``fr`` or ``es``.
        path: the file it came from.
        patterns: category patterns, in file order.
        idioms: benign expressions that cancel a finding they cover.
        negations: cues that cancel a finding they immediately precede.
        textspeak: token → replacement (already normalised).
        negation: all negation cues in one expression anchored at the end of the
            text it is searched in.
        happening_now: cues that a disclosed danger is happening now or within hours
            ("right now", "ahorita", "il revient ce soir"); see :mod:`bot.safety.triage`.
        negations_after: cues that cancel a finding they immediately follow, for
            languages that negate after the verb ("il me frappe pas").
        trailing_negation: all ``negations_after`` cues in one expression, matched
            where a finding ends (None when there are none).
        contrasts: cues that, right after a negated finding, keep it ("i'm not going
            to hurt myself but i think about it").
        contrast: all ``contrasts`` cues in one expression, matched where a finding
            ends (None when there are none).
        involvement: cues that a message involves the child or the person they talk
            to (the child as object, "i'm being", a plea for help, a picture or
            video), which a ``topic`` pattern's finding needs (see
            :attr:`Pattern.topic`).
        weak_involvement: cues that involve the child unless a ``topic_frames`` cue
            says the topic is studied, told as a story or in the news ("my", "i",
            "we": "my friend is bullied" but "my project on bullying").
        topic_frames: a school project, a lesson, a debate, a book, a film, the news.
    """

    language: str
    path: Path
    patterns: tuple[Pattern, ...]
    idioms: tuple[Cue, ...]
    negations: tuple[Cue, ...]
    textspeak: Mapping[str, str]
    negation: re.Pattern[str] = field(repr=False)
    happening_now: tuple[Cue, ...] = ()
    negations_after: tuple[Cue, ...] = ()
    trailing_negation: re.Pattern[str] | None = field(default=None, repr=False)
    contrasts: tuple[Cue, ...] = ()
    contrast: re.Pattern[str] | None = field(default=None, repr=False)
    involvement: tuple[Cue, ...] = ()
    weak_involvement: tuple[Cue, ...] = ()
    topic_frames: tuple[Cue, ...] = ()


@dataclass(frozen=True)
class Lexicons:
    """The lexicons of all languages plus the normaliser built from their text-speak.

    Attributes:
        by_language: lexicon per language, in ``LANGUAGES`` order.
        normaliser: applies the merged text-speak maps of all languages.
        prefilter: finds the patterns worth running on a message (see below).
    """

    by_language: Mapping[str, Lexicon]
    normaliser: Normaliser = field(repr=False)
    prefilter: LiteralSet = field(repr=False)

    def __iter__(self) -> Iterator[Lexicon]:
        return iter(self.by_language.values())

    def candidates(self, text: str) -> list[tuple[Lexicon, Pattern]]:
        """The patterns worth running on squeezed ``text``, in file order.

        A pattern is skipped only when none of its required literals occurs in the
        text, so it could not match anyway.
        """
        return self.prefilter.candidates(text)


# --- Prefilter -------------------------------------------------------------------
# Python's `re` tries every branch of an alternation at every position, so matching
# ~400 patterns one after another costs about a millisecond even on a short benign
# message. Each pattern therefore gets, at load time, a set of literal strings of
# which any match must contain one (read off its parse tree). One trie-shaped regex
# finds which of all those literals occur in a message, and only the patterns whose
# literals occur are run. The result is the same; only the work is skipped.

_MAX_EXACT = 32  # largest set of exact strings tracked for one piece of a pattern
_MAX_REQUIRED = 400  # largest set of alternatives kept as one pattern's requirement
_ZERO_WIDTH = (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT)
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT)

_Item = tuple[Any, Any]


def _exact(items: Iterable[_Item]) -> set[str] | None:
    """All strings a sequence can match, if it is finite and small; else None."""
    out = {""}
    for op, av in items:
        item = _exact_item(op, av)
        if item is None:
            return None
        out = {a + b for a in out for b in item}
        if len(out) > _MAX_EXACT:
            return None
    return out


def _exact_item(op: Any, av: Any) -> set[str] | None:
    if op is sre_constants.LITERAL:
        return {chr(av)}
    if op in _ZERO_WIDTH:
        return {""}
    if op is sre_constants.IN:
        if len(av) <= 4 and all(o is sre_constants.LITERAL for o, _ in av):
            return {chr(v) for _, v in av}
        return None
    if op is sre_constants.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            strings = _exact(alternative)
            if strings is None:
                return None
            out |= strings
        return out if len(out) <= _MAX_EXACT else None
    if op is sre_constants.SUBPATTERN:
        return _exact(av[-1])
    if op in _REPEATS:
        low, high, sub = av
        strings = _exact(sub)
        if strings is None or high > 1:
            return None
        return strings | {""} if low == 0 else strings
    return None


def _score(strings: frozenset[str]) -> tuple[int, int]:
    # Longer literals are more selective, up to a point; then fewer is better.
    return (min(5, min(len(s) for s in strings)), -len(strings))


def _required(items: Sequence[_Item]) -> frozenset[str] | None:
    """A set of strings one of which every match of the sequence contains."""
    candidates: list[frozenset[str]] = []
    run: set[str] = {""}

    def close_run() -> None:
        if "" not in run:
            candidates.append(frozenset(run))

    for op, av in items:
        item = _exact_item(op, av)
        if item is not None:
            longer = {a + b for a in run for b in item}
            if len(longer) <= _MAX_EXACT:
                run = longer
                continue
            close_run()
            run = set(item)
            continue
        close_run()
        run = {""}
        required = _required_item(op, av)
        if required is not None:
            candidates.append(required)
    close_run()
    return max(candidates, key=_score) if candidates else None


def _required_item(op: Any, av: Any) -> frozenset[str] | None:
    if op is sre_constants.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            required = _required(alternative)
            if required is None:
                return None
            union |= required
        return frozenset(union) if len(union) <= _MAX_REQUIRED else None
    if op is sre_constants.SUBPATTERN:
        return _required(av[-1])
    if op in _REPEATS and av[0] >= 1:
        return _required(av[2])
    return None


def required_literals(pattern: str) -> frozenset[str] | None:
    """Literal strings of which every match of ``pattern`` contains at least one.

    Args:
        pattern: a regular expression (already squeezed).

    Returns:
        The set, or None when the pattern has no usable literal (it is then always
        run).
    """
    required = _required(sre_parse.parse(pattern).data)
    if required is None or min(len(s) for s in required) < 2:
        return None
    return required


class LiteralSet:
    """Finds the patterns whose required literals occur in a text, in one regex pass.

    Args:
        lexicons: the lexicons whose patterns are indexed.
    """

    def __init__(self, lexicons: Sequence[Lexicon]) -> None:
        self._patterns: list[tuple[Lexicon, Pattern]] = [
            (lexicon, pattern) for lexicon in lexicons for pattern in lexicon.patterns
        ]
        index: dict[str, set[int]] = {}
        self._always: frozenset[int] = frozenset(
            i for i, (_, pattern) in enumerate(self._patterns) if pattern.required is None
        )
        for i, (_, pattern) in enumerate(self._patterns):
            for literal in pattern.required or ():
                index.setdefault(literal, set()).add(i)
        self.literals = frozenset(index)
        trie: dict[str, Any] = {}
        for literal in self.literals:
            node = trie
            for ch in literal:
                node = node.setdefault(ch, {})
            node[""] = {}
        source = self._regex(trie)
        # A lookahead at every position finds overlapping occurrences. At each
        # position the greedy trie returns only the longest literal, so a literal
        # found maps to the patterns needing it OR any of its prefixes.
        self._regex_all = re.compile(f"(?=({source}))") if source else None
        self._patterns_for: dict[str, frozenset[int]] = {
            literal: frozenset(
                i
                for end in range(1, len(literal) + 1)
                if literal[:end] in index
                for i in index[literal[:end]]
            )
            for literal in self.literals
        }

    @classmethod
    def _regex(cls, node: Mapping[str, Any]) -> str:
        terminal = "" in node
        branches = [re.escape(ch) + cls._regex(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        if terminal:
            return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
        return body

    def candidates(self, text: str) -> list[tuple[Lexicon, Pattern]]:
        """Patterns that may match ``text``, in file order."""
        chosen = set(self._always)
        if self._regex_all is not None:
            for match in self._regex_all.finditer(text):
                chosen |= self._patterns_for[match.group(1)]
        return [self._patterns[i] for i in sorted(chosen)]


_TOP_KEYS: Final = frozenset(
    {
        "language",
        "textspeak",
        "terms",
        "categories",
        "idioms",
        "negations",
        "negations_after",
        "contrasts",
        "happening_now",
        "involvement",
        "weak_involvement",
        "topic_frames",
    }
)
_ENTRY_KEYS: Final = frozenset({"id", "pattern", "severity", "topic", "unless"})
_IDIOM_KEYS: Final = frozenset({"id", "pattern", "categories"})
_NEGATION_KEYS: Final = frozenset({"id", "pattern"})
_ID: Final = re.compile(r"[a-z][a-z0-9_]*")
_TERM_REF: Final = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
# Escapes (\b, \w, \.) are skipped when a pattern is checked for letters that
# normalised text never contains (capitals, accented letters).
_ESCAPE: Final = re.compile(r"\\.")
# A letter doubled across a group boundary ("sexual(?:ly)?") never matches squeezed
# text, where the double is already one letter; the pattern must say "sexually?".
_SPLIT_DOUBLE: Final = re.compile(r"(?<!\\)([a-z])(?:\(\?:|\()+\1|(?<!\\)([a-z])\)[?*]?\2")
# A text-speak key is one token as the normaliser sees it (digits allowed: "b4").
_TEXTSPEAK_KEY: Final = re.compile(r"[a-z0-9@$]+(?:'[a-z0-9@$]+)*")


# libyaml's loader keeps line marks too and is several times faster.
_YAML_LOADER: Final = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _File:
    """Reads one YAML file as nodes, so errors can name the line of a field."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def error(self, node: yaml.Node | None, where: str, message: str) -> LexiconError:
        line = f":{node.start_mark.line + 1}" if node is not None else ""
        return LexiconError(f"{self.path}{line}: {where}: {message}")

    def root(self) -> yaml.MappingNode:
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError as e:
            raise LexiconError(f"{self.path}: cannot read: {e.strerror}") from e
        try:
            node = yaml.compose(text, Loader=_YAML_LOADER)
        except yaml.MarkedYAMLError as e:
            mark = e.problem_mark or e.context_mark
            line = f":{mark.line + 1}" if mark is not None else ""
            raise LexiconError(f"{self.path}{line}: not valid YAML: {e.problem}") from e
        except yaml.YAMLError as e:
            raise LexiconError(f"{self.path}: not valid YAML: {e}") from e
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, "(top level)", "expected a mapping of sections")
        return node

    def mapping(self, node: yaml.Node, where: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """Key → (key node, value node); refuses non-mappings and duplicate keys."""
        if not isinstance(node, yaml.MappingNode):
            raise self.error(node, where, "expected a mapping")
        out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key, value in node.value:
            name = self.text(key, where)
            if name in out:
                raise self.error(key, f"{where}.{name}", "key given twice")
            out[name] = (key, value)
        return out

    def sequence(self, node: yaml.Node, where: str) -> list[yaml.Node]:
        if not isinstance(node, yaml.SequenceNode):
            raise self.error(node, where, "expected a list")
        return list(node.value)

    def text(self, node: yaml.Node, where: str) -> str:
        if not isinstance(node, yaml.ScalarNode) or node.tag != "tag:yaml.org,2002:str":
            raise self.error(node, where, "expected a text value")
        if not str(node.value).strip():
            raise self.error(node, where, "must not be empty")
        return str(node.value)


class _Compiler:
    """Expands ``{term}`` references, checks and compiles one file's expressions."""

    def __init__(self, file: _File) -> None:
        self.file = file
        self.terms: dict[str, str] = {}

    def expand(self, source: str, node: yaml.Node, where: str) -> str:
        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in self.terms:
                raise self.file.error(node, where, f"unknown term {{{name}}}")
            return f"(?:{self.terms[name]})"

        return _TERM_REF.sub(replace, source)

    def compile(self, node: yaml.Node, where: str) -> tuple[str, re.Pattern[str]]:
        source = self.file.text(node, where)
        expanded = self.expand(source, node, where)
        split = _SPLIT_DOUBLE.search(expanded)
        if split:
            raise self.file.error(
                node,
                where,
                f"doubled letter split by a group at {split.group()!r}; doubled letters are "
                "optional anyway, so write the word whole (e.g. 'sexually?')",
            )
        for ch in _ESCAPE.sub("", expanded):
            if ch.isalpha() and (not ch.isascii() or ch.isupper()):
                raise self.file.error(
                    node, where, f"contains {ch!r}; normalised text is lower case without accents"
                )
        try:
            regex = re.compile(squeeze_pattern(expanded))
        except re.error as e:
            raise self.file.error(node, where, f"bad regular expression: {e}") from e
        if regex.search("") is not None:
            raise self.file.error(node, where, "matches the empty string")
        return source, regex

    def pattern(
        self, node: yaml.Node, where: str
    ) -> tuple[str, re.Pattern[str], frozenset[str] | None]:
        """Like :meth:`compile`, plus the pattern's required literals."""
        source, regex = self.compile(node, where)
        return source, regex, required_literals(regex.pattern)


_E = TypeVar("_E", Category, Severity)


def _member(file: _File, node: yaml.Node, where: str, kind: type[_E], label: str) -> _E:
    """Reads an enum value, failing with the allowed values listed."""
    value = file.text(node, where)
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(m.value for m in kind)
        raise file.error(node, where, f"unknown {label} {value!r} (use {allowed})") from None


def _severity(file: _File, node: yaml.Node, where: str) -> Severity:
    return _member(file, node, where, Severity, "severity")


def _entry_fields(
    file: _File, node: yaml.Node, where: str, allowed: frozenset[str], ids: dict[str, int]
) -> tuple[str, dict[str, tuple[yaml.Node, yaml.Node]]]:
    fields = file.mapping(node, where)
    for name, (key, _) in fields.items():
        if name not in allowed:
            raise file.error(
                key, f"{where}.{name}", f"unknown field (use {', '.join(sorted(allowed))})"
            )
    for required in ("id", "pattern"):
        if required not in fields:
            raise file.error(node, f"{where}.{required}", "missing")
    id_node = fields["id"][1]
    pattern_id = file.text(id_node, f"{where}.id")
    if not _ID.fullmatch(pattern_id):
        raise file.error(id_node, f"{where}.id", f"{pattern_id!r} must be lower_snake_case")
    if pattern_id in ids:
        raise file.error(
            id_node, f"{where}.id", f"duplicate id {pattern_id!r} (first on line {ids[pattern_id]})"
        )
    ids[pattern_id] = id_node.start_mark.line + 1
    return pattern_id, fields


def _flag(file: _File, node: yaml.Node, where: str) -> bool:
    if not isinstance(node, yaml.ScalarNode) or node.value not in ("true", "false"):
        raise file.error(node, where, "must be true or false")
    return node.value == "true"


def _category(file: _File, node: yaml.Node, where: str) -> Category:
    return _member(file, node, where, Category, "category")


def _cues(
    file: _File, compiler: _Compiler, node: yaml.Node, section: str, ids: dict[str, int]
) -> tuple[Cue, ...]:
    allowed = _IDIOM_KEYS if section == "idioms" else _NEGATION_KEYS
    cues = []
    for i, item in enumerate(file.sequence(node, section)):
        where = f"{section}[{i}]"
        cue_id, fields = _entry_fields(file, item, where, allowed, ids)
        source, regex = compiler.compile(fields["pattern"][1], f"{where}.pattern")
        categories: frozenset[Category] = frozenset()
        if "categories" in fields:
            listed = file.sequence(fields["categories"][1], f"{where}.categories")
            if not listed:
                raise file.error(fields["categories"][1], f"{where}.categories", "is empty")
            categories = frozenset(
                _category(file, c, f"{where}.categories[{j}]") for j, c in enumerate(listed)
            )
        cues.append(Cue(cue_id, source, regex, item.start_mark.line + 1, categories))
    return tuple(cues)


def _textspeak(file: _File, node: yaml.Node) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, (key, value) in file.mapping(node, "textspeak").items():
        where = f"textspeak.{name}"
        replacement = file.text(value, where)
        if not _TEXTSPEAK_KEY.fullmatch(name):
            raise file.error(key, where, "key must be one lower-case token without accents")
        if normalise(replacement) != replacement:
            raise file.error(
                value, where, f"replacement must be normalised: {normalise(replacement)!r}"
            )
        out[name] = replacement
    return out


def load_lexicon(path: Path, language: str) -> Lexicon:
    """Loads and validates one lexicon file.

    Args:
        path: the YAML file.
        language: the language the file must declare.

    Raises:
        LexiconError: naming the file, the line and the field at fault.
    """
    file = _File(path)
    root = file.root()
    sections = file.mapping(root, "(top level)")
    for name, (key, _) in sections.items():
        if name not in _TOP_KEYS:
            raise file.error(key, name, f"unknown section (use {', '.join(sorted(_TOP_KEYS))})")
    for section in ("language", "categories"):
        if section not in sections:
            raise file.error(root, section, "missing")
    lang_node = sections["language"][1]
    declared = file.text(lang_node, "language")
    if declared != language:
        raise file.error(lang_node, "language", f"is {declared!r} but the file is for {language!r}")

    compiler = _Compiler(file)
    if "terms" in sections:
        for name, (key, value) in file.mapping(sections["terms"][1], "terms").items():
            where = f"terms.{name}"
            if not _ID.fullmatch(name):
                raise file.error(key, where, "term names must be lower_snake_case")
            compiler.compile(value, where)
            compiler.terms[name] = compiler.expand(file.text(value, where), value, where)

    ids: dict[str, int] = {}
    patterns: list[Pattern] = []
    categories_key, categories_node = sections["categories"]
    categories = file.mapping(categories_node, "categories")
    for name, (key, value) in categories.items():
        category = _category(file, key, f"categories.{name}")
        entries = file.sequence(value, f"categories.{name}")
        if not entries:
            raise file.error(value, f"categories.{name}", "has no patterns")
        for i, item in enumerate(entries):
            where = f"categories.{name}[{i}]"
            pattern_id, fields = _entry_fields(file, item, where, _ENTRY_KEYS, ids)
            source, regex, required = compiler.pattern(fields["pattern"][1], f"{where}.pattern")
            severity = (
                _severity(file, fields["severity"][1], f"{where}.severity")
                if "severity" in fields
                else DEFAULT_SEVERITY[category]
            )
            topic = "topic" in fields and _flag(file, fields["topic"][1], f"{where}.topic")
            unless = (
                compiler.compile(fields["unless"][1], f"{where}.unless")[1]
                if "unless" in fields
                else None
            )
            patterns.append(
                Pattern(
                    pattern_id,
                    category,
                    severity,
                    source,
                    regex,
                    item.start_mark.line + 1,
                    required,
                    topic,
                    unless,
                )
            )
    missing = [c.value for c in Category if c.value not in categories]
    if missing:
        raise file.error(categories_key, "categories", f"missing categories: {', '.join(missing)}")

    idioms = (
        _cues(file, compiler, sections["idioms"][1], "idioms", ids) if "idioms" in sections else ()
    )
    negations = (
        _cues(file, compiler, sections["negations"][1], "negations", ids)
        if "negations" in sections
        else ()
    )
    happening_now = (
        _cues(file, compiler, sections["happening_now"][1], "happening_now", ids)
        if "happening_now" in sections
        else ()
    )
    negations_after = (
        _cues(file, compiler, sections["negations_after"][1], "negations_after", ids)
        if "negations_after" in sections
        else ()
    )
    contrasts = (
        _cues(file, compiler, sections["contrasts"][1], "contrasts", ids)
        if "contrasts" in sections
        else ()
    )
    involvement, weak_involvement, topic_frames = (
        _cues(file, compiler, sections[name][1], name, ids) if name in sections else ()
        for name in ("involvement", "weak_involvement", "topic_frames")
    )
    textspeak = _textspeak(file, sections["textspeak"][1]) if "textspeak" in sections else {}

    # A cue counts only when it ends right where the finding starts (spaces aside), so
    # the search runs on the text before the finding and is anchored at its end.
    negation_source = "|".join(f"(?:{c.regex.pattern})" for c in negations) or r"(?!)"
    negation = re.compile(f"(?:{negation_source})\\s*$")
    if negation.search(f" {CLAUSE_BREAK} ") is not None:
        raise file.error(sections["negations"][0], "negations", "a cue matches a bare clause break")
    # Cues after a finding start where it ends (spaces aside): matched with `match`.
    trailing_negation = _leading(negations_after)
    if trailing_negation is not None and trailing_negation.match(f" {CLAUSE_BREAK} "):
        raise file.error(
            sections["negations_after"][0], "negations_after", "a cue matches a bare clause break"
        )
    contrast = _leading(contrasts)
    return Lexicon(
        language=language,
        path=path,
        patterns=tuple(patterns),
        idioms=idioms,
        negations=negations,
        textspeak=MappingProxyType(textspeak),
        negation=negation,
        happening_now=happening_now,
        negations_after=negations_after,
        trailing_negation=trailing_negation,
        contrasts=contrasts,
        contrast=contrast,
        involvement=involvement,
        weak_involvement=weak_involvement,
        topic_frames=topic_frames,
    )


def _leading(cues: Sequence[Cue]) -> re.Pattern[str] | None:
    """All ``cues`` in one expression that must start where it is matched, spaces aside."""
    if not cues:
        return None
    return re.compile("\\s*(?:" + "|".join(f"(?:{c.regex.pattern})" for c in cues) + ")")


def _merge_textspeak(lexicons: list[Lexicon]) -> dict[str, str]:
    merged: dict[str, str] = {}
    origin: dict[str, Path] = {}
    for lexicon in lexicons:
        for token, replacement in lexicon.textspeak.items():
            if token in merged and merged[token] != replacement:
                raise LexiconError(
                    f"{lexicon.path}: textspeak.{token}: maps to {replacement!r} but "
                    f"{origin[token]} maps it to {merged[token]!r}; text-speak applies to "
                    "every message whatever its language, so the maps must agree"
                )
            merged[token] = replacement
            origin[token] = lexicon.path
    return merged


@lru_cache(maxsize=8)
def load_lexicons(
    directory: Path = DEFAULT_DIRECTORY, languages: tuple[str, ...] = LANGUAGES
) -> Lexicons:
    """Loads ``lexicon.<lang>.yml`` for every language (cached per directory).

    Args:
        directory: folder holding the lexicon files.
        languages: the languages that must all be present.

    Raises:
        LexiconError: a file is missing or invalid.
    """
    loaded = []
    for language in languages:
        path = directory / f"lexicon.{language}.yml"
        if not path.is_file():
            raise LexiconError(f"{path}: missing lexicon for language {language!r}")
        loaded.append(load_lexicon(path, language))
    return Lexicons(
        by_language=MappingProxyType({lex.language: lex for lex in loaded}),
        normaliser=Normaliser(_merge_textspeak(loaded)),
        prefilter=LiteralSet(loaded),
    )
