"""The window's GUI thread makes no database call while a person reviews.

Every SQLite connection of the process gets a trace callback (the fixture's own connection, and
every one opened after, through a wrapped ``sqlite3.connect``) that notes the thread running
each statement. A translator then opens another article from the library, types, pauses past
the draft delay, approves, undoes, redoes and goes back to the first article, all with real keys
and real timers; no statement may run on the GUI thread meanwhile. The writes happen (the store
is read afterwards), on the store writer's thread.

A second test opens the statistics, lets them follow another article chosen in the library and
takes the realignment offer after a fetch: titles come from the library's rows, plans and reads
run on the writer's thread or a worker's.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402

from reviewer import library  # noqa: E402
from reviewer.core.model import Status  # noqa: E402
from reviewer.storage.store import Store  # noqa: E402
from reviewer.ui.main_window import DRAFT_DELAY_MS  # noqa: E402
from tests.engines.servers import MTServer  # noqa: E402
from tests.ui.keys import activate, open_other_article

CTRL = Qt.KeyboardModifier.ControlModifier
PAUSE_MS = DRAFT_DELAY_MS * 2 + 400


class Statements:
    """The SQL statements run on each thread, from every connection traced."""

    def __init__(self) -> None:
        self.by_thread: list[tuple[int, str]] = []
        self.lock = threading.Lock()

    def trace(self, conn: sqlite3.Connection) -> None:
        def note(sql: str) -> None:
            with self.lock:
                self.by_thread.append((threading.get_ident(), sql))
        conn.set_trace_callback(note)

    def on(self, thread: int) -> list[str]:
        with self.lock:
            return [sql for ident, sql in self.by_thread if ident == thread]

    def clear(self) -> None:
        with self.lock:
            self.by_thread.clear()


@pytest.fixture
def statements(monkeypatch: pytest.MonkeyPatch, store: Store) -> Statements:
    seen = Statements()
    seen.trace(store.conn.db.conn)
    real = sqlite3.connect

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = real(*args, **kwargs)
        seen.trace(conn)
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    return seen


@pytest.fixture
def mt_server() -> Iterator[MTServer]:
    """A loopback machine-translation server (LibreTranslate's protocol)."""
    with MTServer("libre") as server:
        yield server


def test_reviewing_makes_no_database_call_on_the_gui_thread(
        qtbot: Any, make_window: Any, store: Store, statements: Statements,
        tmp_path: Path) -> None:
    (tmp_path / "second.en.txt").write_text("A second article.\n\nIt has two paragraphs.\n",
                                            encoding="utf-8")
    second = library.import_article(store, str(tmp_path / "second.en.txt"), lang="en",
                                    title="Second")
    window = make_window()
    qtbot.waitUntil(lambda: window.quality.memory is not None and window.quality.qa_marks.ready)
    first_id = window.article_id
    gui = threading.get_ident()
    statements.clear()

    if window.library_dock.isHidden():  # the tests' screen is narrow: the panel starts hidden
        qtbot.keyClick(window.grid, Qt.Key.Key_F9)
    open_other_article(qtbot, window)
    assert window.article_id in (second.id, second.id - 1) and window.article_id != first_id
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    qtbot.keyClicks(window.editor.final, "typed draft")
    qtbot.wait(PAUSE_MS)  # the draft timer saves it
    assert not window.editor.dirty
    segment = window.model.view_at(window.current_row()).segment
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Return, CTRL)  # approve and move on
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL)  # undo the approval
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)  # redo
    open_other_article(qtbot, window)  # and back to the first article
    assert window.article_id == first_id

    on_gui = statements.on(gui)
    assert on_gui == [], f"{len(on_gui)} statements on the GUI thread, first: {on_gui[:5]}"
    assert statements.by_thread, "nothing was traced: the test would prove nothing"
    saved = store.translation(segment.id, "uk")
    assert saved is not None and saved.text == "typed draft" and saved.status is Status.APPROVED


