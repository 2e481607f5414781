"""Intent accuracy of the current model on held-out examples never used in training.

Usage: make eval-nlu   (trains first if the model is stale)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from scripts.model import ROOT, ensure_model


def main() -> None:
    model = ensure_model()
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "rasa",
                "test",
                "nlu",
                "--model",
                str(model),
                "--nlu",
                "eval/nlu_holdout.yml",
                "--out",
                out,
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONPATH": str(ROOT), "RASA_TELEMETRY_ENABLED": "false"},
        )
        report = json.loads((Path(out) / "intent_report.json").read_text())
        errors_file = Path(out) / "intent_errors.json"
        errors = json.loads(errors_file.read_text()) if errors_file.exists() else []
    print(
        f"held-out intent accuracy: {report['accuracy']:.1%} "
        f"(macro F1 {report['macro avg']['f1-score']:.3f}, "
        f"{int(report['macro avg']['support'])} examples)"
    )
    for e in errors:
        print(f"  {e['text']!r}: expected {e['intent']}, got {e['intent_prediction']['name']}")


if __name__ == "__main__":
    main()
