"""The library's item model: one row per article with its language, size and approvals."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from reviewer.core import languages
from reviewer.storage.articles import ArticleSummary
from reviewer.ui.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
ArticleIdRole = Qt.ItemDataRole.UserRole + 1


class ArticleListModel(QAbstractTableModel):
    """The library: one row per article with its title, language, size and approvals."""

    HEADERS = (QT_TRANSLATE_NOOP("ArticleListModel", "Title"),
               QT_TRANSLATE_NOOP("ArticleListModel", "Src"),
               QT_TRANSLATE_NOOP("ArticleListModel", "Segs"),
               QT_TRANSLATE_NOOP("ArticleListModel", "Approved"))

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ArticleSummary] = []

    def set_articles(self, rows: list[ArticleSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def title_of(self, article_id: int | None) -> str | None:
        """The title of ``article_id`` as the library lists it (None: no such row)."""
        for row in self._rows:
            if row.article.id == article_id:
                return row.article.title
        return None

    def langs_of(self, article_id: int) -> tuple[str, ...] | None:
        """The languages whose approvals the row of ``article_id`` shows (None: no such row)."""
        for row in self._rows:
            if row.article.id == article_id:
                return row.human_langs or tuple(languages.TARGETS_DEFAULT)
        return None

    def set_approved(self, article_id: int, approved: dict[str, int]) -> None:
        """Show new approval counts in the row of ``article_id`` (and repaint only that cell)."""
        for i, row in enumerate(self._rows):
            if row.article.id == article_id:
                if row.approved != approved:
                    self._rows[i] = replace(row, approved=dict(approved))
                    cell = self.index(i, len(self.HEADERS) - 1)
                    self.dataChanged.emit(cell, cell)
                return

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ArticleIdRole:
            return row.article.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.article.origin
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return row.article.title
        if column == 1:
            return languages.label(row.article.source_lang)
        if column == 2:
            return row.segments
        langs = row.human_langs or languages.TARGETS_DEFAULT
        return "\n".join(f"{languages.label(lang)} {row.approved.get(lang, 0)}/{row.segments}"
                          for lang in langs)
