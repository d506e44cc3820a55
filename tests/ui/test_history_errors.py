"""The MQM errors in a segment's history (Ctrl+Shift+H): each version lists the errors its final
text had, marked with + when they were marked while it was the latest and − when removed, with
who and when in the tooltip."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from reviewer.core.model import Status
from reviewer.storage.annotations import Annotations
from reviewer.storage.store import Store
from reviewer.ui.history_panel import ERRORS
from tests.ui.keys import activate as _activate
from tests.ui.keys import picker_on_first_word

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_history_shows_the_errors_each_version_had(qtbot: Any, make_window: Any,
                                                   store: Store) -> None:
    window = make_window()
    first, picker = picker_on_first_word(qtbot, window, store)  # version 1: the human version
    word = store.translation(first.id, "uk").text.split()[0]
    final = window.editor.final
    qtbot.keyClicks(picker.filter, "omission")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.annotations.list.count() == 1
                    and window.annotations.picker is None, timeout=5000)
    _activate(window)
    qtbot.keyClick(final, Qt.Key.Key_Return, CTRL)  # version 2: approved
    qtbot.waitUntil(lambda: store.translation(first.id, "uk").status is Status.APPROVED,
                    timeout=5000)
    qtbot.keyClick(window.grid, Qt.Key.Key_Up, CTRL)
    qtbot.waitUntil(lambda: window.annotations.list.count() == 1, timeout=5000)
    window.annotations.list.setFocus()
    qtbot.keyClick(window.annotations.list, Qt.Key.Key_Delete)  # removed while 2 is the latest
    assert Annotations(store).of_segment(first.id, "uk") == []

    _activate(window)
    qtbot.keyClick(window.grid, Qt.Key.Key_H, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.history.dialog is not None
                    and window.history.dialog.isVisible(), timeout=5000)
    table = window.history.dialog.table
    assert table.rowCount() == 2 and table.horizontalHeaderItem(ERRORS).text() == "MQM errors"
    latest, taken = table.item(0, ERRORS), table.item(1, ERRORS)
    assert taken.text() == f"+ Accuracy › Omission (Minor) “{word}”"
    assert latest.text() == f"− Accuracy › Omission (Minor) “{word}”"
    me = window.review.service.actor  # the window's reviewer name (the OS user here)
    assert f"{me}: marked Accuracy › Omission" in taken.toolTip()
    assert f"{me}: removed Accuracy › Omission" in latest.toolTip()
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.history.dialog is None, timeout=5000)
