from __future__ import annotations

from collections.abc import Iterator

import pytest

from scripts.model import ensure_model
from tests.e2e.stack import Stack, start_stack


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    model = ensure_model()
    running = start_stack(model, tmp_path_factory.mktemp("stack"))
    yield running
    running.stop()
