"""What several window tests do by keys: make a dialog the active window (the offscreen platform
activates none by itself), choose a menu item by Alt and its letter, answer a modal dialog by
keys, press a button by its Alt key (waiting for its press animation), and mark an MQM error on
the first character of the first segment's final text through the picker (Ctrl+2, F2, Ctrl+Home,
Shift+Right, Ctrl+Shift+E)."""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from reviewer.core.model import Segment
from reviewer.storage.annotations import Annotations
from reviewer.storage.store import Store

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def activate(window: Any) -> None:
    """Make ``window`` the active one, as a person's click would."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)


def from_menu(qtbot: Any, window: Any, menu: Qt.Key, item: Qt.Key) -> None:
    """Open a menu of ``window`` by its Alt key (Alt+F: File) and choose an item by its
    underlined letter, as a person does without the mouse (for items with no shortcut)."""
    activate(window)
    qtbot.keyClick(window.focusWidget() or window, menu, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=3000)
    popup = QApplication.activePopupWidget()
    qtbot.keyClick(popup, item)
    assert not popup.isVisible()


def in_modal(kind: type, keys: Callable[[Any], None], within_ms: int = 10000) -> list[Any]:
    """Once a modal dialog of ``kind`` opens (its own event loop running), make it active and
    press ``keys`` in it, as a person at the dialog would; the dialogs seen (a list that grows).
    A step that fails does not leave the dialog waiting for a person: it is closed (rejected).
    No dialog within ``within_ms``: nothing is pressed (the list stays empty)."""
    seen: list[Any] = []
    tries = [within_ms // 20]

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(20, act)
            return
        seen.append(dialog)
        activate(dialog)
        try:
            keys(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, act)
    return seen


def alt_key(qtbot: Any, widget: Any, key: Qt.Key, until: Callable[[], bool]) -> None:
    """Press Alt+``key`` (a button's or label's underlined letter) in ``widget``'s window and wait
    until ``until()``: a button's mnemonic clicks it after a short press animation on a timer."""
    qtbot.keyClick(widget, key, ALT)
    qtbot.waitUntil(until, timeout=2000)


def press_by_alt(qtbot: Any, widget: Any, key: Qt.Key, button: Any) -> None:
    """Press Alt+``key`` in ``widget`` for the push ``button`` underlined with that letter and
    wait until the button is up again: it is clicked once its short press animation ends."""
    qtbot.keyClick(widget, key, ALT)
    assert button.isDown(), f"Alt+{key.name[4:]} did not press {button.text()!r}"
    qtbot.waitUntil(lambda: not button.isDown(), timeout=2000)


def go_to_segment(qtbot: Any, window: Any, index: int) -> None:
    """Go to segment ``index`` (counted from 0; the grid numbers it from 1) as a person does:
    Ctrl+G, its number typed over the one shown, Enter; then the window is active again."""
    from reviewer.ui.goto import GoToDialog

    activate(window)
    qtbot.keyClick(window.grid, Qt.Key.Key_G, CTRL)
    qtbot.waitUntil(lambda: (d := window.findChild(GoToDialog)) is not None and d.isVisible())
    dialog = window.findChild(GoToDialog)
    activate(dialog)
    qtbot.waitUntil(dialog.number.hasFocus)
    qtbot.keyClick(dialog.number, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.number, str(index + 1))
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    activate(window)  # the window manager's part: the window is active again
    assert window.model.view_at(window.current_row()).segment.index == index


def threads_of(monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> list[int]:
    """The threads ``module.name`` is called on from now on (a list that grows)."""
    threads: list[int] = []
    original = getattr(module, name)

    def noted(*args: Any) -> Any:
        threads.append(threading.get_ident())
        return original(*args)

    monkeypatch.setattr(module, name, noted)
    return threads


def mark_first_character(qtbot: Any, window: Any, store: Store, category: str,
                         severity: Qt.Key) -> Segment:
    """Take the human version into the first segment's final text, select its first character
    and mark it as ``category`` (typed in the picker's filter) with the severity whose Alt key
    is ``severity``; the first segment, once the error is stored."""
    first = store.segments(window.article_id)[0]
    qtbot.keyClick(window.grid, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: store.translation(first.id, "uk") is not None, timeout=5000)
    mark_in_final(qtbot, window, category, severity)
    qtbot.waitUntil(lambda: len(Annotations(store).of_segment(first.id, "uk")) == 1,
                    timeout=5000)
    return first


def mark_in_final(qtbot: Any, window: Any, category: str, severity: Qt.Key) -> None:
    """In the current segment: F2, select the final text's first character, Ctrl+Shift+E, type
    ``category`` in the picker's filter, the severity's Alt key, Enter."""
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    picker = picker_on(qtbot, window, window.editor.final, 1)
    qtbot.keyClicks(picker.filter, category)
    qtbot.keyClick(picker.filter, severity, ALT)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)


