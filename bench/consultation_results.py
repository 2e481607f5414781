"""Consultation results benchmark: 100k responses, 1 M answers, on SQLite and PostgreSQL.

For each database: migrate a throwaway database, insert 100,000 complete responses
with 10 answers each (bulk_create in batches), then time computing the full results of
the consultation (all questions, overall and by age band, country and language, with
suppression) — the target is at most 1 s — and report the database size.

SQLite uses a temporary file. PostgreSQL uses a database ``hearme_bench`` created and
dropped on the server of ``HEARME_BENCH_POSTGRES`` (default
``postgres://postgres@127.0.0.1:5432/postgres``); if that server cannot be reached the
PostgreSQL run is skipped with a message.

Each database runs in a child process (Django reads ``DATABASE_URL`` once per process).
Usage: make bench   (or: python bench/consultation_results.py --responses 20000)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
BENCH_DB = "hearme_bench"
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/postgres"
CHUNK = 10_000  # responses generated and inserted at a time (bounded memory)
BATCH = 5_000  # rows per INSERT

COUNTRIES = {  # weights: big, medium and a few small countries (to exercise suppression)
    "GB": 30, "FR": 20, "ES": 15, "MX": 10, "IE": 8, "BE": 7, "CA": 5, "US": 4, "MT": 0.005,
    "": 1,
}  # fmt: skip
BANDS = {"8-12": 40, "13-15": 40, "16-17": 20}
LANGS = {"en": 50, "fr": 30, "es": 20}


def _t(text: str) -> str:
    return "{en: %r, fr: %r, es: %r}" % (text, text, text)  # noqa: UP031


def _options(ids: list[str]) -> str:
    return "\n".join(f"      - {{id: {i}, label: {_t(i.replace('_', ' '))}}}" for i in ids)


def definition_yaml() -> str:
    countries = ", ".join(c for c in COUNTRIES if c)
    questions = [
        ("q1", "single", "required: true", ["a1", "a2", "a3", "a4", "a5"]),
        ("q2", "yes_no", "required: true\n    prefer_not_to_say: true", None),
        ("q3", "single", "", ["b1", "b2", "b3", "b4"]),
        ("q4", "multiple", "max_picks: 3", ["m1", "m2", "m3", "m4", "m5", "m6"]),
        ("q5", "scale", "", None),
        ("q6", "scale", "", None),
        ("q7", "single", "", ["c1", "c2", "c3"]),
        ("q8", "yes_no", "", None),
        ("q9", "number", "minimum: 0\n    maximum: 24", None),
        ("q10", "text", "max_length: 300", None),
    ]
    parts = []
    for key, kind, extra, options in questions:
        part = f"  - id: {key}\n    type: {kind}\n    text: {_t('Question ' + key)}\n"
        if extra:
            part += f"    {extra}\n"
        if options:
            part += f"    options:\n{_options(options)}\n"
        if kind == "scale":
            part += f"    scale_labels:\n      low: {_t('low')}\n      high: {_t('high')}\n"
        parts.append(part)
    return f"""
id: bench-poll
version: 1
organisation: Benchmark
title: {_t("Benchmark poll")}
intro: {_t("Intro")}
consent: {_t("Consent")}
thank_you: {_t("Thanks")}
what_next: {_t("Next")}
audience:
  age_bands: ["8-12", "13-15", "16-17"]
  countries: [{countries}]
  languages: [en, fr, es]
