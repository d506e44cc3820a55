"""The search-and-filter bar over the grid (Ctrl+F): text, status, language, errors, differences,
QA findings, repeats and comments."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
)

from reviewer.core import languages
from reviewer.core.filters import Findings, SegmentFilter
from reviewer.core.model import SegmentView, Status
from reviewer.ui.labels import status_label
from reviewer.ui.qa_marks import QaMarks
from reviewer.ui.review_model import ReviewModel


def qa_findings(marks: QaMarks, model: ReviewModel) -> Findings:
    """"Only QA findings" answered from the window's per-segment QA results: a segment checked
    before is not checked again (an edit drops only its own result), so re-filtering after a
    change checks that segment alone."""
    def found(view: SegmentView, lang: str) -> bool:
        marks.follow_engine(model.engine)
        result = marks.results(model.views, view.segment.index).get(lang)
        return result is not None and bool(result.findings)
    return found


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
        # The newer conditions sit in one button's menu, so the bar stays as narrow as before
        # (a small screen keeps its room); each is also an Edit menu action with a shortcut.
        self.more = QToolButton()
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more)
        self.qa = menu.addAction(self.tr("only QA findings"))
        self.qa.setToolTip(self.tr("Only segments whose checked text has QA findings"))
        self.repeats = menu.addAction(self.tr("only repeats"))
        self.repeats.setToolTip(self.tr("Only segments filled from a repeat of an approved "
                                        "segment"))
        self.comments = menu.addAction(self.tr("only with comments"))
        for action in self.extra():
            action.setCheckable(True)
        self.more.setMenu(menu)
        self._label_more()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(QLabel(self.tr("Filter:")))
        layout.addWidget(self.text, 1)
        for widget in (self.status, self.lang, self.errors, self.differs, self.more):
            layout.addWidget(widget)
        self.text.textChanged.connect(self._emit)
        self.status.currentIndexChanged.connect(self._emit)
        self.lang.currentIndexChanged.connect(self._emit)
        for box in self.boxes():
            box.toggled.connect(self._emit)

    def extra(self) -> tuple[QAction, ...]:
        """The conditions in the "more" button's menu."""
        return (self.qa, self.repeats, self.comments)

    def _label_more(self) -> None:
        on = sum(a.isChecked() for a in self.extra())
        self.more.setText(self.tr("more: {0}").format(on) if on else self.tr("more…"))

    def toggle(self, box: QCheckBox | QAction) -> None:
        """Switch one check box (a menu action's shortcut), showing the bar."""
        self.show()
        box.setChecked(not box.isChecked())

    def boxes(self) -> tuple[QCheckBox | QAction, ...]:
        """The check boxes and the menu's checkable conditions, in the order shown."""
        return (self.errors, self.differs, *self.extra())

    def current(self) -> SegmentFilter:
        """The filter the controls describe."""
        status = self.status.currentData()
        return SegmentFilter(
            text=self.text.text().strip(),
            statuses=frozenset({status}) if status else frozenset(),
            lang=self.lang.currentData(),
            errors_only=self.errors.isChecked(),
            differs_only=self.differs.isChecked(),
            qa_only=self.qa.isChecked(),
            repeats_only=self.repeats.isChecked(),
            comments_only=self.comments.isChecked(),
        )

    def reset(self) -> None:
        """Clear every control (show all segments)."""
        widgets = (self.text, self.status, self.lang, *self.boxes())
        for widget in widgets:
            widget.blockSignals(True)
        self.text.clear()
        self.status.setCurrentIndex(0)
        self.lang.setCurrentIndex(0)
        for box in self.boxes():
            box.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._emit()

    def _emit(self) -> None:
        self._label_more()
        self.changed.emit(self.current())
