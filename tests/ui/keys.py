"""What several window tests do by keys: make a dialog the active window (the offscreen platform
activates none by itself) and mark an MQM error on the first character of the first segment's
final text through the picker (Ctrl+2, F2, Ctrl+Home, Shift+Right, Ctrl+Shift+E)."""

from __future__ import annotations

import threading
import warnings
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

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
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    final = window.editor.final
    qtbot.keyClick(final, Qt.Key.Key_Home, CTRL)
    qtbot.keyClick(final, Qt.Key.Key_Right, SHIFT)
    qtbot.keyClick(final, Qt.Key.Key_E, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.annotations.picker is not None, timeout=5000)
    picker = window.annotations.picker
    activate(picker)
    qtbot.keyClicks(picker.filter, category)
    qtbot.keyClick(picker.filter, severity, ALT)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(Annotations(store).of_segment(first.id, "uk")) == 1,
                    timeout=5000)
    return first
