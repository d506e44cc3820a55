"""A segment's history in the window, by keyboard: Ctrl+Shift+H lists the versions, the arrows
choose one, Enter restores it as one undo step, Ctrl+Z takes the restore back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from reviewer.core.model import Origin, Status
from reviewer.storage.store import Store
from reviewer.ui.history_panel import CHANGES, HtmlRole
from tests.ui.keys import activate as _activate

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_history_lists_versions_and_enter_restores_one_undo_step(
        qtbot: Any, make_window: Any, store: Store) -> None:
    window = make_window()
    first = store.segments(window.article_id)[0]
    human = store.segment_views(window.article_id, ["uk"])[0].human["uk"]
    # Version 1: the human version taken; 2: approved; 3: typed over, a draft.
    qtbot.keyClick(window.grid, Qt.Key.Key_2, CTRL)
    qtbot.keyClick(window.grid, Qt.Key.Key_Return, CTRL)
    qtbot.keyClick(window.grid, Qt.Key.Key_Up, CTRL)
    assert window.current_row() == 0
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    qtbot.keyClick(window.editor.final, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(window.editor.final, " (draft)")
    qtbot.waitUntil(lambda: store.translation(first.id, "uk").status is Status.DRAFT,
                    timeout=5000)  # saved after the pause in typing
    edited = store.translation(first.id, "uk")
    assert edited.text == human + " (draft)"

    qtbot.keyClick(window.editor.final, Qt.Key.Key_H, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.history.dialog is not None
                    and window.history.dialog.isVisible(), timeout=5000)
    dialog = window.history.dialog
    table = dialog.table
    assert table.rowCount() == 3
    assert [table.item(r, 0).text() for r in range(3)] == ["3", "2", "1"]  # newest first
    assert table.item(0, 5).text() == "draft" and table.item(1, 5).text() == "approved"
    assert "(draft)" in table.item(0, CHANGES).data(HtmlRole)  # the words added, coloured
    assert "underline" in table.item(0, CHANGES).data(HtmlRole)
    assert table.currentRow() == 0

    qtbot.keyClick(table, Qt.Key.Key_Down)  # version 2: the approved human version
    assert table.currentRow() == 1
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    restored = store.translation(first.id, "uk")
    assert restored.text == human and restored.status is Status.APPROVED
    assert restored.origin is Origin.HUMAN
    assert window.editor.final_text() == human  # the editor and the grid follow
    assert window.model.views[0].translations["uk"].status is Status.APPROVED
    assert "Restored version 2 of segment 1" in window.message.text()
    assert store.history(first.id, "uk")[-1].new_text == human

    _activate(window)
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL)  # one undo step takes the restore back
    back = store.translation(first.id, "uk")
    assert back.text == edited.text and back.status is Status.DRAFT
    assert window.editor.final_text() == edited.text


def test_history_of_a_segment_with_no_changes_says_so(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    qtbot.keyClick(window.grid, Qt.Key.Key_H, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.history.dialog is not None, timeout=5000)
    dialog = window.history.dialog
    assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
