"""The window's GUI thread never waits for the store writer while a person reviews.

``StoreWriter.call`` (hand a job to the writer and wait for its answer) is wrapped to note every
call made on the GUI thread. A translator then opens another article from the library, types,
pauses past the draft delay, approves with Ctrl+Enter, undoes with Ctrl+Z, redoes, moves between
segments and goes back to the first article, all with real keys and real timers; the GUI thread
must not have waited on the writer once. The changes still reach the store, in order, and each
counts as saved only once the writer has committed it.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from reviewer import library  # noqa: E402
from reviewer.core.model import Status  # noqa: E402
from reviewer.storage.store import Store  # noqa: E402
from reviewer.ui.store_writer import StoreWriter  # noqa: E402
from tests.ui.keys import open_other_article

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Where the GUI thread waited on the writer (the caller of each ``call``)."""
    import traceback

    gui = threading.get_ident()
    seen: list[str] = []
    real = StoreWriter.call

    def call(self: StoreWriter, job: Any) -> Any:
        if threading.get_ident() == gui:
            seen.append(traceback.format_stack(limit=3)[0].strip())
        return real(self, job)

    monkeypatch.setattr(StoreWriter, "call", call)
    return seen


def test_reviewing_never_waits_for_the_writer_on_the_gui_thread(
        qtbot: Any, make_window: Any, store: Store, waits: list[str], tmp_path: Path) -> None:
    (tmp_path / "second.en.txt").write_text("A second article.\n\nIt has two paragraphs.\n",
                                            encoding="utf-8")
    library.import_article(store, str(tmp_path / "second.en.txt"), lang="en", title="Second")
    window = make_window()
    qtbot.waitUntil(lambda: window.quality.memory is not None and window.quality.qa_marks.ready)
    first_id = window.article_id
    waits.clear()

    if window.library_dock.isHidden():  # the tests' screen is narrow: the panel starts hidden
        qtbot.keyClick(window.grid, Qt.Key.Key_F9)
    open_other_article(qtbot, window)
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    qtbot.keyClicks(window.editor.final, "typed draft")
    segment = window.model.view_at(window.current_row()).segment
    qtbot.waitUntil(lambda: (t := store.translation(segment.id, "uk")) is not None
                    and t.text == "typed draft", timeout=10000)  # the draft timer saved it
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Return, CTRL)  # approve and move on
    shown = window.model.views[window.model.position_of(segment.id)].translations["uk"]
    assert shown.status is Status.APPROVED  # in the grid at once
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL)  # undo the approval
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)  # redo
    qtbot.keyClick(window.grid, Qt.Key.Key_Down)
    qtbot.keyClick(window.grid, Qt.Key.Key_Up)
    qtbot.keyClick(window.grid, Qt.Key.Key_Down, CTRL)
    qtbot.waitUntil(lambda: window.review.unsaved() == 0)  # every change acknowledged
    open_other_article(qtbot, window)  # and back to the first article
    assert window.article_id == first_id

    assert waits == [], f"the GUI thread waited on the writer {len(waits)} times: {waits[:3]}"
    saved = store.translation(segment.id, "uk")
    assert saved is not None and saved.text == "typed draft" and saved.status is Status.APPROVED
