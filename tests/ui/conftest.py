"""Fixtures for window tests: a file database with the sample, settings in a dict, a window."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from reviewer import library  # noqa: E402
from reviewer.storage.store import Store  # noqa: E402


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A store on disk (background jobs open their own connection to it) with the sample."""
    s = Store(tmp_path / "review.db")
    library.ensure_sample(s)
    yield s
    s.close()


@pytest.fixture
def make_window(qtbot: Any, store: Store) -> Iterator[Any]:
    """Build a shown main window over ``store`` with dict settings."""
    from PySide6.QtWidgets import QApplication

    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.settings import Settings
    from reviewer.ui.tasks import TaskRunner

    made: list[Any] = []

    def make(settings: dict[str, Any] | Settings | None = None,
             synchronous: bool = False) -> Any:
        """A window; given a ``Settings``, it is shared (a restart sees what the last one kept)."""
        if not isinstance(settings, Settings):
            settings = Settings(dict(settings or {}))
        window = MainWindow(store, settings, TaskRunner(synchronous=synchronous))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # The offscreen platform activates no window by itself; shortcuts need an active one.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            QApplication.setActiveWindow(window)
        window.grid.setFocus()
        made.append(window)
        return window

    yield make
    for window in made:
        window.runner.cancel_all(5000)
