"""Dashboard consultation pages: list, create/import, details, open and close."""

from __future__ import annotations

import html as html_lib
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from bot.consultations.definition import MAX_FILE_BYTES
from tests.web.consultations_support import definition, definition_yaml, use_secret
from web.consultations import services
from web.consultations.models import Consultation, ConsultationStatus

pytestmark = pytest.mark.django_db

PAGES = (
    "/dashboard/consultations/",
    "/dashboard/consultations/new/",
    "/dashboard/consultations/test-poll/",
)


@pytest.fixture(autouse=True)
def secret(monkeypatch):
    use_secret(monkeypatch)


@pytest.fixture
def poll() -> Consultation:
    return services.import_definition(definition()).consultation


@pytest.fixture
def staff(client, staff_user) -> Client:
    client.force_login(staff_user)
    return client


def _text(response) -> str:
    return response.content.decode()


# ------------------------------------------------------------------ access control


@pytest.mark.parametrize("url", PAGES)
def test_anonymous_visitors_are_sent_to_sign_in(client, poll, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


@pytest.mark.parametrize("url", PAGES)
def test_non_staff_users_are_forbidden(client, plain_user, poll, url):
    client.force_login(plain_user)
    assert client.get(url).status_code == 403


@pytest.mark.parametrize("action", ["open", "close"])
def test_non_staff_and_anonymous_cannot_open_or_close(client, plain_user, poll, action):
    url = f"/dashboard/consultations/{poll.pk}/{action}/"
    assert client.post(url).status_code == 302
    client.force_login(plain_user)
    assert client.post(url).status_code == 403
    poll.refresh_from_db()
    assert poll.status == ConsultationStatus.DRAFT


def test_open_and_close_refuse_get(staff, poll):
    assert staff.get(f"/dashboard/consultations/{poll.pk}/open/").status_code == 405
    poll.refresh_from_db()
    assert poll.status == ConsultationStatus.DRAFT


def test_home_links_to_consultations(staff):
    assert 'href="/dashboard/consultations/"' in _text(staff.get("/dashboard/"))


# ------------------------------------------------------------------ list, open, close


def test_empty_list(staff):
    response = staff.get("/dashboard/consultations/")
    assert response.status_code == 200
    assert "No consultations stored yet." in _text(response)


def test_list_shows_each_version_with_its_buttons(staff, poll):
    response = staff.get("/dashboard/consultations/")
    page = _text(response)
    assert response.status_code == 200
    for shown in ("Test poll", "test-poll@1", "Test Organisation", "Draft", "0 / 0"):
        assert shown in page
    assert f'action="/dashboard/consultations/{poll.pk}/open/"' in page
    assert '<th scope="col">Organisation</th>' in page


def test_open_then_close_use_the_services(staff, poll):
    response = staff.post(f"/dashboard/consultations/{poll.pk}/open/", follow=True)
    assert response.redirect_chain[-1][0] == "/dashboard/consultations/"
    assert "Opened test-poll@1." in _text(response)
    poll.refresh_from_db()
    assert poll.status == ConsultationStatus.OPEN

    response = staff.post(
        f"/dashboard/consultations/{poll.pk}/close/", {"back": "detail"}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/dashboard/consultations/test-poll@1/"
    assert "Closed test-poll@1; its answers will be deleted after" in _text(response)
    poll.refresh_from_db()
    assert poll.status == ConsultationStatus.CLOSED

    # As the command: a closed version cannot be opened again; the reason is shown.
    response = staff.post(f"/dashboard/consultations/{poll.pk}/open/", follow=True)
    assert "Not opened: test-poll@1 was closed; its answers are final" in _text(response)
    poll.refresh_from_db()
    assert poll.status == ConsultationStatus.CLOSED


def test_opening_a_new_version_closes_the_old_one(staff, poll):
    services.open_consultation(poll)
    newer = services.import_definition(definition(title="Changed")).consultation
    response = staff.post(f"/dashboard/consultations/{newer.pk}/open/", follow=True)
    assert "Opened test-poll@2 (test-poll@1 closed" in _text(response)
    poll.refresh_from_db()
    assert poll.status == ConsultationStatus.CLOSED


def test_a_consultation_past_its_close_date_is_not_opened(staff):
    old = services.import_definition(
        definition(id="old-poll", closes="2026-02-01T00:00:00Z")
    ).consultation
    response = staff.post(f"/dashboard/consultations/{old.pk}/open/", follow=True)
    assert "Not opened: old-poll@1 closes 2026-02-01" in _text(response)
    old.refresh_from_db()
    assert old.status == ConsultationStatus.DRAFT


def test_unknown_consultation_is_404(staff):
    assert staff.get("/dashboard/consultations/nope/").status_code == 404
    assert staff.get("/dashboard/consultations/test-poll@9/").status_code == 404
    assert staff.post("/dashboard/consultations/999/open/").status_code == 404


def test_csrf_is_enforced_on_open(staff_user, poll):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(staff_user)
    assert browser.post(f"/dashboard/consultations/{poll.pk}/open/").status_code == 403
    poll.refresh_from_db()
    assert poll.status == ConsultationStatus.DRAFT
    page = _text(browser.get("/dashboard/consultations/"))
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token is not None
    response = browser.post(
        f"/dashboard/consultations/{poll.pk}/open/", {"csrfmiddlewaretoken": token[1]}
    )
    assert response.status_code == 302
    poll.refresh_from_db()
    assert poll.status == ConsultationStatus.OPEN


def test_csrf_is_enforced_on_import(staff_user):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(staff_user)
    response = browser.post("/dashboard/consultations/new/", {"definition": definition_yaml()})
    assert response.status_code == 403
    assert not Consultation.objects.exists()


# ------------------------------------------------------------------ details


def test_detail_shows_the_definition(staff, poll):
    response = staff.get("/dashboard/consultations/test-poll/")
    page = _text(response)
    assert response.status_code == 200
    for shown in ("en, fr, es", "8-12, 13-15, 16-17", "GB, FR, ES", "Favourite colour?"):
        assert shown in page
    for question_type in ("single", "yes_no", "multiple", "scale", "number", "text"):
        assert f"<td>{question_type}</td>" in page
    assert "Red, Blue, Green" in page
    assert "0 to 24" in page
    assert f'action="/dashboard/consultations/{poll.pk}/open/"' in page


def test_detail_of_one_version_and_the_latest(staff, poll):
    services.import_definition(definition(title="Changed"))
    assert "Changed" in _text(staff.get("/dashboard/consultations/test-poll/"))
    page = _text(staff.get("/dashboard/consultations/test-poll@1/"))
    assert "Test poll" in page
    assert 'href="/dashboard/consultations/test-poll@2/"' in page


# ------------------------------------------------------------------ create / import


def test_new_form_is_prefilled_with_an_example(staff):
    response = staff.get("/dashboard/consultations/new/")
    page = _text(response)
    assert response.status_code == 200
    assert "id: online-safety-at-home" in page
    assert '<label for="id_definition">' in page
    assert '<label for="id_file">' in page
    assert 'enctype="multipart/form-data"' in page


def test_the_prefilled_example_imports(staff):
    form = _text(staff.get("/dashboard/consultations/new/"))
    text = html_lib.unescape(re.search(r"<textarea[^>]*>(.*?)</textarea>", form, re.S)[1])
    response = staff.post("/dashboard/consultations/new/", {"definition": text})
    assert response.status_code == 302
    assert response["Location"] == "/dashboard/consultations/online-safety-at-home@1/"
    assert Consultation.objects.get().status == ConsultationStatus.DRAFT


def test_pasted_text_is_imported_and_shown(staff):
    response = staff.post(
        "/dashboard/consultations/new/", {"definition": definition_yaml()}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/dashboard/consultations/test-poll@1/"
    assert "Imported test-poll@1 as a draft" in _text(response)
    stored = Consultation.objects.get()
    assert stored.status == ConsultationStatus.DRAFT
    assert stored.questions.count() == len(definition().questions)


def test_importing_again_is_unchanged_or_a_new_version(staff, poll):
    response = staff.post(
        "/dashboard/consultations/new/", {"definition": definition_yaml()}, follow=True
    )
    assert "Nothing changed: test-poll@1 is already stored (draft)." in _text(response)
    response = staff.post(
        "/dashboard/consultations/new/", {"definition": definition_yaml(title="New")}, follow=True
    )
    assert response.redirect_chain[-1][0] == "/dashboard/consultations/test-poll@2/"
    assert "a new version, because the definition changed since version 1" in _text(response)
    assert Consultation.objects.count() == 2


@pytest.mark.parametrize("name", ["poll.yml", "poll.YAML"])
def test_an_uploaded_yaml_file_is_imported(staff, name):
    upload = SimpleUploadedFile(name, definition_yaml().encode(), "application/yaml")
    response = staff.post("/dashboard/consultations/new/", {"definition": "", "file": upload})
    assert response.status_code == 302
    assert Consultation.objects.get().label == "test-poll@1"


def test_an_uploaded_json_file_is_imported(staff):
    import json

    data = definition().to_dict()
    upload = SimpleUploadedFile("poll.json", json.dumps(data).encode(), "application/json")
    response = staff.post("/dashboard/consultations/new/", {"file": upload})
    assert response.status_code == 302
    assert Consultation.objects.get().slug == "test-poll"


def test_a_file_replaces_the_untouched_example(staff):
    form = _text(staff.get("/dashboard/consultations/new/"))
    example = html_lib.unescape(re.search(r"<textarea[^>]*>(.*?)</textarea>", form, re.S)[1])
    upload = SimpleUploadedFile("poll.yml", definition_yaml().encode())
    response = staff.post("/dashboard/consultations/new/", {"definition": example, "file": upload})
    assert response.status_code == 302
    assert Consultation.objects.get().slug == "test-poll"


def test_a_file_and_edited_text_are_refused_and_the_text_kept(staff):
    upload = SimpleUploadedFile("poll.yml", definition_yaml().encode())
    response = staff.post(
        "/dashboard/consultations/new/", {"definition": "id: my-own-text\n", "file": upload}
    )
    assert response.status_code == 400
    page = _text(response)
    assert "You gave both a file and text in the box." in page
    assert "id: my-own-text" in page
    assert not Consultation.objects.exists()


def test_empty_input_is_refused(staff):
    response = staff.post("/dashboard/consultations/new/", {"definition": "  \n"})
    assert response.status_code == 400
    assert "Paste a definition in the box or choose a file." in _text(response)
    assert not Consultation.objects.exists()


def test_invalid_definition_lists_line_and_field_and_keeps_the_text(staff):
    text = definition_yaml().replace("retention_days: 30", "retention_days: 0")
    text = text.replace("type: scale", "type: stars")
    response = staff.post("/dashboard/consultations/new/", {"definition": text})
    page = _text(response)
    assert response.status_code == 400
    assert "2 problems in the definition" in page
    assert "<code>retention_days</code>" in page
    assert "<code>questions[4].type</code>" in page
    line = text.splitlines().index("retention_days: 0") + 1
    assert f"<td>{line}</td>" in page
    # The text is kept in the box, so nothing is lost.
    assert "type: stars" in page and "retention_days: 0" in page
    assert 'aria-invalid="true"' in page
    assert not Consultation.objects.exists()


def test_malformed_yaml_is_explained(staff):
    response = staff.post("/dashboard/consultations/new/", {"definition": "id: [unclosed\n"})
    assert response.status_code == 400
    page = _text(response)
    assert "not valid YAML" in page
    assert "id: [unclosed" in page


def test_hostile_html_is_shown_escaped(staff):
    hostile = "<script>alert(1)</script>"
    text = definition_yaml(title=hostile).replace("version: 1", "version: [<b>x</b>]")
    response = staff.post("/dashboard/consultations/new/", {"definition": text})
    page = _text(response)
    assert response.status_code == 400
    assert "<script>alert(1)</script>" not in page
    assert "<b>x</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_hostile_html_in_a_stored_title_is_escaped(staff):
    hostile = "<img src=x onerror=alert(1)>"
    services.import_definition(definition(title=hostile))
    for url in ("/dashboard/consultations/", "/dashboard/consultations/test-poll/"):
        page = _text(staff.get(url))
        assert hostile not in page
        assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_huge_text_is_refused_by_the_validator(staff):
    text = definition_yaml() + "#" + "x" * MAX_FILE_BYTES + "\n"
    response = staff.post("/dashboard/consultations/new/", {"definition": text})
    assert response.status_code == 400
    assert "a consultation definition is at most 1,024 kB" in _text(response)
    assert not Consultation.objects.exists()


def test_huge_upload_is_refused(staff):
    upload = SimpleUploadedFile("big.yml", b"#" * (MAX_FILE_BYTES + 1))
    response = staff.post("/dashboard/consultations/new/", {"file": upload})
    assert response.status_code == 400
    assert "The file is larger than 1,024 kB" in _text(response)
    assert not Consultation.objects.exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("poll.txt", b"id: x\n", "Upload a .yml, .yaml or .json file."),
        ("poll.yml", "id: café\n".encode("latin-1"), "The file is not UTF-8 text"),
        ("poll.yml", b"", "empty"),
    ],
)
def test_bad_uploads_are_refused(staff, name, content, message):
    upload = SimpleUploadedFile(name, content)
    response = staff.post("/dashboard/consultations/new/", {"file": upload})
    assert response.status_code == 400
    assert message in _text(response)
    assert not Consultation.objects.exists()


def test_detail_links_to_results_and_moderation_when_those_pages_exist(staff, poll):
    from django.urls import NoReverseMatch, reverse

    page = _text(staff.get("/dashboard/consultations/test-poll/"))
    for name in ("dashboard:results", "dashboard:moderation"):
        try:
            url = reverse(name, args=[poll.pk])
        except NoReverseMatch:
            continue
        assert f'href="{url}"' in page
