"""Count the SQL statements one approval costs in the window, and where they run.

The real window on the sample (offscreen), driven by keys: for each of ``--segments`` segments,
Ctrl+2 takes the human version (a draft write of its own), then Ctrl+Enter approves and moves
on; only the statements run between that Ctrl+Enter and the next key are counted. Every SQLite
connection of the process is traced with ``set_trace_callback`` (``sqlite3.connect`` wrapped,
plus the window's own store), noting the thread running each statement. Statements that triggers
run inside one (``-- ...``, the full-text index) and the repeats of the outer statement SQLite
reports for each trigger program are left out. Prints the median
statements per approval, those on the GUI thread, and the statements of one approval.

Usage: ``QT_QPA_PLATFORM=offscreen uv run python bench/approval_statements.py [--segments 10]``.
It only uses the window's keys, so the same script measures an older revision for comparison.
A benchmark that prints figures; it never passes or fails.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reviewer import library
from reviewer.storage.store import Store

SEEN: list[tuple[int, str]] = []


def trace(conn: sqlite3.Connection) -> None:
    conn.set_trace_callback(lambda sql: SEEN.append((threading.get_ident(), sql)))


def asked(traced: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The statements asked for: SQLite reports the statements triggers run as ``-- ...`` and
    the outer statement again for each trigger program (the full-text index); both left out."""
    kept: list[tuple[int, str]] = []
    for ident, sql in traced:
        if sql.startswith("--") or (kept and kept[-1] == (ident, sql)):
            continue
        kept.append((ident, sql))
    return kept


def settle(app: QApplication, window: Any) -> None:
    """Let the window's writer answer everything posted (an older window has no ``settled``:
    it wrote before the key returned)."""
    app.processEvents()
    while not getattr(window.writer, "settled", True):
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=10)
    args = parser.parse_args()
    real = sqlite3.connect

    def connect(*a: Any, **k: Any) -> sqlite3.Connection:
        conn = real(*a, **k)
        trace(conn)
        return conn

    sqlite3.connect = connect  # type: ignore[assignment]  # every connection opened from now on
    app = QApplication(sys.argv[:1])
    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.settings import Settings
    from reviewer.ui.tasks import TaskRunner

    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        library.ensure_sample(store)
        trace(store.conn.db.conn)
        window = MainWindow(store, Settings({}), TaskRunner(synchronous=True))
        window.show()
        window.activateWindow()
        settle(app, window)  # the article is read on the writer's thread
        gui = threading.get_ident()
        totals, on_gui, example = [], [], []
        for _ in range(args.segments):
            window.grid.setFocus()
            QTest.keyClick(window.grid, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
            settle(app, window)
            SEEN.clear()
            QTest.keyClick(window.grid, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            settle(app, window)
            seen = asked(SEEN)
            if not any(sql.startswith("INSERT INTO history") for _, sql in seen):
                continue  # nothing to approve (no human version): not an approval
            totals.append(len(seen))
            on_gui.append(sum(1 for ident, _ in seen if ident == gui))
            example = example or [sql for _, sql in seen]
        window.close()
        store.close()
    print(f"approvals: {len(totals)}")
    print(f"SQL statements per approval (median): {statistics.median(totals):g} "
          f"(min {min(totals)}, max {max(totals)})")
    print(f"of which on the GUI thread (median): {statistics.median(on_gui):g}")
    print("one approval's statements:")
    for sql in example:
        print("  " + " ".join(sql.split())[:110])
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
