"""The main window for now: the article library beside the selected article's aligned segments."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QMainWindow,
    QSplitter,
    QTableView,
)

from reviewer import library
from reviewer.formats.errors import BadInputError
from reviewer.storage.errors import StoreError
from reviewer.storage.store import Store
from reviewer.ui.models import ArticleIdRole, ArticleListModel, SegmentTableModel

IMPORT_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm *.docx);;All files (*)"


class LibraryWindow(QMainWindow):
    """Lists the articles in the store and shows the segments of the one selected."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle("reviewer")
        self.articles = ArticleListModel()
        self.segments = SegmentTableModel()
        self.article_view = QTableView()
        self.article_view.setModel(self.articles)
        self.article_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.article_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.article_view.verticalHeader().hide()
        header = self.article_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.article_view.setWordWrap(True)
        self.segment_view = QTableView()
        self.segment_view.setModel(self.segments)
        self.segment_view.setWordWrap(True)
        self.segment_view.verticalHeader().hide()
        self.segment_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.article_view)
        splitter.addWidget(self.segment_view)
        splitter.setSizes([420, 1160])
        self.setCentralWidget(splitter)
        self._build_menus()
        self.segment_view.horizontalHeader().sectionResized.connect(
            lambda *_: self.segment_view.resizeRowsToContents())
        self.article_view.selectionModel().currentRowChanged.connect(
            self.on_article_view_current_changed)
        self.statusBar().showMessage(f"Database: {store.path}")
        self.resize(1500, 900)
        self.reload()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        import_action = QAction("&Import article…", self)
        import_action.setShortcut(QKeySequence.StandardKey.Open)
        import_action.triggered.connect(self.on_import_triggered)
        file_menu.addAction(import_action)
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def reload(self, select_id: int | None = None) -> None:
        """Re-read the library and select ``select_id`` (or the first article)."""
        rows = self.store.articles()
        self.articles.set_articles(rows)
        if not rows:
            self.segments.set_article([], "en", [])
            return
        ids = [r.article.id for r in rows]
        row = ids.index(select_id) if select_id in ids else 0
        self.article_view.selectRow(row)
        self.show_article(ids[row])

    def show_article(self, article_id: int) -> None:
        """Fill the segment table with the article's aligned segments."""
        article = self.store.article(article_id)
        langs = self.store.human_langs(article_id) or ["uk", "ru"]
        self.segments.set_article(self.store.segment_views(article_id, langs),
                                  article.source_lang, langs)
        header = self.segment_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in range(2, self.segments.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.segment_view.resizeColumnToContents(0)
        self.segment_view.resizeColumnToContents(1)
        QTimer.singleShot(0, self.segment_view.resizeRowsToContents)
        self.setWindowTitle(f"{article.title} — reviewer")

    def on_article_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_article(int(self.articles.data(current, ArticleIdRole)))

    def on_import_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import article", "", IMPORT_FILTER)
        if not path:
            return
        try:
            article = library.import_article(self.store, path)
        except (BadInputError, StoreError, ValueError) as exc:
            self.statusBar().showMessage(f"Import failed — {exc}", 15000)
            return
        self.reload(article.id)
        self.statusBar().showMessage(f"Imported “{article.title}”", 8000)
