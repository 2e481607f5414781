"""Safeguarding alerts: the store the action server calls, and the dashboard review."""

from __future__ import annotations

import asyncio
import logging
import re

import pytest
from django.test import Client

from bot.privacy import pseudonym
from bot.settings import get_settings
from web.safeguarding import store
from web.safeguarding.models import SafeguardingAlert

SECRET = "test-pseudonym-secret-0123456789abcdef"
SENDER = "child-4f2a9c01"


@pytest.fixture(autouse=True)
def alert_settings(monkeypatch):
    monkeypatch.setenv("HEARME_PSEUDONYM_SECRET", SECRET)
    monkeypatch.delenv("HEARME_ALERT_CATEGORIES", raising=False)
    monkeypatch.delenv("HEARME_ENV", raising=False)
    get_settings.cache_clear()
    yield monkeypatch
    get_settings.cache_clear()


@pytest.fixture(scope="module", autouse=True)
def warm_redaction():
    """Builds the spaCy pipelines once, so a write is timed without that one-off cost."""
    from bot.redaction import pipeline

    for language in ("en", "fr", "es"):
        pipeline(language)


def record(**overrides):
    fields = {
        "channel": "rest",
        "sender_id": SENDER,
        "category": "sexual_abuse",
        "severity": "high",
        "source": "lexicon",
        "language": "en",
        "country": "GB",
        "text": "my uncle touches me at night, call me on 07700 900123 or lily@example.org",
    }
    fields.update(overrides)
    return store.record_alert(**fields)


def make_alert(**overrides):
    fields = {
        "participant": "a" * 64,
        "channel": "rest",
        "category": "suicide_self_harm",
        "severity": "critical",
        "source": "lexicon",
        "language": "fr",
        "country": "FR",
        "excerpt": "je veux mourir",
    }
    fields.update(overrides)
    return SafeguardingAlert.objects.create(**fields)


