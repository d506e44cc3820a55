"""Find and replace (Ctrl+H) in the window, driven by keys: type, Tab to the options, Space,
Enter on "Replace all", then read the store; Ctrl+Z undoes the whole replacement at once."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from reviewer import library
from reviewer.core.model import Origin, Status
from reviewer.storage.store import Store
from reviewer.ui.replace_dialog import ReplaceDialog
from tests.ui.keys import open_from_library

CTRL = Qt.KeyboardModifier.ControlModifier
DRAFTS = {0: "Україна просить підтримки", 3: "Україна і НАТО", 7: "Українська мова"}
APPROVED = {5: "Україна схвалена"}


def _seed(store: Store, article_id: int) -> list[Any]:
    segments = store.segments(article_id)
    for index, text in DRAFTS.items():
        store.set_translation(segments[index].id, "uk", text, Status.DRAFT, Origin.EDITED)
    for index, text in APPROVED.items():
        store.set_translation(segments[index].id, "uk", text, Status.APPROVED, Origin.HUMAN)
    return segments


def _texts(store: Store, segments: list[Any]) -> dict[int, tuple[str, Status]]:
    out = {}
    for index in (*DRAFTS, *APPROVED):
        t = store.translation(segments[index].id, "uk")
        out[index] = (t.text, t.status)
    return out


def _open_dialog(qtbot: Any, window: Any) -> ReplaceDialog:
    qtbot.keyClick(window.grid, Qt.Key.Key_H, CTRL)
    qtbot.waitUntil(lambda: window.findChild(ReplaceDialog) is not None
                    and window.findChild(ReplaceDialog).isVisible())
    dialog = window.findChild(ReplaceDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.find_text)
    return dialog


def _tab_to(qtbot: Any, dialog: ReplaceDialog, target: QWidget, limit: int = 20) -> None:
    """Press Tab until ``target`` has the focus, as a person does."""
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target!r}")


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key (QTest's keyClicks takes only ASCII: Cyrillic keys are sent as
    the key events a keyboard layout produces, a key code of 0 with the character's text)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _type_query(qtbot: Any, dialog: ReplaceDialog, find: str, replacement: str) -> None:
    type_text(dialog.find_text, find)
    qtbot.keyClick(dialog.find_text, Qt.Key.Key_Tab)
    type_text(dialog.replace_text, replacement)


def back_to(window: Any) -> None:
    """The window manager's part when a dialog closes: the main window is active again (the
    offscreen platform activates nothing by itself; shortcuts need an active window)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
    window.grid.setFocus()


def _wait_preview(qtbot: Any, dialog: ReplaceDialog, rows: int) -> None:
    qtbot.waitUntil(lambda: dialog.model.rowCount() == rows)


def test_replace_all_is_one_undo_step_and_leaves_approved_alone(
        qtbot: Any, make_window: Any, store: Store) -> None:
    window = make_window()
    segments = _seed(store, window.article_id)
    open_from_library(qtbot, window, window.article_id)  # read again what was seeded
    before = _texts(store, segments)
    dialog = _open_dialog(qtbot, window)
    _type_query(qtbot, dialog, "Україна", "Країна")
    qtbot.keyClick(dialog.replace_text, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.regex, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.whole_word
    qtbot.keyClick(dialog.whole_word, Qt.Key.Key_Space)  # "Українська" is not the whole word
    assert dialog.whole_word.isChecked()
    _wait_preview(qtbot, dialog, 3)  # two drafts, and the approved one listed, left alone
    assert "left alone: 1" in dialog.message.text()
    _tab_to(qtbot, dialog, dialog.replace_all)
    qtbot.keyClick(dialog.replace_all, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.translation(segments[3].id, "uk").text == "Країна і НАТО")
    after = _texts(store, segments)
    assert after[0] == ("Країна просить підтримки", Status.DRAFT)
    assert after[7] == before[7]  # whole words only
    assert after[5] == before[5]  # approved: left alone
    assert window.model.views[3].translations["uk"].text == "Країна і НАТО"  # the grid follows
    qtbot.waitUntil(lambda: "Texts replaced: 2" in dialog.message.text())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    back_to(window)
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL)  # one undo: both texts back
    qtbot.waitUntil(lambda: _texts(store, segments) == before)
    assert window.model.views[0].translations["uk"].text == DRAFTS[0]
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: _texts(store, segments) == after)  # and one redo


