"""The window when the store refuses a write: locked by another program, or found damaged.

A translator types into the final text and pauses (the real draft timer fires); the write fails.
The typed text stays in the editor, marked unsaved, the status bar says what happened, that the
text is kept, and what to do; once the store can be written again the next pause saves it.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from reviewer.storage.store import Store  # noqa: E402
from reviewer.ui.main_window import DRAFT_DELAY_MS  # noqa: E402

CTRL = Qt.KeyboardModifier.ControlModifier


def _type_into_final(qtbot: Any, window: Any, text: str) -> int:
    """Open the current segment's final text (F2), type ``text`` and return the segment id."""
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    qtbot.keyClicks(window.editor.final, text)
    return window.editor.view.segment.id


def _kept_and_said(qtbot: Any, window: Any, typed: str, said: str) -> None:
    qtbot.waitUntil(lambda: said in window.message.text(), timeout=15000)
    assert typed in window.editor.final.toPlainText()
    assert window.editor.dirty
    assert "kept in the editor" in window.message.text()


def test_a_locked_store_keeps_the_typed_text_and_saves_it_later(
        qtbot: Any, make_window: Any, store: Store) -> None:
    window = make_window()
    store.conn.db.execute("PRAGMA busy_timeout = 300")  # wait 0.3 s for the lock, not 5 s
    holder = sqlite3.connect(store.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        seg_id = _type_into_final(qtbot, window, "locked draft")
        _kept_and_said(qtbot, window, "locked draft", "locked by another process")
        assert store.translation(seg_id, "uk") is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    qtbot.keyClicks(window.editor.final, " ok")  # the next pause in typing saves it
    qtbot.waitUntil(lambda: not window.editor.dirty, timeout=15000)
    saved = store.translation(seg_id, "uk")
    assert saved is not None and saved.text.endswith("locked draft ok")


def test_a_damaged_store_refuses_the_write_keeps_the_text_and_says_how_to_recover(
        qtbot: Any, make_window: Any, store: Store, tmp_path: Path) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: not window.quality.runner.active, timeout=10000)
    store.conn.checked = False  # a new session: the check runs before its first write
    conn = sqlite3.connect(store.path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master "  # written by every edit,
                        "WHERE name = 'translations_fts_data'").fetchone()[0]  # read by search
    conn.close()
    before = tmp_path / "before.db"
    shutil.copyfile(store.path, before)
    with store.path.open("r+b") as f:  # one zeroed page
        f.seek(page_size * (root - 1))
        f.write(b"\0" * page_size)
    seg_id = _type_into_final(qtbot, window, "damaged draft")
    _kept_and_said(qtbot, window, "damaged draft", "reviewer library recover")
    assert "the database is damaged" in window.message.text()
    qtbot.keyClicks(window.editor.final, " more")  # the next pause is refused again
    # A fixed pause, then a check that nothing was written: no condition to wait for.
    qtbot.wait(2 * DRAFT_DELAY_MS)
    assert window.editor.dirty and "damaged draft more" in window.editor.final.toPlainText()
    assert store.translation(seg_id, "uk") is None  # nothing was written into the file
    assert _pages_except(store.path, root, page_size) == _pages_except(before, root, page_size)


def _pages_except(path: Path, page: int, size: int) -> bytes:
    data = path.read_bytes()
    return data[:size * (page - 1)] + data[size * page:]
