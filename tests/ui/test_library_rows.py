"""The library's rows fit their titles: those on screen when it is listed, and those a person
scrolls to (only rows on screen are measured, so a large library lists without a stall)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from reviewer.core.model import Role, SegmentDraft
from reviewer.storage.store import Store
from reviewer.ui.models import ArticleListModel


def _rows_on_screen(table: Any) -> range:
    first = table.rowAt(0)
    last = table.rowAt(table.viewport().height() - 1)
    last = table.model().rowCount() - 1 if last < 0 else last
    return range(first, last + 1)


def _unfitted(table: Any) -> list[int]:
    return [row for row in _rows_on_screen(table)
            if table.rowHeight(row) != table.sizeHintForRow(row)]


def test_library_rows_fit_their_titles_where_a_person_scrolls(qtbot: Any, make_window: Any,
                                                              store: Store) -> None:
    for n in range(80):
        title = f"Article {n}: " + "a rather long headline that wraps " * (1 + n % 3)
        store.add_article(title, "en", f"{n}.txt", [SegmentDraft(0, Role.BODY, "One.")])
    window = make_window()
    if window.library_dock.isHidden():  # the tests' screen is narrow: the panel starts hidden
        qtbot.keyClick(window.grid, Qt.Key.Key_F9)  # (a hidden table's rows are not fitted)
    table = window.library.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 80)
    qtbot.waitUntil(lambda: not _unfitted(table))
    qtbot.keyClick(table.verticalScrollBar(), Qt.Key.Key_End)  # the scroll bar to the bottom
    qtbot.waitUntil(lambda: _rows_on_screen(table).start > 20)
    qtbot.waitUntil(lambda: not _unfitted(table))


def test_a_hidden_library_measures_none_of_its_rows(qtbot: Any, make_window: Any, store: Store,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt measures every row of a hidden table to fit its columns: a 200-article library held
    the GUI thread for 17 ms of its own at each listing and selection, while the panel was not
    even shown. Hidden, nothing is measured; shown (F9), the columns fit the rows on screen."""
    for n in range(60):
        store.add_article(f"Article {n}", "en", f"{n}.txt", [SegmentDraft(0, Role.BODY, "One.")])
    asked: set[int] = set()
    data = ArticleListModel.data

    def counted(self: ArticleListModel, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            asked.add(index.row())
        return data(self, index, role)

    monkeypatch.setattr(ArticleListModel, "data", counted)
    window = make_window()
    assert window.library_dock.isHidden()  # the tests' screen is narrow: the panel starts hidden
    table = window.library.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 60 and window.writer.settled)
    qtbot.wait(50)
    assert window.library_dock.isHidden()
    assert not asked, sorted(asked)  # listed, counted and selected: no row measured
    qtbot.keyClick(window.grid, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: table.isVisible() and not window.library.fit_timer.isActive())
    size = ArticleListModel.SIZE
    qtbot.waitUntil(lambda: table.columnWidth(size) >= table.sizeHintForColumn(size))
    assert max(asked) < 60  # the rows on screen, not the whole library