opens: "2026-01-01T00:00:00Z"
closes: "2099-01-01T00:00:00Z"
retention_days: 180
free_text_below_consent_age: true
questions:
{"".join(parts)}"""


# --------------------------------------------------------------------------- child process


def _pick(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def run_benchmark(responses: int, seed: int) -> dict[str, Any]:
    """Runs in a child process whose DATABASE_URL points at a fresh database."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "web.hearme_web.settings")
    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone

    from bot.consultations.definition import parse_consultation
    from bot.privacy import pseudonym
    from web.consultations import results, services
    from web.consultations.models import (
        Answer,
        AnswerChoice,
        Participant,
        Question,
        Response,
        ResponseStatus,
    )

    call_command("migrate", verbosity=0)
    consultation = services.import_definition(
        parse_consultation(definition_yaml(), "bench")
    ).consultation
    services.open_consultation(consultation)
    questions = dict(Question.objects.filter(consultation=consultation).values_list("key", "id"))
    spec = {q.id: q for q in consultation.spec().questions}
    secret = b"bench-only-pseudonym-secret-0123456789"
    rng = random.Random(seed)
    now = timezone.now()

    def answer_values(key: str) -> tuple[list[str], float | None, str]:
        kind = spec[key].type
        if kind == "multiple":
            count = rng.choice([1, 1, 2, 2, 3])
            return rng.sample(list(spec[key].choice_ids), count), None, ""
        if kind == "yes_no":
            options = ["yes", "no", "prefer_not_to_say"] if spec[key].prefer_not_to_say else None
            return [rng.choice(options or ["yes", "yes", "no"])], None, ""
        if kind in ("single", "scale"):
            ids = list(spec[key].choice_ids)
            weights = [len(ids) - i for i in range(len(ids))]  # skewed, like real answers
            return [rng.choices(ids, weights=weights)[0]], None, ""
        if kind == "number":
            return [], float(min(24, max(0, round(rng.gauss(3, 2))))), ""
        return [], None, rng.choice(["more clubs", "longer breaks", "a quiet room"])

    started = time.perf_counter()
    answer_id = 0
    choice_rows = 0
    for first in range(0, responses, CHUNK):
        ids = range(first + 1, min(responses, first + CHUNK) + 1)
        participants, response_rows, answers, choices = [], [], [], []
        for i in ids:
            band, country, lang = _pick(rng, BANDS), _pick(rng, COUNTRIES), _pick(rng, LANGS)
            participants.append(
                Participant(
                    id=i,
                    pseudonym=pseudonym("bench", str(i), secret),
                    channel="bench",
                    age_band=band,
                    country=country,
                    language=lang,
                )
            )
            response_rows.append(
                Response(
                    id=i,
                    consultation_id=consultation.pk,
                    participant_id=i,
                    status=ResponseStatus.COMPLETE,
                    age_band=band,
                    country=country,
                    language=lang,
                    completed_at=now,
                )
            )
            copies = {
                "consultation_id": consultation.pk,
                "age_band": band,
                "country": country,
                "language": lang,
                "complete": True,
            }
            for key, question_id in questions.items():
                picked, number, text = answer_values(key)
                answer_id += 1
                answers.append(
                    Answer(
                        id=answer_id,
                        response_id=i,
                        question_id=question_id,
                        number=number,
                        text=text,
                        moderation="pending" if text else "",
                        **copies,
                    )
                )
                choices += [
                    AnswerChoice(answer_id=answer_id, option=o, question_id=question_id, **copies)
                    for o in picked
                ]
        with transaction.atomic():
            Participant.objects.bulk_create(participants, batch_size=BATCH)
            Response.objects.bulk_create(response_rows, batch_size=BATCH)
            Answer.objects.bulk_create(answers, batch_size=BATCH)
            AnswerChoice.objects.bulk_create(choices, batch_size=BATCH)
        choice_rows += len(choices)
    insert_seconds = time.perf_counter() - started

    maintenance_seconds = 0.0
    if connection.vendor == "postgresql":
        # What autovacuum does shortly after a bulk load: statistics, and the visibility
        # map that lets the covering indexes answer without reading the tables.
        started = time.perf_counter()
        with connection.cursor() as cursor:
            for table in ("participant", "response", "answer", "answerchoice"):
                cursor.execute(f"VACUUM ANALYZE consultations_{table}")
        maintenance_seconds = time.perf_counter() - started
    else:
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        maintenance_seconds = time.perf_counter() - started

    timings = []
    data: dict[str, Any] = {}
    for _ in range(3):
        started = time.perf_counter()
        data = results.compute_results(consultation)
        timings.append(time.perf_counter() - started)
    started = time.perf_counter()
    questions_list = results.question_infos(consultation)
    counts = results.load_counts(consultation, questions_list)
    query_seconds = time.perf_counter() - started
    started = time.perf_counter()
    results.tabulate(questions_list, counts, results.min_group_size())
    tabulate_seconds = time.perf_counter() - started
    hidden = sum(
        1
        for q in data["questions"]
        for block in [q["overall"], *(g for groups in q["by"].values() for g in groups)]
        for value in [block["n"], *(row["count"] for row in block.get("counts", []))]
        if value is None
    )

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT pg_database_size(current_database())")
            size = int(cursor.fetchone()[0])
        else:
            size = Path(connection.settings_dict["NAME"]).stat().st_size
    return {
        "database": connection.vendor,
        "responses": responses,
        "answers": Answer.objects.count(),
        "choice_rows": choice_rows,
        "insert_s": round(insert_seconds, 1),
        "answers_per_s": round(answer_id / insert_seconds),
        "maintenance_s": round(maintenance_seconds, 1),
        "results_first_s": round(timings[0], 3),
        "results_median_s": round(statistics.median(timings), 3),
        "results_queries_s": round(query_seconds, 3),
        "results_tabulate_s": round(tabulate_seconds, 3),
        "hidden_numbers": hidden,
        "db_size_mb": round(size / 2**20, 1),
    }


