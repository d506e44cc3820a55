"""MQM error annotation in the window, by keyboard: words selected with Shift+arrows, Ctrl+Shift+E,
a category found by typing, the severity by Alt+key, Enter; the annotation is stored, underlined
and listed; Ctrl+Z takes it back, Ctrl+Shift+Z brings it again, Delete in the list removes it;
Ctrl+Alt+E makes a QA finding an annotation."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reviewer.core.model import Origin, Status
from reviewer.core.mqm import Severity
from reviewer.storage.annotations import Annotations
from reviewer.storage.store import Store
from reviewer.ui import lqa_tab
from reviewer.ui.annotation_marks import GROUP
from tests.ui.keys import activate as _activate
from tests.ui.keys import (
    go_to_segment,
    mark_first_character,
    open_quality_tab,
    picker_on_first_word,
    shown_by_poll,
    threads_of,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
SIX_MONTHS = 18  # "it took the United States six months" / "шість місяців"


def _stored(store: Store, segment_id: int) -> list[Any]:
    return Annotations(store).of_segment(segment_id, "uk")


def _marks(window: Any) -> list[str]:
    groups = getattr(window.editor.final, "_selection_groups", {})
    return [s.cursor.selectedText() for s in groups.get(GROUP, [])]


def test_mark_error_by_keyboard_then_undo_redo_and_delete(qtbot: Any, make_window: Any,
                                                          store: Store) -> None:
    window = make_window()
    first = store.segments(window.article_id)[0]
    qtbot.keyClick(window.grid, Qt.Key.Key_2, CTRL)  # the human version as the final text
    qtbot.waitUntil(lambda: store.translation(first.id, "uk") is not None, timeout=5000)
    text = store.translation(first.id, "uk").text
    word = text.split()[0]
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    final = window.editor.final
    qtbot.keyClick(final, Qt.Key.Key_Home, CTRL)
    for _ in word:
        qtbot.keyClick(final, Qt.Key.Key_Right, SHIFT)
    assert final.textCursor().selectedText() == word

    qtbot.keyClick(final, Qt.Key.Key_E, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.annotations.picker is not None
                    and window.annotations.picker.isVisible(), timeout=5000)
    picker = window.annotations.picker
    _activate(picker)
    assert picker.filter.hasFocus()
    qtbot.keyClicks(picker.filter, "accur")
    assert picker.category() == "accuracy"
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)  # Down moves in the list
    assert picker.category() == "accuracy/mistranslation"
    qtbot.keyClicks(picker.filter, " omis")  # narrowed: the first one left
    assert picker.category() == "accuracy/omission"
    qtbot.keyClick(picker.filter, Qt.Key.Key_J, ALT)  # major
    assert picker.severity() is Severity.MAJOR
    for _ in range(3):  # past the list and the severities to the note
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert picker.note.hasFocus()
    qtbot.keyClicks(picker.note, "a word missing")
    qtbot.keyClick(picker.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_stored(store, first.id)) == 1, timeout=5000)
    marked = _stored(store, first.id)[0]
    assert (marked.start, marked.end, marked.text) == (0, len(word), word)
    assert marked.category == "accuracy/omission" and marked.severity is Severity.MAJOR
    assert marked.note == "a word missing" and marked.target == "final"
    qtbot.waitUntil(lambda: _marks(window) == [word], timeout=5000)  # underlined
    assert not final.textCursor().hasSelection()  # the underline is what shows
    qtbot.waitUntil(lambda: window.annotations.list.count() == 1, timeout=5000)
    line = window.annotations.list.item(0).text()
    assert "Omission" in line and "Major" in line and "a word missing" in line

    _activate(window)
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL)  # one undo step removes it
    assert _stored(store, first.id) == []
    qtbot.waitUntil(lambda: window.annotations.list.count() == 0 and _marks(window) == [],
                    timeout=5000)
    assert "Undone: Mark error in segment 1" in window.message.text()
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL | SHIFT)  # and redo brings it back
    assert [a.id for a in _stored(store, first.id)] == [marked.id]
    qtbot.waitUntil(lambda: window.annotations.list.count() == 1, timeout=5000)

    window.annotations.list.setFocus()
    qtbot.keyClick(window.annotations.list, Qt.Key.Key_Delete)
    assert _stored(store, first.id) == []
    qtbot.waitUntil(lambda: window.annotations.list.count() == 0, timeout=5000)
    _activate(window)
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL)  # the removal is undone too
    assert [a.id for a in _stored(store, first.id)] == [marked.id]
    actions = [h[0] for h in Annotations(store).history(first.id)]
    assert actions == ["annotation-add", "annotation-undo", "annotation-redo",
                       "annotation-remove", "annotation-undo"]


def test_escape_in_the_picker_marks_nothing(qtbot: Any, make_window: Any, store: Store) -> None:
    window = make_window()
    first = store.segments(window.article_id)[0]
    qtbot.keyClick(window.grid, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: store.translation(first.id, "uk") is not None, timeout=5000)
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    qtbot.keyClick(window.editor.final, Qt.Key.Key_E, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.annotations.picker is not None, timeout=5000)
    picker = window.annotations.picker
    qtbot.keyClick(picker.filter, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.annotations.picker is None, timeout=5000)
    assert _stored(store, first.id) == []


def test_qa_finding_promoted_with_one_key(qtbot: Any, make_window: Any, store: Store) -> None:
    window = make_window(synchronous=True)
    view = window.model.views[SIX_MONTHS]
    planted = view.human["uk"].replace("шість місяців", "п'ять місяців")
    store.set_translation(view.segment.id, "uk", planted, Status.APPROVED, Origin.HUMAN)
    shown_by_poll(qtbot, window, view.segment.id, "uk", planted)  # as another program's write
    go_to_segment(qtbot, window, SIX_MONTHS)
    qtbot.waitUntil(lambda: "Numbers and dates" in window.quality.qa_panel.text(),
                    timeout=5000)
    qtbot.keyClick(window.grid, Qt.Key.Key_E, CTRL | ALT)
    qtbot.waitUntil(lambda: len(_stored(store, view.segment.id)) == 1, timeout=5000)
    promoted = _stored(store, view.segment.id)[0]
    assert promoted.category.startswith("accuracy/") and promoted.target == "final"
    assert "п'ять" in promoted.text or promoted.start == promoted.end
    assert promoted.note  # the finding's explanation
    assert "Marked as an error" in window.message.text()


def _cells(model: Any) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_statistics_tab_scores_the_marked_error(qtbot: Any, make_window: Any, store: Store,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("matplotlib")
    threads = threads_of(monkeypatch, lqa_tab, "compute_lqa")
    window = make_window()
    mark_first_character(qtbot, window, store, "grammar", Qt.Key.Key_C)  # critical: 25 points

    view = open_quality_tab(qtbot, window)
    assert view.tabs.currentWidget() is view.lqa_tab
    tab = view.lqa_tab
    qtbot.waitUntil(lambda: tab.scores.rowCount() >= 1
                    and "errors marked" in tab.summary.text(), timeout=20000)
    rows = {r[0]: r for r in _cells(tab.scores)}
    final_row = rows["Final translation"]
    words = int(final_row[2])
    assert final_row[1] == "1" and final_row[3] == "1"  # one segment translated, one error
    assert final_row[7] == "1"  # critical
    assert final_row[8] == "25.0"
    assert final_row[9] == f"{100 - 25 / words * 1000:.1f}" and final_row[10] == "fail"
    assert rows["Human version"][3] == "0" and rows["Human version"][10] == "pass"
    assert _cells(tab.categories)[0][0] == "Linguistic conventions › Grammar"
    qtbot.keyClick(view, Qt.Key.Key_B, ALT)  # the whole library
    qtbot.waitUntil(lambda: view.library_button.isChecked() and tab.scores.rowCount() >= 1
                    and "errors marked" in tab.summary.text(), timeout=20000)
    assert {r[0]: r for r in _cells(tab.scores)}["Final translation"][3] == "1"
    assert len(threads) == 2 and threading.get_ident() not in threads  # on a worker


def test_a_mark_refused_by_the_store_leaves_no_undo_step(qtbot: Any, make_window: Any,
                                                         store: Store) -> None:
    """The mark is an undo step at once; when the writer refuses it (the words were changed
    elsewhere while the picker was open), the message says so and the step is gone."""
    from reviewer.ui.annotation_command import AnnotationCommand

    window = make_window()
    first, picker = picker_on_first_word(qtbot, window, store)
    qtbot.keyClicks(picker.filter, "omis")
    # meanwhile another program rewrites the text the mark points into
    store.set_translation(first.id, "uk", "Зовсім інший текст.", Status.DRAFT, Origin.EDITED,
                          actor="taras")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "changed elsewhere" in window.message.text(), timeout=5000)
    stack = window.review.undo_stack
    assert not any(isinstance(stack.command(i), AnnotationCommand) for i in range(stack.count()))
    assert _stored(store, first.id) == []


def test_undo_pressed_before_the_mark_is_committed_removes_it(qtbot: Any, make_window: Any,
                                                             store: Store) -> None:
    """Ctrl+Z right after Enter in the picker, before the writer has answered: the undo is
    written after the mark (with the id the mark got), so nothing is left marked."""
    window = make_window()
    first, picker = picker_on_first_word(qtbot, window, store)
    qtbot.keyClicks(picker.filter, "omis")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    _activate(window)
    assert not window.writer.settled  # the mark's answer has not arrived yet
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: window.writer.settled, timeout=5000)
    actions = [h[0] for h in Annotations(store).history(first.id)]
    assert actions == ["annotation-add", "annotation-undo"]
    assert _stored(store, first.id) == []
    qtbot.waitUntil(lambda: window.annotations.list.count() == 0, timeout=5000)
