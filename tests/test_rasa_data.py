"""Rasa's own validator accepts the domain and training data."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def test_rasa_data_validate_passes():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "rasa",
            "data",
            "validate",
            "--domain",
            "domain",
            "--data",
            "data",
            "--config",
            "config.yml",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PYTHONPATH": str(ROOT), "RASA_TELEMETRY_ENABLED": "false"},
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-5000:]
    # Rasa reports story/rule contradictions only as warnings; we want none.
    assert "no story structure conflicts found" in output.lower(), output[-5000:]