def test_statistics_and_the_library_make_no_database_call_on_the_gui_thread(
        qtbot: Any, make_window: Any, store: Store, statements: Statements,
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mt_server: MTServer) -> None:
    """Opening the statistics (Ctrl+Shift+S), letting them follow another article chosen in the
    library, and the realignment offer after a fetch: their titles come from the library's rows
    and their reads and plans run on the writer's or a worker's thread."""
    (tmp_path / "second.en.txt").write_text("A second article.\n\nIt has two paragraphs.\n",
                                            encoding="utf-8")
    library.import_article(store, str(tmp_path / "second.en.txt"), lang="en", title="Second")
    server = mt_server  # F5 fetches from it
    window = make_window({"engine": "libre", "engine_url": server.url})
    qtbot.waitUntil(lambda: window.quality.memory is not None and window.quality.qa_marks.ready)
    offers: list[int | None] = []
    real_offer = window.realign.offer
    monkeypatch.setattr(window.realign, "offer", lambda article_id, langs: (
        offers.append(article_id), real_offer(article_id, langs)))  # seen, then made
    gui = threading.get_ident()
    statements.clear()

    qtbot.keyClick(window.grid, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.stats_view is not None and bool(window.stats_view.stats))
    view = window.stats_view
    qtbot.waitUntil(lambda: not view.runner.active)
    if window.library_dock.isHidden():
        qtbot.keyClick(window.grid, Qt.Key.Key_F9)
    open_other_article(qtbot, window)
    qtbot.waitUntil(lambda: view.article_id == window.article_id and not view.runner.active)
    title = window.library.model.title_of(window.article_id)
    assert title and title in view.article_button.text()
    activate(window)  # back from the statistics window
    qtbot.keyClick(window.grid, Qt.Key.Key_F5)  # fetch: the realignment is offered after it
    qtbot.waitUntil(lambda: server.requests > 0 and not window.runner.active, timeout=30000)
    qtbot.waitUntil(lambda: offers == [window.article_id])
    planned: list[object] = []
    window.writer.post(lambda _store: None, planned.append)  # runs after the plan, in order
    qtbot.waitUntil(lambda: planned != [])

    on_gui = statements.on(gui)
    assert on_gui == [], f"{len(on_gui)} statements on the GUI thread, first: {on_gui[:5]}"
    assert statements.by_thread, "nothing was traced: the test would prove nothing"


def test_find_and_replace_in_the_library_makes_no_database_call_on_the_gui_thread(
        qtbot: Any, make_window: Any, store: Store, statements: Statements) -> None:
    from PySide6.QtWidgets import QApplication

    from reviewer.core.model import Origin
    from reviewer.ui.replace_dialog import ReplaceDialog

    segments = store.segments(1)
    for seg in segments[:3]:
        store.set_translation(seg.id, "uk", f"draft {seg.index}", Status.DRAFT, Origin.EDITED)
    window = make_window()
    qtbot.waitUntil(lambda: window.quality.memory is not None and window.quality.qa_marks.ready)
    gui = threading.get_ident()
    statements.clear()

    qtbot.keyClick(window.grid, Qt.Key.Key_H, CTRL)
    qtbot.waitUntil(lambda: (d := window.findChild(ReplaceDialog)) is not None and d.isVisible())
    dialog = window.findChild(ReplaceDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.find_text)
    qtbot.keyClicks(dialog.find_text, "draft")
    qtbot.keyClick(dialog.find_text, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.replace_text, "text")
    for _ in range(20):  # Tab to it, as a person does
        if QApplication.focusWidget() is dialog.scope:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.scope
    qtbot.keyClick(dialog.scope, Qt.Key.Key_Down)  # the whole library: read by the writer
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3)
    for _ in range(20):  # Tab to it, as a person does
        if QApplication.focusWidget() is dialog.replace_all:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.replace_all
    qtbot.keyClick(dialog.replace_all, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Texts replaced: 3" in dialog.message.text())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    on_gui = statements.on(gui)
    assert on_gui == [], f"{len(on_gui)} statements on the GUI thread, first: {on_gui[:5]}"
    assert statements.by_thread, "nothing was traced: the test would prove nothing"
    assert store.translation(segments[0].id, "uk").text == "text 0"
