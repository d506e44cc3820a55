"""A translator in another process: the real app (``reviewer.app.main``) on a database, where
the keys type a text into the first segment's final text, wait past the draft delay on the real
timers (or ``WAIT_MS``), and print ``typed``; then the app runs on until the test ends it with a
signal.

    python tests/ui/typing_child.py DB_PATH TEXT [WAIT_MS]
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reviewer import app
from reviewer.ui.main_window import DRAFT_DELAY_MS


def main() -> int:
    db, text = sys.argv[1], sys.argv[2]
    wait_ms = int(sys.argv[3]) if len(sys.argv) > 3 else DRAFT_DELAY_MS * 2 + 400
    qt = QApplication([sys.argv[0]])

    def type_text() -> None:
        window = next(w for w in qt.topLevelWidgets() if hasattr(w, "editor"))
        window.activateWindow()
        window.grid.setFocus()
        QTest.keyClick(window.grid, Qt.Key.Key_F2)
        QTest.keyClicks(window.editor.final, text)
        QTimer.singleShot(wait_ms, lambda: print("typed", flush=True))

    QTimer.singleShot(300, type_text)
    return app.main(["--db", db])


if __name__ == "__main__":
    raise SystemExit(main())
