"""The library's item model: one row per article with its language, size and approvals.

The approvals are segments approved of all, then (once the store writer has counted them, see
:meth:`ArticleListModel.set_words`) the share of source words approved; the size column gives the
segments and, under them, the source words.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from reviewer.core import languages
from reviewer.core.wordcount import WordProgress
from reviewer.storage.articles import ArticleSummary
from reviewer.ui.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
ArticleIdRole = Qt.ItemDataRole.UserRole + 1


class ArticleListModel(QAbstractTableModel):
    """The library: one row per article with its title, language, size and approvals."""

    HEADERS = (QT_TRANSLATE_NOOP("ArticleListModel", "Title"),
               QT_TRANSLATE_NOOP("ArticleListModel", "Src"),
               QT_TRANSLATE_NOOP("ArticleListModel", "Segs\nwords"),
               QT_TRANSLATE_NOOP("ArticleListModel", "Approved"))
    SIZE, APPROVED = 2, 3

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ArticleSummary] = []
        self._words: dict[int, WordProgress] = {}

    def set_articles(self, rows: list[ArticleSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, article_id: int | None) -> int | None:
        """The row of ``article_id`` (None: not listed)."""
        return next((i for i, row in enumerate(self._rows) if row.article.id == article_id),
                    None)

    def title_of(self, article_id: int | None) -> str | None:
        """The title of ``article_id`` as the library lists it (None: no such row)."""
        for row in self._rows:
            if row.article.id == article_id:
                return row.article.title
        return None

    def set_words(self, words: dict[int, WordProgress], *, merge: bool = False) -> None:
        """Show each article's source words and the share approved (from ``words``, by id);
        with ``merge``, languages ``words`` does not count keep their last counts."""
        for article_id, progress in words.items():
            old = self._words.get(article_id)
            if merge and old is not None:
                progress = WordProgress(progress.words, {**old.approved, **progress.approved})
            self._words[article_id] = progress
        if self._rows:
            self.dataChanged.emit(self.index(0, self.SIZE),
                                  self.index(len(self._rows) - 1, self.APPROVED))

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
                    cell = self.index(i, self.APPROVED)
                    self.dataChanged.emit(cell, cell)
                return

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section == self.APPROVED:
            return self.tr("Segments approved of all, and the share of the source words "
                           "approved, per language")
        if role == Qt.ItemDataRole.ToolTipRole and section == self.SIZE:
            return self.tr("Segments, and under them the source words (counted as CAT tools "
                           "count them)")
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
        words = self._words.get(row.article.id)
        if column == self.SIZE:
            return f"{row.segments}\n{words.words:,}" if words is not None else row.segments
        langs = row.human_langs or languages.TARGETS_DEFAULT
        return "\n".join(f"{languages.label(lang)} {row.approved.get(lang, 0)}/{row.segments}"
                          + (f" · {round(words.percent(lang))} %" if words is not None else "")
                          for lang in langs)
