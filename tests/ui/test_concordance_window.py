"""The concordance, terms from the window and the glossary window, driven by keys and real
waiting: Ctrl+K with a phrase, Down and Alt+Insert into the final text (saved after the pause);
words selected in the source and the final text, Ctrl+T, Enter into the glossary (highlighted at
once); the glossary window filtered, edited in place, a term deleted and brought back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from reviewer.core.qa.glossary import Term
from reviewer.storage.glossary import GlossaryStore
from reviewer.storage.store import Store
from reviewer.ui.main_window import DRAFT_DELAY_MS
from reviewer.ui.term_dialog import TermDialog
from tests.ui.keys import activate as _activate
from tests.ui.keys import go_to_segment

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
PAUSE_MS = DRAFT_DELAY_MS * 2 + 400


def _type(widget: Any, text: str) -> None:
    """Type ``text`` key by key (QTest's ``keyClicks`` takes ASCII only), as a keyboard would."""
    for ch in text:
        key = Qt.Key.Key_Space if ch == " " else Qt.Key(ord(ch.upper()))
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, ch, Qt.KeyboardModifier.NoModifier)


def _go_to(qtbot: Any, window: Any, index: int) -> None:
    go_to_segment(qtbot, window, index)


def test_ctrl_k_finds_a_phrase_and_alt_insert_puts_it_in_the_final_text(
        qtbot: Any, make_window: Any, store: Store) -> None:
    window = make_window()
    _go_to(qtbot, window, 0)
    final = window.editor.final
    final.setFocus()
    _type(final, "Нам потрібна ")
    qtbot.keyClick(final, Qt.Key.Key_K, CTRL)
    panel = window.lookups.panel
    assert window.lookups.dock.isVisible() and panel.phrase.hasFocus()
    _type(panel.phrase, "оборонна допомога")
    qtbot.waitUntil(lambda: len(panel.model.hits) >= 2, timeout=5000)
    first = panel.model.hits[0]
    assert first.side == "target" and first.insert_text == "Оборонна допомога"
    assert "Оборонна допомога" in panel.model.data(panel.model.index(0, 2), Qt.UserRole + 1)
    qtbot.keyClick(panel.phrase, Qt.Key.Key_Down)
    qtbot.keyClick(panel.phrase, Qt.Key.Key_Insert, ALT)
    assert final.hasFocus()
    assert window.editor.final_text() == "Нам потрібна Оборонна допомога"
    segment = window.model.views[0].segment
    qtbot.wait(PAUSE_MS)
    qtbot.waitUntil(lambda: (store.translation(segment.id, "uk") or Any).text  # type: ignore
                    == "Нам потрібна Оборонна допомога", timeout=5000)


def test_ctrl_k_takes_the_selection_and_enter_inserts_the_whole_target(
        qtbot: Any, make_window: Any) -> None:
    window = make_window()
    _go_to(qtbot, window, 3)  # "The issue of defense assistance"
    source = window.editor.source
    source.setFocus()
    qtbot.keyClick(source, Qt.Key.Key_Home)
    for _ in range(3):
        qtbot.keyClick(source, Qt.Key.Key_Right, CTRL)
    qtbot.keyClick(source, Qt.Key.Key_End, SHIFT)
    assert source.selectedText() == "defense assistance"
    window.editor.final.setFocus()
    qtbot.keyClick(window.editor.final, Qt.Key.Key_K, CTRL)
    panel = window.lookups.panel
    assert panel.phrase.text() == "defense assistance"
    qtbot.waitUntil(lambda: bool(panel.model.hits), timeout=5000)
    assert panel.model.hits[0].side == "source"
    qtbot.keyClick(panel.phrase, Qt.Key.Key_Return)
    assert window.editor.final_text() == panel.model.hits[0].unit.target


