"""The demo page in a real browser: a child's conversation, languages, safety, a11y.

One headless-Chromium run (tests/browser/drive.mjs) talks to the real stack and records
what the page showed; the tests below each check one part of that record.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.browser.conftest import WebApp, run_driver
from tests.e2e.stack import ROOT
from web.dashboard.widget_texts import WIDGET_TEXTS_FILE, load_widget_texts

pytestmark = pytest.mark.e2e

DRIVER = Path(__file__).with_name("drive.mjs")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SHARED_SCREENSHOT = Path("/tmp/hearme-demo.png")
HOSTILE = "<img src=x onerror=alert(1)>"
# The menu the bot offers after a greeting (domain/core.yml, utter_greet).
MENU = {"en": ["My rights", "Get help", "Have my say", "Stay safe online", "Language"]}
TEXTS = load_widget_texts(WIDGET_TEXTS_FILE, ["en", "fr", "es"])


@pytest.fixture(scope="module")
def seen(web_app: WebApp, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    screenshot = tmp_path_factory.mktemp("screens") / "hearme-demo.png"
    config = {
        "url": web_app.url,
        "axePath": str(AXE),
        "screenshots": [str(screenshot)],
        "timeoutMs": 60_000,
    }
    results = run_driver(DRIVER, config, web_app)
    # Kept for people: the lead looks at /tmp/hearme-demo.png after a run.
    shutil.copyfile(screenshot, SHARED_SCREENSHOT)
    results["screenshot"] = screenshot
    return results


def bot_texts(replies: list[dict[str, Any]]) -> list[str]:
    return [r["text"] for r in replies if r["kind"] == "msg msg--bot"]


def buttons(replies: list[dict[str, Any]]) -> list[str]:
    return [title for r in replies if r["kind"] == "choices" for title in r["buttons"]]


def test_the_page_starts_in_the_browsers_language_with_the_script_running(seen):
    loaded = seen["steps"]["loaded"]
    assert loaded["messages"] == []
    assert loaded["chrome"]["selected"] == "en"
    assert loaded["chrome"]["send"] == TEXTS["en"]["send"]
    spanish = seen["steps"]["spanishBrowser"]["chrome"]
    assert spanish["selected"] == "es"
    assert spanish["chatLang"] == "es"
    assert spanish["send"] == TEXTS["es"]["send"]
    assert spanish["title"] == TEXTS["es"]["chat_title"]
    assert spanish["placeholder"] == TEXTS["es"]["placeholder"]


def test_hello_gets_hearmes_greeting_and_the_menu(seen):
    replies = seen["steps"]["hello"]["replies"]
    child, *answers = replies
    assert child == {
        "kind": "msg msg--child",
        "text": "hello",
        "label": f"{TEXTS['en']['child_label']}: ",
        "groupLabel": None,
        "buttons": [],
    }
    texts = bot_texts(answers)
    assert texts and "HearMe" in texts[0], replies
    assert buttons(answers) == MENU["en"], replies
    choices = next(r for r in answers if r["kind"] == "choices")
    assert choices["groupLabel"] == TEXTS["en"]["choices_label"]
    assert all(
        r["label"] == f"{TEXTS['en']['bot_label']}: " for r in answers if "msg--bot" in r["kind"]
    )


def test_the_get_help_button_gives_the_helpline(seen):
    child, *answers = seen["steps"]["getHelp"]["replies"]
    assert (child["kind"], child["text"]) == ("msg msg--child", "Get help")
    assert any("116 111" in text for text in bot_texts(answers)), answers


def test_switching_to_french_changes_the_chat_and_the_replies(seen):
    chrome = seen["steps"]["french"]["chrome"]
    french = TEXTS["fr"]
    assert chrome["selected"] == "fr"
    assert chrome["chatLang"] == "fr"
    assert french["send"] != TEXTS["en"]["send"]
    assert chrome["send"] == french["send"]
    assert chrome["title"] == french["chat_title"]
    assert chrome["languageLabel"] == french["language_label"]
    assert chrome["inputLabel"] == french["input_label"]
    assert chrome["placeholder"] == french["placeholder"]
    assert chrome["conversationLabel"] == french["conversation_label"]
    assert chrome["privacyNote"] == french["privacy_note"]
    child, *answers = seen["steps"]["french"]["replies"]
    assert child["label"] == f"{french['child_label']}: "
    texts = bot_texts(answers)
    assert texts and texts[0].startswith("Salut"), answers


def test_hostile_input_is_shown_as_text_and_never_runs(seen):
    hostile = seen["steps"]["hostile"]
    child = hostile["replies"][0]
    assert (child["kind"], child["text"]) == ("msg msg--child", HOSTILE)
    assert hostile["imagesInMessages"] == 0
    assert seen["dialogs"] == []


def test_no_script_errors_and_nothing_blocked_by_the_content_security_policy(seen):
    assert seen["pageErrors"] == []
    assert seen["consoleErrors"] == []
    assert seen["cspViolations"] == []


def test_axe_finds_no_serious_or_critical_accessibility_problems(seen):
    axe = seen["axe"]
    assert axe["version"], "axe-core ran"
    bad = [v for v in axe["violations"] if v["impact"] in ("serious", "critical")]
    assert not bad, json.dumps(bad, indent=2)


def test_a_screenshot_was_saved(seen):
    for path in (seen["screenshot"], SHARED_SCREENSHOT):
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
