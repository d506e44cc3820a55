"""The search-and-filter bar over the grid (Ctrl+F): text, status, language, errors, differences."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from reviewer.core import languages
from reviewer.core.filters import SegmentFilter
from reviewer.core.model import Status
from reviewer.ui.labels import status_label


class FilterBar(QWidget):
    """Emits ``changed`` with a :class:`SegmentFilter` whenever any control changes."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Find in source, human, machine or final text"))
        self.text.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(self.tr("any status"), None)
        for status in Status:
            self.status.addItem(status_label(status), status)
        self.lang = QComboBox()
        self.lang.addItem(self.tr("all languages"), None)
        for code in languages.TARGETS_DEFAULT:
            self.lang.addItem(languages.label(code), code)
        self.errors = QCheckBox(self.tr("only fetch errors"))
        self.differs = QCheckBox(self.tr("only where machine ≠ human"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(QLabel(self.tr("Filter:")))
        layout.addWidget(self.text, 1)
        for widget in (self.status, self.lang, self.errors, self.differs):
            layout.addWidget(widget)
        self.text.textChanged.connect(self._emit)
        self.status.currentIndexChanged.connect(self._emit)
        self.lang.currentIndexChanged.connect(self._emit)
        self.errors.toggled.connect(self._emit)
        self.differs.toggled.connect(self._emit)

    def current(self) -> SegmentFilter:
        """The filter the controls describe."""
        status = self.status.currentData()
        return SegmentFilter(
            text=self.text.text().strip(),
            statuses=frozenset({status}) if status else frozenset(),
            lang=self.lang.currentData(),
            errors_only=self.errors.isChecked(),
            differs_only=self.differs.isChecked(),
        )

    def reset(self) -> None:
        """Clear every control (show all segments)."""
        for widget in (self.text, self.status, self.lang, self.errors, self.differs):
            widget.blockSignals(True)
        self.text.clear()
        self.status.setCurrentIndex(0)
        self.lang.setCurrentIndex(0)
        self.errors.setChecked(False)
        self.differs.setChecked(False)
        for widget in (self.text, self.status, self.lang, self.errors, self.differs):
            widget.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        self.changed.emit(self.current())
