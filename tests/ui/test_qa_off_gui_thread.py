"""The grid's QA badges are checked on a worker: the GUI thread only paints them; the window's
process hands the interpreter lock over every millisecond.

Each check makes one dictionary call per word; on the GUI thread, beside a store writer busy with
a 20,000-segment article, each call waited for Python's interpreter lock, and the window stalled
for 100-300 ms while the badges of the first screenful were checked."""

from __future__ import annotations

import sys
import threading
from typing import Any

import pytest

from reviewer.core.model import Origin, Status
from reviewer.storage.store import Store
from reviewer.ui import qa_marks
from reviewer.ui.review_model import QaRole
from tests.ui.keys import go_to_segment, shown_by_poll

SIX_MONTHS = 18  # "it took the United States six months" / "шість місяців"


def test_badges_are_checked_off_the_gui_thread(qtbot: Any, make_window: Any, store: Store,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    checked: list[tuple[int, str]] = []  # (thread, target text) of every check
    check_text = qa_marks.check_text

    def noted(source: str, target: str, *args: Any) -> Any:
        checked.append((threading.get_ident(), target))
        return check_text(source, target, *args)

    monkeypatch.setattr(qa_marks, "check_text", noted)
    window = make_window()
    qtbot.waitUntil(lambda: window.quality.qa_marks.ready)
    row = window.model.row_of_segment(SIX_MONTHS)
    go_to_segment(qtbot, window, SIX_MONTHS - 1)  # Ctrl+G: the editor checks that one
    assert window.current_row() == row - 1
    view = window.model.views[SIX_MONTHS]
    planted = view.human["uk"].replace("шість місяців", "п'ять місяців")
    store.set_translation(view.segment.id, "uk", planted, Status.APPROVED, Origin.HUMAN)
    shown_by_poll(qtbot, window, view.segment.id, "uk", planted)  # written by another program
    cell = window.model.index(row, 0)
    qtbot.waitUntil(lambda: window.model.index(row, 0).data(QaRole)[0] >= 1)  # the badge
    assert cell.data(QaRole)[1] >= 1  # found in the final text
    gui = threading.get_ident()
    assert [t for t, text in checked if text == planted] != []
    assert all(t != gui for t, text in checked if text == planted), "checked on the GUI thread"
    qtbot.waitUntil(lambda: window.quality.grid_marks.pending == 0)  # the queue drains


def test_the_window_hands_the_interpreter_lock_over_often(make_window: Any) -> None:
    """The GUI thread gives Python's interpreter lock up at each dictionary call and many Qt
    calls; with Python's default switch interval (5 ms) it then waited up to 5 ms each time for
    the store writer or a worker to hand it back. The window's process switches every 1 ms."""
    default = sys.getswitchinterval()
    sys.setswitchinterval(0.005)
    try:
        make_window()
        assert sys.getswitchinterval() <= 0.001 + 1e-9
    finally:
        sys.setswitchinterval(default)
