"""The window's view by keyboard: text size scales every part together, the library panel hides
and stays hidden, shortcuts work from a filter field, and a restart comes back to the segment."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QFontMetrics
from PySide6.QtWidgets import QDialog

from reviewer.core.model import Role
from reviewer.storage.store import Store
from reviewer.ui.diff_delegate import PADDING
from reviewer.ui.export_dialog import ExportDialog
from reviewer.ui.labels import role_label
from reviewer.ui.settings import Settings

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def sizes(window: Any) -> dict[str, float]:
    """The point size each part of the grid and the editor is drawn with."""
    editor = window.editor
    parts = {"grid": window.grid, "grid header": window.grid.horizontalHeader(),
             "source": editor.source, "segment header": editor.header,
             "status": editor.status, "human": editor.human, "final": editor.final,
             "comment": editor.comment, "tabs": editor.tabs}
    return {name: QFontInfo(widget.font()).pointSizeF() for name, widget in parts.items()}


def test_bigger_text_scales_grid_and_editor_together(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    before = sizes(window)
    for _ in range(6):
        qtbot.keyClick(window.grid, Qt.Key.Key_Plus, CTRL)
    after = sizes(window)
    assert len(set(after.values())) == 1, after
    assert all(after[name] > before[name] for name in after), (before, after)
    assert window.settings.get("font_size") == int(after["grid"])
    # The number column widens with the font: no role wraps ("subheadin / g").
    widest = max(QFontMetrics(window.grid.font()).horizontalAdvance(role_label(role))
                 for role in Role)
    assert window.grid.columnWidth(0) >= widest + 2 * PADDING
    for _ in range(6):
        qtbot.keyClick(window.grid, Qt.Key.Key_Minus, CTRL)
    assert sizes(window) == {name: after["grid"] - 6 for name in after}


def test_the_library_panel_hides_and_stays_hidden(qtbot: Any, make_window: Any) -> None:
    settings = Settings({})
    window = make_window(settings)
    dock, action = window.library_dock, window.menu_actions["library"]
    if not dock.isVisible():  # the tests' screen is narrow: the panel starts hidden
        assert not action.isChecked()
        qtbot.keyClick(window.grid, Qt.Key.Key_F9)
    assert dock.isVisible() and action.isChecked()
    grid_width = window.grid.width()
    qtbot.keyClick(window.grid, Qt.Key.Key_F9)
    assert not dock.isVisible() and not action.isChecked()
    qtbot.waitUntil(lambda: window.grid.width() > grid_width)
    window.close()
    again = make_window(settings)
    assert not again.library_dock.isVisible() and not again.menu_actions["library"].isChecked()
    qtbot.keyClick(again.grid, Qt.Key.Key_L, CTRL | SHIFT)
    assert again.library_dock.isVisible() and again.menu_actions["library"].isChecked()


@pytest.mark.parametrize("field", ["filter", "comment"])
def test_window_shortcuts_work_from_a_text_field(qtbot: Any, make_window: Any,
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  field: str) -> None:
    window = make_window()
    opened: list[ExportDialog] = []
    monkeypatch.setattr(ExportDialog, "exec",
                        lambda dialog: opened.append(dialog) or QDialog.DialogCode.Rejected)
    if field == "filter":
        qtbot.keyClick(window.grid, Qt.Key.Key_F, CTRL)
        widget = window.filter_bar.text
    else:
        qtbot.keyClick(window.grid, Qt.Key.Key_M, CTRL)
        widget = window.editor.comment
    assert widget.hasFocus()
    qtbot.keyClicks(widget, "NATO")
    qtbot.keyClick(widget, Qt.Key.Key_E, CTRL)
    assert len(opened) == 1
    assert widget.text() == "NATO"  # the field's own keys still type


def test_a_restart_comes_back_to_the_current_segment(qtbot: Any, make_window: Any,
                                                    store: Store) -> None:
    settings = Settings({})
    window = make_window(settings)
    assert window.current_row() == 0
    for _ in range(25):
        qtbot.keyClick(window.grid, Qt.Key.Key_Down, CTRL)
    assert window.current_row() == 25
    window.close()
    again = make_window(settings)
    assert again.current_row() == 25
    assert again.editor.view.segment.index == 25

    def shown() -> bool:
        rect = again.grid.visualRect(again.grid.currentIndex())
        return again.grid.viewport().rect().contains(rect)

    qtbot.waitUntil(shown)
    # A fixed pause, then a check that nothing moved the row away: the rows fitted to their
    # text after a short pause keep it in view.
    qtbot.wait(200)
    assert shown()
