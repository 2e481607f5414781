"""Dashboard: one consultation's moderation queue, results and exports (staff only)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.test import Client

from tests.web.consultations_support import definition, open_poll, take_part, use_secret
from web.consultations import results, services
from web.consultations.models import Answer, Moderation
from web.safeguarding.models import SafeguardingAlert

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def full(idea: str, colour: str = "red") -> dict[str, object]:
    return {
        "colour": colour,
        "likes_school": "yes",
        "hobbies": ["sport"],
        "happy": "4",
        "hours": 3,
        "idea": idea,
    }


@pytest.fixture
def poll(monkeypatch):
    use_secret(monkeypatch)
    return open_poll()


@pytest.fixture
def staff(client, staff_user):
    client.force_login(staff_user)
    return client


def urls(pk: int) -> dict[str, str]:
    base = f"/dashboard/consultations/{pk}"
    return {
        "moderation": f"{base}/moderation/",
        "results": f"{base}/results/",
        "csv": f"{base}/results/export.csv",
        "json": f"{base}/results/export.json",
    }


def pending_ids(poll) -> list[int]:
    return [a.pk for a in services.pending_texts(poll, limit=1000)]


# ----------------------------------------------------------------------- access control


@pytest.mark.parametrize("page", ["moderation", "results", "csv", "json"])
def test_anonymous_visitors_are_sent_to_sign_in(client, poll, page):
    url = urls(poll.pk)[page]
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


@pytest.mark.parametrize("page", ["moderation", "results", "csv", "json"])
def test_non_staff_are_forbidden(client, plain_user, poll, page):
    client.force_login(plain_user)
    assert client.get(urls(poll.pk)[page]).status_code == 403


def test_non_staff_cannot_decide(client, plain_user, poll):
    take_part(poll, "c1", full("more parks"))
    answer = pending_ids(poll)[0]
    client.force_login(plain_user)
    response = client.post(urls(poll.pk)["moderation"], {"answer": answer, "decision": "approved"})
    assert response.status_code == 403
    assert Answer.objects.get(pk=answer).moderation == Moderation.PENDING


def test_unknown_consultation_is_404(staff):
    for url in urls(999_999).values():
        assert staff.get(url).status_code == 404


# --------------------------------------------------------------------------- moderation


def test_queue_shows_pending_text_oldest_first_without_identities(staff, poll):
    take_part(poll, "child-a", full("first idea: more benches"), age_band="8-12", country="FR")
    take_part(poll, "child-b", full("second idea: longer breaks"), language="es")
    response = staff.get(urls(poll.pk)["moderation"])
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index("first idea") < html.index("second idea")
    assert "One idea?" in html  # the question's words
    assert "8-12" in html and ">es<" in html
    participant = services.participant_for("telegram", "child-a")
    assert participant.pseudonym not in html and participant.pseudonym[:12] not in html
    assert ">FR<" not in html  # no country next to a text
    assert "<dt>Pending</dt><dd>2</dd>" in html
    assert 'name="csrfmiddlewaretoken"' in html
    for pk in pending_ids(poll):
        assert f'<label for="category-{pk}">' in html
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


def test_approve_reject_and_flag_record_who_and_when(staff, staff_user, poll):
    for i in range(3):
        take_part(poll, f"c{i}", full(f"idea {i}"))
    approve, reject, flag = pending_ids(poll)
    url = urls(poll.pk)["moderation"]

    response = staff.post(url, {"answer": approve, "decision": "approved", "page": 1})
    assert response.status_code == 302 and response["Location"] == url + "?page=1"
    staff.post(url, {"answer": reject, "decision": "rejected"})
    response = staff.post(url, {"answer": flag, "decision": "flagged", "category": "bullying"})
    assert response.status_code == 302

    decided = {a.pk: a for a in Answer.objects.filter(pk__in=[approve, reject, flag])}
    assert decided[approve].moderation == Moderation.APPROVED
    assert decided[reject].moderation == Moderation.REJECTED
    assert decided[flag].moderation == Moderation.FLAGGED
    for answer in decided.values():
        assert answer.moderated_by == staff_user and answer.moderated_at is not None
    alert = SafeguardingAlert.objects.get()
    assert alert.category == "bullying" and alert.source == "moderator"
    assert alert.participant == services.participant_for("telegram", "c2").pseudonym

    html = staff.get(url).content.decode()
    assert f"Answer {flag} flagged for safeguarding" in html
    for state in ("Pending", "Approved", "Rejected"):
        assert f"<dt>{state}</dt><dd>{0 if state == 'Pending' else 1}</dd>" in html
    assert "<dt>Flagged for safeguarding</dt><dd>1</dd>" in html
    assert "No free text waiting for moderation." in html


def test_flag_without_category_changes_nothing(staff, poll):
    take_part(poll, "c1", full("worrying text"))
    (answer,) = pending_ids(poll)
    response = staff.post(
        urls(poll.pk)["moderation"], {"answer": answer, "decision": "flagged"}, follow=True
    )
    assert "Choose a safeguarding category to flag answer" in response.content.decode()
    assert Answer.objects.get(pk=answer).moderation == Moderation.PENDING
    assert not SafeguardingAlert.objects.exists()


def test_an_answer_is_decided_once_and_only_in_its_consultation(staff, poll, monkeypatch):
    take_part(poll, "c1", full("an idea"))
    (answer,) = pending_ids(poll)
    other = open_poll(id="other-poll")
    url = urls(poll.pk)["moderation"]
    response = staff.post(
        urls(other.pk)["moderation"], {"answer": answer, "decision": "rejected"}, follow=True
    )
    assert f"There is no free-text answer {answer} here." in response.content.decode()
    assert Answer.objects.get(pk=answer).moderation == Moderation.PENDING

    staff.post(url, {"answer": answer, "decision": "approved"})
    response = staff.post(url, {"answer": answer, "decision": "flagged", "category": "bullying"})
    html = staff.get(url).content.decode()
    assert f"Answer {answer} was already decided (Approved); nothing changed." in html
    assert Answer.objects.get(pk=answer).moderation == Moderation.APPROVED
    assert not SafeguardingAlert.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"answer": "", "decision": ""},
        {"answer": "abc", "decision": "approved"},
        {"answer": "9" * 5000, "decision": "approved"},
        {"answer": "-1", "decision": "approved"},
        {"answer": "1", "decision": "published"},
        {"answer": "1", "decision": "x" * 100_000},
        {"answer": "1", "decision": "flagged", "category": "not_a_category"},
        {"answer": "1", "decision": "flagged", "category": HOSTILE},
    ],
)
def test_bad_decisions_are_refused_in_plain_words(staff, poll, data):
    take_part(poll, "c1", full("an idea"))
    response = staff.post(urls(poll.pk)["moderation"], data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "That decision could not be recorded" in html and 'role="alert"' in html
    assert "<script>alert" not in html
    assert Answer.objects.filter(moderation=Moderation.PENDING).count() == 1


def test_hostile_text_is_shown_escaped(staff, poll):
    take_part(poll, "c1", full(HOSTILE))
    stored = Answer.objects.get(moderation=Moderation.PENDING).text
    html = staff.get(urls(poll.pk)["moderation"]).content.decode()
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html or "&lt;img" in html
    assert stored  # something of it was stored and shown, escaped


def test_decisions_need_a_csrf_token(staff_user, poll):
    take_part(poll, "c1", full("an idea"))
    (answer,) = pending_ids(poll)
    client = Client(enforce_csrf_checks=True)
    client.force_login(staff_user)
    url = urls(poll.pk)["moderation"]
    response = client.post(url, {"answer": answer, "decision": "approved"})
    assert response.status_code == 403
    assert Answer.objects.get(pk=answer).moderation == Moderation.PENDING

    page = client.get(url).content.decode()
    token = page.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
    response = client.post(
        url, {"answer": answer, "decision": "approved", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    assert Answer.objects.get(pk=answer).moderation == Moderation.APPROVED


def test_queue_is_paginated_by_50(staff, poll):
    for i in range(53):
        take_part(poll, f"c{i}", full(f"idea number {i:02d}"))
    url = urls(poll.pk)["moderation"]
    first = staff.get(url).content.decode()
    assert "idea number 00" in first and "idea number 49" in first
    assert "idea number 50" not in first
    assert "Page 1 of 2" in first and "<dt>Pending</dt><dd>53</dd>" in first
    second = staff.get(url + "?page=2").content.decode()
    assert "idea number 52" in second and "idea number 00" not in second
    # A page number that is not one falls back to a real page.
    assert staff.get(url + "?page=abc").status_code == 200
    assert "idea number 52" in staff.get(url + "?page=99999999999").content.decode()


# ------------------------------------------------------------------------------ results


IDEAS = (
    "more parks and green spaces near home",
    "bigger parks with trees",
    "safe parks for playing football",
    "green parks and trees in town",
    "longer breaks at school",
    "more time for lunch breaks",
    "school breaks are too short",
    "longer lunch at school please",
)


def fill(poll, children: int = 24) -> None:
    """24 complete responses (2 from France), with approved ideas on parks and breaks."""
    for i in range(children):
        take_part(
            poll,
            f"r{i}",
            full(
                f"{IDEAS[i % 8]} {('really', 'now', 'soon')[i % 3]}",
                colour=("red", "blue")[i % 3 == 0],
            ),
            country="GB" if i < children - 2 else "FR",
        )
    for answer_id in pending_ids(poll):
        services.moderate(answer_id, "approved")


def test_results_show_suppressed_counts_and_themes(staff, poll):
    fill(poll)
    expected = results.compute_results(poll)
    response = staff.get(urls(poll.pk)["results"])
    assert response.status_code == 200
    html = response.content.decode()
    assert "Provisional" in html
    assert "<dt>Children who sent their answers</dt><dd>24</dd>" in html
    colour = next(q for q in expected["questions"] if q["id"] == "colour")
    red = next(row for row in colour["overall"]["counts"] if row["option"] == "red")
    assert f"{red['count']} ({red['percent']} %)" in html
    # France has 2 children: hidden, and so is what would give it away.
    fr = next(g for g in colour["by"]["country"] if g["group"] == "FR")
    assert fr["n"] is None
    assert '<th scope="row">FR</th>\n  <td><span class="suppressed">hidden</span></td>' in html
    for caption in ("Overall", "By age band", "By country", "By language"):
        assert f"<caption>{caption}</caption>" in html
    # Themes of the approved texts, with quotes.
    assert "Themes in the approved texts" in html
    assert "parks" in html and "breaks" in html and '<q class="excerpt">' in html
    assert "24 approved" in html and "0 pending" in html


def test_results_of_a_consultation_without_answers(staff, poll):
    html = staff.get(urls(poll.pk)["results"]).content.decode()
    assert '<span class="suppressed">hidden</span>' in html
    assert "No themes: there are 0 approved texts" in html


def test_results_show_approved_quotes_escaped(staff, poll):
    for i in range(24):
        take_part(poll, f"h{i}", full(f"{HOSTILE} parks playground number {i % 3}"))
    for answer_id in pending_ids(poll):
        services.moderate(answer_id, "approved")
    html = staff.get(urls(poll.pk)["results"]).content.decode()
    assert "<script>alert" not in html and "<img src" not in html


def test_exports_are_the_commands_files_as_attachments(staff, poll):
    fill(poll)
    take_part(poll, "late", full("a pending idea that must not leave"))
    url = urls(poll.pk)
    # Still open: only a provisional export, asked for as such.
    response = staff.get(url["csv"], follow=True)
    assert "still open" in response.content.decode()
    response = staff.get(url["json"] + "?provisional=1")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"] == 'attachment; filename="test-poll-v1-provisional.json"'
    data = json.loads(response.content)
    assert data["final"] is False
    expected = results.export_data(poll)
    assert data["questions"] == json.loads(json.dumps(expected["questions"]))
    idea = next(q for q in data["questions"] if q["id"] == "idea")
    assert len(idea["approved_texts"]) == 24
    assert "a pending idea that must not leave" not in response.content.decode()

    services.close_consultation(poll)
    response = staff.get(url["csv"])
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"] == 'attachment; filename="test-poll-v1-final.csv"'
    text = response.content.decode()
    assert text == results.to_csv(results.export_data(poll))
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["question", "type", "dimension"]
    assert "a pending idea that must not leave" not in text
    assert any(row[2] == "approved_text" for row in rows)


def test_unknown_export_format_is_404(staff, poll):
    assert staff.get(f"/dashboard/consultations/{poll.pk}/results/export.xlsx").status_code == 404


def test_results_are_get_only(staff, poll):
    assert staff.post(urls(poll.pk)["results"]).status_code == 405


# ------------------------------------------------------------------------- dashboard home


def test_home_lists_consultations_with_their_pending_count(staff, poll):
    html = staff.get("/dashboard/").content.decode()
    assert "0 pending views" in html
    take_part(poll, "c1", full("an idea"))
    draft = services.import_definition(definition(id="draft-poll")).consultation
    html = staff.get("/dashboard/").content.decode()
    assert f'href="/dashboard/consultations/{poll.pk}/moderation/">1 pending view' in html
    assert f'href="/dashboard/consultations/{poll.pk}/results/"' in html
    assert f"/dashboard/consultations/{draft.pk}/" not in html  # drafts have no answers


def test_home_without_consultations_says_so(staff):
    assert "No views to review yet." in staff.get("/dashboard/").content.decode()
