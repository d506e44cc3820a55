"""No silent overwrite in the window: another process changes the segment being typed in, the
save is refused, and the dialog's choices (by real keys) leave the store as the person chose.

Each test types in the window by keys and waits on the real draft timer; the other reviewer is a
second :class:`Store` on the same file (a second connection, as another process has).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reviewer.core.model import Origin, Status
from reviewer.storage.store import Store

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
WAIT_MS = 10_000
BASE = "Stoltenberg visited Kyiv on Tuesday."
THEIRS = "NATO chief Stoltenberg visited Kyiv on Tuesday."
MINE = "Stoltenberg visited Kyiv on Wednesday."
MERGED = "NATO chief Stoltenberg visited Kyiv on Wednesday."


@pytest.fixture
def other(store: Store) -> Iterator[Store]:
    """Another reviewer's connection to the same database file."""
    with Store(store.path) as s:
        yield s


def _start(qtbot: Any, make_window: Any, store: Store, other: Store) -> tuple[Any, int]:
    """A window on a segment holding BASE (saved by the window), then changed by olena."""
    window = make_window()
    seg = store.segments(window.article_id)[window.current_row()]
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    qtbot.keyClicks(window.editor.final, BASE)
    qtbot.waitUntil(lambda: (t := store.translation(seg.id, "uk")) is not None
                    and t.text == BASE, timeout=WAIT_MS)
    other.set_translation(seg.id, "uk", THEIRS, Status.DRAFT, Origin.EDITED, actor="olena")
    # Mine (typed as plain keys: the offscreen platform types ASCII): Tuesday becomes Wednesday.
    for _ in range(len("Tuesday.")):
        qtbot.keyClick(window.editor.final, Qt.Key.Key_Backspace)
    qtbot.keyClicks(window.editor.final, "Wednesday.")
    qtbot.waitUntil(lambda: window.conflicts.dialog is not None
                    and window.conflicts.dialog.isVisible(), timeout=WAIT_MS)
    return window, seg.id


def _press(qtbot: Any, window: Any, key: Qt.Key) -> None:
    dialog = window.conflicts.dialog
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(dialog)
    qtbot.keyClick(dialog, key, ALT)
    qtbot.waitUntil(lambda: window.conflicts.dialog is None, timeout=WAIT_MS)


def test_the_dialog_shows_theirs_who_and_mine(qtbot: Any, make_window: Any, store: Store,
                                              other: Store) -> None:
    window, seg = _start(qtbot, make_window, store, other)
    dialog = window.conflicts.dialog
    assert dialog.theirs.toPlainText() == THEIRS
    assert dialog.mine.toPlainText() == MINE
    assert "changed by olena at " in dialog.heading.text()
    assert store.translation(seg, "uk").updated_at in dialog.heading.text()
    assert store.translation(seg, "uk").text == THEIRS  # nothing overwritten


def test_keep_mine_writes_mine_on_the_version_stored(qtbot: Any, make_window: Any,
                                                     store: Store, other: Store) -> None:
    window, seg = _start(qtbot, make_window, store, other)
    _press(qtbot, window, Qt.Key.Key_M)
    t = store.translation(seg, "uk")
    assert t.text == MINE and t.version == 3
    me = window.review.service.actor  # the window's reviewer name (the OS user here)
    assert [h.actor for h in store.history(seg, "uk")] == [me, "olena", me]
    assert window.editor.final_text() == t.text


def test_keep_theirs_writes_nothing_and_shows_theirs(qtbot: Any, make_window: Any,
                                                     store: Store, other: Store) -> None:
    window, seg = _start(qtbot, make_window, store, other)
    _press(qtbot, window, Qt.Key.Key_T)
    qtbot.wait(1500)  # a pause: the draft timer would save a left-over edit now
    assert store.translation(seg, "uk").text == THEIRS
    assert len(store.history(seg, "uk")) == 2
    assert window.editor.final_text() == THEIRS
    assert window.model.views[window.model.position_of(seg)].translations["uk"].text == THEIRS


def test_copy_theirs_into_the_editor_then_typing_saves_on_theirs(
        qtbot: Any, make_window: Any, store: Store, other: Store) -> None:
    window, seg = _start(qtbot, make_window, store, other)
    _press(qtbot, window, Qt.Key.Key_C)
    assert window.editor.final_text() == THEIRS
    qtbot.keyClick(window.editor.final, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(window.editor.final, " Yes.")
    qtbot.waitUntil(lambda: store.translation(seg, "uk").text == THEIRS + " Yes.",
                    timeout=WAIT_MS)
    assert store.translation(seg, "uk").version == 3


def test_the_merge_keeps_both_changes(qtbot: Any, make_window: Any, store: Store,
                                      other: Store) -> None:
    window, seg = _start(qtbot, make_window, store, other)
    assert window.conflicts.dialog.merged.toPlainText() == MERGED
    _press(qtbot, window, Qt.Key.Key_E)
    t = store.translation(seg, "uk")
    assert (t.text, t.status) == (MERGED, Status.DRAFT)


def test_an_approval_on_a_stale_version_is_asked_about_and_kept(
        qtbot: Any, make_window: Any, store: Store, other: Store) -> None:
    window = make_window()
    seg = store.segments(window.article_id)[window.current_row()]
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    qtbot.keyClicks(window.editor.final, BASE)
    qtbot.waitUntil(lambda: (t := store.translation(seg.id, "uk")) is not None
                    and t.text == BASE, timeout=WAIT_MS)
    # The same text, written again elsewhere: only the version tells it changed.
    other.set_translation(seg.id, "uk", BASE, Status.REJECTED, Origin.EDITED, actor="olena")
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Return, CTRL)  # approve
    qtbot.waitUntil(lambda: window.conflicts.dialog is not None, timeout=WAIT_MS)
    assert store.translation(seg.id, "uk").status is Status.REJECTED
    _press(qtbot, window, Qt.Key.Key_M)
    t = store.translation(seg.id, "uk")
    assert (t.text, t.status, t.version) == (BASE, Status.APPROVED, 3)
