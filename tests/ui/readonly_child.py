"""The real app (``reviewer.app.main``) on a library it cannot write: prints what the status bar
says and how many segments the grid shows, then quits.

    python tests/ui/readonly_child.py DB_PATH
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from reviewer import app


def main() -> int:
    qt = QApplication([sys.argv[0]])

    def report() -> None:
        window = next(w for w in qt.topLevelWidgets() if hasattr(w, "editor"))
        print(f"rows={window.model.rowCount()}", flush=True)
        badge = window.statusBar().findChild(QLabel, "read_only")
        print(f"badge={badge.text() if badge else ''}", flush=True)
        print(f"note={badge.toolTip() if badge else ''}", flush=True)
        qt.quit()

    QTimer.singleShot(1500, report)
    return app.main(["--db", sys.argv[1]])


if __name__ == "__main__":
    raise SystemExit(main())