def csrf_token(html: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert match, "no CSRF token in the page"
    return match.group(1)


# --- record_alert ------------------------------------------------------------------
# record_alert writes from a worker thread, so these tests need real commits
# (transactional_db), not a test wrapped in a transaction the worker can't see.


@pytest.mark.django_db(transaction=True)
def test_record_alert_stores_a_pseudonymous_redacted_row():
    assert record() is True
    alert = SafeguardingAlert.objects.get()
    assert alert.participant == pseudonym("rest", SENDER, SECRET.encode())
    assert alert.participant != SENDER
    assert (alert.category, alert.severity, alert.source) == ("sexual_abuse", "high", "lexicon")
    assert (alert.language, alert.country, alert.channel) == ("en", "GB", "rest")
    assert alert.excerpt == "my uncle touches me at night, call me on [phone] or [email]"
    assert alert.status == "new"
    assert alert.reviewed_by is None
    assert alert.reviewed_at is None
    assert alert.created_at is not None


@pytest.mark.django_db(transaction=True)
def test_without_waiting_the_row_is_written_in_the_background_and_logged(caplog):
    with caplog.at_level(logging.INFO, logger="web.safeguarding.store"):
        assert record(wait=False, text="my name is Lily Smith, my uncle hurts me") is True
        store._worker().submit(lambda: None).result(timeout=30)  # the queue is in order
    alert = SafeguardingAlert.objects.get()
    assert alert.excerpt == "my name is [name], my uncle hurts me"
    assert any(r.getMessage().startswith("safeguarding_alert id=") for r in caplog.records)


@pytest.mark.django_db(transaction=True)
def test_no_column_holds_the_raw_sender_id_or_contact_details():
    record()
    row = SafeguardingAlert.objects.values().get()
    flat = " ".join(str(v) for v in row.values())
    for secret_bit in (SENDER, "4f2a9c01", "07700", "900123", "lily@example.org"):
        assert secret_bit not in flat


@pytest.mark.django_db(transaction=True)
def test_record_alert_works_inside_a_running_event_loop():
    # rasa-sdk calls the action's sync run() on sanic's event loop; a direct ORM call
    # there raises SynchronousOnlyOperation.
    async def from_the_action_server() -> bool:
        return record()

    assert asyncio.run(from_the_action_server()) is True
    assert SafeguardingAlert.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_same_child_gets_the_same_pseudonym_and_another_child_another():
    record()
    record(category="immediate_danger", severity="critical")
    record(sender_id="child-other")
    participants = list(
        SafeguardingAlert.objects.order_by("id").values_list("participant", flat=True)
    )
    assert participants[0] == participants[1] != participants[2]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("category", ["bullying", "child_labour"])
def test_medium_categories_raise_no_alert_by_default(category):
    assert record(category=category, severity="medium") is False
    assert SafeguardingAlert.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_the_deployment_setting_decides_which_categories_alert(alert_settings):
    alert_settings.setenv("HEARME_ALERT_CATEGORIES", "bullying")
    get_settings.cache_clear()
    assert record(category="bullying", severity="medium") is True
    assert record(category="sexual_abuse") is False
    assert list(SafeguardingAlert.objects.values_list("category", flat=True)) == ["bullying"]


def test_none_disables_alerts_without_touching_the_database(alert_settings):
    # No django_db mark: any database access here would fail the test.
    alert_settings.setenv("HEARME_ALERT_CATEGORIES", "none")
    get_settings.cache_clear()
    assert record(category="immediate_danger", severity="critical") is False


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(("country", "stored"), [(None, ""), ("gb", "GB"), ("international", "")])
def test_country_is_a_two_letter_code_or_blank(country, stored):
    record(country=country)
    assert SafeguardingAlert.objects.get().country == stored


@pytest.mark.django_db(transaction=True)
def test_long_text_is_stored_as_a_short_excerpt():
    record(text="help " * 200)
    excerpt = SafeguardingAlert.objects.get().excerpt
    assert len(excerpt) <= 200
    assert excerpt.endswith("…")


@pytest.mark.django_db(transaction=True)
def test_every_detector_triage_names_is_a_source_the_store_accepts():
    # bot.safety.combine flags with source "lexicon", "classifier" (the dedicated safety
    # classifier) or "learned" (DIET); an alert must never fail on the name.
    for source in ("lexicon", "classifier", "learned"):
        assert record(source=source) is True
    assert sorted(SafeguardingAlert.objects.values_list("source", flat=True)) == [
        "classifier",
        "learned",
        "lexicon",
    ]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("category", "sadness"),
        ("severity", "low"),
        ("source", "guess"),
        ("language", "de"),
    ],
)
def test_record_alert_rejects_values_hearme_does_not_use(field, value):
    with pytest.raises(ValueError, match=repr(value)):
        record(**{field: value})


# --- dashboard ---------------------------------------------------------------------


@pytest.mark.django_db
def test_dashboard_lists_alerts_newest_first_with_the_new_count(client, staff_user):
    make_alert(excerpt="first alert text", status="closed")
    make_alert(excerpt="second alert text")
    make_alert(excerpt="third alert text", category="csam_seen", severity="high", country="")
    client.force_login(staff_user)
    html = client.get("/dashboard/").content.decode()
    assert html.index("third alert text") < html.index("second alert text")
    assert html.index("second alert text") < html.index("first alert text")
    assert "<strong>2</strong> new alerts to review" in html
    for shown in ("Saw abuse material (CSAM)", "Suicide / self-harm", "Critical", "FR", "Closed"):
        assert shown in html
    assert "No safeguarding alerts yet" not in html


@pytest.mark.django_db
def test_dashboard_shows_only_the_latest_50(client, staff_user):
    for i in range(55):
        make_alert(excerpt=f"alert number {i:02d}.")
    client.force_login(staff_user)
    html = client.get("/dashboard/").content.decode()
    assert "alert number 54." in html
    assert "alert number 05." in html
    assert "alert number 04." not in html
    assert "<strong>55</strong> new alerts" in html


@pytest.mark.django_db
def test_dashboard_escapes_the_excerpt(client, staff_user):
    alert = make_alert(excerpt='<script>alert("x")</script><img src=x onerror=alert(1)>')
    client.force_login(staff_user)
    for url in ("/dashboard/", f"/dashboard/alerts/{alert.pk}/"):
        html = client.get(url).content.decode()
        assert "<script>alert" not in html
        assert "<img src=x" not in html
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


