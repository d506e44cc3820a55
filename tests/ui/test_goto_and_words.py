"""Go to segment (Ctrl+G) and the word counts in the status bar and the library, by keys."""

from __future__ import annotations

import re
import warnings
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reviewer.core.wordcount import count_words
from reviewer.storage.store import Store
from reviewer.ui.goto import GoToDialog
from reviewer.ui.models import ArticleIdRole, ArticleListModel

CTRL = Qt.KeyboardModifier.ControlModifier


def _go_to_dialog(qtbot: Any, window: Any) -> GoToDialog:
    qtbot.keyClick(window.grid, Qt.Key.Key_G, CTRL)
    qtbot.waitUntil(lambda: (d := window.findChild(GoToDialog)) is not None and d.isVisible())
    dialog = window.findChild(GoToDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.number)
    return dialog


def test_go_to_segment_by_number(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    total = len(window.model.views)
    dialog = _go_to_dialog(qtbot, window)
    qtbot.keyClicks(dialog.number, "12")  # the current number is selected: typing replaces it
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.model.view_at(window.current_row()).segment.index + 1 == 12
    assert window.editor.view.segment.index + 1 == 12  # the editor shows it

    with warnings.catch_warnings():  # the window manager's part: the window is active again
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
    window.grid.setFocus()
    dialog = _go_to_dialog(qtbot, window)
    assert dialog.number.text() == "12"
    qtbot.keyClicks(dialog.number, "99")
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    assert dialog.isVisible()  # out of range: said, nothing moves
    assert f"There is no segment 99: this article has segments 1 to {total}." \
        in dialog.hint.text()
    assert window.model.view_at(window.current_row()).segment.index + 1 == 12
    qtbot.keyClick(dialog.number, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_go_to_a_segment_hidden_by_the_filter_clears_it(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    qtbot.keyClick(window.grid, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.filter_bar.text, "Stoltenberg")
    qtbot.waitUntil(lambda: len(window.model.visible) < len(window.model.views))
    hidden = next(i for i in range(len(window.model.views)) if i not in window.model.visible)
    window.grid.setFocus()
    dialog = _go_to_dialog(qtbot, window)
    qtbot.keyClicks(dialog.number, str(hidden + 1))
    qtbot.keyClick(dialog.number, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.model.view_at(window.current_row()).segment.index == hidden


def _words(window: Any) -> tuple[int, int, int]:
    """(approved, total, percent) of UA in the status bar."""
    found = re.search(r"UA ([\d,]+)/([\d,]+) words \((\d+) %\)", window.word_status.text())
    assert found, window.word_status.text()
    done, total, percent = (int(g.replace(",", "")) for g in found.groups())
    return done, total, percent


def test_status_bar_words_follow_approval_and_undo(qtbot: Any, make_window: Any,
                                                   store: Store) -> None:
    window = make_window()
    sources = [s.source for s in store.segments(window.article_id)]
    total = sum(count_words(s) for s in sources)
    assert _words(window) == (0, total, 0)
    assert "RU 0/" in window.word_status.text()
    first = count_words(sources[0])
    qtbot.keyClick(window.grid, Qt.Key.Key_2, CTRL)  # the human version, then approve
    qtbot.keyClick(window.grid, Qt.Key.Key_Return, CTRL)
    assert _words(window) == (first, total, round(100 * first / total))
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL)  # undo the approval
    assert _words(window) == (0, total, 0)


def _row_cells(window: Any, article_id: int) -> tuple[str, str]:
    proxy = window.library.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data(ArticleIdRole) == article_id:
            return (str(proxy.index(row, ArticleListModel.APPROVED).data()),
                    str(proxy.index(row, ArticleListModel.SIZE).data()))
    raise AssertionError("no such row")


def test_library_shows_words_and_follows_approvals(qtbot: Any, make_window: Any,
                                                   store: Store) -> None:
    window = make_window()
    total = sum(count_words(s.source) for s in store.segments(window.article_id))
    qtbot.waitUntil(lambda: _row_cells(window, window.article_id)[1] == f"30\n{total:,}")
    assert "UA 0/30 · 0 %" in _row_cells(window, window.article_id)[0]
    for _ in range(3):
        qtbot.keyClick(window.grid, Qt.Key.Key_2, CTRL)
        qtbot.keyClick(window.grid, Qt.Key.Key_Return, CTRL)
    done, _total, percent = _words(window)
    assert done > 0
    qtbot.waitUntil(lambda: f"UA 3/30 · {percent} %" in _row_cells(window, window.article_id)[0])


def test_help_and_menus_list_the_new_actions(make_window: Any) -> None:
    from reviewer.ui.actions import shortcut_table

    window = make_window()
    keys = dict(shortcut_table())
    assert keys["Ctrl+H"] == "Find and replace" and keys["Ctrl+G"] == "Go to segment"
    menus = {a.text(): [x.text() for x in a.menu().actions()]
             for a in window.menuBar().actions()}
    assert "Find and re&place…" in menus["&Edit"]
    assert "&Go to segment…" in menus["&Segment"]