def test_approved_change_when_asked_and_keep_their_status(
        qtbot: Any, make_window: Any, store: Store) -> None:
    window = make_window()
    segments = _seed(store, window.article_id)
    open_from_library(qtbot, window, window.article_id)
    dialog = _open_dialog(qtbot, window)
    _type_query(qtbot, dialog, "схвалена", "затверджена")
    _wait_preview(qtbot, dialog, 1)
    assert not dialog.replace_all.isEnabled()  # only an approved text matches
    _tab_to(qtbot, dialog, dialog.include)
    qtbot.keyClick(dialog.include, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.include, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.keep
    qtbot.keyClick(dialog.keep, Qt.Key.Key_Space)
    qtbot.waitUntil(dialog.replace_all.isEnabled)
    _tab_to(qtbot, dialog, dialog.replace_all)
    qtbot.keyClick(dialog.replace_all, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.translation(segments[5].id, "uk").text == "Україна затверджена")
    assert store.translation(segments[5].id, "uk").status is Status.APPROVED


def test_a_bad_regular_expression_is_said_and_nothing_is_written(
        qtbot: Any, make_window: Any, store: Store) -> None:
    window = make_window()
    segments = _seed(store, window.article_id)
    open_from_library(qtbot, window, window.article_id)
    before = _texts(store, segments)
    dialog = _open_dialog(qtbot, window)
    _type_query(qtbot, dialog, "Укр(аїна", "x")
    qtbot.keyClick(dialog.replace_text, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.regex, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "not a regular expression" in dialog.message.text())
    assert dialog.message.text().startswith("Nothing replaced")
    assert not dialog.replace_all.isEnabled() and dialog.model.rowCount() == 0
    _tab_to(qtbot, dialog, dialog.replace_all.parentWidget().findChildren(QWidget)[0])
    qtbot.wait(300)
    assert _texts(store, segments) == before


def test_library_scope_replaces_in_other_articles_as_one_step(
        qtbot: Any, make_window: Any, store: Store, tmp_path: Path) -> None:
    (tmp_path / "second.en.txt").write_text("Ukraine again.\n\nAnd more.\n", encoding="utf-8")
    second = library.import_article(store, str(tmp_path / "second.en.txt"), lang="en",
                                    title="Second")
    other = store.segments(second.id)[0]
    store.set_translation(other.id, "uk", "Знову Україна", Status.DRAFT, Origin.EDITED)
    window = make_window()
    open_from_library(qtbot, window, 1)
    segments = _seed(store, 1)
    open_from_library(qtbot, window, 1)
    dialog = _open_dialog(qtbot, window)
    _type_query(qtbot, dialog, "Україна", "Країна")
    qtbot.keyClick(dialog.replace_text, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # "&In:"
    assert QApplication.focusWidget() is dialog.scope
    qtbot.keyClick(dialog.scope, Qt.Key.Key_Down)  # whole library
    assert dialog.library_scope()
    _wait_preview(qtbot, dialog, 4)  # 2 drafts + 1 approved here, 1 draft in the other article
    assert not dialog.table.isColumnHidden(0)  # the article column
    _tab_to(qtbot, dialog, dialog.replace_all)
    qtbot.keyClick(dialog.replace_all, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.translation(other.id, "uk").text == "Знову Країна")
    assert store.translation(segments[0].id, "uk").text == "Країна просить підтримки"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    back_to(window)
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: store.translation(other.id, "uk").text == "Знову Україна")
    assert store.translation(segments[0].id, "uk").text == DRAFTS[0]
