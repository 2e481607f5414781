"""Starts the real Rasa server and action server on free loopback ports (tests, bench).

The action server writes safeguarding alerts to a fresh, migrated SQLite application
database in the work directory (``Stack.db_path``), never to the developer's own.
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Stack:
    """A running Rasa server + action server; ``send`` talks over the REST channel."""

    rasa_url: str
    token: str
    db_path: Path
    pseudonym_secret: str
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    logs: list[Path] = field(default_factory=list)
    session: requests.Session = field(default_factory=requests.Session)

    def send(
        self, sender: str, message: Any, metadata: dict[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        body: dict[str, Any] = {"sender": sender, "message": message}
        if metadata is not None:
            body["metadata"] = metadata
        response = self.session.post(
            f"{self.rasa_url}/webhooks/rest/webhook", json=body, timeout=60
        )
        response.raise_for_status()
        return list(response.json())

    def tracker(self, sender: str) -> dict[str, Any]:
        response = self.session.get(
            f"{self.rasa_url}/conversations/{sender}/tracker",
            params={"token": self.token},
            timeout=30,
        )
        response.raise_for_status()
        return dict(response.json())

    def log_tail(self, chars: int = 4000) -> str:
        return "\n".join(
            f"--- {p.name}\n{p.read_text(errors='replace')[-chars:]}"
            for p in self.logs
            if p.exists()
        )

    def rasa_pid(self) -> int:
        return self.processes[-1].pid

    def stop(self) -> None:
        for p in reversed(self.processes):
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for p in self.processes:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()


def build_rights_index(timeout: float = 600.0) -> None:
    """Builds the rights index's on-disk cache if it is missing (about 80 s on a fresh
    machine or after a knowledge change), as ``make run`` does before starting. The
    action server would otherwise build it in the background while the first rights
    question of a test or an evaluation waits past its request timeout."""
    build = subprocess.run(
        [
            sys.executable,
            "-c",
            "from bot.rights import index, index_cache_path\n"
            "if not index_cache_path().is_file():\n"
            "    index()\n",
        ],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if build.returncode != 0:
        raise RuntimeError(f"building the rights index failed:\n{build.stderr[-4000:]}")


def start_stack(
    model: Path, workdir: Path, startup_timeout: float = 240.0, cors: list[str] | None = None
) -> Stack:
    """Starts both servers, waits until the model is loaded, and returns the stack.

    ``cors`` lists the browser origins (e.g. the web app's) allowed to call Rasa.
    """
    build_rights_index()
    actions_port, rasa_port = free_port(), free_port()
    token = secrets.token_hex(16)  # never starts with "-", which rasa would read as an option
    db_path = workdir / "app.sqlite3"
    pseudonym_secret = secrets.token_hex(32)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "RASA_TELEMETRY_ENABLED": "false",
        "SANIC_HOST": "127.0.0.1",
        "HEARME_ACTION_URL": f"http://127.0.0.1:{actions_port}/webhook",
        "HEARME_TRACKER_DB": str(workdir / "tracker.sqlite3"),
        "DATABASE_URL": f"sqlite:///{db_path}",
        "HEARME_PSEUDONYM_SECRET": pseudonym_secret,
    }
    migrate = subprocess.run(
        [sys.executable, "web/manage.py", "migrate", "--noinput"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if migrate.returncode != 0:
        raise RuntimeError(f"migrate failed:\n{migrate.stdout}\n{migrate.stderr}")
    stack = Stack(
        rasa_url=f"http://127.0.0.1:{rasa_port}",
        token=token,
        db_path=db_path,
        pseudonym_secret=pseudonym_secret,
    )
    commands = {
        "actions": [
            sys.executable,
            "-m",
            "rasa_sdk",
            "--actions",
            "actions",
            "--port",
            str(actions_port),
        ],
        "rasa": [
            sys.executable,
            "-m",
            "rasa",
            "run",
            "--model",
            str(model),
            "--enable-api",
            "--auth-token",
            token,
            "--interface",
            "127.0.0.1",
            "--port",
            str(rasa_port),
            "--credentials",
            "credentials.yml",
            "--endpoints",
            "endpoints.yml",
            *(["--cors", *cors] if cors else []),
        ],
    }
    for name, command in commands.items():
        log = workdir / f"{name}.log"
        stack.logs.append(log)
        with log.open("wb") as out:
            stack.processes.append(
                subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
            )
    deadline = time.monotonic() + startup_timeout
    while time.monotonic() < deadline:
        if any(p.poll() is not None for p in stack.processes):
            stack.stop()
            raise RuntimeError(f"a server exited during start-up:\n{stack.log_tail()}")
        try:
            status = requests.get(f"{stack.rasa_url}/status", params={"token": token}, timeout=2)
            actions = requests.get(f"http://127.0.0.1:{actions_port}/health", timeout=2)
            if status.ok and status.json().get("model_file") and actions.ok:
                return stack
        except requests.RequestException:
            pass
        time.sleep(0.5)
    stack.stop()
    raise RuntimeError(f"the stack did not start in {startup_timeout} s:\n{stack.log_tail()}")