@pytest.mark.django_db
def test_non_staff_cannot_see_alerts(client, plain_user):
    alert = make_alert()
    client.force_login(plain_user)
    assert client.get("/dashboard/").status_code == 403
    assert client.get(f"/dashboard/alerts/{alert.pk}/").status_code == 403
    response = client.post(f"/dashboard/alerts/{alert.pk}/", {"status": "closed"})
    assert response.status_code == 403
    alert.refresh_from_db()
    assert alert.status == "new"


@pytest.mark.django_db
def test_anonymous_visitor_is_sent_to_sign_in(client):
    alert = make_alert()
    response = client.get(f"/dashboard/alerts/{alert.pk}/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
def test_unknown_alert_is_404(client, staff_user):
    client.force_login(staff_user)
    assert client.get("/dashboard/alerts/999999/").status_code == 404


@pytest.mark.django_db
def test_alert_page_shows_the_details_and_links_from_the_list(client, staff_user):
    alert = make_alert()
    client.force_login(staff_user)
    assert f'href="/dashboard/alerts/{alert.pk}/"' in client.get("/dashboard/").content.decode()
    html = client.get(f"/dashboard/alerts/{alert.pk}/").content.decode()
    assert "je veux mourir" in html
    assert "French" in html
    assert "a" * 64 not in html  # only a short prefix of the pseudonym is shown


@pytest.mark.django_db
def test_staff_update_status_and_notes_with_csrf(staff_user):
    alert = make_alert()
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(staff_user)
    url = f"/dashboard/alerts/{alert.pk}/"

    refused = browser.post(url, {"status": "in_review", "staff_notes": "no token"})
    assert refused.status_code == 403
    alert.refresh_from_db()
    assert (alert.status, alert.staff_notes, alert.reviewed_by) == ("new", "", None)

    token = csrf_token(browser.get(url).content.decode())
    response = browser.post(
        url,
        {"status": "in_review", "staff_notes": "Checked the reply.", "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 302
    assert response["Location"] == url
    alert.refresh_from_db()
    assert alert.status == "in_review"
    assert alert.staff_notes == "Checked the reply."
    assert alert.reviewed_by == staff_user
    assert alert.reviewed_at is not None
    page = browser.get(url).content.decode()
    assert "Alert updated." in page
    assert "Last updated by <strong>moderator</strong>" in page
    # The child-derived fields can't be changed through the form.
    assert alert.excerpt == "je veux mourir"


@pytest.mark.django_db
def test_status_must_be_one_of_the_choices(client, staff_user):
    alert = make_alert()
    client.force_login(staff_user)
    response = client.post(f"/dashboard/alerts/{alert.pk}/", {"status": "deleted"})
    assert response.status_code == 200
    assert "field-error" in response.content.decode()
    alert.refresh_from_db()
    assert alert.status == "new"
    assert alert.reviewed_by is None


@pytest.mark.django_db
def test_posted_child_fields_are_ignored(client, staff_user):
    alert = make_alert()
    client.force_login(staff_user)
    client.post(
        f"/dashboard/alerts/{alert.pk}/",
        {"status": "closed", "excerpt": "changed", "category": "bullying", "participant": "x"},
    )
    alert.refresh_from_db()
    assert alert.status == "closed"
    assert (alert.excerpt, alert.category, alert.participant) == (
        "je veux mourir",
        "suicide_self_harm",
        "a" * 64,
    )


@pytest.mark.django_db
def test_admin_lists_alerts_but_cannot_add_or_edit_child_fields(client, django_user_model):
    admin_user = django_user_model.objects.create_superuser("boss", password="irrelevant-pw-123")
    alert = make_alert()
    client.force_login(admin_user)
    assert client.get("/admin/safeguarding/safeguardingalert/").status_code == 200
    assert client.get("/admin/safeguarding/safeguardingalert/add/").status_code == 403
    html = client.get(f"/admin/safeguarding/safeguardingalert/{alert.pk}/change/").content.decode()
    assert 'name="status"' in html
    assert 'name="excerpt"' not in html
    assert 'name="participant"' not in html