# ------------------------------------------------------------------------------- parent


def _child(database_url: str, responses: int, seed: int) -> dict[str, Any]:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=database_url,
        PYTHONPATH=str(ROOT),
        DJANGO_SETTINGS_MODULE="web.hearme_web.settings",
        HEARME_LOG_LEVEL="WARNING",
    )
    result = subprocess.run(
        [sys.executable, __file__, "--child", "--responses", str(responses), "--seed", str(seed)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-3000:])
    return json.loads(result.stdout.strip().splitlines()[-1])


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


def _postgres(admin_url: str, statement: str) -> None:
    import psycopg2

    connection = psycopg2.connect(admin_url, connect_timeout=5)
    try:
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute(statement)
    finally:
        connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_benchmark(args.responses, args.seed)))
        return

    rows = []
    if args.only in (None, "sqlite"):
        with tempfile.TemporaryDirectory() as work:
            print(f"SQLite: inserting {args.responses:,} responses…", flush=True)
            rows.append(
                _child(f"sqlite:///{Path(work) / 'bench.sqlite3'}", args.responses, args.seed)
            )
    if args.only in (None, "postgresql"):
        admin = os.environ.get("HEARME_BENCH_POSTGRES", DEFAULT_POSTGRES)
        try:
            _postgres(admin, f"DROP DATABASE IF EXISTS {BENCH_DB}")
            _postgres(admin, f"CREATE DATABASE {BENCH_DB}")
        except Exception as exc:  # noqa: BLE001 - any connection problem means: skip
            print(f"PostgreSQL: skipped ({exc.__class__.__name__}: {str(exc).strip()})")
        else:
            try:
                print(f"PostgreSQL: inserting {args.responses:,} responses…", flush=True)
                rows.append(_child(_with_database(admin, BENCH_DB), args.responses, args.seed))
            finally:
                _postgres(admin, f"DROP DATABASE IF EXISTS {BENCH_DB}")

    header = (
        f"{'database':10} {'answers':>9} {'insert s':>9} {'answers/s':>10} "
        f"{'results s (1st/median)':>23} {'queries s':>10} {'tabulate s':>11} {'size MB':>8}"
    )
    print(header)
    for row in rows:
        print(
            f"{row['database']:10} {row['answers']:>9,} {row['insert_s']:>9} "
            f"{row['answers_per_s']:>10,} "
            f"{str(row['results_first_s']) + ' / ' + str(row['results_median_s']):>23} "
            f"{row['results_queries_s']:>10} {row['results_tabulate_s']:>11} "
            f"{row['db_size_mb']:>8}"
        )
    out = ROOT / "var" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / "consultation_results.json").write_text(
        json.dumps({"when": time.strftime("%Y-%m-%dT%H:%M:%S"), "results": rows}, indent=2)
    )
    print(f"saved {out / 'consultation_results.json'}")


if __name__ == "__main__":
    main()
