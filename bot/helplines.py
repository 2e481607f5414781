"""Helpline knowledge base: loads and validates ``knowledge/helplines.yml``.

The file lists, per country (ISO 3166-1 alpha-2), the emergency number, the child
helpline(s), an optional crisis line, the hotline for reporting child sexual abuse material
and the routes for getting an intimate image removed, plus an ``international`` fallback.

A wrong number is a safety bug, so the loader is strict and fails loudly: every problem is
reported with the file, the line and the field it concerns, and the whole file is refused
if anything is wrong. Line numbers come from composing the YAML into nodes
(``yaml.compose``) instead of loading it into plain Python objects, which also lets the
loader catch duplicate keys (duplicate countries) that ``yaml.safe_load`` silently merges.

Typical use::

    from bot.helplines import resources_for

    res = resources_for("GB")
    res.emergency.display          # "999 or 112"
    res.child_helpline.phone       # "0800 1111"
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot.country import normalise_country
from bot.problems import BOOL_TAG, DataFileError, FactFields, Problem, read_sequence

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "knowledge" / "helplines.yml"
"""Where the knowledge base lives in the repository."""

INTERNATIONAL = "international"
"""Key of the fallback entry in the mapping returned by :func:`load_helplines`."""

_T = TypeVar("_T")

# A leading "*" is part of some short codes (Chile's *4141).
_PHONE_RE = re.compile(r"^\*?[0-9 +\-()]+$")
_LANGUAGE_RE = re.compile(r"^[a-z]{2}$")
_NULL_TAG = "tag:yaml.org,2002:null"

_PROVENANCE_FIELDS = frozenset({"source", "verified"})
_TOP_FIELDS = frozenset(
    {"schema_version", "verification_note", "shared", INTERNATIONAL, "countries"}
)
_COUNTRY_FIELDS = frozenset(
    {"emergency", "child_helpline", "crisis_line", "csam_hotline", "image_removal"}
)
_EMERGENCY_FIELDS = _PROVENANCE_FIELDS | {
    "numbers",
    "police",
    "ambulance",
    "fire",
    "gsm_fallback",
    "use_local_number",
}
_HELPLINE_FIELDS = _PROVENANCE_FIELDS | {
    "name",
    "phone",
    "other_phones",
    "text",
    "whatsapp",
    "chat",
    "web",
    "hours",
    "free",
    "languages",
    "ages",
}
_HOTLINE_FIELDS = _PROVENANCE_FIELDS | {"name", "report_url", "phone", "national"}
_ROUTE_FIELDS = _PROVENANCE_FIELDS | {"name", "url"}
_SUPPORTED_SCHEMA = "1"


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Emergency:
    """Emergency numbers of a country.

    Attributes:
        numbers: Numbers to show, first one first (e.g. ``("999", "112")``). Empty only
            for the international entry, which has ``use_local_number`` set instead.
        source: URLs the numbers were checked against.
        verified: Date the numbers were last checked.
        police: Direct police number, where it differs or is worth knowing.
        ambulance: Direct ambulance number.
        fire: Direct fire-brigade number.
        gsm_fallback: Numbers a mobile phone treats as an emergency call there.
        use_local_number: True for the international entry: no single number applies.
    """

    numbers: tuple[str, ...]
    source: tuple[str, ...]
    verified: date
    police: str | None = None
    ambulance: str | None = None
    fire: str | None = None
    gsm_fallback: tuple[str, ...] = ()
    use_local_number: bool = False

    @property
    def display(self) -> str:
        """The numbers joined for display, e.g. ``"999 or 112"`` (empty if none)."""
        return " or ".join(self.numbers)


@dataclass(frozen=True)
class Helpline:
    """A child helpline or crisis line.

    Attributes:
        name: Name of the service.
        source: URLs the details were checked against.
        verified: Date the details were last checked.
        phone: Number as dialled nationally (e.g. ``"116 111"``).
        other_phones: Further numbers reaching the same service.
        text: SMS number, or keyword and number (e.g. ``"CONNECT to 686868"``).
        whatsapp: WhatsApp number.
        chat: URL of the web chat.
        web: URL of the service's website.
        hours: Opening hours (e.g. ``"24/7"``), None where not confirmed.
        free: Whether calls are free, None where not confirmed.
        languages: ISO 639-1 codes of the languages it answers in, where known.
        ages: Age range served, where stated (e.g. ``"5-25"``).
    """

    name: str
    source: tuple[str, ...]
    verified: date
    phone: str | None = None
    other_phones: tuple[str, ...] = ()
    text: str | None = None
    whatsapp: str | None = None
    chat: str | None = None
    web: str | None = None
    hours: str | None = None
    free: bool | None = None
    languages: tuple[str, ...] = ()
    ages: str | None = None

    @property
    def phones(self) -> tuple[str, ...]:
        """All phone numbers of the service, the main one first."""
        return ((self.phone,) if self.phone else ()) + self.other_phones

    def answers(self, number: str) -> bool:
        """Tells whether ``number`` is one of this service's phone numbers.

        Args:
            number: A number in any spacing, e.g. ``"116111"`` or ``"116 111"``.

        Returns:
            True if it matches one of :attr:`phones` digit for digit.
        """
        wanted = _digits(number)
        return any(_digits(phone) == wanted for phone in self.phones)


@dataclass(frozen=True)
class Hotline:
    """Where to report a link to child sexual abuse material.

    Attributes:
        name: Name of the hotline.
        report_url: URL of its reporting page.
        national: False when the country has no confirmed national hotline and this is an
            international route that accepts reports from anywhere.
        source: URLs the details were checked against.
        verified: Date the details were last checked.
        phone: Phone number, where the hotline takes calls.
    """

    name: str
    report_url: str
    national: bool
    source: tuple[str, ...]
    verified: date
    phone: str | None = None


@dataclass(frozen=True)
class RemovalRoute:
    """A route for a child whose intimate image has been shared.

    Attributes:
        name: Name of the service (e.g. ``"Report Remove (Childline and IWF)"``).
        url: Where to start.
        source: URLs the details were checked against.
        verified: Date the details were last checked.
    """

    name: str
    url: str
    source: tuple[str, ...]
    verified: date


@dataclass(frozen=True)
class CountryResources:
    """Everything HearMe can point a child to in one country.

    Attributes:
        code: ISO 3166-1 alpha-2 code, or :data:`INTERNATIONAL` for the fallback.
        emergency: Emergency numbers.
        child_helplines: Child helplines, the primary one first (never empty).
        csam_hotline: Where to report abuse material.
        image_removal: Image-removal routes, most specific first (never empty).
        crisis_lines: Suicide/crisis lines, where one was confirmed.
    """

    code: str
    emergency: Emergency
    child_helplines: tuple[Helpline, ...]
    csam_hotline: Hotline
    image_removal: tuple[RemovalRoute, ...]
    crisis_lines: tuple[Helpline, ...] = ()

    @property
    def child_helpline(self) -> Helpline:
        """The primary child helpline."""
        return self.child_helplines[0]

    @property
    def crisis_line(self) -> Helpline | None:
        """The primary crisis line, or None if the country has none listed."""
        return self.crisis_lines[0] if self.crisis_lines else None

    @property
    def is_international(self) -> bool:
        """True for the international fallback entry."""
        return self.code == INTERNATIONAL

    def fact_entries(self) -> Iterator[Emergency | Helpline | Hotline | RemovalRoute]:
        """Yields every fact-bearing entry, e.g. to audit sources and dates.

        Yields:
            The emergency block, each helpline and crisis line, the hotline and each
            image-removal route.
        """
        yield self.emergency
        yield from self.child_helplines
        yield from self.crisis_lines
        yield self.csam_hotline
        yield from self.image_removal


# ------------------------------------------------------------------------- errors


class HelplineDataError(DataFileError):
    """The helpline knowledge base is invalid; lists every problem found."""

    subject = "helpline knowledge base"


# ------------------------------------------------------------------------- parser


def _digits(number: str) -> str:
    return "".join(ch for ch in number if ch.isdigit())


def _line(node: Node) -> int:
    return int(node.start_mark.line) + 1


def _known_language(code: str) -> bool:
    import pycountry  # lazily: it parses its ISO data files on first use

    return pycountry.languages.get(alpha_2=code) is not None


class _Parser(FactFields):
    """Walks the composed YAML node tree, collecting problems instead of stopping."""

    def __init__(self, file: str, today: date) -> None:
        self.file = file
        self.today = today
        self.problems: list[Problem] = []
        self._seen: set[tuple[int, str, str]] = set()

    def problem(self, node: Node, field: str, message: str) -> None:
        key = (_line(node), field, message)
        if key not in self._seen:
            self._seen.add(key)
            self.problems.append(Problem(self.file, _line(node), field, message))

    # -- structure

    def mapping(self, node: Node, field: str, allowed: frozenset[str]) -> dict[str, Node] | None:
        if not isinstance(node, MappingNode):
            self.problem(node, field, "expected a mapping")
            return None
        fields: dict[str, Node] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.problem(key_node, field, "keys must be plain scalars")
                continue
            key = str(key_node.value)
            if key in fields:
                self.problem(
                    key_node,
                    f"{field}.{key}",
                    f"duplicate key {key!r} (first defined on line {first_line[key]})",
                )
                continue
            if key not in allowed:
                self.problem(key_node, f"{field}.{key}", "unknown field")
            fields[key] = value_node
            first_line[key] = _line(key_node)
        return fields

    def required(self, fields: dict[str, Node], key: str, owner: Node, field: str) -> Node | None:
        node = fields.get(key)
        if node is None:
            self.problem(owner, f"{field}.{key}", "missing required field")
        return node

    def sequence(
        self, node: Node, field: str, item: Callable[[Node, str], _T | None]
    ) -> tuple[_T, ...] | None:
        return read_sequence(self.problem, node, field, item)

    def one_or_many(
        self, node: Node, field: str, item: Callable[[Node, str], _T | None]
    ) -> tuple[_T, ...] | None:
        if isinstance(node, SequenceNode):
            return self.sequence(node, field, item)
        single = item(node, field)
        return None if single is None else (single,)

    # -- scalars

    def text(self, node: Node, field: str) -> str | None:
        if not isinstance(node, ScalarNode) or node.tag in (BOOL_TAG, _NULL_TAG):
            self.problem(node, field, "expected text")
            return None
        value = str(node.value).strip()
        if not value:
            self.problem(node, field, "must not be empty")
            return None
        return value

    def phone(self, node: Node, field: str) -> str | None:
        value = self.text(node, field)
        if value is None:
            return None
        if not _PHONE_RE.match(value) or not any(ch.isdigit() for ch in value):
            self.problem(
                node,
                field,
                f"phone number {value!r} may only contain digits, spaces, '+', '-', '(' and ')' "
                "(and a leading '*')",
            )
            return None
        return value

    def url(self, node: Node, field: str) -> str | None:
        value = self.text(node, field)
        if value is None:
            return None
        parts = urlsplit(value)
        if parts.scheme != "https" or not parts.netloc or any(ch.isspace() for ch in value):
            self.problem(node, field, f"{value!r} is not an https URL")
            return None
        return value

    def language(self, node: Node, field: str) -> str | None:
        value = self.text(node, field)
        if value is None:
            return None
        if not _LANGUAGE_RE.match(value) or not _known_language(value):
            self.problem(node, field, f"{value!r} is not an ISO 639-1 language code")
            return None
        return value

    # -- shared pieces

    def provenance(
        self, fields: dict[str, Node], owner: Node, field: str
    ) -> tuple[tuple[str, ...], date] | None:
        source_node = self.required(fields, "source", owner, field)
        verified_node = self.required(fields, "verified", owner, field)
        sources = (
            None
            if source_node is None
            else self.one_or_many(source_node, f"{field}.source", self.url)
        )
        verified = (
            None if verified_node is None else self.iso_date(verified_node, f"{field}.verified")
        )
        if sources is None or verified is None:
            return None
        return sources, verified

    def optional(
        self, fields: dict[str, Node], key: str, field: str, parse: Callable[[Node, str], _T | None]
    ) -> _T | None:
        node = fields.get(key)
        return None if node is None else parse(node, f"{field}.{key}")

    def optional_list(
        self, fields: dict[str, Node], key: str, field: str, parse: Callable[[Node, str], _T | None]
    ) -> tuple[_T, ...]:
        node = fields.get(key)
        if node is None:
            return ()
        return self.sequence(node, f"{field}.{key}", parse) or ()

    # -- entries

    def emergency(self, node: Node, field: str, *, international: bool) -> Emergency | None:
        fields = self.mapping(node, field, _EMERGENCY_FIELDS)
        if fields is None:
            return None
        before = len(self.problems)
        use_local = bool(self.optional(fields, "use_local_number", field, self.boolean))
        numbers: tuple[str, ...] = ()
        if "numbers" in fields:
            numbers = self.sequence(fields["numbers"], f"{field}.numbers", self.phone) or ()
        elif not (international and use_local):
            self.problem(node, f"{field}.numbers", "missing emergency number")
        if use_local and not international:
            self.problem(
                fields["use_local_number"],
                f"{field}.use_local_number",
                "only the international entry may omit its emergency number",
            )
        police = self.optional(fields, "police", field, self.phone)
        ambulance = self.optional(fields, "ambulance", field, self.phone)
        fire = self.optional(fields, "fire", field, self.phone)
        fallback = self.optional_list(fields, "gsm_fallback", field, self.phone)
        provenance = self.provenance(fields, node, field)
        if provenance is None or len(self.problems) != before:
            return None
        return Emergency(
            numbers=numbers,
            source=provenance[0],
            verified=provenance[1],
            police=police,
            ambulance=ambulance,
            fire=fire,
            gsm_fallback=fallback,
            use_local_number=use_local,
        )

    def helpline(self, node: Node, field: str) -> Helpline | None:
        fields = self.mapping(node, field, _HELPLINE_FIELDS)
        if fields is None:
            return None
        before = len(self.problems)
        name_node = self.required(fields, "name", node, field)
        name = None if name_node is None else self.text(name_node, f"{field}.name")
        if not fields.keys() & {"phone", "text", "whatsapp", "chat", "web"}:
            self.problem(node, field, "needs at least one of phone, text, whatsapp, chat, web")
        phone = self.optional(fields, "phone", field, self.phone)
        other_phones = self.optional_list(fields, "other_phones", field, self.phone)
        text = self.optional(fields, "text", field, self.text)
        whatsapp = self.optional(fields, "whatsapp", field, self.phone)
        chat = self.optional(fields, "chat", field, self.url)
        web = self.optional(fields, "web", field, self.url)
        hours = self.optional(fields, "hours", field, self.text)
        free = self.optional(fields, "free", field, self.boolean)
        languages = self.optional_list(fields, "languages", field, self.language)
        ages = self.optional(fields, "ages", field, self.text)
        provenance = self.provenance(fields, node, field)
        if provenance is None or name is None or len(self.problems) != before:
            return None
        return Helpline(
            name=name,
            source=provenance[0],
            verified=provenance[1],
            phone=phone,
            other_phones=other_phones,
            text=text,
            whatsapp=whatsapp,
            chat=chat,
            web=web,
            hours=hours,
            free=free,
            languages=languages,
            ages=ages,
        )

    def hotline(self, node: Node, field: str) -> Hotline | None:
        fields = self.mapping(node, field, _HOTLINE_FIELDS)
        if fields is None:
            return None
        before = len(self.problems)
        name_node = self.required(fields, "name", node, field)
        url_node = self.required(fields, "report_url", node, field)
        national_node = self.required(fields, "national", node, field)
        name = None if name_node is None else self.text(name_node, f"{field}.name")
        url = None if url_node is None else self.url(url_node, f"{field}.report_url")
        national = (
            None if national_node is None else self.boolean(national_node, f"{field}.national")
        )
        phone = self.optional(fields, "phone", field, self.phone)
        provenance = self.provenance(fields, node, field)
        if (
            provenance is None
            or name is None
            or url is None
            or national is None
            or len(self.problems) != before
        ):
            return None
        return Hotline(
            name=name,
            report_url=url,
            national=national,
            source=provenance[0],
            verified=provenance[1],
            phone=phone,
        )

    def route(self, node: Node, field: str) -> RemovalRoute | None:
        fields = self.mapping(node, field, _ROUTE_FIELDS)
        if fields is None:
            return None
        name_node = self.required(fields, "name", node, field)
        url_node = self.required(fields, "url", node, field)
        name = None if name_node is None else self.text(name_node, f"{field}.name")
        url = None if url_node is None else self.url(url_node, f"{field}.url")
        provenance = self.provenance(fields, node, field)
        if provenance is None or name is None or url is None:
            return None
        return RemovalRoute(name=name, url=url, source=provenance[0], verified=provenance[1])

    def resources(self, node: Node, code: str, field: str) -> CountryResources | None:
        fields = self.mapping(node, field, _COUNTRY_FIELDS)
        if fields is None:
            return None
        international = code == INTERNATIONAL
        emergency_node = self.required(fields, "emergency", node, field)
        helpline_node = self.required(fields, "child_helpline", node, field)
        hotline_node = self.required(fields, "csam_hotline", node, field)
        routes_node = self.required(fields, "image_removal", node, field)
        emergency = (
            None
            if emergency_node is None
            else self.emergency(emergency_node, f"{field}.emergency", international=international)
        )
        helplines = (
            None
            if helpline_node is None
            else self.one_or_many(helpline_node, f"{field}.child_helpline", self.helpline)
        )
        crisis_node = fields.get("crisis_line")
        crisis = (
            ()
            if crisis_node is None
            else self.one_or_many(crisis_node, f"{field}.crisis_line", self.helpline)
        )
        hotline = (
            None if hotline_node is None else self.hotline(hotline_node, f"{field}.csam_hotline")
        )
        routes = (
            None
            if routes_node is None
            else self.sequence(routes_node, f"{field}.image_removal", self.route)
        )
        if emergency is None or helplines is None or crisis is None:
            return None
        if hotline is None or routes is None:
            return None
        return CountryResources(
            code=code,
            emergency=emergency,
            child_helplines=helplines,
            csam_hotline=hotline,
            image_removal=routes,
            crisis_lines=crisis,
        )

    def document(self, root: Node | None) -> dict[str, CountryResources]:
        result: dict[str, CountryResources] = {}
        if root is None:
            self.problems.append(Problem(self.file, 1, "(document)", "file is empty"))
            return result
        top = self.mapping(root, "(document)", _TOP_FIELDS)
        if top is None:
            return result
        version = self.required(top, "schema_version", root, "(document)")
        if version is not None and (
            not isinstance(version, ScalarNode) or str(version.value) != _SUPPORTED_SCHEMA
        ):
            self.problem(version, "schema_version", f"only schema_version {_SUPPORTED_SCHEMA}")
        note = self.required(top, "verification_note", root, "(document)")
        if note is not None:
            self.text(note, "verification_note")
        fallback_node = self.required(top, INTERNATIONAL, root, "(document)")
        if fallback_node is not None:
            fallback = self.resources(fallback_node, INTERNATIONAL, INTERNATIONAL)
            if fallback is not None:
                result[INTERNATIONAL] = fallback
        countries_node = self.required(top, "countries", root, "(document)")
        if countries_node is None:
            return result
        if not isinstance(countries_node, MappingNode):
            self.problem(countries_node, "countries", "expected a mapping of country codes")
            return result
        codes = frozenset(
            str(key.value) for key, _ in countries_node.value if isinstance(key, ScalarNode)
        )
        countries = self.mapping(countries_node, "countries", codes)
        for code, node in (countries or {}).items():
            field = f"countries.{code}"
            if normalise_country(code) != code:
                key_line = _key_node(countries_node, code)
                self.problem(
                    key_line or node,
                    field,
                    f"{code!r} is not an ISO 3166-1 alpha-2 country code (upper case)",
                )
                continue
            resources = self.resources(node, code, field)
            if resources is not None:
                result[code] = resources
        return result


def _key_node(mapping: MappingNode, key: str) -> Node | None:
    for key_node, _ in mapping.value:
        if isinstance(key_node, ScalarNode) and key_node.value == key:
            return key_node
    return None


# --------------------------------------------------------------------------- API


def read_helplines(
    path: str | Path | None = None, *, today: date | None = None
) -> dict[str, CountryResources]:
    """Reads and validates a helpline file, without caching.

    Args:
        path: File to read; defaults to :data:`DEFAULT_PATH`.
        today: Date that ``verified`` may not be later than; defaults to today.

    Returns:
        Resources keyed by ISO 3166-1 alpha-2 code, plus the :data:`INTERNATIONAL`
        fallback.

    Raises:
        HelplineDataError: The file is not valid YAML or breaks a rule; the message lists
            every problem with file, line and field.
        OSError: The file cannot be read.
    """
    file = Path(path) if path is not None else DEFAULT_PATH
    text = file.read_text(encoding="utf-8")
    parser = _Parser(str(file), today or date.today())
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        raise HelplineDataError(
            [Problem(str(file), line, "(yaml)", str(exc.problem or exc))]
        ) from exc
    except yaml.YAMLError as exc:
        raise HelplineDataError([Problem(str(file), 1, "(yaml)", str(exc))]) from exc
    result = parser.document(root)
    if parser.problems:
        raise HelplineDataError(sorted(parser.problems, key=lambda p: p.line))
    return result


@lru_cache(maxsize=8)
def _load_cached(resolved: str) -> dict[str, CountryResources]:
    return read_helplines(resolved)


def load_helplines(path: str | Path | None = None) -> dict[str, CountryResources]:
    """Loads the helpline knowledge base once per path and caches it.

    Args:
        path: File to read; defaults to :data:`DEFAULT_PATH`.

    Returns:
        Resources keyed by ISO 3166-1 alpha-2 code, plus the :data:`INTERNATIONAL`
        fallback. Treat the mapping as read-only: it is shared between callers.

    Raises:
        HelplineDataError: The file is invalid (see :func:`read_helplines`).
        OSError: The file cannot be read.
    """
    file = Path(path) if path is not None else DEFAULT_PATH
    return _load_cached(str(file.resolve()))


def clear_helplines_cache() -> None:
    """Forgets cached files, so the next :func:`load_helplines` reads them again."""
    _load_cached.cache_clear()


def resources_for(country: str | None) -> CountryResources:
    """Returns the resources for a country, or the international fallback.

    Args:
        country: ISO 3166-1 alpha-2 code in any case (``"gb"``, ``" FR "``), or None.

    Returns:
        The country's resources, or the :data:`INTERNATIONAL` entry when the code is
        unknown, invalid, None or not covered by the knowledge base.

    Raises:
        HelplineDataError: The knowledge base is invalid.
    """
    helplines = load_helplines()
    code = normalise_country(country)
    if code is not None and code in helplines:
        return helplines[code]
    return helplines[INTERNATIONAL]
