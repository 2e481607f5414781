"""`manage.py consultations …`: happy paths, and one clear line for every mistake."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from tests.web.consultations_support import definition_yaml, use_secret
from web.consultations import services
from web.consultations.models import Answer, Consultation, ConsultationStatus, Response

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def secret(monkeypatch):
    use_secret(monkeypatch)


@pytest.fixture
def poll_file(tmp_path) -> Path:
    path = tmp_path / "poll.yml"
    path.write_text(definition_yaml(), encoding="utf-8")
    return path


def run(*args: str) -> str:
    out = StringIO()
    call_command("consultations", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def fails(*args: str) -> str:
    with pytest.raises(CommandError) as excinfo:
        run(*args)
    message = str(excinfo.value)
    assert "\n" not in message, "one line"
    assert message.startswith(f"consultations {args[0]}: ")
    return message


def fill(poll: Consultation, count: int = 6) -> None:
    poll.refresh_from_db()
    now = timezone.now()
    assert poll.accepting(now)
    for i in range(count):
        participant = services.participant_for(
            "telegram", f"child{i}", age_band="13-15", country="GB", language="en"
        )
        services.start_response(poll, participant, below_consent_age=False)
        services.save_answer(poll, participant, "colour", choices="red")
        services.save_answer(poll, participant, "likes_school", choices="yes")
        services.save_answer(poll, participant, "idea", text=f"idea number {i}")
        services.complete_response(poll, participant)


def test_import_list_open_close(poll_file, tmp_path):
    assert "imported test-poll@1 (draft)" in run("import", str(poll_file))
    assert "unchanged: test-poll@1" in run("import", str(poll_file))
    changed = tmp_path / "changed.yml"
    changed.write_text(definition_yaml(title="Changed"), encoding="utf-8")
    out = run("import", str(changed))
    assert "imported test-poll@2" in out and "changed since version 1" in out
    listing = run("list")
    assert "test-poll@2" in listing and "test-poll@1" in listing and "draft" in listing
    assert run("open", "test-poll@1") == "opened test-poll@1\n"
    assert run("open", "test-poll") == "opened test-poll@2 (closed test-poll@1)\n"
    assert Consultation.objects.get(version=1).status == ConsultationStatus.CLOSED
    assert "closed test-poll@2" in run("close", "test-poll")
    assert Consultation.objects.get(version=2).status == ConsultationStatus.CLOSED


def test_results_text_and_json(poll_file):
    run("import", str(poll_file))
    run("open", "test-poll")
    fill(Consultation.objects.get())
    text = run("results", "test-poll", "--by", "country")
    assert "respondents (complete): 6" in text
    assert "country=GB: n=6" in text
    assert "provisional" in text
    assert "moderation: pending 6" in text
    data = json.loads(run("results", "test-poll", "--format", "json"))
    assert data["respondents"] == 6 and data["min_group_size"] == 5
    assert (
        json.loads(run("results", "test-poll", "--format", "json", "--k", "7"))["respondents"]
        is None
    )
    assert "idea number" not in text + json.dumps(data)


def test_export_only_after_close_unless_provisional(poll_file, tmp_path):
    run("import", str(poll_file))
    run("open", "test-poll")
    poll = Consultation.objects.get()
    fill(poll)
    message = fails("export", "test-poll", "--format", "json")
    assert "still open" in message and "--provisional" in message
    provisional = json.loads(run("export", "test-poll", "--format", "json", "--provisional"))
    assert provisional["final"] is False
    answer = Answer.objects.filter(question__key="idea").order_by("pk").first()
    assert run("moderate", "--decide", str(answer.pk), "approved") == (
        f"answer {answer.pk}: approved\n"
    )
    run("close", "test-poll")
    out = tmp_path / "results.csv"
    run("export", "test-poll", "--format", "csv", "--out", str(out))
    exported = out.read_text(encoding="utf-8")
    assert exported.startswith("question,type,dimension,group,option,n,count")
    assert "idea number 0" in exported
    assert "idea number 1" not in exported  # pending
    data = json.loads(run("export", "test-poll", "--format", "json", "--no-themes"))
    assert data["final"] is True


def test_moderate_lists_pending_text(poll_file):
    run("import", str(poll_file))
    run("open", "test-poll")
    fill(Consultation.objects.get(), count=2)
    out = run("moderate")
    assert "idea number 0" in out and "idea number 1" in out and "2 shown" in out
    assert run("moderate", "test-poll", "--limit", "1").count("idea number") == 1
    for answer in Answer.objects.filter(question__key="idea"):
        run("moderate", "--decide", str(answer.pk), "rejected")
    assert run("moderate") == "no free text waiting for moderation\n"


def test_flagging_a_text_needs_a_category_and_raises_an_alert(poll_file):
    from web.safeguarding.models import SafeguardingAlert

    run("import", str(poll_file))
    run("open", "test-poll")
    fill(Consultation.objects.get(), count=1)
    answer = Answer.objects.get(question__key="idea")
    assert "category" in fails("moderate", "--decide", str(answer.pk), "flagged")
    assert SafeguardingAlert.objects.count() == 0
    out = run("moderate", "--decide", str(answer.pk), "flagged", "--category", "abuse_neglect")
    assert out == f"answer {answer.pk}: flagged\n"
    alert = SafeguardingAlert.objects.get()
    assert (alert.source, alert.category) == ("moderator", "abuse_neglect")


def test_retention_deletes_and_reports(poll_file):
    run("import", str(poll_file))
    run("open", "test-poll")
    fill(Consultation.objects.get(), count=2)
    run("close", "test-poll")
    assert "retention: 0 responses" in run("retention")
    later = (timezone.now() + timedelta(days=31)).isoformat()
    out = run("retention", "--now", later)
    assert "deleted 2 responses, 6 answers of test-poll@1" in out
    assert "retention: 2 responses in 1 consultation(s) and 2 participant(s)" in out
    assert not Response.objects.exists()


def test_report_back(poll_file, tmp_path):
    run("import", str(poll_file))
    texts = tmp_path / "report.yml"
    texts.write_text("en: We built a bench.\nfr: Un banc.\nes: Un banco.\n", encoding="utf-8")
    assert "report back stored for test-poll@1 in en, es, fr" in run(
        "report-back", "test-poll", "--file", str(texts)
    )
    assert Consultation.objects.get().report_back["fr"] == "Un banc."
    texts.write_text("en: only English\n", encoding="utf-8")
    assert "missing the 'fr' text" in fails("report-back", "test-poll", "--file", str(texts))
    texts.write_text("en: [unclosed\n", encoding="utf-8")
    assert "not valid UTF-8 YAML" in fails("report-back", "test-poll", "--file", str(texts))
    texts.write_text("- a list\n", encoding="utf-8")
    assert "expected a mapping" in fails("report-back", "test-poll", "--file", str(texts))
    assert "no such file" in fails("report-back", "test-poll", "--file", str(tmp_path / "x"))


@pytest.mark.parametrize(
    "args, expected",
    [
        (("results", "nope"), "no consultation 'nope'"),
        (("results", "test-poll@9"), "no consultation 'test-poll@9'"),
        (("results", "Not An Id"), "is not a consultation id"),
        (("results", "test-poll", "--k", "3"), "can only be raised"),
        (("open", "nope"), "no consultation"),
        (("moderate", "--decide", "abc", "approved"), "not an answer number"),
        (("moderate", "--decide", "999", "approved"), "no free-text answer 999"),
        (("moderate", "--decide", "1", "maybe"), "unknown decision 'maybe'"),
        (("moderate", "--decide", "1", "approved", "--user", "ghost"), "no user 'ghost'"),
    ],
)
def test_mistakes_give_one_line(poll_file, args, expected):
    run("import", str(poll_file))
    assert expected in fails(*args)


def test_an_invalid_definition_names_file_line_and_field(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text(definition_yaml().replace("retention_days: 30", "retention_days: -3"))
    message = fails("import", str(bad))
    assert "bad.yml:" in message and "retention_days" in message
    assert "./hearme consultations validate" in message
    assert "no such file" in fails("import", str(tmp_path / "missing.yml"))
    assert not Consultation.objects.exists()


def test_opening_a_closed_version_is_refused(poll_file):
    run("import", str(poll_file))
    run("open", "test-poll")
    run("close", "test-poll")
    assert "answers are final" in fails("open", "test-poll")


def manage(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "HEARME_", "DATABASE_URL"))
    }
    env.update(
        PYTHONPATH=str(ROOT),
        DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        HEARME_LOG_LEVEL="WARNING",
    )
    return subprocess.run(
        [sys.executable, str(ROOT / "web" / "manage.py"), "consultations", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_real_command_line_prints_no_traceback(tmp_path, poll_file):
    # A database that was never migrated: a one-line hint, status 1.
    result = manage(tmp_path, "import", str(poll_file))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "has `manage.py migrate` run?" in lines[0]
    # An unknown subcommand: argparse's usage and error, status 2.
    result = manage(tmp_path, "frobnicate")
    assert result.returncode == 2 and "invalid choice: 'frobnicate'" in result.stderr
    assert "Traceback" not in result.stderr
