"""Rows on screen are re-fitted to their text when it changes: after F5 a machine translation
much longer than the human version (struck through in the diff) is shown whole, not cut."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.engines.servers import MTServer


def _long(text: str, source: str, target: str) -> str:
    return " ".join([f"[{target}] {text}"] * 5)


def _rows_on_screen(grid: Any) -> range:
    first = grid.rowAt(0)
    last = grid.rowAt(grid.viewport().height() - 1)
    last = grid.model().rowCount() - 1 if last < 0 else last
    return range(first, last + 1)


def _unfitted(grid: Any) -> list[tuple[int, int, int]]:
    """Rows on screen whose height is not the height their contents need."""
    return [(row, grid.rowHeight(row), grid.sizeHintForRow(row))
            for row in _rows_on_screen(grid) if grid.rowHeight(row) != grid.sizeHintForRow(row)]


def test_rows_fit_their_text_after_a_fetch(qtbot: Any, make_window: Any) -> None:
    with MTServer("libre", _long) as server:
        window = make_window({"engine": "libre", "engine_url": server.url, "timeout": 5.0})
        grid = window.grid
        qtbot.waitUntil(lambda: not _unfitted(grid))  # the first paint fits the rows
        before = {row: grid.rowHeight(row) for row in _rows_on_screen(grid)}
        qtbot.keyClick(grid, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: not window.runner.active, timeout=30000)
        assert server.requests > 0
        # the fetched texts reach the grid once the writer has stored them, after the fetch
        # ends (the rows fitted before that are the old ones): the diffs make rows grow
        qtbot.waitUntil(lambda: any(grid.rowHeight(row) > before.get(row, 0)
                                    for row in _rows_on_screen(grid)), timeout=5000)
        qtbot.waitUntil(lambda: not _unfitted(grid), timeout=3000)
        after = {row: grid.rowHeight(row) for row in _rows_on_screen(grid)}
        assert any(after[row] > before.get(row, 0) for row in after)  # the diffs made them grow
        window.close()


def test_keys_are_answered_while_a_screenful_of_rows_is_fitted(qtbot: Any, make_window: Any,
                                                              monkeypatch: Any) -> None:
    """Rows are fitted a few at a time, one turn of the event loop each: a key pressed while
    they are being fitted moves at once, and then every row on screen fits its text."""
    from reviewer.ui import segment_grid

    monkeypatch.setattr(segment_grid, "FIT_TURN_MS", 0)  # one row per turn
    window = make_window()
    window.resize(1200, 1400)  # many rows on screen
    grid = window.grid
    qtbot.waitUntil(lambda: not _unfitted(grid) and not grid.fit_timer.isActive())
    row = grid.current_row()
    qtbot.keyClick(grid, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)  # smaller text
    qtbot.waitUntil(lambda: grid.fitting > 0, timeout=3000)
    qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.current_row() == row + 1
    assert grid.fitting > 0  # the key came in between two turns of fitting
    qtbot.waitUntil(lambda: grid.fitting == 0 and not _unfitted(grid), timeout=5000)
    window.close()
