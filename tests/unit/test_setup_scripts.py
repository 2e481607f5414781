"""`make setup` finds Python 3.10 itself, or says clearly how to get it."""

from __future__ import annotations

import subprocess

from tests.conftest import ROOT


def test_finds_a_python_310():
    result = subprocess.run(
        ["bash", "scripts/find_python310.sh"], cwd=ROOT, capture_output=True, text=True, check=True
    )
    version = subprocess.run(
        [result.stdout.strip(), "--version"], capture_output=True, text=True, check=True
    ).stdout
    assert version.startswith("Python 3.10.")


def test_missing_python_gives_one_clear_message(tmp_path):
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "PYENV_ROOT": str(tmp_path),
        "HEARME_PYTHON": str(tmp_path / "nope"),
    }
    result = subprocess.run(
        ["bash", "scripts/find_python310.sh"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode == 0:  # this machine has a system-wide python3.10
        assert result.stdout.strip().startswith(("/usr/bin", "/bin"))
        return
    assert result.returncode == 1
    assert "HearMe needs Python 3.10" in result.stderr
    assert "Traceback" not in result.stderr
