"""MQM annotations made visible: coloured underlines in the final text (by severity, kept beside
the QA marks, the filter's hits and the spelling marks as a group of extra selections of their
own) and the segment's list of annotations under the editor (Delete removes the current one).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPlainTextEdit, QTextEdit, QWidget

from reviewer.core import spaces
from reviewer.core.annotations import Annotation, locate
from reviewer.core.mqm import Severity
from reviewer.ui.annotation_picker import SEVERITY_TEXTS, category_label
from reviewer.ui.hit_marks import set_selections

GROUP = "mqm"
SEVERITY_COLOURS = {Severity.NEUTRAL: "#7a7a7a", Severity.MINOR: "#2f7fd1",
                    Severity.MAJOR: "#e07b24", Severity.CRITICAL: "#c62828"}


def lead_of(raw: str) -> int:
    """How many ordinary spaces start ``raw``: stored offsets are after them."""
    return len(raw) - len(raw.lstrip(spaces.ORDINARY))


def mark_annotations(edit: QPlainTextEdit, annotations: Sequence[Annotation],
                     target: str = "final") -> int:
    """Underline in ``edit`` the annotations of ``target`` whose words are still in its text;
    return how many were marked (an empty span, something missing, marks the character before
    it)."""
    raw = edit.toPlainText()
    lead = lead_of(raw)
    text = spaces.strip(raw)
    selections = []
    for a in annotations:
        where = locate(a, text) if a.target == target else None
        if where is None:
            continue
        start, end = where[0] + lead, where[1] + lead
        if start == end:  # a point: show the character before it (or after, at the start)
            start, end = (start - 1, end) if start > 0 else (start, min(end + 1, len(raw)))
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(SEVERITY_COLOURS[a.severity]))
        fmt.setFontUnderline(True)
        cursor = QTextCursor(edit.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        selections.append(selection)
    set_selections(edit, GROUP, selections)
    return len(selections)


class AnnotationList(QListWidget):
    """The current segment's annotations in one language: category, severity, note, author.
    ``remove_requested`` carries the annotation to remove (Delete on the current row)."""

    remove_requested = Signal(object)
    change_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.annotations: list[Annotation] = []
        self.setToolTip(self.tr("MQM errors marked in this segment (Ctrl+Shift+E marks the "
                                "selected words, Enter changes the current one, Delete "
                                "removes it)"))
        self.hide()

    def show_annotations(self, annotations: Sequence[Annotation]) -> None:
        """List ``annotations`` (hidden when there are none)."""
        self.annotations = list(annotations)
        row = max(self.currentRow(), 0)
        self.clear()
        for a in self.annotations:
            severity = QCoreApplication.translate("AnnotationPicker",
                                                  SEVERITY_TEXTS[a.severity])
            words = f"“{a.text}”" if a.text else self.tr("(missing)")
            line = f"● {category_label(a.category)} · {severity} · {words}"
            if a.target != "final":
                line += f" ({a.target})"
            if a.note:
                line += f" · {a.note}"
            line += f" · {a.author}"
            item = QListWidgetItem(line)
            item.setForeground(QColor(SEVERITY_COLOURS[a.severity]))
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.addItem(item)
        if self.annotations:
            self.setCurrentRow(min(row, len(self.annotations) - 1))
        rows = min(len(self.annotations), 4)
        if rows:
            self.setFixedHeight(rows * self.sizeHintForRow(0) + 2 * self.frameWidth() + 2)
        self.setVisible(bool(self.annotations))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Delete (or Backspace) asks to remove the current annotation, Enter to change it."""
        row = self.currentRow()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) \
                and 0 <= row < len(self.annotations):
            self.remove_requested.emit(self.annotations[row])
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier) \
                and 0 <= row < len(self.annotations):
            self.change_requested.emit(self.annotations[row])
            return
        super().keyPressEvent(event)
