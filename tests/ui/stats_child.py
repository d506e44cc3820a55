"""A reviewer in another process opens the statistics view by its keys (Ctrl+Shift+S) and waits
until its charts show; prints, as JSON, which threads of the window's process imported matplotlib
(none: the chart process draws), whether it is in the window's ``sys.modules`` once the charts
show, and whether matplotlib's Qt backend was ever imported.

    python tests/ui/stats_child.py DB_PATH [idle]

With ``idle`` the person first leaves the window alone (until the statistics view's modules are
imported, at most 20 s); it also prints which thread imported them.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

IMPORTED_BY: list[str] = []
VIEW_IMPORTED_BY: list[str] = []
VIEW = "reviewer.ui.stats_view"


class Watch:
    """A finder that only notes the thread importing matplotlib (and the statistics view)
    first; it finds nothing."""

    def find_spec(self, name: str, _path: Any = None, _target: Any = None) -> None:
        noted = {"matplotlib": IMPORTED_BY, VIEW: VIEW_IMPORTED_BY}.get(name)
        if noted is not None and not noted:
            main = threading.current_thread() is threading.main_thread()
            noted.append("gui" if main else "worker")


def shown(chart: Any) -> bool:
    """The chart's figure is drawn and, when it is shown as an image, the image is there."""
    image = getattr(chart, "image", None)
    return (chart.drawn is not None and bool(chart.drawn.axes)
            and (image is None or not image.pixmap().isNull()))


def main() -> int:
    sys.meta_path.insert(0, Watch())
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from reviewer.storage.store import Store
    from reviewer.ui.main_window import MainWindow
    from reviewer.ui.settings import Settings

    app = QApplication([sys.argv[0]])
    window = MainWindow(Store(sys.argv[1]), Settings({}))
    window.show()
    app.processEvents()
    if sys.argv[2:] == ["idle"]:  # the person looks at the window a while first
        end = time.monotonic() + 20
        while time.monotonic() < end and VIEW not in sys.modules:
            app.processEvents()
            time.sleep(0.01)
    window.activateWindow()
    window.grid.setFocus()
    QTest.keyClick(window.grid, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    end = time.monotonic() + 120
    while time.monotonic() < end:
        app.processEvents()
        view = window.stats_view
        if view is not None and view.stats and all(
                shown(c) for c in (view.histogram, view.progress)):
            break
        time.sleep(0.01)
    else:
        print(json.dumps({"error": "the charts never showed"}))
        return 1
    print(json.dumps({"imported_by": IMPORTED_BY, "view_imported_by": VIEW_IMPORTED_BY,
                       "in_window": sorted(m for m in sys.modules if m.startswith("matplotlib")),
                       "qt_backend": "matplotlib.backends.backend_qtagg" in sys.modules}))
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
