"""The real app (``reviewer.app.main``) on the library given by ``--db`` or ``REVIEWER_DB``:
prints the window's title, how many segments the grid shows, the memory's size and the note of
a last library not opened once the translation memory and the article are read, then quits.
While its server cannot be reached it prints what the window shown instead says (``offline=``,
once). ``LAST_LIBRARY`` in the environment is put
into the settings first (as File > Open library would have kept it).

    python tests/ui/server_child.py [DB]
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from reviewer import app


def main() -> int:
    qt = QApplication([sys.argv[0]])
    if "LAST_LIBRARY" in os.environ:
        from reviewer.ui.identity import set_identity
        from reviewer.ui.settings import Settings

        set_identity(qt)
        settings = Settings()
        settings.set("last_library", os.environ["LAST_LIBRARY"])
        settings.sync()
    said: list[str] = []

    def report() -> None:
        waiting = next((w for w in qt.topLevelWidgets()
                        if w.objectName() == "offlineStart" and w.isVisible()), None)
        if waiting is not None and not said:
            said.append(waiting.label.text())
            print(f"offline={said[0]}", flush=True)
        window = next((w for w in qt.topLevelWidgets() if hasattr(w, "editor")), None)
        if window is None or window.quality.memory is None or not window.model.rowCount():
            # not read yet: look again
            QTimer.singleShot(200, report)
            return
        print(f"title={window.windowTitle()}", flush=True)
        print(f"rows={window.model.rowCount()}", flush=True)
        print(f"memory={len(window.quality.memory)}", flush=True)
        badge = window.findChild(QLabel, "not_last_library")
        print(f"badge={badge.toolTip() if badge is not None else ''}", flush=True)
        qt.quit()

    QTimer.singleShot(500, report)
    return app.main(["--db", sys.argv[1]] if len(sys.argv) > 1 else [])


if __name__ == "__main__":
    raise SystemExit(main())
