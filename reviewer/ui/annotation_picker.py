"""The small picker that marks an MQM error on the selected words (Ctrl+Shift+E in the window).

Type to filter the categories of the MQM typology (Up and Down move in the list), choose the
severity with Alt+N, Alt+I, Alt+J or Alt+C (neutral, minor, major, critical), write a note if
you like (Tab), Enter to mark, Escape to leave. It only asks; the window stores the answer.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.mqm import TYPOLOGY, Severity
from reviewer.ui.i18n import QT_TRANSLATE_NOOP

#: Alt + these keys choose a severity wherever the focus is in the picker.
SEVERITY_KEYS = {Qt.Key.Key_N: Severity.NEUTRAL, Qt.Key.Key_I: Severity.MINOR,
                 Qt.Key.Key_J: Severity.MAJOR, Qt.Key.Key_C: Severity.CRITICAL}
SEVERITY_TEXTS = {
    Severity.NEUTRAL: QT_TRANSLATE_NOOP("AnnotationPicker", "Neutral"),
    Severity.MINOR: QT_TRANSLATE_NOOP("AnnotationPicker", "Minor"),
    Severity.MAJOR: QT_TRANSLATE_NOOP("AnnotationPicker", "Major"),
    Severity.CRITICAL: QT_TRANSLATE_NOOP("AnnotationPicker", "Critical"),
}


def category_label(category: str) -> str:
    """``Accuracy › Omission`` for ``accuracy/omission`` (MQM's own English names)."""
    entry = TYPOLOGY.get(category)
    if entry is None:
        return category
    if "/" not in category:
        return entry.name
    return f"{TYPOLOGY[entry.dimension].name} › {entry.name}"


def matches(category: str, needle: str) -> bool:
    """Whether every word of ``needle`` occurs in the category's id or label (any case)."""
    hay = f"{category} {category_label(category)}".lower()
    return all(word in hay for word in needle.lower().split())


class AnnotationPicker(QDialog):
    """Asks for a category, a severity and a note for the words ``quoted``."""

    def __init__(self, quoted: str, parent: QWidget | None = None, *,
                 severity: Severity = Severity.MINOR, category: str | None = None,
                 note: str = "", where: str = "", changing: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change error") if changing else self.tr("Mark error"))
        shown = quoted if len(quoted) <= 60 else quoted[:57] + "…"
        said = (self.tr("Error in: “{0}”").format(shown) if quoted
                else self.tr("Error at the cursor (something missing)"))
        words = QLabel(f"{where}: {said}" if where else said)
        words.setTextFormat(Qt.TextFormat.PlainText)
        words.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type to filter the categories"))
        self.filter.textChanged.connect(self._refilter)
        self.filter.installEventFilter(self)
        self.categories = QListWidget()
        for name in TYPOLOGY:
            item = QListWidgetItem(category_label(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(name)
            self.categories.addItem(item)
        self.severities = QButtonGroup(self)
        row = QHBoxLayout()
        for level in Severity:
            key = next(k for k, v in SEVERITY_KEYS.items() if v is level)
            button = QRadioButton(f"{self.tr(SEVERITY_TEXTS[level])} (Alt+{chr(key.value)})")
            button.setProperty("severity", level.value)
            button.setChecked(level is severity)
            self.severities.addButton(button)
            button.installEventFilter(self)
            row.addWidget(button)
        self.note = QLineEdit(note)
        self.note.installEventFilter(self)
        self.categories.installEventFilter(self)
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        category_label_ = QLabel(self.tr("Ca&tegory:"))
        category_label_.setBuddy(self.filter)
        layout = QVBoxLayout(self)
        layout.addWidget(words)
        layout.addWidget(category_label_)
        layout.addWidget(self.filter)
        layout.addWidget(self.categories, 1)
        layout.addWidget(QLabel(self.tr("Severity:")))
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        chosen = list(TYPOLOGY).index(category) if category is not None and category in TYPOLOGY \
            else 0
        self.categories.setCurrentRow(chosen)
        self.filter.setFocus()
        self.resize(420, 460)

    def _refilter(self, text: str) -> None:
        first = None
        for i in range(self.categories.count()):
            item = self.categories.item(i)
            hidden = not matches(item.data(Qt.ItemDataRole.UserRole), text)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = i
        current = self.categories.currentItem()
        if first is not None and (current is None or current.isHidden()):
            self.categories.setCurrentRow(first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Alt+N, I, J, C choose the severity; Up and Down in the filter field move in the list
        of categories."""
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        if event.modifiers() == Qt.KeyboardModifier.AltModifier \
                and event.key() in SEVERITY_KEYS:
            if kind == QEvent.Type.ShortcutOverride:  # before any mnemonic (a button's &Cancel)
                event.accept()
            else:
                self.set_severity(SEVERITY_KEYS[Qt.Key(event.key())])
            return True
        if kind != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        if watched is self.filter:
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                step = -1 if event.key() == Qt.Key.Key_Up else 1
                row = self.categories.currentRow() + step
                while 0 <= row < self.categories.count():
                    if not self.categories.item(row).isHidden():
                        self.categories.setCurrentRow(row)
                        break
                    row += step
                return True
        return super().eventFilter(watched, event)

    def category(self) -> str | None:
        """The category chosen (``None`` when the filter leaves none)."""
        item = self.categories.currentItem()
        if item is None or item.isHidden():
            return None
        return str(item.data(Qt.ItemDataRole.UserRole))

    def set_severity(self, severity: Severity) -> None:
        """Check the button of ``severity``."""
        for button in self.severities.buttons():
            button.setChecked(button.property("severity") == severity.value)

    def severity(self) -> Severity:
        """The severity chosen."""
        button = self.severities.checkedButton()
        return Severity(button.property("severity")) if button else Severity.MINOR

    def note_text(self) -> str:
        """The note written (stripped)."""
        return self.note.text().strip()

    def accept(self) -> None:
        """Enter: only with a category chosen."""
        if self.category() is not None:
            super().accept()
