"""Validation problems found in a data file, and the error that lists all of them.

Every loader of `knowledge/` reports *all* problems at once, each with file, line and
field, so that one run shows everything to fix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar


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