def picker_on_first_word(qtbot: Any, window: Any, store: Store) -> tuple[Segment, Any]:
    """Take the human version into the first segment's final text, select its first word and
    open the error picker on it (Ctrl+Shift+E); the segment and the picker, made active."""
    first = store.segments(window.article_id)[0]
    qtbot.keyClick(window.grid, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: store.translation(first.id, "uk") is not None, timeout=5000)
    word = store.translation(first.id, "uk").text.split()[0]
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    return first, picker_on(qtbot, window, window.editor.final, len(word))


def picker_on(qtbot: Any, window: Any, text_view: Any, chars: int) -> Any:
    """Select the first ``chars`` characters of ``text_view`` (Ctrl+Home, Shift+Right) and open
    the error picker on them (Ctrl+Shift+E); the picker, shown and made active."""
    qtbot.keyClick(text_view, Qt.Key.Key_Home, CTRL)
    for _ in range(chars):
        qtbot.keyClick(text_view, Qt.Key.Key_Right, SHIFT)
    qtbot.keyClick(text_view, Qt.Key.Key_E, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.annotations.picker is not None
                    and window.annotations.picker.isVisible(), timeout=5000)
    picker = window.annotations.picker
    activate(picker)
    return picker


def open_quality_tab(qtbot: Any, window: Any) -> Any:
    """Open the statistics window (Ctrl+Shift+S) on its Quality (MQM) tab (Alt+M)."""
    activate(window)
    qtbot.keyClick(window.grid, Qt.Key.Key_S, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.stats_view is not None and window.stats_view.isVisible())
    view = window.stats_view
    activate(view)
    qtbot.keyClick(view, Qt.Key.Key_M, ALT)
    return view


def shown_by_poll(qtbot: Any, window: Any, segment_id: int, lang: str, text: str) -> None:
    """Wait until the window shows ``text`` as segment ``segment_id``'s ``lang`` translation,
    written to the store beside it (as by another program): its live updates poll the store on a
    timer and put what changed into the grid. Returns as the grid's model takes it (what is
    queued after that, such as the idle checks of painted rows, has not run yet)."""
    position = window.model.position_of(segment_id)
    assert position is not None

    def shown(*_changed: Any) -> bool:
        held = window.model.views[position].translations.get(lang)
        return held is not None and held.text == text

    if not shown():
        with qtbot.waitSignal(window.model.dataChanged, timeout=5000, check_params_cb=shown):
            pass


def library_row(qtbot: Any, window: Any, article_id: int) -> Any:
    """The library's table with ``article_id``'s row current, reached by keys (F9 shows the
    panel if hidden, Ctrl+Home, Down to its row)."""
    from reviewer.ui.models import ArticleIdRole

    activate(window)
    if window.library_dock.isHidden():
        qtbot.keyClick(window.grid, Qt.Key.Key_F9)  # View > Library panel
    # the library lists what is in the store (one added beside the window: after a poll)
    qtbot.waitUntil(lambda: window.library.model.row_of(article_id) is not None, timeout=5000)
    table = window.library.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, CTRL)
    for _ in range(table.model().rowCount()):
        if table.currentIndex().data(ArticleIdRole) == article_id:
            break
        qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().data(ArticleIdRole) == article_id
    return table


def open_from_library(qtbot: Any, window: Any, article_id: int) -> None:
    """Open ``article_id`` from the library by keys (Ctrl+Home, Down to its row, Enter), as a
    person does, also to see again the article shown once another program changed it; returns
    once it is read and shown."""
    table = library_row(qtbot, window, article_id)
    shown = window.model.views
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.views is not shown and window.article_id == article_id)
    qtbot.waitUntil(lambda: window.writer.settled)


def open_other_article(qtbot: Any, window: Any) -> None:
    """Open the article that is not open from the library, by keyboard (arrows, Enter)."""
    from reviewer.ui.models import ArticleIdRole

    table = window.library.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home, CTRL)
    if table.currentIndex().data(ArticleIdRole) == window.article_id:
        qtbot.keyClick(table, Qt.Key.Key_Down)
    was = window.article_id
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.article_id != was)
