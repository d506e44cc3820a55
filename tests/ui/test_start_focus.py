"""The window opens with the review grid focused: a translator's first keys review segments,
not filter the library list."""

from __future__ import annotations

import warnings
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reviewer.storage.store import Store
from reviewer.ui import window_view
from reviewer.ui.main_window import MainWindow
from reviewer.ui.settings import Settings


def test_the_review_grid_has_the_focus_when_the_window_opens(
        qtbot: Any, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # a screen wide enough for the library panel, shown (with its filter field) at the start;
    # the window is built and shown as the app does, its focus left to it
    monkeypatch.setattr(window_view, "library_width", lambda _width: 300)
    window = MainWindow(store, Settings({}))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with warnings.catch_warnings():  # the offscreen platform activates no window by itself
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
    assert not window.library_dock.isHidden()
    qtbot.waitUntil(lambda: window.writer.settled and window.article_id is not None)
    assert window.focusWidget() is window.grid
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Down)  # a person's first key: next segment
    assert window.current_row() == 1
