"""The moderator dashboard's consultation pages in a real browser: a11y and escaping.

One headless-Chromium run (tests/browser/drive_dashboard.mjs) signs in through the real
login form as a staff user, imports a consultation whose English title is hostile HTML by
pasting its definition, opens it, and visits the list, detail, moderation and results
pages; the tests below each check one part of what it recorded.
"""

from __future__ import annotations

import json
import os
import secrets
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import WebApp, run_driver
from tests.e2e.stack import ROOT

pytestmark = pytest.mark.e2e

DRIVER = Path(__file__).with_name("drive_dashboard.mjs")
SEED = Path(__file__).with_name("seed_answers.py")
RECORD = Path("/tmp/hearme-dashboard-browser.json")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
EXAMPLE = ROOT / "consultations" / "examples" / "online-safety-at-home.yml"
HOSTILE = "<img src=x onerror=alert(1)>"
SLUG = "browser-dashboard-check"
TITLE = f"{HOSTILE} Online safety at home"
# Every page the driver records, in the order it visits them.
PAGES = (
    "login",
    "new",
    "imported",
    "opened",
    "list",
    "detail",
    "moderation",
    "moderated",
    "results",
)
# The pages that name the consultation, so must show its title as text.
TITLED = ("imported", "opened", "list", "detail", "moderation", "moderated", "results")


def hostile_definition() -> str:
    """The example definition under another id, with hostile HTML in its English title."""
    text = EXAMPLE.read_text(encoding="utf-8")
    changed = text.replace("id: online-safety-at-home", f"id: {SLUG}", 1).replace(
        "  en: Online safety at home", f'  en: "{TITLE}"', 1
    )
    assert SLUG in changed and HOSTILE in changed, "the example definition changed shape"
    return changed


def database_env(web_app: WebApp) -> dict[str, str]:
    """The database the fixture's web app uses (conftest: DATABASE_URL in its workdir)."""
    return {
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": f"sqlite:///{web_app.log.parent / 'app.sqlite3'}",
    }


def create_staff_user(web_app: WebApp) -> tuple[str, str]:
    """A superuser in the web app's database, made by the app's own command."""
    username = "browser-staff"
    password = secrets.token_urlsafe(18)
    env = {
        **os.environ,
        **database_env(web_app),
        "HEARME_ADMIN_USER": username,
        "HEARME_ADMIN_PASSWORD": password,
    }
    done = subprocess.run(
        [str(ROOT / ".venv/bin/python"), "web/manage.py", "ensure_superuser"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, f"ensure_superuser failed:\n{done.stdout}{done.stderr}"
    return username, password


@pytest.fixture(scope="module")
def seen(web_app: WebApp) -> dict[str, Any]:
    username, password = create_staff_user(web_app)
    config = {
        "url": web_app.url,
        "username": username,
        "password": password,
        "definition": hostile_definition(),
        "hostile": HOSTILE,
        "axePath": str(AXE),
        "timeoutMs": 60_000,
        "seed": {
            "argv": [
                str(ROOT / ".venv/bin/python"),
                "web/manage.py",
                "shell",
                "-c",
                f"import runpy; runpy.run_path({str(SEED)!r})",
            ],
            "env": {**database_env(web_app), "SEED_SLUG": SLUG, "SEED_HOSTILE": HOSTILE},
        },
    }
    results = run_driver(DRIVER, config, web_app)
    # Kept for people: what every page showed, axe's minor findings included.
    RECORD.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return results


def test_staff_sign_in_through_the_login_form(seen):
    assert seen["pages"]["login"]["status"] == 200
    assert seen["afterLogin"].startswith("/dashboard/")


def test_every_page_loads(seen):
    assert set(seen["pages"]) == set(PAGES)
    statuses = {name: page["status"] for name, page in seen["pages"].items()}
    assert all(status == 200 for status in statuses.values()), statuses


def test_the_pasted_definition_is_imported_and_opened(seen):
    assert seen["pages"]["imported"]["url"] == f"/dashboard/consultations/{SLUG}@1/"
    assert seen["pages"]["opened"]["url"] == seen["pages"]["imported"]["url"]
    assert seen["pages"]["moderation"]["url"].endswith("/moderation/")
    assert seen["pages"]["results"]["url"].endswith("/results/")


@pytest.mark.parametrize("name", TITLED)
def test_the_hostile_title_is_shown_as_text(seen, name):
    page = seen["pages"][name]
    assert page["hostileShown"] >= 1, page
    assert page["images"] == 0, page


def test_a_hostile_answer_in_the_moderation_queue_is_shown_as_text(seen):
    # The title once and the child's free-text answer once more.
    page = seen["pages"]["moderation"]
    assert page["hostileShown"] >= 2, page
    assert page["images"] == 0, page


def test_a_moderators_decision_is_confirmed_in_a_status_message(seen):
    page = seen["pages"]["moderated"]
    assert page["url"] == seen["pages"]["moderation"]["url"]
    assert any(text for text in page["statusText"]), page


def test_no_dialog_script_error_or_blocked_content(seen):
    assert seen["dialogs"] == []
    assert seen["pageErrors"] == []
    assert seen["consoleErrors"] == []
    csp = {name: page["csp"] for name, page in seen["pages"].items() if page["csp"]}
    assert not csp, csp


@pytest.mark.parametrize("name", PAGES)
def test_axe_finds_no_serious_or_critical_accessibility_problems(seen, name):
    axe = seen["pages"][name]["axe"]
    assert axe["version"], "axe-core ran"
    bad = [v for v in axe["violations"] if v["impact"] in ("serious", "critical")]
    assert not bad, json.dumps(bad, indent=2)