def test_ctrl_t_adds_the_selected_words_to_the_glossary(qtbot: Any, make_window: Any,
                                                       store: Store) -> None:
    window = make_window()
    _go_to(qtbot, window, 3)
    source = window.editor.source
    source.setFocus()
    qtbot.keyClick(source, Qt.Key.Key_Home)
    for _ in range(3):
        qtbot.keyClick(source, Qt.Key.Key_Right, CTRL)
    qtbot.keyClick(source, Qt.Key.Key_End, SHIFT)
    final = window.editor.final
    final.setFocus()
    _type(final, "Питання оборонної допомоги")
    qtbot.keyClick(final, Qt.Key.Key_Home)
    qtbot.keyClick(final, Qt.Key.Key_Right, CTRL)
    qtbot.keyClick(final, Qt.Key.Key_End, SHIFT)
    seen: dict[str, str] = {}

    def fill_in() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, TermDialog) and w.isVisible())
        try:
            _activate(dialog)
            seen.update(source=dialog.source.text(), target=dialog.target.text(),
                        focus=type(QApplication.focusWidget()).__name__)
            dialog.note.setFocus()  # a click into the note
            qtbot.keyClicks(dialog.note, "military aid")
            qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(200, fill_in)
    qtbot.keyClick(final, Qt.Key.Key_T, CTRL)
    assert seen == {"source": "defense assistance", "target": "оборонної допомоги",
                    "focus": "QLineEdit"}
    qtbot.waitUntil(lambda: Term("defense assistance", "uk", "оборонної допомоги",
                                 "military aid") in GlossaryStore(store).terms())
    # the new term is highlighted once the glossary is read again (on the writer's thread)
    qtbot.waitUntil(lambda: "background-color" in source.text())
    assert "оборонної допомоги" in window.quality.glossary_note.text()


def test_glossary_window_filters_edits_deletes_and_undoes(qtbot: Any, make_window: Any,
                                                          store: Store) -> None:
    GlossaryStore(store).add([Term("air defense", "uk", "ППО"), Term("air defense", "ru", "ПВО"),
                              Term("Kyiv", "uk", "Київ"), Term("Kyiv", "ru", "Киев")])
    window = make_window()
    qtbot.keyClick(window.grid, Qt.Key.Key_T, CTRL | SHIFT)
    glossary = window.lookups.glossary_window
    assert glossary is not None and glossary.isVisible()
    _activate(glossary)
    qtbot.waitUntil(lambda: glossary.proxy.rowCount() == 2)  # the terms, read by the writer
    _type(glossary.filter, "киї")
    assert glossary.proxy.rowCount() == 1
    qtbot.keyClick(glossary.filter, Qt.Key.Key_Down)
    table = glossary.table
    assert table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Right)  # the Ukrainian column
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "Київ"
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    _type(editor, "Київ; столиця")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Changed" in glossary.status.text())
    assert {t.target for t in GlossaryStore(store).terms("uk")} == {"ППО", "Київ", "столиця"}
    qtbot.keyClick(glossary.filter, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(glossary.filter, Qt.Key.Key_Backspace)
    assert glossary.proxy.rowCount() == 2
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, CTRL)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "Deleted" in glossary.status.text())  # said once committed
    assert {t.source for t in GlossaryStore(store).terms()} == {"Kyiv"}
    assert glossary.proxy.rowCount() == 1
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: "Undone" in glossary.status.text())
    assert {t.source for t in GlossaryStore(store).terms()} == {"Kyiv", "air defense"}
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)  # the edit, undone too
    qtbot.waitUntil(lambda: window.writer.settled)
    assert {t.target for t in GlossaryStore(store).terms("uk")} == {"ППО", "Київ"}
    assert "Changed" in glossary.status.text()  # "Undone: Changed “Kyiv”."


def test_glossary_undo_pressed_before_the_delete_is_committed_brings_the_term_back(
        qtbot: Any, make_window: Any, store: Store) -> None:
    GlossaryStore(store).add([Term("air defense", "uk", "ППО"), Term("Kyiv", "uk", "Київ")])
    window = make_window()
    qtbot.keyClick(window.grid, Qt.Key.Key_T, CTRL | SHIFT)
    glossary = window.lookups.glossary_window
    _activate(glossary)
    qtbot.waitUntil(lambda: glossary.proxy.rowCount() == 2)
    table = glossary.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, CTRL)
    qtbot.keyClick(table, Qt.Key.Key_Delete)  # posted
    assert not window.writer.settled  # its answer has not arrived yet
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)  # undone straight away, written after it
    qtbot.waitUntil(lambda: "Undone" in glossary.status.text())
    assert {t.source for t in GlossaryStore(store).terms()} == {"Kyiv", "air defense"}
    assert glossary.proxy.rowCount() == 2
