"""One input of the import dialog: a file, an http(s) address, or pasted text.

The reviewer types a path or an address, picks a file with Browse…, or pastes the text; pasted
text, when there is any, is used and the path field is set aside (greyed) so that which one
counts is visible.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class InputChoice:
    """What one input holds: ``location`` (path or URL) or ``data`` (pasted text as UTF-8)."""

    location: str
    data: bytes | None = None

    @property
    def pasted(self) -> bool:
        return self.data is not None


class InputField(QWidget):
    """A path-or-address line with Browse…, and a box for pasted text."""

    changed = Signal()

    def __init__(self, title: str, paste_title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.location = QLineEdit()
        self.location.setPlaceholderText(self.tr("a file, or an https:// address"))
        self.location.setClearButtonEnabled(True)
        self.label = QLabel(title)
        self.label.setBuddy(self.location)
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self.on_browse_clicked)
        self.pasted = QPlainTextEdit()
        self.pasted.setTabChangesFocus(True)
        self.pasted.setPlaceholderText(self.tr("…or paste the text here"))
        self.paste_label = QLabel(paste_title)
        self.paste_label.setBuddy(self.pasted)
        row = QHBoxLayout()
        row.addWidget(self.location, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(row)
        layout.addWidget(self.paste_label)
        layout.addWidget(self.pasted, 1)
        self.location.textChanged.connect(self.changed)
        self.pasted.textChanged.connect(self._on_pasted_changed)

    def choice(self) -> InputChoice | None:
        """What the reviewer gave, or ``None`` when the input is empty."""
        text = self.pasted.toPlainText()
        if text.strip():
            return InputChoice(self.tr("pasted text"), text.encode("utf-8"))
        location = self.location.text().strip()
        return InputChoice(os.path.expanduser(location)) if location else None

    def set_busy(self, busy: bool) -> None:
        for widget in (self.location, self.browse_button, self.pasted):
            widget.setEnabled(not busy)
        if not busy:
            self._on_pasted_changed(notify=False)

    def on_browse_clicked(self) -> None:
        start = os.path.dirname(self.location.text()) or os.path.expanduser("~")
        path, _chosen = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), start, self.tr(
            "Articles (*.txt *.md *.markdown *.html *.htm *.docx);;All files (*)"))
        if path:
            self.location.setText(path)
            self.location.setFocus()

    def _on_pasted_changed(self, notify: bool = True) -> None:
        has_text = bool(self.pasted.toPlainText().strip())
        self.location.setEnabled(not has_text)
        self.browse_button.setEnabled(not has_text)
        tip = self.tr("The pasted text is used; clear it to use a file or address.")
        self.location.setToolTip(tip if has_text else "")
        if notify:
            self.changed.emit()
