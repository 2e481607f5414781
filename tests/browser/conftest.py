"""The whole HearMe stack for browser tests: Rasa + actions + the Django app (gunicorn).

Chromium comes from Debian and playwright-core/axe-core from npm; `make setup`
(scripts/setup_browser.sh) installs both. Without them the tests fail, not skip: a
skipped browser test would look like a passing one.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests

from scripts.model import ensure_model
from tests.e2e.stack import ROOT, free_port, start_stack

CHROMIUM = Path("/usr/bin/chromium")
NODE_PACKAGES = ("playwright-core", "axe-core")


@dataclass(frozen=True)
class WebApp:
    url: str
    log: Path


def missing_browser_tools() -> list[str]:
    missing = []
    if not CHROMIUM.exists():
        missing.append(f"Chromium ({CHROMIUM})")
    if shutil.which("node") is None:
        missing.append("Node.js (node)")
    missing += [
        f"node_modules/{name}"
        for name in NODE_PACKAGES
        if not (ROOT / "node_modules" / name).is_dir()
    ]
    return missing


@pytest.fixture(scope="session")
def browser_tools() -> None:
    missing = missing_browser_tools()
    if missing:
        pytest.fail(
            f"the browser tests need {', '.join(missing)}; run `make setup` to install them",
            pytrace=False,
        )


@pytest.fixture(scope="session")
def web_app(browser_tools: None, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebApp]:
    workdir = tmp_path_factory.mktemp("browser-stack")
    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    stack = start_stack(ensure_model(), workdir, cors=[origin])
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "RASA_PUBLIC_URL": stack.rasa_url,
        "DATABASE_URL": f"sqlite:///{workdir / 'app.sqlite3'}",
        "DJANGO_DEBUG": "1",
    }
    log = workdir / "web.log"
    server: subprocess.Popen[bytes] | None = None
    try:
        migrate = subprocess.run(
            [str(ROOT / ".venv/bin/python"), "web/manage.py", "migrate", "--noinput"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        if migrate.returncode != 0:
            raise RuntimeError(f"migrate failed:\n{migrate.stdout}{migrate.stderr}")
        with log.open("wb") as out:
            server = subprocess.Popen(
                [
                    str(ROOT / ".venv/bin/gunicorn"),
                    "web.hearme_web.wsgi",
                    "--bind",
                    f"127.0.0.1:{port}",
                    "--workers",
                    "1",
                    "--access-logfile",
                    "-",
                ],
                cwd=ROOT,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 30
        while True:
            if server.poll() is not None:
                raise RuntimeError(f"gunicorn exited:\n{log.read_text(errors='replace')}")
            try:
                if requests.get(f"{origin}/healthz", timeout=2).ok:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"gunicorn did not start:\n{log.read_text(errors='replace')}")
            time.sleep(0.2)
        yield WebApp(url=f"{origin}/", log=log)
    finally:
        if server is not None and server.poll() is None:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
        stack.stop()


def run_driver(driver: Path, config: dict[str, Any], web_app: WebApp) -> dict[str, Any]:
    """Runs a Node.js browser driver (drive*.mjs) with ``config`` and returns the JSON it
    printed; fails the test with the driver's and the web app's output otherwise."""
    node = shutil.which("node")
    assert node, "Node.js is needed; run `make setup`"
    done = subprocess.run(
        [node, str(driver), json.dumps(config)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    try:
        results: dict[str, Any] = json.loads(done.stdout)
    except json.JSONDecodeError:
        results = {"fatal": f"no JSON from the driver:\n{done.stdout[-3000:]}"}
    if done.returncode != 0 or "fatal" in results:
        pytest.fail(
            f"the browser run failed: {results.get('fatal')}\n{done.stderr[-3000:]}\n"
            f"--- web log\n{web_app.log.read_text(errors='replace')[-3000:]}",
            pytrace=False,
        )
    return results
