"""The article library on the left: titles with per-language progress, a filter and Import.

The row of the article being reviewed follows its approvals: the window calls
:meth:`LibraryPanel.approvals_changed` whenever one of its segments changes status (an
approval, a rejection, an undo or redo), and that row's counts are read again from the store.
Imports re-read the whole library. Each article's source words and the share approved are
counted by the store writer after the listing (:meth:`LibraryPanel.count_words`), off the GUI
thread; the open article's row then follows the window's memory.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.storage.articles import ArticleSummary
from reviewer.storage.word_queries import library_words
from reviewer.ui.models import ArticleIdRole, ArticleListModel
from reviewer.ui.store_writer import StoreWriter


class LibraryPanel(QWidget):
    """Lists the store's articles; emits ``article_chosen`` with an id."""

    article_chosen = Signal(int)
    import_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ArticleListModel()
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter articles"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        # widths and heights from the rows on screen only: measuring all 200 rows of a large
        # library held the GUI thread for 40-170 ms at every listing and word count. Qt measures
        # every row of a hidden table, so the columns fit their contents only while the panel
        # is shown (:meth:`showEvent`); hidden, they keep their widths and nothing is measured
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.fit_timer = QTimer(self)
        self.fit_timer.setSingleShot(True)
        self.fit_timer.setInterval(0)
        self.fit_timer.timeout.connect(self._fit_rows)
        self.table.verticalScrollBar().valueChanged.connect(lambda _v: self.fit_timer.start())
        header.sectionResized.connect(lambda *_: self.fit_timer.start())
        self.proxy.layoutChanged.connect(self.fit_timer.start)
        self.proxy.rowsInserted.connect(lambda *_: self.fit_timer.start())
        self.proxy.modelReset.connect(self.fit_timer.start)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(30)
        self.table.activated.connect(self._emit_current)
        self.table.clicked.connect(self._emit_current)
        button = QPushButton(self.tr("Import article…"))
        button.clicked.connect(self.import_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(button)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Shown: the columns fit the contents of the rows on screen."""
        self._fit_columns(True)
        self.fit_timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        """Hidden: the columns keep their widths (a hidden table would measure every row at
        each listing, word count and selection)."""
        self._fit_columns(False)
        super().hideEvent(event)

    def _fit_columns(self, fit: bool) -> None:
        header = self.table.horizontalHeader()
        mode = (QHeaderView.ResizeMode.ResizeToContents if fit
                else QHeaderView.ResizeMode.Interactive)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, mode)

    def set_articles(self, rows: list[ArticleSummary], current: int | None) -> None:
        """Show ``rows`` and select article ``current``."""
        self.model.set_articles(rows)
        self.select(current)
        self.fit_timer.start()

    def _fit_rows(self) -> None:
        """Size the rows on screen to their titles (again while that brings more on screen)."""
        table = self.table
        if not table.isVisible():
            return  # fitted when shown
        fitted = -1
        for _ in range(10):
            first = table.rowAt(0)
            last = table.rowAt(table.viewport().height() - 1)
            last = self.proxy.rowCount() - 1 if last < 0 else last
            if first < 0 or last <= fitted:
                return
            for row in range(max(first, fitted + 1), last + 1):
                table.resizeRowToContents(row)
            fitted = last

    def count_words(self, writer: StoreWriter) -> None:
        """Count every article's words on ``writer``'s thread and show them when counted."""
        writer.post(lambda store: library_words(store.conn), self.model.set_words)

    def select(self, article_id: int | None) -> None:
        """Select the row of ``article_id`` without emitting ``article_chosen``."""
        row = self.model.row_of(article_id)  # not asking each row of the table (Qt calls)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
        if index is not None and index.isValid():
            self.table.selectRow(index.row())

    def _emit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.article_chosen.emit(int(index.data(ArticleIdRole)))
