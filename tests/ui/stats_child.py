"""A reviewer in another process opens the statistics view by its keys (Ctrl+Shift+S) and waits
until its charts show; prints, as JSON, which threads of the window's process imported matplotlib
(none: the chart process draws), whether it is in the window's ``sys.modules`` once the charts
show, and whether matplotlib's Qt backend was ever imported.

    python tests/ui/stats_child.py DB_PATH
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


class Watch:
    """A finder that only notes the thread importing matplotlib first; it finds nothing."""

    def find_spec(self, name: str, _path: Any = None, _target: Any = None) -> None:
        if name == "matplotlib" and not IMPORTED_BY:
            main = threading.current_thread() is threading.main_thread()
            IMPORTED_BY.append("gui" if main else "worker")


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
    print(json.dumps({"imported_by": IMPORTED_BY,
                       "in_window": sorted(m for m in sys.modules if m.startswith("matplotlib")),
                       "qt_backend": "matplotlib.backends.backend_qtagg" in sys.modules}))
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
