"""Shared fixtures: the merged domain and NLU data as plain dicts (no Rasa import)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


def merge_domain(folder: Path = ROOT / "domain") -> dict[str, Any]:
    merged: dict[str, Any] = {
        "intents": [],
        "entities": [],
        "slots": {},
        "responses": {},
        "forms": {},
        "actions": [],
    }
    for path in sorted(folder.glob("*.yml")):
        part = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for key in ("intents", "entities", "actions"):
            merged[key].extend(part.get(key) or [])
        for key in ("slots", "responses", "forms"):
            overlap = set(merged[key]) & set(part.get(key) or {})
            assert not overlap, f"{path.name} redefines {key}: {sorted(overlap)}"
            merged[key].update(part.get(key) or {})
    merged["actions"] = [a if isinstance(a, str) else next(iter(a)) for a in merged["actions"]]
    return merged


@pytest.fixture(scope="session")
def domain() -> dict[str, Any]:
    return merge_domain()


@pytest.fixture(scope="session")
def nlu_examples() -> dict[str, dict[str, list[str]]]:
    """{language: {intent: [examples]}} from data/nlu/*.<lang>.yml."""
    result: dict[str, dict[str, list[str]]] = {}
    for path in sorted((ROOT / "data" / "nlu").glob("*.*.yml")):
        lang = path.name.split(".")[-2]
        for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            if "intent" in block:
                examples = [
                    line[2:].strip()
                    for line in block["examples"].splitlines()
                    if line.strip().startswith("- ")
                ]
                result.setdefault(lang, {}).setdefault(block["intent"], []).extend(examples)
    return result
