"""The export dialog by keys, as a person fills it: Alt+F and the arrow keys for the format, Alt+S
for "Save to" (the path typed over), Tab to the language boxes and Space to tick them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reviewer.ui.export_dialog import ExportDialog
from tests.ui.keys import ALT, CTRL


def choose_format(qtbot: Any, dialog: ExportDialog, fmt: str) -> None:
    """Alt+F goes to the format list, Home to its first format, Down to ``fmt``."""
    qtbot.keyClick(dialog, Qt.Key.Key_F, ALT)
    assert dialog.format.hasFocus()
    qtbot.keyClick(dialog.format, Qt.Key.Key_Home)
    for _ in range(dialog.format.count()):
        if dialog.fmt() == fmt:
            break
        qtbot.keyClick(dialog.format, Qt.Key.Key_Down)
    assert dialog.fmt() == fmt


def type_path(qtbot: Any, dialog: ExportDialog, path: Path | str) -> None:
    """Alt+S goes to "Save to", where the path is typed over."""
    qtbot.keyClick(dialog, Qt.Key.Key_S, ALT)
    assert dialog.path_edit.hasFocus()
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.path_edit, str(path))
    assert dialog.path_edit.text() == str(path)


def choose(qtbot: Any, dialog: ExportDialog, fmt: str, path: Path) -> None:
    choose_format(qtbot, dialog, fmt)
    type_path(qtbot, dialog, path)


def tick_language(qtbot: Any, dialog: ExportDialog, code: str, on: bool) -> None:
    """From the format list (Alt+F), Tab to the language box of ``code``; Space ticks or unticks
    it when it is not as wanted."""
    box = dialog.lang_boxes[code]
    qtbot.keyClick(dialog, Qt.Key.Key_F, ALT)
    for _ in range(len(dialog.lang_boxes) + 1):
        if box.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert box.hasFocus()
    if box.isChecked() != on:
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked() == on


def press_export(qtbot: Any, dialog: ExportDialog) -> None:
    """Enter in "Save to" (Alt+S): Export, the default button."""
    qtbot.keyClick(dialog, Qt.Key.Key_S, ALT)
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
