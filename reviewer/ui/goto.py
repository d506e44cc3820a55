"""Go to segment (Ctrl+G): a small input for a segment number as the grid shows it (1-based).

Enter moves the grid and the editor there; a number out of range is said in the input and
nothing moves. A segment hidden by the filter is shown by clearing the filter first (the
window's ``filter_reset_needed``), so the jump always lands where the person asked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from reviewer.ui import theme
from reviewer.ui.review_controller import ReviewController


class GoToDialog(QDialog):
    """Asks for a segment number of ``review``'s article and goes there on Enter."""

    def __init__(self, review: ReviewController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review = review
        total = len(review.model.views)
        self.setWindowTitle(self.tr("Go to segment"))
        self.number = QLineEdit()
        current = review.current_view()
        if current is not None:
            self.number.setText(str(current.segment.index + 1))
            self.number.selectAll()
        self.hint = QLabel(self.tr("Segment number, 1 to {total}; Enter goes there, Esc "
                                   "closes.").format(total=total))
        self.hint.setWordWrap(True)
        label = QLabel(self.tr("&Segment:"))
        label.setBuddy(self.number)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.number)
        layout.addWidget(self.hint)
        self.number.setFocus()

    def done(self, result: int) -> None:
        """Closing gives the keyboard back to the window (its shortcuts work at once)."""
        super().done(result)
        parent = self.parentWidget()
        if parent is not None:
            parent.activateWindow()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.go()
            return
        super().keyPressEvent(event)

    def go(self) -> None:
        """Go to the typed segment, or say why not (and stay open)."""
        total = len(self.review.model.views)
        text = self.number.text().strip().lstrip("#")
        if not text.isdigit() or not 1 <= int(text) <= total:
            self.hint.setStyleSheet(f"color:{theme.colours().error}")
            self.hint.setText(self.tr("There is no segment {number}: this article has "
                                      "segments 1 to {total}.").format(number=text or "?",
                                                                       total=total))
            self.number.selectAll()
            return
        index = int(text) - 1
        if self.review.model.row_of_segment(index) is None:  # hidden by the filter
            self.review.filter_reset_needed.emit()
        row = self.review.model.row_of_segment(index)
        if row is not None:
            self.review.save_pending()
            self.review.go_to_row(row)
        self.accept()
