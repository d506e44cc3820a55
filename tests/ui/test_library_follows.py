"""The library's "Approved" column follows the review of the open article: every approval,
rejection and undo shows in its row without a restart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from reviewer.storage.store import Store
from reviewer.ui.models import ArticleIdRole

CTRL = Qt.KeyboardModifier.ControlModifier


def _approved_text(window: Any) -> str:
    """The "Approved" cell of the open article's row, as the library panel displays it."""
    proxy = window.library.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data(ArticleIdRole) == window.article_id:
            return str(proxy.index(row, 3).data(Qt.ItemDataRole.DisplayRole))
    raise AssertionError("the open article is not in the library")


def test_library_counts_follow_approvals_and_undo(qtbot: Any, make_window: Any,
                                                  store: Store) -> None:
    window = make_window()
    total = len(store.segments(window.article_id))
    assert f"UA 0/{total}" in _approved_text(window)
    for _ in range(2):  # approve two segments by keyboard: the human version, Ctrl+Enter
        qtbot.keyClick(window.grid, Qt.Key.Key_2, CTRL)
        qtbot.keyClick(window.grid, Qt.Key.Key_Return, CTRL)
    assert window.progress_label.text().startswith(f"UA approved 2/{total}")
    qtbot.waitUntil(lambda: f"UA 2/{total}" in _approved_text(window))
    assert f"RU 0/{total}" in _approved_text(window)
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL)  # undo the second approval
    qtbot.waitUntil(lambda: f"UA 1/{total}" in _approved_text(window))
    qtbot.keyClick(window.grid, Qt.Key.Key_Up, CTRL)  # back to the approved first segment
    qtbot.keyClick(window.grid, Qt.Key.Key_Up, CTRL)
    assert window.current_row() == 0
    qtbot.keyClick(window.grid, Qt.Key.Key_Return, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: f"UA 0/{total}" in _approved_text(window))  # rejected
