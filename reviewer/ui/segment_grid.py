"""The segment grid: a table view over :class:`~reviewer.ui.review_model.ReviewModel` that sizes
the rows on screen to their text, warms the next screenful's diffs and moves to a row on request.

It knows nothing of the store or the editor: it shows the model and says which row became
current (:attr:`SegmentGrid.current_row_changed`).
"""

from __future__ import annotations

from time import perf_counter

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from reviewer.core.model import Role
from reviewer.ui.diff_delegate import PADDING, GridDelegate
from reviewer.ui.labels import role_label
from reviewer.ui.prefetch import DiffPrefetcher
from reviewer.ui.review_model import ReviewModel

FIT_DELAY_MS = 30
FIT_TURN_MS = 12  # fitting rows takes turns of about this long


class SegmentGrid(QTableView):
    """One row per segment of ``model``; rows on screen are fitted to their text."""

    current_row_changed = Signal(int)
    rows_fitted = Signal()  # every row on screen fits its text

    def __init__(self, model: ReviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review_model = model
        self.setModel(model)
        self.delegate = GridDelegate(self)
        self.setItemDelegate(self.delegate)
        self._to_fit: list[int] = []  # rows on screen still to fit, the next one last
        self._fit_span = (0, 0, 0)  # the first, last on screen and last row being fitted
        self._refit = False  # the model changed while rows were being fitted
        self.setWordWrap(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(46)
        self.horizontalHeader().setStretchLastSection(False)
        self.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.fit_timer = QTimer(self)
        self.fit_timer.setSingleShot(True)
        self.fit_timer.setInterval(FIT_DELAY_MS)
        self.fit_timer.timeout.connect(self.fit_visible_rows)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.fit_rows_later())
        self.horizontalHeader().sectionResized.connect(lambda *_: self.fit_rows_later())
        # Rows whose text changed (a fetch, an approval) are fitted again; not postponed by
        # the writes that follow, so a long fetch re-fits as it goes.
        model.dataChanged.connect(lambda *_: self._on_data_changed())
        self.prefetch = DiffPrefetcher(model, self)

    def _on_data_changed(self) -> None:
        if self._to_fit:  # rows fitted in the turns before: once more when these are done
            self._refit = True
        elif not self.fit_timer.isActive():
            self.fit_timer.start(FIT_DELAY_MS)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_row_changed.emit(current.row())

    def current_row(self) -> int:
        """The current row (-1: none)."""
        return self.currentIndex().row()

    def go_to_row(self, row: int) -> None:
        """Make visible ``row`` current (clamped), loading it if the model has not exposed it."""
        model = self.review_model
        if not model.visible:
            return
        row = max(0, min(row, len(model.visible) - 1))
        model.ensure_loaded(row)
        index = model.index(row, 1)
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        self.fit_rows_later()

    @property
    def fitting(self) -> int:
        """How many rows on screen are still to be fitted (in later turns of the event loop)."""
        return len(self._to_fit)

    def fit_rows_later(self) -> None:
        """Fit the rows on screen after a short pause (scrolling, resizing, typing); while
        rows are being fitted, once more when they are done (fitting a row may scroll)."""
        if self._to_fit:
            self._refit = True
            return
        self.fit_timer.start(FIT_DELAY_MS)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Paint, laying out new cells for a few milliseconds only; those left are painted
        plain now and laid out in the next paint, one turn of the event loop later."""
        budget = self.delegate.budget
        budget.begin()
        try:
            super().paintEvent(event)
        finally:
            budget.end()
        if budget.deferred:
            QTimer.singleShot(0, self.viewport().update)

    def fit_visible_rows(self) -> None:
        """Size the rows on screen to their text (only those: a long article stays fast), a
        few milliseconds' worth per turn of the event loop (laying out a row's cells costs a
        few), so that keys are answered while a screenful of new rows is fitted.

        The current row, if it was on screen, stays there: rows above it that grow would
        otherwise push it out of sight (as after a jump, which scrolls by default row heights).
        """
        if not self._to_fit:
            first = self.rowAt(0)
            if first < 0:
                self.rows_fitted.emit()
                return
            model = self.review_model
            shown = self.rowAt(self.viewport().height() - 1)
            shown = model.rowCount() - 1 if shown < 0 else shown
            last = min(shown + 2, model.rowCount() - 1)
            self._to_fit = list(range(last, first - 1, -1))  # popped from the end: in order
            self._fit_span = (first, shown, last)
        end = perf_counter() + FIT_TURN_MS / 1000
        while self._to_fit:
            row = self._to_fit.pop()
            if row < self.review_model.rowCount():
                self.resizeRowToContents(row)
            if self._to_fit and perf_counter() > end:
                self.fit_timer.start(0)  # the rest in the next turn
                return
        self.fit_timer.setInterval(FIT_DELAY_MS)
        first, shown, last = self._fit_span
        now_shown = self.rowAt(self.viewport().height() - 1)
        now_shown = self.review_model.rowCount() - 1 if now_shown < 0 else now_shown
        if self._refit or now_shown > last:  # rows that shrank brought more rows on screen
            self._refit = False
            self.fit_timer.start(0 if now_shown > last else FIT_DELAY_MS)
        current = self.currentIndex()
        if current.isValid() and first <= current.row() <= shown:
            self.updateGeometries()  # the scroll range must know the new heights first
            self.scrollTo(current, QAbstractItemView.ScrollHint.EnsureVisible)
        self.prefetch.ask(last + 1, last + 1 + (last - first))  # the next screenful's diffs
        self.rows_fitted.emit()

    def size_columns(self, saved: bytes | None) -> None:
        """Restore the saved column widths, or share the width between the text columns."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        restored = saved is not None and bool(saved) and header.restoreState(saved)
        self.setColumnWidth(0, self.number_width())
        if restored and header.count() == self.review_model.columnCount():
            return
        for column in range(1, self.review_model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def set_text_font(self, font: QFont) -> None:
        """Scale the grid, its header and number column to ``font``."""
        self.setFont(font)
        self.horizontalHeader().setFont(font)
        self.verticalHeader().setDefaultSectionSize(QFontMetrics(font).lineSpacing() * 2
                                                    + 2 * PADDING + 4)
        self.setColumnWidth(0, self.number_width())
        self.fit_rows_later()

    def number_width(self) -> int:
        """The number column's width: the widest role and a segment number with its QA badge."""
        font = self.font()
        plain, bold = QFontMetrics(font), QFont(font)
        bold.setBold(True)
        widest = max([plain.horizontalAdvance(role_label(role)) for role in Role]
                     + [QFontMetrics(bold).horizontalAdvance("9999 ⚑99")])
        return widest + 2 * PADDING + plain.averageCharWidth() * 2
