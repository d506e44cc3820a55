"""The real app (``reviewer.app.main``) on the library given by ``--db`` or ``REVIEWER_DB``:
prints the window's title, how many segments the grid shows and the status bar's message once
the translation memory is read, then quits.

    python tests/ui/server_child.py [DB]
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from reviewer import app


def main() -> int:
    qt = QApplication([sys.argv[0]])

    def report() -> None:
        window = next((w for w in qt.topLevelWidgets() if hasattr(w, "editor")), None)
        if window is None or window.quality.memory is None:  # not read yet: look again
            QTimer.singleShot(200, report)
            return
        print(f"title={window.windowTitle()}", flush=True)
        print(f"rows={window.model.rowCount()}", flush=True)
        print(f"memory={len(window.quality.memory)}", flush=True)
        qt.quit()

    QTimer.singleShot(500, report)
    return app.main(["--db", sys.argv[1]] if len(sys.argv) > 1 else [])


if __name__ == "__main__":
    raise SystemExit(main())
