"""``manage.py consultations …``: import, open and close consultations, results, exports,
moderation, retention and the report back.

Every expected problem (a bad file, an unknown id, a k below the deployment's, a
database that is not migrated) ends with one line on stderr and exit status 1, never
a traceback. ``./hearme consultations validate`` checks a file without a database.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError
from django.db.models import Count, Q
from django.utils import timezone

from bot.consultations.definition import ConsultationError, load_consultation
from web.consultations import results, services
from web.consultations.models import Consultation, Moderation
from web.consultations.results import DIMENSIONS

MAX_REPORT_BACK_FILE = 256 * 1024


def _when(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date and time like 2027-06-01T00:00:00Z"
        ) from None
    if moment.tzinfo is None:
        raise argparse.ArgumentTypeError(f"{value!r} has no time zone (add Z for UTC)")
    return moment


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} must be at least 1")
    return number


class Command(BaseCommand):
    help = "Consultations: import, list, open, close, results, export, moderate, retention."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

        p = sub.add_parser("import", help="validate a definition file and store it")
        p.add_argument("file", type=Path)

        sub.add_parser("list", help="every stored version, newest first")

        for name, text in (("open", "open a version for answers"), ("close", "close a version")):
            p = sub.add_parser(name, help=text)
            p.add_argument("id", help="id (latest version) or id@version")

        p = sub.add_parser("results", help="results with small groups suppressed")
        p.add_argument("id")
        p.add_argument("--by", choices=DIMENSIONS, help="also show one breakdown")
        p.add_argument("--k", type=_positive, help="a larger minimum group size")
        p.add_argument("--format", choices=("text", "json"), default="text")

        p = sub.add_parser("export", help="publishable results: aggregates and approved text")
        p.add_argument("id")
        p.add_argument("--format", choices=("csv", "json"), required=True)
        p.add_argument("--out", type=Path, help="write to this file (default: stdout)")
        p.add_argument("--k", type=_positive, help="a larger minimum group size")
        p.add_argument(
            "--provisional",
            action="store_true",
            help="export a consultation that is still open (marked final: false)",
        )
        p.add_argument("--no-themes", action="store_true", help="leave out the themes")

        p = sub.add_parser("moderate", help="list pending free text, or record a decision")
        p.add_argument("id", nargs="?", help="only this consultation")
        p.add_argument("--limit", type=_positive, default=50)
        p.add_argument(
            "--decide",
            nargs=2,
            metavar=("ANSWER", "DECISION"),
            help="approved, rejected or flagged (for safeguarding)",
        )
        p.add_argument("--user", help="the moderator's username, for the record")
        p.add_argument(
            "--category",
            choices=services.SAFEGUARDING_CATEGORIES,
            help="with 'flagged': the safeguarding category of the alert it creates",
        )

        p = sub.add_parser("retention", help="delete answers past their retention period")
        p.add_argument("--now", type=_when, help=argparse.SUPPRESS)

        p = sub.add_parser("report-back", help='store the "you said, we did" texts')
        p.add_argument("id")
        p.add_argument("--file", type=Path, required=True, help="YAML: en/fr/es texts")

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        handler = getattr(self, "do_" + action.replace("-", "_"))
        try:
            handler(options)
        except CommandError as exc:
            raise CommandError(f"consultations {action}: {exc}") from None
        except ConsultationError as exc:
            problems = exc.problems
            first = problems[0] if problems else exc
            raise CommandError(
                f"consultations {action}: {len(problems)} problem(s), first: {first}"
                " (all: ./hearme consultations validate FILE)"
            ) from None
        except (services.ConsultationServiceError, ValueError) as exc:
            raise CommandError(f"consultations {action}: {exc}") from None
        except OSError as exc:
            raise CommandError(
                f"consultations {action}: {exc.filename or ''}: {exc.strerror}"
            ) from None
        except DatabaseError as exc:
            first_line = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
            raise CommandError(
                f"consultations {action}: database error: {first_line}"
                " (has `manage.py migrate` run?)"
            ) from None

    # ------------------------------------------------------------------ subcommands

    def do_import(self, options: dict[str, Any]) -> None:
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        outcome = services.import_definition(load_consultation(path))
        stored = outcome.consultation
        if not outcome.created:
            self.stdout.write(f"unchanged: {stored.label} is already stored ({stored.status})")
        elif outcome.previous is None:
            self.stdout.write(
                f"imported {stored.label} (draft); open it with: consultations open {stored.label}"
            )
        else:
            self.stdout.write(
                f"imported {stored.label} (draft), a new version: the definition changed since"
                f" version {outcome.previous}; open it with: consultations open {stored.label}"
            )

    def do_list(self, options: dict[str, Any]) -> None:
        rows = Consultation.objects.annotate(
            responses_total=Count("responses"),
            responses_complete=Count("responses", filter=Q(responses__status="complete")),
        ).order_by("slug", "-version")
        if not rows:
            self.stdout.write("no consultations stored (import one: consultations import FILE)")
            return
        for c in rows:
            title = c.title.get("en") or next(iter(c.title.values()), "")
            self.stdout.write(
                f"{c.label:32} {c.status:7} {c.opens:%Y-%m-%d} → {c.closes:%Y-%m-%d}"
                f"  responses {c.responses_complete}/{c.responses_total} complete  {title}"
            )

    def do_open(self, options: dict[str, Any]) -> None:
        consultation = services.get_consultation(options["id"])
        closed = services.open_consultation(consultation)
        note = f" (closed {', '.join(closed)})" if closed else ""
        self.stdout.write(f"opened {consultation.label}{note}")

    def do_close(self, options: dict[str, Any]) -> None:
        consultation = services.get_consultation(options["id"])
        services.close_consultation(consultation)
        self.stdout.write(
            f"closed {consultation.label}; its answers will be deleted after "
            f"{consultation.delete_after:%Y-%m-%d}"
        )

    def do_results(self, options: dict[str, Any]) -> None:
        consultation = services.get_consultation(options["id"])
        data = results.compute_results(consultation, k=options["k"])
        if options["format"] == "json":
            self.stdout.write(results.to_json(data), ending="")
            return
        moderation = results.moderation_counts(consultation)
        for question in data["questions"]:
            if question["id"] in moderation:
                question["moderation"] = moderation[question["id"]]
        self.stdout.write(results.format_text(data, options["by"]), ending="")

    def do_export(self, options: dict[str, Any]) -> None:
        consultation = services.get_consultation(options["id"])
        if not consultation.is_over(timezone.now()) and not options["provisional"]:
            raise CommandError(
                f"{consultation.label} is still open: exports are for after it closes (two"
                " exports a few answers apart would show those answers); use --provisional"
                " to export anyway"
            )
        data = results.export_data(
            consultation, k=options["k"], with_themes=not options["no_themes"]
        )
        text = results.to_json(data) if options["format"] == "json" else results.to_csv(data)
        out: Path | None = options["out"]
        if out is None:
            self.stdout.write(text, ending="")
            return
        out.write_text(text, encoding="utf-8")
        self.stderr.write(f"wrote {out} ({options['format']}, k={data['min_group_size']})")

    def do_moderate(self, options: dict[str, Any]) -> None:
        if options["decide"]:
            answer_id, decision = options["decide"]
            if not answer_id.isdigit():
                raise CommandError(f"{answer_id!r} is not an answer number")
            user = None
            if options["user"]:
                from django.contrib.auth import get_user_model

                user = get_user_model()._default_manager.filter(username=options["user"]).first()
                if user is None:
                    raise CommandError(f"no user {options['user']!r}")
            answer = services.moderate(
                int(answer_id), decision, user=user, category=options["category"]
            )
            self.stdout.write(f"answer {answer.pk}: {answer.moderation}")
            return
        consultation = services.get_consultation(options["id"]) if options["id"] else None
        pending = services.pending_texts(consultation, limit=options["limit"])
        if not pending:
            self.stdout.write("no free text waiting for moderation")
            return
        for answer in pending:
            text = " ".join(answer.text.split())
            self.stdout.write(
                f"#{answer.pk} {answer.consultation.label} {answer.question.key}"
                f" [{answer.language or '?'}] {text}"
            )
        self.stdout.write(
            f"{len(pending)} shown; decide with: consultations moderate --decide ANSWER"
            f" {'|'.join(v for v in Moderation.values if v != 'pending')}"
        )

    def do_retention(self, options: dict[str, Any]) -> None:
        done, participants = services.delete_expired(options["now"])
        for item in done:
            self.stdout.write(
                f"deleted {item.responses} responses, {item.answers} answers of {item.consultation}"
            )
        total = sum(item.responses for item in done)
        self.stdout.write(
            f"retention: {total} responses in {len(done)} consultation(s) and"
            f" {participants} participant(s) without answers deleted"
        )

    def do_report_back(self, options: dict[str, Any]) -> None:
        consultation = services.get_consultation(options["id"])
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        if path.stat().st_size > MAX_REPORT_BACK_FILE:
            raise CommandError(f"{path}: larger than {MAX_REPORT_BACK_FILE // 1024} kB")
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            where = getattr(exc, "problem_mark", None)
            line = f" line {where.line + 1}" if where is not None else ""
            raise CommandError(f"{path}:{line} not valid UTF-8 YAML") from None
        if not isinstance(data, dict):
            raise CommandError(f"{path}: expected a mapping of language to text (en: …)")
        services.set_report_back(consultation, {str(k): v for k, v in data.items()})
        self.stdout.write(
            f"report back stored for {consultation.label} in {', '.join(sorted(data))}"
        )
