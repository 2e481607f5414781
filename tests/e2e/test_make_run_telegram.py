"""`make run` with TELEGRAM_BOT_TOKEN set also runs the Telegram connector, which
answers a child through the real Rasa; one Ctrl-C stops it with everything else.

The connector talks to the local fake Bot API (TELEGRAM_API_BASE_URL), run here in a
background thread with its own event loop.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator

import pytest

from scripts.model import ensure_model
from tests.conftest import ROOT
from tests.e2e.stack import free_port
from tests.telegram import fake_api as tg
from tests.telegram.harness import ThreadedFakeAPI

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(600)]


@pytest.fixture
def fake_api() -> Iterator[ThreadedFakeAPI]:
    fake = ThreadedFakeAPI()
    yield fake
    fake.stop()


def test_make_run_starts_the_telegram_connector_and_stops_it_on_ctrl_c(tmp_path, fake_api):
    ensure_model()
    rasa, actions, web = free_port(), free_port(), free_port()
    api = fake_api.api
    env = {
        **os.environ,
        "RASA_PORT": str(rasa),
        "ACTIONS_PORT": str(actions),
        "WEB_PORT": str(web),
        "RASA_AUTH_TOKEN": "test-token",
        "HEARME_TRACKER_DB": str(tmp_path / "tracker.sqlite3"),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'app.sqlite3'}",
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_API_BASE_URL": api.base_url,
    }
    env.pop("TELEGRAM_WEBHOOK_URL", None)
    log = tmp_path / "make-run.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            ["make", "run"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 400
        while not api.calls_to("getUpdates"):
            assert process.poll() is None, log.read_text()[-4000:]
            assert time.monotonic() < deadline, log.read_text()[-4000:]
            time.sleep(1)
        assert len(api.calls_to("setMyCommands")) == 4
        assert "Telegram bot         polling" in log.read_text()

        fake_api.run(api.push(tg.text(8_000_001, "hola", "es")))
        fake_api.run(api.wait_for_messages(8_000_001, 1, timeout=120), timeout=130)
        assert api.texts_to(8_000_001)[0].startswith("Hola, soy HearMe")
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            raise
    # The connector stopped with the rest: no more polling.
    time.sleep(2)
    polls = len(api.calls_to("getUpdates"))
    time.sleep(6)
    assert len(api.calls_to("getUpdates")) == polls, log.read_text()[-3000:]


def test_make_run_refuses_a_bad_telegram_setting_before_starting_anything(tmp_path):
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": "not-a-token",
        "HEARME_TRACKER_DB": str(tmp_path / "tracker.sqlite3"),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'app.sqlite3'}",
    }
    result = subprocess.run(
        ["make", "run"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode != 0
    assert "run: TELEGRAM_BOT_TOKEN does not look like a token" in result.stderr
