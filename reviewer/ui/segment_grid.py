"""The segment grid: a table view over :class:`~reviewer.ui.review_model.ReviewModel` that sizes
the rows on screen to their text, warms the next screenful's diffs and moves to a row on request.

It knows nothing of the store or the editor: it shows the model and says which row became
current (:attr:`SegmentGrid.current_row_changed`).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from reviewer.core.model import Role
from reviewer.ui.diff_delegate import PADDING, GridDelegate
from reviewer.ui.labels import role_label
from reviewer.ui.prefetch import DiffPrefetcher
from reviewer.ui.review_model import ReviewModel

FIT_DELAY_MS = 30


class SegmentGrid(QTableView):
    """One row per segment of ``model``; rows on screen are fitted to their text."""

    current_row_changed = Signal(int)

    def __init__(self, model: ReviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review_model = model
        self.setModel(model)
        self.setItemDelegate(GridDelegate(self))
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
        model.dataChanged.connect(lambda *_: self.fit_timer.isActive() or self.fit_timer.start())
        self.prefetch = DiffPrefetcher(model, self)

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

    def fit_rows_later(self) -> None:
        """Fit the rows on screen after a short pause (scrolling, resizing, typing)."""
        self.fit_timer.start()

    def fit_visible_rows(self) -> None:
        """Size the rows on screen to their text (only those: a long article stays fast).

        The current row, if it was on screen, stays there: rows above it that grow would
        otherwise push it out of sight (as after a jump, which scrolls by default row heights).
        """
        first = self.rowAt(0)
        if first < 0:
            return
        model = self.review_model
        shown = self.rowAt(self.viewport().height() - 1)
        shown = model.rowCount() - 1 if shown < 0 else shown
        last = min(shown + 2, model.rowCount() - 1)
        current = self.currentIndex()
        for row in range(first, last + 1):
            self.resizeRowToContents(row)
        if current.isValid() and first <= current.row() <= shown:
            self.updateGeometries()  # the scroll range must know the new heights first
            self.scrollTo(current, QAbstractItemView.ScrollHint.EnsureVisible)
        self.prefetch.ask(last + 1, last + 1 + (last - first))  # the next screenful's diffs

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
