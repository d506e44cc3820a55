"""Qt item models over what the store computed: the article library and an article's segments."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from reviewer.core import languages
from reviewer.core.model import SegmentView
from reviewer.storage.articles import ArticleSummary

Index = QModelIndex | QPersistentModelIndex
ArticleIdRole = Qt.ItemDataRole.UserRole + 1


class ArticleListModel(QAbstractTableModel):
    """The library: one row per article with its title, language, size and approvals."""

    HEADERS = ("Title", "Lang", "Segments", "Progress")

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ArticleSummary] = []

    def set_articles(self, rows: list[ArticleSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
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
        return "  ".join(f"{languages.label(lang)} {row.approved.get(lang, 0)}/{row.segments}"
                         for lang in langs)


class SegmentTableModel(QAbstractTableModel):
    """An article's segments: number, role, source, and the human text per target language."""

    def __init__(self) -> None:
        super().__init__()
        self._views: list[SegmentView] = []
        self._langs: list[str] = []
        self._source_lang = "en"

    def set_article(self, views: list[SegmentView], source_lang: str, langs: list[str]) -> None:
        self.beginResetModel()
        self._views, self._source_lang, self._langs = list(views), source_lang, list(langs)
        self.endResetModel()

    def headers(self) -> list[str]:
        human = [f"{languages.label(lang)} human version" for lang in self._langs]
        return ["#", "Role", f"{languages.label(self._source_lang)} source", *human]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._views)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3 + len(self._langs)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        view = self._views[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column >= 3:
            lang = self._langs[column - 3]
            kind = view.link_kind.get(lang, "")
            return f"alignment {kind}" + (" — please check" if view.flagged.get(lang) else "")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return view.segment.index + 1
        if column == 1:
            return str(view.segment.role)
        if column == 2:
            return view.segment.source
        lang = self._langs[column - 3]
        kind = view.link_kind.get(lang, "")
        text = view.human.get(lang)
        if kind.endswith("-0"):
            text = "— missing in the human version —"
        elif kind and not text:
            text = "↑ joined with the segment above"
        extra = view.human_added.get(lang, [])
        if extra:
            text = "\n".join([text or "", *[f"+ added: {e}" for e in extra]]).strip()
        return text or ""
