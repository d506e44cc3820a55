"""Accessible names for the window's controls that show no text of their own to name them.

Qt names a button or a check box by its text; a table, a text field or a list needs a name given,
or a screen reader says only "edit" or "table". ``tests/ui/test_accessibility.py`` fails while a
visible control of the window has no name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QScrollArea, QWidget

from reviewer.ui.i18n import QT_TRANSLATE_NOOP

# The control (an attribute path from the window) and its name; marked for pyside6-lupdate.
NAMES = (
    ("grid", QT_TRANSLATE_NOOP("Accessibility", "Segments")),
    ("filter_bar.text", QT_TRANSLATE_NOOP("Accessibility", "Find in segments")),
    ("filter_bar.status", QT_TRANSLATE_NOOP("Accessibility", "Show segments with status")),
    ("filter_bar.lang", QT_TRANSLATE_NOOP("Accessibility", "Status in language")),
    ("library.filter", QT_TRANSLATE_NOOP("Accessibility", "Find articles")),
    ("library.table", QT_TRANSLATE_NOOP("Accessibility", "Articles")),
    ("editor.tabs", QT_TRANSLATE_NOOP("Accessibility", "Target language")),
    ("editor.source", QT_TRANSLATE_NOOP("Accessibility", "Source text")),
    ("editor.human", QT_TRANSLATE_NOOP("Accessibility", "Human version")),
    ("editor.final", QT_TRANSLATE_NOOP("Accessibility", "Final translation")),
    ("editor.changes", QT_TRANSLATE_NOOP("Accessibility", "Changes to the final text")),
    ("editor.comment", QT_TRANSLATE_NOOP("Accessibility", "Comment")),
)
DETAILS = QT_TRANSLATE_NOOP("Accessibility", "Segment details")
GRID = QT_TRANSLATE_NOOP("Accessibility", "One row per segment: the source, then for each "
                                          "language the machine translation's changes to the "
                                          "human version, and the final text")


def _find(window: QMainWindow, path: str) -> QWidget | None:
    found: object = window
    for part in path.split("."):
        found = getattr(found, part, None)
    return found if isinstance(found, QWidget) else None


def name_controls(window: QMainWindow) -> None:
    """Give every control of ``window`` without a visible label an accessible name (and, where
    it has one, its placeholder's hint as its description)."""
    for path, name in NAMES:
        widget = _find(window, path)
        if widget is None:
            continue
        widget.setAccessibleName(QCoreApplication.translate("Accessibility", name))
        hint = getattr(widget, "placeholderText", None)
        if callable(hint) and hint():
            widget.setAccessibleDescription(hint())
    grid = _find(window, "grid")
    if grid is not None:
        grid.setAccessibleDescription(QCoreApplication.translate("Accessibility", GRID))
    scroll = _find(window, "editor")
    area = scroll.findChild(QScrollArea) if scroll is not None else None
    if area is not None:
        area.setAccessibleName(QCoreApplication.translate("Accessibility", DETAILS))
