"""A failed fetch in the grid: the human version stays in the machine → human cell with a small
⚠ and the reason in the tooltip; a later translation from another engine supersedes the error,
and "only fetch errors" shows only segments whose latest fetch failed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from reviewer.storage.store import Store
from reviewer.ui.review_model import ErrorRole, SpansRole
from tests.engines.servers import MTServer, closed_port_url
from tests.ui.keys import CTRL, activate

DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole


def _fetch(qtbot: Any, window: Any) -> None:
    qtbot.keyClick(window.grid, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not window.runner.active, timeout=60000)
    qtbot.waitUntil(lambda: window.writer.settled)  # the segments fetched are read again


def _compare(window: Any, row: int, lang: str = "uk") -> Any:
    column = next(i for i, c in enumerate(window.model.columns)
                  if c.kind == "compare" and c.lang == lang)
    return window.model.index(row, column)


def _errors_only(qtbot: Any, window: Any, on: bool) -> int:
    """Open the filter bar (Ctrl+F, Edit > Find and filter), tick or untick "only fetch errors"
    with the mouse; how many segments are shown."""
    box = window.filter_bar.errors
    activate(window)
    qtbot.keyClick(window.grid, Qt.Key.Key_F, CTRL)
    assert window.filter_bar.isVisible() and window.filter_bar.text.hasFocus()
    if box.isChecked() != on:
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert box.isChecked() == on
    return len(window.model.visible)


def test_error_never_hides_the_human_version_and_a_success_supersedes_it(
        qtbot: Any, make_window: Any, store: Store) -> None:
    window = make_window({"engine": "google", "engine_url": closed_port_url("/m"),
                          "timeout": 5.0})
    total = len(window.model.views)
    human = window.model.views[0].human["uk"]
    _fetch(qtbot, window)  # connection refused: every segment fails
    cell = _compare(window, 0)
    assert cell.data(DISPLAY) == human
    assert "google" in cell.data(ErrorRole)
    assert "the latest fetch failed: google" in cell.data(TOOLTIP)
    assert _errors_only(qtbot, window, True) == total
    assert _errors_only(qtbot, window, False) == total
    with MTServer("libre") as server:  # Translate > Engine settings: another engine
        window.settings.set("engine", "libre")
        window.settings.set("engine_url", server.url)
        _fetch(qtbot, window)
        assert server.requests > 0
    cell = _compare(window, 0)
    assert cell.data(DISPLAY) == human and cell.data(SpansRole)  # the diff against libre's
    assert cell.data(ErrorRole) is None
    assert "the latest fetch failed" not in (cell.data(TOOLTIP) or "")
    assert _errors_only(qtbot, window, True) == 0
    segment = window.model.views[0].segment.id
    assert {s.engine for s in store.suggestions(segment, "uk")} == {"libre"}
    assert _errors_only(qtbot, window, False) == total
    # The first engine fails again: now the latest fetch failed, beside google's translation.
    window.settings.set("engine", "google")
    window.settings.set("engine_url", closed_port_url("/m"))
    _fetch(qtbot, window)
    cell = _compare(window, 0)
    assert cell.data(DISPLAY) == human and cell.data(SpansRole)
    assert "google" in cell.data(ErrorRole)
    assert _errors_only(qtbot, window, True) == total
    window.close()
