"""The public demo page: chat form, configured Rasa URL, no inline scripts, safe headers."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

from web.dashboard.widget_texts import widget_texts

SCRIPT_TAG = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)


@pytest.fixture
def page(client):
    response = client.get("/")
    assert response.status_code == 200
    return response


def test_demo_page_explains_hearme_and_has_the_chat_form(page):
    html = page.content.decode()
    assert '<html lang="en">' in html
    assert "<h1>HearMe</h1>" in html
    assert "rights" in html and "danger" in html and "have your say" in html
    assert 'id="chat-form"' in html
    assert re.search(r'<ol id="chat-messages"[^>]*aria-live="polite"', html)
    assert re.search(r'<label for="chat-input"[^>]*>', html)
    assert re.search(r'<input id="chat-input"[^>]*maxlength="1000"', html)
    for code in ("en", "fr", "es"):
        assert f'<option value="{code}"' in html
    # The chat's own words are rendered in the page language, from widget_texts.yml.
    english = widget_texts()["en"]
    assert f'data-text="send" disabled>{english["send"]}</button>' in html
    assert f'placeholder="{english["placeholder"]}"' in html


def test_demo_page_gives_the_script_the_chat_texts_in_every_language(page):
    html = page.content.decode()
    blob = re.search(r'<script id="chat-texts" type="application/json">(.*?)</script>', html, re.S)
    assert blob, "the chat texts are in a JSON script element"
    texts = json.loads(blob.group(1))
    assert texts == widget_texts()
    assert sorted(texts) == sorted(code for code, _ in settings.LANGUAGES)
    # Every key the template marks for switching exists in the texts.
    keys = set(re.findall(r'data-text(?:-placeholder|-aria-label)?="([a-z_]+)"', html))
    assert keys and keys <= set(texts["fr"])
    # Without JavaScript the note about it is given in every language.
    noscript = re.search(r"<noscript>(.*?)</noscript>", html, re.S).group(1)
    for code, by_key in texts.items():
        assert f'<p class="chat__note" lang="{code}">' in noscript
        assert by_key["noscript"].replace("'", "&#x27;") in noscript


def test_demo_page_posts_to_the_configured_rasa_url(page):
    expected = f"{settings.RASA_PUBLIC_URL}/webhooks/rest/webhook"
    assert f'data-webhook-url="{expected}"' in page.content.decode()


def test_demo_page_follows_a_custom_rasa_url(client, settings):
    settings.RASA_PUBLIC_URL = "https://chat.example.org"
    html = client.get("/").content.decode()
    assert 'data-webhook-url="https://chat.example.org/webhooks/rest/webhook"' in html


def test_demo_page_has_no_inline_scripts_or_handlers(page):
    html = page.content.decode()
    scripts = SCRIPT_TAG.findall(html)
    assert scripts, "the chat script should be included"
    for attributes, body in scripts:
        if 'type="application/json"' in attributes:
            continue  # data for the script (json_script): browsers never run it
        src = re.search(r'src="([^"]+)"', attributes)
        assert src, "every script is an external file"
        assert src.group(1).startswith("/static/"), "scripts come from our own origin only"
        assert body.strip() == ""
    assert not re.search(r"\son[a-z]+\s*=", html), "no inline event handlers"
    assert "style=" not in html


def test_demo_page_security_headers(page):
    csp = page["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert f"connect-src 'self' {settings.HEARME.rasa_origin}" in csp
    assert page["X-Frame-Options"] == "DENY"
    assert page["X-Content-Type-Options"] == "nosniff"
    assert page["Referrer-Policy"] == "same-origin"
    assert "geolocation=()" in page["Permissions-Policy"]


def test_chat_script_is_served_and_renders_text_safely(client):
    served = client.get("/static/dashboard/demo-chat.js")
    assert served.status_code == 200
    assert "javascript" in served["Content-Type"]
    path = finders.find("dashboard/demo-chat.js")
    assert path, "demo-chat.js must be a static file"
    source = Path(path).read_text(encoding="utf-8")
    assert not re.search(r"\.(inner|outer)HTML\b|insertAdjacentHTML|document\.write", source)
    assert not re.search(r"\beval\(|new Function\(", source)
    assert "textContent" in source
    assert "sessionStorage" in source
    assert "/webhooks/rest/webhook" not in source, "the URL comes from the page, not the script"
    assert '"Content-Type": "application/json"' in source
    assert "var metadata = { language: languageSelect.value };" in source
    # ?consult=<id> is passed once, on the first message, as a consult_<id> deep link.
    assert "metadata.deep_link = deepLink;" in source
    assert '"consult_" + id' in source


def test_demo_page_only_answers_get(client):
    assert client.post("/", {"message": "hello"}).status_code in (403, 405)
