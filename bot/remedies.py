""" "What can I do if my right isn't respected?": the steps, and who can help in each country.

``knowledge/rights/remedies.yml`` holds the words a child reads (``texts``, in every
language) and, for every country of ``knowledge/helplines.yml``, the children's
ombudsperson, commissioner or child rights defender (``countries``), each fact with its
``source`` and ``verified`` date. :func:`read_remedies` reads it into frozen dataclasses
and refuses a file with any problem, naming the file, the line and the field (the YAML is
composed into nodes so that line numbers and duplicate keys are known), e.g.::

    knowledge/rights/remedies.yml:212: countries.FR.ombudsperson.url: 'http://x' is not an https URL

:func:`what_can_i_do` composes the answer for a child: the helpline first if they may be
in danger, then the steps (a trusted adult, the child helpline of their country from
:mod:`bot.helplines`, the ombudsperson where there is one, complaining to the school or
service, and only last the UN Committee). A country HearMe does not cover gets the
international fallback: Child Helpline International's directory and a trusted adult.

Typical use::

    from bot.remedies import what_can_i_do

    what_can_i_do("IE", "en")   # "... Ombudsman for Children's Office (see https://...) ..."
    what_can_i_do(None, "fr")   # the international fallback, in French
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from string import Formatter
from types import MappingProxyType
from typing import Final, TypeVar
from urllib.parse import urlsplit

from yaml.nodes import MappingNode, Node, ScalarNode

from bot.country import normalise_country
from bot.helplines import INTERNATIONAL, CountryResources, load_helplines, resources_for
from bot.names import DEFAULT_LANGUAGE, LANGUAGES
from bot.problems import (
    DataFileError,
    FactFields,
    NodeReader,
    Problem,
    compose_yaml,
    line_of,
)
from bot.safety.respond import helpline_contact

DEFAULT_PATH: Final = (
    Path(__file__).resolve().parent.parent / "knowledge" / "rights" / "remedies.yml"
)
"""Where the data lives in the repository."""

LISTED: Final = "listed"
NONE: Final = "none"
UNCONFIRMED: Final = "unconfirmed"
"""What is known of a country's children's ombudsperson (:attr:`CountryRemedies.status`)."""

# Every text and the placeholders it must contain (and the only ones it may contain).
TEXTS: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "intro": (),
        "danger": ("helpline_name", "helpline_contact", "emergency"),
        "danger_international": ("directory_url", "emergency"),
        "trusted_adult": (),
        "helpline": ("helpline_name", "helpline_contact"),
        "helpline_international": ("directory_url",),
        "offices_one": (),
        "offices_many": (),
        "office": ("name", "contact"),
        "office_in_region": ("region", "office"),
        "offices_complaints": (),
        "offices_general": (),
        "offices_find": (),
        "offices_unknown": (),
        "regional": (),
        "regional_url": ("url",),
        "complain": (),
        "un": (),
        "closing": (),
        "contact_phone": ("phone",),
        "contact_text": ("text",),
        "contact_whatsapp": ("whatsapp",),
        "contact_chat": ("url",),
        "contact_web": ("url",),
        "contact_form": ("url",),
        "contact_free": (),
        "contact_hours": ("hours",),
    }
)

# Limits keep the answer short enough for a chat message.
MAX_TEXT: Final = 400
MAX_NAME: Final = 150
MAX_REGION: Final = 80
MAX_NOTE: Final = 600

_SUPPORTED_SCHEMA: Final = "1"
_PHONE_RE: Final = re.compile(r"^[0-9 +\-()]+$")
_TOP: Final = ("schema_version", "verification_note", "texts", "countries")
_OFFICE_REQUIRED: Final = ("name", "complaints", "source", "verified")
_OFFICE_OPTIONAL: Final = ("url", "phone", "contact_url", "region", "note")
_REGIONAL_REQUIRED: Final = ("note", "source", "verified")
_REGIONAL_OPTIONAL: Final = ("url",)
_T = TypeVar("_T")


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class Office:
    """A children's ombudsperson, commissioner or child rights defender.

    Attributes:
        name: As the institution calls itself.
        complaints: True where a source says it takes up complaints or cases; False and
            the child is told it stands up for children's rights and can often say who
            can help.
        source: URLs the facts were checked against.
        verified: Date they were last checked.
        url: Its website, None where no https address was confirmed.
        phone: A number children may call, where one was confirmed.
        contact_url: Its complaint form, where one was confirmed.
        region: Per language, the part of the country it serves (countries with several).
        note: For maintainers; never shown to a child.
    """

    name: str
    complaints: bool
    source: tuple[str, ...]
    verified: date
    url: str | None = None
    phone: str | None = None
    contact_url: str | None = None
    region: Mapping[str, str] | None = None
    note: str | None = None


@dataclass(frozen=True)
class Regional:
    """Local or regional offices for children's rights in parts of a country.

    Attributes:
        note: What exists, for maintainers.
        source: URLs it was checked against.
        verified: Date it was last checked.
        url: A directory of the offices, where there is one.
    """

    note: str
    source: tuple[str, ...]
    verified: date
    url: str | None = None


@dataclass(frozen=True)
class CountryRemedies:
    """Who can help a child of one country when a right is not respected.

    Attributes:
        code: ISO 3166-1 alpha-2 code.
        status: :data:`LISTED` (``offices`` is not empty), :data:`NONE` (no national
            children's ombudsperson, with a source) or :data:`UNCONFIRMED`.
        offices: The national office(s), one per region where there are several.
        regional: Local or regional offices, if any.
        note: Why there is none or what is unconfirmed (not for listed countries).
        source: For :data:`NONE`, where that was read.
        verified: For :data:`NONE`, when.
    """

    code: str
    status: str
    offices: tuple[Office, ...] = ()
    regional: Regional | None = None
    note: str | None = None
    source: tuple[str, ...] = ()
    verified: date | None = None


@dataclass(frozen=True)
class Remedies:
    """Everything in ``remedies.yml``.

    Attributes:
        texts: Per text key (see :data:`TEXTS`), the template per language.
        countries: Per country code.
    """

    texts: Mapping[str, Mapping[str, str]]
    countries: Mapping[str, CountryRemedies]

    def text(self, key: str, language: str) -> str:
        """The template ``key`` in ``language`` (the default language if unsupported)."""
        by_language = self.texts[key]
        return by_language.get(language) or by_language[DEFAULT_LANGUAGE]


class RemediesDataError(DataFileError):
    """``remedies.yml`` is invalid; lists every problem found."""

    subject = "remedies data"


# ------------------------------------------------------------------------- loader


class _Reader(NodeReader, FactFields):
    """Walks the composed YAML node tree, collecting problems instead of stopping."""

    def __init__(self, file: str, today: date) -> None:
        super().__init__(file)
        self.today = today

    def fields(
        self, node: Node, field: str, required: Sequence[str], optional: Sequence[str] = ()
    ) -> dict[str, Node] | None:
        """The fields of a mapping with all ``required`` keys and some ``optional`` ones."""
        if not isinstance(node, MappingNode):
            self.problem(node, field, "expected a mapping")
            return None
        allowed = (*required, *optional)
        fields: dict[str, Node] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value) if isinstance(key_node, ScalarNode) else "?"
            where = f"{field}.{key}" if field else key
            if key in fields:
                self.problem(key_node, where, f"duplicate key {key!r}")
            elif key not in allowed:
                self.problem(
                    key_node, where, f"unknown field (expected {', '.join(sorted(allowed))})"
                )
            else:
                fields[key] = value_node
        missing = [key for key in required if key not in fields]
        for key in missing:
            self.problem(node, f"{field}.{key}" if field else key, "missing required field")
        return None if missing else fields

    def optional(
        self, fields: Mapping[str, Node], key: str, field: str, parse: Callable[[Node, str], _T]
    ) -> tuple[bool, _T | None]:
        """(ok, value) of an optional field: ok is False when it is there but invalid."""
        node = fields.get(key)
        if node is None:
            return True, None
        value = parse(node, f"{field}.{key}")
        return value is not None, value

    # -- scalars

    def url(self, node: Node, field: str) -> str | None:
        value = self.text(node, field, 300)
        if value is None:
            return None
        parts = urlsplit(value)
        if parts.scheme != "https" or not parts.netloc or " " in value:
            self.problem(node, field, f"{value!r} is not an https URL")
            return None
        return value

    def urls(self, node: Node, field: str) -> tuple[str, ...] | None:
        """One URL or a non-empty list of them."""
        if isinstance(node, ScalarNode):
            single = self.url(node, field)
            return None if single is None else (single,)
        return self.sequence(node, field, self.url)

    def phone(self, node: Node, field: str) -> str | None:
        value = self.text(node, field, 40)
        if value is None:
            return None
        if not _PHONE_RE.match(value) or not any(ch.isdigit() for ch in value):
            self.problem(
                node,
                field,
                f"phone number {value!r} may only contain digits, spaces, '+', '-', '(' and ')'",
            )
            return None
        return value

    def per_language(self, node: Node, field: str, limit: int) -> Mapping[str, str] | None:
        """A text in every supported language, and no other."""
        fields = self.fields(node, field, LANGUAGES)
        if fields is None:
            return None
        texts = {lang: self.text(fields[lang], f"{field}.{lang}", limit) for lang in LANGUAGES}
        if any(text is None for text in texts.values()):
            return None
        return MappingProxyType({lang: text for lang, text in texts.items() if text is not None})

    def provenance(
        self, fields: Mapping[str, Node], field: str
    ) -> tuple[tuple[str, ...], date] | None:
        sources = self.urls(fields["source"], f"{field}.source")
        verified = self.iso_date(fields["verified"], f"{field}.verified")
        if sources is None or verified is None:
            return None
        return sources, verified

    # -- texts

    def template(self, node: Node, field: str, placeholders: Sequence[str]) -> str | None:
        text = self.text(node, field, MAX_TEXT)
        if text is None:
            return None
        try:
            found = {name for _, name, _, _ in Formatter().parse(text) if name is not None}
        except ValueError as e:
            self.problem(node, field, f"not a valid template ({e}); write a literal brace twice")
            return None
        missing = [f"{{{name}}}" for name in placeholders if name not in found]
        unknown = sorted(f"{{{name}}}" for name in found - set(placeholders))
        if missing:
            self.problem(node, field, f"missing placeholder(s) {', '.join(missing)}")
        if unknown:
            allowed = ", ".join(f"{{{name}}}" for name in placeholders) or "none"
            self.problem(
                node, field, f"unknown placeholder(s) {', '.join(unknown)} (allowed: {allowed})"
            )
        return None if missing or unknown else text

    def texts(self, node: Node) -> Mapping[str, Mapping[str, str]] | None:
        fields = self.fields(node, "texts", tuple(TEXTS))
        if fields is None:
            return None
        result: dict[str, Mapping[str, str]] = {}
        for key, placeholders in TEXTS.items():
            field = f"texts.{key}"
            languages = self.fields(fields[key], field, LANGUAGES)
            if languages is None:
                continue
            by_language = {
                lang: self.template(languages[lang], f"{field}.{lang}", placeholders)
                for lang in LANGUAGES
            }
            if all(text is not None for text in by_language.values()):
                result[key] = MappingProxyType(
                    {lang: text for lang, text in by_language.items() if text is not None}
                )
        return MappingProxyType(result) if len(result) == len(TEXTS) else None

    # -- countries

    def office(self, node: Node, field: str, *, needs_region: bool) -> Office | None:
        fields = self.fields(node, field, _OFFICE_REQUIRED, _OFFICE_OPTIONAL)
        if fields is None:
            return None
        name = self.text(fields["name"], f"{field}.name", MAX_NAME)
        complaints = self.boolean(fields["complaints"], f"{field}.complaints")
        provenance = self.provenance(fields, field)
        checks = [
            self.optional(fields, "url", field, self.url),
            self.optional(fields, "phone", field, self.phone),
            self.optional(fields, "contact_url", field, self.url),
            self.optional(fields, "note", field, lambda n, f: self.text(n, f, MAX_NOTE)),
        ]
        region_ok, region = self.optional(
            fields, "region", field, lambda n, f: self.per_language(n, f, MAX_REGION)
        )
        if needs_region and "region" not in fields:
            self.problem(node, f"{field}.region", "required when a country lists several offices")
            region_ok = False
        if name is None or complaints is None or provenance is None or not region_ok:
            return None
        if not all(ok for ok, _ in checks):
            return None
        (_, url), (_, phone), (_, contact_url), (_, note) = checks
        return Office(
            name=name,
            complaints=complaints,
            source=provenance[0],
            verified=provenance[1],
            url=url,
            phone=phone,
            contact_url=contact_url,
            region=region,
            note=note,
        )

    def regional(self, node: Node, field: str) -> Regional | None:
        fields = self.fields(node, field, _REGIONAL_REQUIRED, _REGIONAL_OPTIONAL)
        if fields is None:
            return None
        note = self.text(fields["note"], f"{field}.note", MAX_NOTE)
        provenance = self.provenance(fields, field)
        url_ok, url = self.optional(fields, "url", field, self.url)
        if note is None or provenance is None or not url_ok:
            return None
        return Regional(note=note, source=provenance[0], verified=provenance[1], url=url)

    def country(self, node: Node, code: str, field: str) -> CountryRemedies | None:
        fields = self.fields(
            node, field, ("ombudsperson",), ("regional", "note", "source", "verified")
        )
        if fields is None:
            return None
        marker_node = fields["ombudsperson"]
        regional_ok, regional = self.optional(fields, "regional", field, self.regional)
        where = f"{field}.ombudsperson"
        if isinstance(marker_node, ScalarNode):
            return self.marker(marker_node, fields, code, field, regional, regional_ok)
        stray = [key for key in ("note", "source", "verified") if key in fields]
        for key in stray:
            self.problem(
                fields[key],
                f"{field}.{key}",
                "only for a country marked none or unconfirmed (an office has its own)",
            )
        offices: tuple[Office, ...] | None
        if isinstance(marker_node, MappingNode):
            single = self.office(marker_node, where, needs_region=False)
            offices = None if single is None else (single,)
        else:
            several = len(getattr(marker_node, "value", ())) > 1
            offices = self.sequence(
                marker_node, where, lambda n, f: self.office(n, f, needs_region=several)
            )
        if offices is None or not regional_ok or stray:
            return None
        return CountryRemedies(code=code, status=LISTED, offices=offices, regional=regional)

    def marker(
        self,
        node: ScalarNode,
        fields: Mapping[str, Node],
        code: str,
        field: str,
        regional: Regional | None,
        regional_ok: bool,
    ) -> CountryRemedies | None:
        marker = str(node.value).strip()
        if marker not in (NONE, UNCONFIRMED):
            self.problem(
                node,
                f"{field}.ombudsperson",
                f"{marker!r} is not an office, a list of offices, {NONE!r} or {UNCONFIRMED!r}",
            )
            return None
        note_node = fields.get("note")
        if note_node is None:
            self.problem(node, f"{field}.note", f"required for {marker!r}: say what is known")
            return None
        note = self.text(note_node, f"{field}.note", MAX_NOTE)
        if marker == NONE:
            # "There is none" is a fact like any other: it needs a source and a date.
            missing = [key for key in ("source", "verified") if key not in fields]
            for key in missing:
                self.problem(node, f"{field}.{key}", "required for 'none': where was it read?")
            provenance = None if missing else self.provenance(fields, field)
            if note is None or provenance is None or not regional_ok:
                return None
            return CountryRemedies(
                code=code,
                status=NONE,
                regional=regional,
                note=note,
                source=provenance[0],
                verified=provenance[1],
            )
        for key in ("source", "verified"):
            if key in fields:
                self.problem(
                    fields[key],
                    f"{field}.{key}",
                    "not for 'unconfirmed' (nothing was confirmed); put what is known in note",
                )
        if note is None or not regional_ok or "source" in fields or "verified" in fields:
            return None
        return CountryRemedies(code=code, status=UNCONFIRMED, regional=regional, note=note)

    def countries(self, node: Node, known: frozenset[str]) -> Mapping[str, CountryRemedies] | None:
        if not isinstance(node, MappingNode):
            self.problem(node, "countries", "expected a mapping of country codes")
            return None
        result: dict[str, CountryRemedies] = {}
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            code = str(key_node.value) if isinstance(key_node, ScalarNode) else "?"
            field = f"countries.{code}"
            if code in seen:
                self.problem(key_node, field, f"duplicate country (first on line {seen[code]})")
                continue
            seen[code] = line_of(key_node)
            if normalise_country(code) != code:
                self.problem(
                    key_node, field, f"{code!r} is not an ISO 3166-1 alpha-2 code (upper case)"
                )
                continue
            if code not in known:
                self.problem(
                    key_node, field, f"{code!r} is not a country of knowledge/helplines.yml"
                )
                continue
            country = self.country(value_node, code, field)
            if country is not None:
                result[code] = country
        for code in sorted(known - set(seen)):
            self.problem(
                node, f"countries.{code}", "missing: every country of knowledge/helplines.yml"
            )
        return MappingProxyType(result)

    def document(self, root: Node, known: frozenset[str]) -> Remedies | None:
        fields = self.fields(root, "", _TOP)
        if fields is None:
            return None
        version = self.text(fields["schema_version"], "schema_version", 10)
        if version is not None and version != _SUPPORTED_SCHEMA:
            self.problem(
                fields["schema_version"],
                "schema_version",
                f"{version!r} is not supported (expected {_SUPPORTED_SCHEMA!r})",
            )
        self.text(fields["verification_note"], "verification_note", MAX_NOTE)
        texts = self.texts(fields["texts"])
        countries = self.countries(fields["countries"], known)
        if self.problems or texts is None or countries is None:
            return None
        return Remedies(texts=texts, countries=countries)


def _helpline_countries() -> frozenset[str]:
    return frozenset(code for code in load_helplines() if code != INTERNATIONAL)


def read_remedies(
    path: str | Path | None = None,
    *,
    known_countries: Iterable[str] | None = None,
    today: date | None = None,
) -> Remedies:
    """Reads and validates a remedies file, without caching.

    Args:
        path: File to read; defaults to :data:`DEFAULT_PATH`.
        known_countries: The country codes the file must list, exactly; defaults to the
            countries of ``knowledge/helplines.yml``.
        today: Date that ``verified`` may not be later than; defaults to today.

    Raises:
        RemediesDataError: The file cannot be read, is not YAML or breaks a rule; the
            message lists every problem with file, line and field.
    """
    file = Path(path) if path is not None else DEFAULT_PATH
    known = frozenset(known_countries if known_countries is not None else _helpline_countries())
    root = compose_yaml(file, RemediesDataError)
    reader = _Reader(str(file), today or date.today())
    remedies = reader.document(root, known)
    if reader.problems or remedies is None:
        problems = reader.problems or [Problem(str(file), 1, "", "invalid")]
        raise RemediesDataError(sorted(problems, key=lambda p: p.line))
    return remedies


@lru_cache(maxsize=4)
def _load_cached(resolved: str) -> Remedies:
    return read_remedies(resolved)


def load_remedies(path: str | Path | None = None) -> Remedies:
    """Loads ``remedies.yml`` once per path and caches it (see :func:`read_remedies`)."""
    file = Path(path) if path is not None else DEFAULT_PATH
    return _load_cached(str(file.resolve()))


def clear_remedies_cache() -> None:
    """Forgets cached files, so the next :func:`load_remedies` reads them again."""
    _load_cached.cache_clear()


# ---------------------------------------------------------------------- composing


def _office_line(remedies: Remedies, office: Office, language: str) -> tuple[str, bool]:
    """An office's name and how to reach it; False when there is no way to reach it."""
    ways = []
    if office.phone:
        ways.append(remedies.text("contact_phone", language).format(phone=office.phone))
    if office.url:
        ways.append(remedies.text("contact_web", language).format(url=office.url))
    if office.contact_url:
        ways.append(remedies.text("contact_form", language).format(url=office.contact_url))
    line = (
        remedies.text("office", language).format(name=office.name, contact=", ".join(ways))
        if ways
        else office.name
    )
    if office.region is not None:
        region = office.region.get(language) or office.region[DEFAULT_LANGUAGE]
        line = remedies.text("office_in_region", language).format(region=region, office=line)
    return line, bool(ways)


def _office_step(remedies: Remedies, offices: Sequence[Office], language: str) -> str:
    lines = [_office_line(remedies, office, language) for office in offices]
    heading = "offices_one" if len(lines) == 1 else "offices_many"
    key = "offices_complaints" if all(o.complaints for o in offices) else "offices_general"
    tail = [remedies.text(key, language)]
    if not all(reachable for _, reachable in lines):
        tail.append(remedies.text("offices_find", language))
    listed = "".join(f"\n  – {line}" for line, _ in lines)
    return f"{remedies.text(heading, language)}{listed}\n  {' '.join(tail)}"


def compose(remedies: Remedies, resources: CountryResources, language: str) -> str:
    """The answer to "what can I do?" for a child whose country has ``resources``.

    Pure: everything comes from the arguments. The helpline comes first for a child who
    may be in danger, then the steps, the UN Committee last.

    Args:
        remedies: The loaded data.
        resources: The child's country's helplines (or the international fallback).
        language: ``en``, ``fr`` or ``es`` (anything else: the default language).
    """
    lang = language if language in LANGUAGES else DEFAULT_LANGUAGE

    def text(key: str, **values: str) -> str:
        return remedies.text(key, lang).format(**values)

    def fragment(key: str) -> str:
        return remedies.text(f"contact_{key}", lang)

    helpline = resources.child_helpline
    emergency = resources.emergency
    steps = [text("trusted_adult")]
    if resources.is_international:
        directory = helpline.web or helpline.chat or ""
        number = (emergency.gsm_fallback or emergency.numbers or ("112",))[0]
        danger = text("danger_international", directory_url=directory, emergency=number)
        steps.append(text("helpline_international", directory_url=directory))
        steps.append(text("offices_unknown"))
    else:
        contact = helpline_contact(helpline, fragment)
        number = (emergency.numbers or emergency.gsm_fallback or ("112",))[0]
        danger = text(
            "danger", helpline_name=helpline.name, helpline_contact=contact, emergency=number
        )
        steps.append(text("helpline", helpline_name=helpline.name, helpline_contact=contact))
        country = remedies.countries.get(resources.code)
        if country is not None and country.offices:
            steps.append(_office_step(remedies, country.offices, lang))
        if country is not None and country.regional is not None:
            regional = country.regional
            steps.append(
                text("regional_url", url=regional.url) if regional.url else text("regional")
            )
    steps.append(text("complain"))
    steps.append(text("un"))
    bullets = "\n".join(f"• {step}" for step in steps)
    return "\n\n".join([text("intro"), danger, bullets, text("closing")])


def what_can_i_do(country: str | None, language: str) -> str:
    """What a child can do when one of their rights is not respected, in their language.

    Args:
        country: ISO 3166-1 alpha-2 code in any case, or None when unknown; a country
            HearMe does not cover gets the international fallback.
        language: ``en``, ``fr`` or ``es`` (anything else: the default language).

    Returns:
        The message: the helpline first for a child in danger, then the steps — a trusted
        adult, the child helpline, the children's ombudsperson where there is one,
        complaining to the school or service, and last the UN Committee.

    Raises:
        RemediesDataError: ``remedies.yml`` is invalid.
        HelplineDataError: ``helplines.yml`` is invalid.
    """
    return compose(load_remedies(), resources_for(country), language)
