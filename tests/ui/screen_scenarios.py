"""Window scenarios run in a fresh process on a chosen screen (tests/ui/test_window_screen.py).

A screen's size and the platform's key bindings are fixed when Qt starts, so these run as
``python -m tests.ui.screen_scenarios NAME DB`` under the platform the test chose (offscreen with a
screen configuration, or a real X server), and print what they saw as one JSON line.
"""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from reviewer import library
from reviewer.storage.store import Store
from reviewer.ui.export_dialog import ExportDialog
from reviewer.ui.main_window import MainWindow
from reviewer.ui.settings import Settings
from reviewer.ui.tasks import TaskRunner


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _on_screen(widget: QWidget) -> list[int]:
    """The widget's rectangle in screen coordinates."""
    return _rect(QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size()))


def _window(store: Store, settings: dict[str, Any]) -> MainWindow:
    window = MainWindow(store, Settings(settings), TaskRunner(synchronous=True))
    window.show()
    QTest.qWaitForWindowExposed(window)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
    window.activateWindow()
    QTest.qWait(300)  # the frame is checked once the window manager has drawn it
    return window


def fit(store: Store, settings: dict[str, Any]) -> dict[str, Any]:
    """Where the window and its bottom and right-most parts are, and the screen's free area."""
    window = _window(store, settings)
    grid, header = window.grid, window.grid.horizontalHeader()
    last = window.model.columnCount() - 1
    left = header.sectionViewportPosition(last)
    last_column = QRect(grid.viewport().mapToGlobal(QPoint(left, 0)),
                        QRect(0, 0, header.sectionSize(last), 1).size())
    seen = {
        "available": _rect(window.screen().availableGeometry()),
        "frame": _rect(window.frameGeometry()),
        "last_column": _rect(last_column),
        "comment": _on_screen(window.editor.comment),
        "status_bar": _on_screen(window.statusBar()),
        "final": _on_screen(window.editor.final),
        "library_shown": window.library_dock.isVisible(),
        "library_width": window.library_dock.width(),
    }
    window.close()
    return seen


def ctrl_e_in_filter(store: Store, settings: dict[str, Any]) -> dict[str, Any]:
    """Type in the filter field, press Ctrl+E: does the export dialog open?"""
    opened: list[bool] = []
    ExportDialog.exec = lambda _dialog: opened.append(True) or QDialog.DialogCode.Rejected
    window = _window(store, settings)
    QTest.keyClick(window.grid, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    field = window.filter_bar.text
    QTest.keyClicks(field, "NATO")
    QTest.keyClick(field, Qt.Key.Key_Home)
    QTest.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    seen = {"focus": field.hasFocus(), "opened": len(opened), "text": field.text()}
    window.close()
    return seen


SCENARIOS = {"fit": fit, "ctrl_e_in_filter": ctrl_e_in_filter}


def main() -> None:
    name, db, settings_file = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    settings = json.loads(settings_file.read_text()) if settings_file.exists() else {}
    settings = {k: bytes.fromhex(v[4:]) if isinstance(v, str) and v.startswith("hex:") else v
                for k, v in settings.items()}
    app = QApplication.instance() or QApplication([sys.argv[0]])
    with Store(db) as store:
        library.ensure_sample(store)
        seen = SCENARIOS[name](store, settings)
    settings_file.write_text(json.dumps(
        {k: "hex:" + v.hex() if isinstance(v, bytes) else v for k, v in settings.items()}))
    print(json.dumps(seen))
    app.quit()


if __name__ == "__main__":
    main()
