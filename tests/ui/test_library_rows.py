"""The library's rows fit their titles: those on screen when it is listed, and those a person
scrolls to (only rows on screen are measured, so a large library lists without a stall)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from reviewer.core.model import Role, SegmentDraft
from reviewer.storage.store import Store


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
    table = window.library.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 80)
    qtbot.waitUntil(lambda: not _unfitted(table))
    qtbot.keyClick(table.verticalScrollBar(), Qt.Key.Key_End)  # the scroll bar to the bottom
    qtbot.waitUntil(lambda: _rows_on_screen(table).start > 20)
    qtbot.waitUntil(lambda: not _unfitted(table))
