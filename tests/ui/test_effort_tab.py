"""The statistics window's post-editing tab: after a person types and approves a segment, the
tab (opened by keys) shows the approval by start text and by person, summed on a worker."""

from __future__ import annotations

import threading
import warnings
from typing import Any

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("matplotlib")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from reviewer.storage.store import Store  # noqa: E402
from reviewer.ui import effort_tab  # noqa: E402

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _cells(model: Any) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_the_tab_shows_effort_by_engine_and_person(qtbot: Any, make_window: Any, store: Store,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[int] = []
    compute = effort_tab.compute_effort

    def noted(*args: Any) -> Any:
        threads.append(threading.get_ident())
        return compute(*args)

    monkeypatch.setattr(effort_tab, "compute_effort", noted)
    window = make_window()
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    qtbot.waitUntil(window.editor.final.hasFocus)
    qtbot.keyClicks(window.editor.final, "Nove")
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Return, CTRL)
    qtbot.keyClick(window.grid, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
    view = window.stats_view
    qtbot.waitUntil(lambda: view is not None and view.isVisible())
    with warnings.catch_warnings():  # the offscreen platform activates no window by itself
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(view)
    qtbot.keyClick(view, Qt.Key.Key_D, ALT)
    assert view.tabs.currentWidget() is view.effort_tab
    tab = view.effort_tab
    qtbot.waitUntil(lambda: tab.engines.rowCount() == 1, timeout=20000)
    [engine_row] = _cells(tab.engines)
    assert engine_row[0] == "scratch" and engine_row[1] == "1"  # one segment, typed from nothing
    assert engine_row[5] == "4"  # the keys typed
    assert engine_row[8] == "100.0"  # HTER: every word typed
    [person_row] = _cells(tab.people)
    assert person_row[0] == window.review.service.actor
    assert threads and threading.get_ident() not in threads


def test_statistics_opened_at_once_after_an_approval_count_it(qtbot: Any, make_window: Any,
                                                              store: Store) -> None:
    """On a busy machine the store writer may not have written an approval's effort record
    when the statistics are opened a moment later: they wait for it, not show and keep less."""
    window = make_window()
    busy = threading.Event()
    window.writer.post(lambda _store: busy.wait(10))  # the writer busy with earlier work
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    qtbot.waitUntil(window.editor.final.hasFocus)
    qtbot.keyClicks(window.editor.final, "Nove")
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Return, CTRL)
    qtbot.keyClick(window.grid, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.wait(300)  # the statistics asked for while the approval still waits to be written
    busy.set()
    qtbot.waitUntil(lambda: window.stats_view is not None and window.stats_view.isVisible())
    view = window.stats_view
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(view)
    qtbot.keyClick(view, Qt.Key.Key_D, ALT)
    qtbot.waitUntil(lambda: view.effort_tab.engines.rowCount() == 1, timeout=20000)
