"""Changing a marked MQM error in the window: Enter on it in the list under the editor opens the
picker with its category, severity and note; Enter there writes the change as one undo step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from reviewer.core.mqm import Severity
from reviewer.storage.annotations import Annotations
from reviewer.storage.store import Store
from tests.ui.keys import activate as _activate

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def _open_picker(qtbot: Any, window: Any, widget: Any, key: Qt.Key,
                 modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> Any:
    qtbot.keyClick(widget, key, modifiers)
    qtbot.waitUntil(lambda: window.annotations.picker is not None
                    and window.annotations.picker.isVisible(), timeout=5000)
    picker = window.annotations.picker
    _activate(picker)
    return picker


def test_enter_in_the_list_changes_an_error_as_one_undo_step(qtbot: Any, make_window: Any,
                                                             store: Store) -> None:
    window = make_window()
    first = store.segments(window.article_id)[0]
    qtbot.keyClick(window.grid, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: store.translation(first.id, "uk") is not None, timeout=5000)
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    final = window.editor.final
    qtbot.keyClick(final, Qt.Key.Key_Home, CTRL)
    for _ in range(7):
        qtbot.keyClick(final, Qt.Key.Key_Right, SHIFT)
    picker = _open_picker(qtbot, window, final, Qt.Key.Key_E, CTRL | SHIFT)
    qtbot.keyClicks(picker.filter, "grammar")
    qtbot.keyClicks(picker.note, "case")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(Annotations(store).of_segment(first.id, "uk")) == 1,
                    timeout=5000)
    marked = Annotations(store).of_segment(first.id, "uk")[0]
    qtbot.waitUntil(lambda: window.annotations.picker is None
                    and window.annotations.list.count() == 1, timeout=5000)

    _activate(window)
    window.annotations.list.setFocus()  # Tab order aside: the list is where a person goes
    picker = _open_picker(qtbot, window, window.annotations.list, Qt.Key.Key_Return)
    assert picker.windowTitle() == "Change error"
    assert picker.category() == "linguistic-conventions/grammar"  # filled in as it is
    assert picker.severity() is Severity.MINOR and picker.note.text() == "case"
    qtbot.keyClicks(picker.filter, "spelling")
    qtbot.keyClick(picker.filter, Qt.Key.Key_C, ALT)  # critical
    picker.note.selectAll()
    qtbot.keyClicks(picker.note, "a typo")
    qtbot.keyClick(picker.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: Annotations(store).of_segment(first.id, "uk")[0].severity
                    is Severity.CRITICAL, timeout=5000)
    changed = Annotations(store).of_segment(first.id, "uk")[0]
    assert changed.id == marked.id and (changed.start, changed.end) == (marked.start, marked.end)
    assert changed.category == "linguistic-conventions/spelling" and changed.note == "a typo"
    qtbot.waitUntil(lambda: "Critical" in window.annotations.list.item(0).text(), timeout=5000)
    qtbot.waitUntil(lambda: window.annotations.picker is None, timeout=5000)

    _activate(window)
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL)  # one step takes the whole change back
    restored = Annotations(store).of_segment(first.id, "uk")[0]
    assert restored.same_as(marked)
    assert "Undone: Change error in segment 1" in window.message.text()
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL | SHIFT)
    assert Annotations(store).of_segment(first.id, "uk")[0].same_as(changed)
    actions = [h[0] for h in Annotations(store).history(first.id)]
    assert actions == ["annotation-add", "annotation-change", "annotation-undo",
                       "annotation-redo"]


def test_escape_in_the_change_picker_changes_nothing(qtbot: Any, make_window: Any,
                                                     store: Store) -> None:
    window = make_window()
    first = store.segments(window.article_id)[0]
    qtbot.keyClick(window.grid, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: store.translation(first.id, "uk") is not None, timeout=5000)
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    picker = _open_picker(qtbot, window, window.editor.final, Qt.Key.Key_E, CTRL | SHIFT)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.annotations.list.count() == 1
                    and window.annotations.picker is None, timeout=5000)
    before = Annotations(store).of_segment(first.id, "uk")[0]
    _activate(window)
    window.annotations.list.setFocus()
    picker = _open_picker(qtbot, window, window.annotations.list, Qt.Key.Key_Enter)
    qtbot.keyClick(picker.filter, Qt.Key.Key_J, ALT)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.annotations.picker is None, timeout=5000)
    assert Annotations(store).of_segment(first.id, "uk")[0].same_as(before)
    assert [h[0] for h in Annotations(store).history(first.id)] == ["annotation-add"]
