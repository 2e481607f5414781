"""``hearme consultations validate FILE...``: check consultation definitions.

Prints ``FILE: ok (id, N questions)`` for a good file and one line per problem,
``FILE:LINE: field: message``, for a bad one; exits 1 if any file has a problem (2 for
a wrong command line). It needs no database: organisations can run it before sending a
file. The other ``consultations`` commands (import, list, open, close, results, export)
are Django management commands; the ``./hearme`` script at the repository root sends
them there.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from bot.consultations.definition import ConsultationError, load_consultation
from bot.problems import DataFileError


def validate(paths: Sequence[str], out: TextIO) -> int:
    """Validates each file and reports on ``out``; returns the exit status."""
    status = 0
    for name in paths:
        try:
            consultation = load_consultation(Path(name))
        except ConsultationError as e:
            status = 1
            for problem in e.problems:
                print(problem, file=out)
        except DataFileError as e:
            # Another data file it depends on (knowledge/helplines.yml) is broken.
            status = 1
            print(f"{name}: cannot be checked: {e}", file=out)
        else:
            count = len(consultation.questions)
            print(f"{name}: ok ({consultation.id}, {count} questions)", file=out)
    return status


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hearme consultations",
        description="Check consultation definition files (see docs/consultations.md).",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = commands.add_parser(
        "validate",
        help="check consultation definition files",
        description="Check consultation definition files; exit 1 if any has a problem.",
    )
    check.add_argument("files", nargs="+", metavar="FILE", help="a consultation YAML file")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line ``argv`` (without the program name); returns the exit status."""
    args = _parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command == "validate":
        return validate(args.files, sys.stdout)
    return 2  # pragma: no cover - argparse refuses unknown commands first


if __name__ == "__main__":
    sys.exit(main())
