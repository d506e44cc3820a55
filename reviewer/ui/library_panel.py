"""The article library on the left: titles with per-language progress, a filter and Import.

The row of the article being reviewed follows its approvals: the window calls
:meth:`LibraryPanel.approvals_changed` after every write to one of its segments (an approval,
a rejection, an undo, a fetch), and the counts are read again from the store once the burst of
writes pauses, a tenth of a second later at most. Imports re-read the whole library.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
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
from reviewer.storage.store import Store
from reviewer.ui.models import ArticleIdRole, ArticleListModel

COUNT_DELAY_MS = 100  # approvals in a burst (a fetch, fast keyboard review) are counted once


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
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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
        self._count: Callable[[], None] | None = None
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._recount)

    def set_articles(self, rows: list[ArticleSummary], current: int | None) -> None:
        """Show ``rows`` and select article ``current``."""
        self.model.set_articles(rows)
        self.table.resizeRowsToContents()
        self.select(current)

    def approvals_changed(self, store: Store, article_id: int) -> None:
        """A segment of ``article_id`` was written: show its approvals again (soon, once for
        a burst of writes: the timer is not restarted by the writes that follow)."""
        def count() -> None:
            langs = self.model.langs_of(article_id)
            if langs is not None:
                done = store.progress(article_id, langs)
                self.model.set_approved(article_id, {lang: n for lang, (n, _) in done.items()})

        self._count = count
        if not self._count_timer.isActive():
            self._count_timer.start()

    def _recount(self) -> None:
        count, self._count = self._count, None
        if count is not None:
            count()

    def select(self, article_id: int | None) -> None:
        """Select the row of ``article_id`` without emitting ``article_chosen``."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ArticleIdRole) == article_id:
                self.table.selectRow(row)
                return

    def _emit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.article_chosen.emit(int(index.data(ArticleIdRole)))
