"""Fixtures for window tests: a file database with the sample, settings in a dict, a window.

The window posts its changes to its store writer and never waits for them; a test reads the
store as a second program would, once the window has nothing posted left unanswered: while a
window made by ``make_window`` is open, the ``store`` fixture's reads first wait (really, on
the event loop) until every change the window posted is committed and answered.

The GUI thread never waits for the store writer: in every test here, ``StoreWriter.call`` made on
the GUI thread fails the test (``gui_thread_waits`` below); a test that must let it pass says so
with ``@pytest.mark.allow_writer_call("the reason")`` (none does).
"""

from __future__ import annotations

import threading
import traceback
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from reviewer import library  # noqa: E402
from reviewer.storage.store import Store  # noqa: E402


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "allow_writer_call(reason): the GUI thread may wait on "
                            "the store writer in this test (say why)")


@pytest.fixture(autouse=True)
def gui_thread_waits(request: pytest.FixtureRequest,
                     monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Fail the test when the GUI thread waits on a store writer (``StoreWriter.call``); the
    calls are listed (where each was made), and the first one raises where it is made."""
    seen: list[str] = []
    if request.node.get_closest_marker("allow_writer_call") is not None:
        yield seen
        return
    from reviewer.ui.store_writer import StoreWriter

    gui = threading.get_ident()
    real = StoreWriter.call

    def call(self: StoreWriter, job: Any) -> Any:
        if threading.get_ident() == gui:
            where = traceback.format_stack(limit=3)[0].strip()
            seen.append(where)
            raise AssertionError(f"the GUI thread waited on the store writer: {where}")
        return real(self, job)

    monkeypatch.setattr(StoreWriter, "call", call)
    yield seen
    assert seen == [], f"the GUI thread waited on the store writer {len(seen)} times: {seen[:3]}"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A store on disk (background jobs open their own connection to it) with the sample."""
    s = Store(tmp_path / "review.db")
    library.ensure_sample(s)
    yield s
    s.close()


@pytest.fixture
def make_window(qtbot: Any, store: Store, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """Build a shown main window over ``store`` with dict settings."""
    from PySide6.QtWidgets import QApplication

    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.settings import Settings
    from reviewer.ui.tasks import TaskRunner

    made: list[Any] = []
    _reads_wait_for_writers(qtbot, store, made, monkeypatch)

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


#: The annotations' and glossary's reads a test makes of ``store``: they wait the same way.
SETTLED_TABLE_READS = (("reviewer.storage.annotations", "Annotations", ("of_segment", "history")),
                       ("reviewer.storage.glossary", "GlossaryStore", ("terms",)))

#: The store's reads that a test makes after a person's keys: each waits for the window's writer.
SETTLED_READS = ("translation", "segment_views", "suggestions", "history", "articles", "article",
                 "segments", "get", "progress", "links", "human_sentences")


def _reads_wait_for_writers(qtbot: Any, store: Store, windows: list[Any],
                            monkeypatch: pytest.MonkeyPatch) -> None:
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

    gui = threading.get_ident()

    def waiting_method(read: Any) -> Any:  # only the test's reads of ``store``, on its thread
        def wrapped(self: Any, *args: Any, **kwargs: Any) -> Any:
            ours = getattr(self, "conn", None) is store.conn \
                or getattr(self, "store", None) is store
            if ours and threading.get_ident() == gui and not settled():
                qtbot.waitUntil(settled, timeout=15000)
            return read(self, *args, **kwargs)
        return wrapped

    import importlib
    for module, cls_name, names in SETTLED_TABLE_READS:
        cls = getattr(importlib.import_module(module), cls_name)
        for name in names:
            monkeypatch.setattr(cls, name, waiting_method(getattr(cls, name)))
