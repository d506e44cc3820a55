"""Shared set-up of the engine tests: fast settings, and a check that no worker thread is left."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from reviewer.engines.base import EngineSettings, Secret

FAST = 0.3  # seconds: the timeout every engine test uses


def fast(url: str | None = None, key: str | None = None, **kwargs: Any) -> EngineSettings:
    """Settings for a loopback server: short timeout, no rate limit, tiny backoff."""
    values: dict[str, Any] = {"timeout": FAST, "rate_per_s": 0, "backoff_s": 0.01,
                              "retries": 2}
    values.update(kwargs)
    return EngineSettings(url=url, key=Secret(key) if key else None, **values)


def ours_alive() -> list[threading.Thread]:
    """Worker threads of the engine layer still running (the deadline watchdog is one thread
    that ends itself when idle; test_engine_http checks that)."""
    return [t for t in threading.enumerate()
            if t.name.startswith("reviewer-mt") or isinstance(t, threading.Timer)]


@pytest.fixture
def no_stuck_threads() -> Iterator[None]:
    """Fail if a test leaves a worker or timer thread of ours behind (after a short grace)."""
    yield
    for _ in range(50):
        if not ours_alive():
            return
        time.sleep(0.02)
    assert not ours_alive(), f"threads left behind: {ours_alive()}"
