"""Fixtures for window tests: a file database with the sample, settings in a dict, a window.

The window posts its changes to its store writer and never waits for them; a test reads the
store as a second program would, once the window has nothing posted left unanswered: while a
window made by ``make_window`` is open, the ``store`` fixture's reads first wait (really, on
the event loop) until every change the window posted is committed and answered.
"""

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
    _reads_wait_for_writers(qtbot, store, made)

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
        qtbot.waitUntil(lambda: window.writer.settled)  # its article is read and shown
        return window

    yield make
    for window in made:
        window.runner.cancel_all(5000)


#: The store's reads that a test makes after a person's keys: each waits for the window's writer.
SETTLED_READS = ("translation", "segment_views", "suggestions", "history", "articles", "article",
                 "segments", "get", "progress")


def _reads_wait_for_writers(qtbot: Any, store: Store, windows: list[Any]) -> None:
    """Make ``store``'s reads wait until the writers of ``windows`` have nothing posted left."""
    def settled() -> bool:
        return all(w.writer.closed or w.writer.settled for w in windows)

    def waiting(read: Any) -> Any:
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if not settled():
                qtbot.waitUntil(settled, timeout=15000)
            return read(*args, **kwargs)
        return wrapped

    for name in SETTLED_READS:
        if hasattr(store, name):
            setattr(store, name, waiting(getattr(store, name)))
