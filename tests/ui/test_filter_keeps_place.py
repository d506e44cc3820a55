"""Changing the filter keeps the reviewer's place: the current segment stays current while it is
shown, else the nearest shown segment becomes current (never a jump to segment 1)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier


def _current_segment(window: Any) -> int:
    return window.model.view_at(window.current_row()).segment.index


def _shared_word(window: Any, index: int) -> str:
    """A word of segment ``index``'s source that an earlier segment has too."""
    sources = [v.segment.source.casefold() for v in window.model.views]
    for word in re.findall(r"[a-z]{4,}", sources[index]):
        if any(re.search(rf"\b{word}\b", s) for s in sources[:index]):
            return word
    raise AssertionError(f"segment {index + 1} shares no word with an earlier one")


def test_filter_keeps_the_current_segment(qtbot: Any, make_window: Any) -> None:
    window = make_window()
    for _ in range(3):  # approve segments 1-3 from the human version
        qtbot.keyClick(window.grid, Qt.Key.Key_2, CTRL)
        qtbot.keyClick(window.grid, Qt.Key.Key_Return, CTRL)
    for _ in range(5):
        qtbot.keyClick(window.grid, Qt.Key.Key_Down, CTRL)
    place = _current_segment(window)
    assert place == 8
    word = _shared_word(window, place)
    qtbot.keyClick(window.grid, Qt.Key.Key_F, CTRL)  # find: type a word segment 9 has
    qtbot.keyClicks(window.filter_bar.text, word)
    assert 0 < len(window.model.visible) < len(window.model.views)
    assert window.current_row() > 0 and _current_segment(window) == place
    qtbot.keyClick(window.filter_bar.text, Qt.Key.Key_Escape)  # Esc shows all again
    assert len(window.model.visible) == len(window.model.views)
    assert _current_segment(window) == place
    # Back on segment 2 (approved in UA), show only segments new in UA: the nearest is 4.
    for _ in range(place - 1):
        qtbot.keyClick(window.grid, Qt.Key.Key_Up, CTRL)
    assert _current_segment(window) == 1
    qtbot.keyClick(window.grid, Qt.Key.Key_F, CTRL)  # the filter bar, its text field focused
    assert window.filter_bar.text.hasFocus()
    qtbot.keyClick(window.filter_bar.text, Qt.Key.Key_Tab)  # the status list,
    assert window.filter_bar.status.hasFocus()
    qtbot.keyClick(window.filter_bar.status, Qt.Key.Key_Tab)  # then the language list
    assert window.filter_bar.lang.hasFocus()
    qtbot.keyClick(window.filter_bar.lang, Qt.Key.Key_Down)  # "all languages" -> "UA"
    assert window.filter_bar.lang.currentData() == "uk" and _current_segment(window) == 1
    qtbot.keyClick(window.filter_bar.lang, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.filter_bar.status.hasFocus()
    qtbot.keyClick(window.filter_bar.status, Qt.Key.Key_Down)  # "any status" -> "new"
    assert window.filter_bar.status.currentData() is not None
    assert _current_segment(window) == 3
