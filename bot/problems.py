"""Validation problems found in a data file, and the error that lists all of them.

Every loader of `knowledge/` reports *all* problems at once, each with file, line and
field, so that one run shows everything to fix.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import ClassVar, Final, TypeVar

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode


@dataclass(frozen=True)
class Problem:
    """One validation problem.

    Attributes:
        file: Path of the file.
        line: 1-based line the problem is on (the entry's first line for missing fields).
        field: Dotted path of the field, e.g. ``countries.GB.child_helpline.phone``.
        message: What is wrong.
    """

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


class DataFileError(ValueError):
    """A data file is invalid; lists every problem found.

    Attributes:
        problems: The problems, in file order.
    """

    #: What the message calls the data, e.g. "helpline knowledge base".
    subject: ClassVar[str] = "data"

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        lines = "\n".join(f"  {problem}" for problem in self.problems)
        super().__init__(f"{self.subject} is invalid ({len(self.problems)} problem(s)):\n{lines}")


# ------------------------------------------------------------------ reading YAML nodes

_BOOL_TAG: Final = "tag:yaml.org,2002:bool"
_NULL_TAG: Final = "tag:yaml.org,2002:null"
_T = TypeVar("_T")


def line_of(node: Node) -> int:
    """The 1-based line a YAML node starts on."""
    return int(node.start_mark.line) + 1


def values_of(node: Node) -> dict[str, Node]:
    """The value node under each key of a mapping node (already checked by the reader)."""
    if not isinstance(node, MappingNode):
        return {}
    return {str(key.value): value for key, value in node.value}


def compose_yaml(path: Path, error: type[DataFileError]) -> Node:
    """The YAML node tree of ``path`` (kept for line numbers).

    Raises:
        error: the file cannot be read, is not YAML or is empty (with its line).
    """
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise error([Problem(str(path), 0, "", f"cannot read: {e}")]) from e
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = int(mark.line) + 1 if mark is not None else 0
        raise error([Problem(str(path), line, "", f"not valid YAML: {e}")]) from e
    if root is None:
        raise error([Problem(str(path), 1, "", "the file is empty")])
    return root


def read_sequence(
    problem: Callable[[Node, str, str], None],
    node: Node,
    field: str,
    item: Callable[[Node, str], _T | None],
    count: tuple[int, int] | None = None,
) -> tuple[_T, ...] | None:
    """The parsed items of a non-empty YAML list, or None after reporting what is wrong
    through ``problem`` (every item is parsed, so every bad item is reported).

    Args:
        count: the allowed length range, if any.
    """
    if not isinstance(node, SequenceNode):
        problem(node, field, "expected a list")
        return None
    if not node.value:
        problem(node, field, "must not be empty")
        return None
    if count and not count[0] <= len(node.value) <= count[1]:
        problem(node, field, f"has {len(node.value)} items, expected {count[0]} to {count[1]}")
        return None
    items = [item(child, f"{field}[{i}]") for i, child in enumerate(node.value)]
    if any(value is None for value in items):
        return None
    return tuple(value for value in items if value is not None)


class NodeReader:
    """Walks a composed YAML node tree, collecting problems instead of stopping, so one
    run reports everything to fix."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def problem(self, node: Node, field: str, message: str) -> None:
        self.problems.append(Problem(self.file, line_of(node), field, message))

    def mapping(self, node: Node, field: str, required: Sequence[str]) -> dict[str, Node] | None:
        """The fields of a mapping that must have exactly the ``required`` keys."""
        if not isinstance(node, MappingNode):
            self.problem(node, field, "expected a mapping")
            return None
        allowed = set(required)
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
        ok = True
        for key in required:
            if key not in fields:
                self.problem(node, f"{field}.{key}" if field else key, "missing required field")
                ok = False
        return fields if ok else None

    def sequence(
        self,
        node: Node,
        field: str,
        item: Callable[[Node, str], _T | None],
        count: tuple[int, int] | None = None,
    ) -> tuple[_T, ...] | None:
        """The parsed items of a non-empty list (``count``: allowed length range)."""
        return read_sequence(self.problem, node, field, item, count)

    def text(self, node: Node, field: str, limit: int) -> str | None:
        """A non-empty text of at most ``limit`` characters, whitespace folded."""
        if not isinstance(node, ScalarNode) or node.tag in (_BOOL_TAG, _NULL_TAG):
            self.problem(node, field, "expected text")
            return None
        value = " ".join(str(node.value).split())
        if not value:
            self.problem(node, field, "must not be empty")
            return None
        if len(value) > limit:
            self.problem(node, field, f"is {len(value)} characters, at most {limit} allowed")
            return None
        return value


BOOL_TAG: Final = "tag:yaml.org,2002:bool"
_ISO_DATE: Final = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class FactFields:
    """Fields of factual data (helplines, ombudspersons): a yes/no flag, and the date a
    fact was last checked, which cannot lie in the future. For readers that have a
    ``problem(node, field, message)`` method and a ``today`` date."""

    today: date

    def problem(self, node: Node, field: str, message: str) -> None:
        raise NotImplementedError

    def boolean(self, node: Node, field: str) -> bool | None:
        if isinstance(node, ScalarNode) and node.tag == BOOL_TAG:
            lowered = str(node.value).lower()
            if lowered in ("true", "false"):
                return lowered == "true"
        self.problem(node, field, "expected true or false")
        return None

    def iso_date(self, node: Node, field: str) -> date | None:
        raw = str(node.value).strip() if isinstance(node, ScalarNode) else ""
        try:
            if not _ISO_DATE.match(raw):
                raise ValueError(raw)
            value = date.fromisoformat(raw)
        except ValueError:
            self.problem(node, field, f"{raw!r} is not an ISO date (YYYY-MM-DD)")
            return None
        if value > self.today:
            self.problem(node, field, f"{raw} is in the future (today is {self.today})")
            return None
        return value
