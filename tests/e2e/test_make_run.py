"""`make run` starts every process, prints the URLs, and one Ctrl-C stops them all."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time

import pytest
import requests

from scripts.model import ensure_model
from tests.conftest import ROOT
from tests.e2e.stack import free_port

pytestmark = pytest.mark.e2e


def listening(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_make_run_serves_the_bot_and_web_app_and_stops_on_ctrl_c(tmp_path):
    ensure_model()  # shared with the other end-to-end tests; make run reuses it
    rasa, actions, web = free_port(), free_port(), free_port()
    env = {
        **os.environ,
        "RASA_PORT": str(rasa),
        "ACTIONS_PORT": str(actions),
        "WEB_PORT": str(web),
        "RASA_AUTH_TOKEN": "test-token",
        "HEARME_TRACKER_DB": str(tmp_path / "tracker.sqlite3"),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'app.sqlite3'}",
    }
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
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            assert process.poll() is None, log.read_text()[-4000:]
            try:
                status = requests.get(
                    f"http://127.0.0.1:{rasa}/status", params={"token": "test-token"}, timeout=2
                )
                page = requests.get(f"http://127.0.0.1:{web}/", timeout=2)
                if status.ok and page.ok and listening(actions):
                    break
            except requests.RequestException:
                pass
            time.sleep(1)
        else:
            pytest.fail("make run did not come up:\n" + log.read_text()[-4000:])

        output = log.read_text()
        assert f"http://localhost:{web}/" in output
        assert f"http://localhost:{rasa}/webhooks/rest/webhook" in output
        assert f"http://localhost:{rasa}" in page.text  # the demo page talks to this Rasa
        replies = requests.post(
            f"http://127.0.0.1:{rasa}/webhooks/rest/webhook",
            timeout=60,
            json={"sender": "run-test", "message": "hola", "metadata": {"language": "es"}},
        ).json()
        assert replies[0]["text"].startswith("Hola, soy HearMe")
        # The action server is on loopback only, never on other interfaces.
        assert f"127.0.0.1:{actions}" in output
    finally:
        os.killpg(process.pid, signal.SIGINT)  # what Ctrl-C in the terminal sends
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            raise
    time.sleep(1)
    assert not any(listening(p) for p in (rasa, actions, web)), log.read_text()[-3000:]
