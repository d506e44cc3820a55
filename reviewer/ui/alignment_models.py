"""Table models of the import preview: the source's segments, and one human version's links.

Cells show one line (whitespace collapsed, long text cut); tooltips hold the whole text. Flagged
links are tinted, noted "check alignment" with the aligner's reason and listed first
(:class:`FlaggedFirst`), each group in text order; the first column keeps each link's number.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from reviewer.core.model import HumanSentence, Link, Role, SegmentDraft
from reviewer.ui.labels import flag_note

Index = QModelIndex | QPersistentModelIndex
FLAGGED_BRUSH = QBrush(QColor(255, 224, 178))
MAX_CELL_CHARS = 300


def one_line(text: str) -> str:
    """Text for a one-line cell: whitespace collapsed, long text cut with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= MAX_CELL_CHARS else flat[: MAX_CELL_CHARS - 1] + "…"


def span(start: int, end: int) -> str:
    """Sentence numbers as people count them: ``3``, ``3–4``, or ``—`` for none."""
    if end <= start:
        return "—"
    return str(start + 1) if end - start == 1 else f"{start + 1}–{end}"


class _Table(QAbstractTableModel):
    """A flat table with ``headers`` and ``rows()``: the Qt plumbing both preview models share."""

    headers: list[str]

    def rows(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.rows()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None


class SegmentsModel(_Table):
    """The source's segments: number, role, paragraph and text."""

    def __init__(self, segments: Sequence[SegmentDraft] = (), parent: QObject | None = None):
        super().__init__(parent)
        self.segments = list(segments)
        self.headers = [self.tr("#"), self.tr("Role"), self.tr("Paragraph"), self.tr("Text")]
        self.role_labels = {
            Role.HEADLINE: self.tr("headline"), Role.SUBHEADING: self.tr("subheading"),
            Role.CAPTION: self.tr("caption"), Role.BODY: self.tr("body"),
            Role.QUOTE: self.tr("quote")}

    def role_label(self, role: Role) -> str:
        return self.role_labels.get(role, role.value)

    def rows(self) -> int:
        return len(self.segments)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.segments):
            return None
        segment, column = self.segments[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(index.row() + 1), self.role_label(segment.role), str(segment.paragraph + 1),
                    one_line(segment.text))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return segment.text
        if role == Qt.ItemDataRole.FontRole and segment.role != Role.BODY:
            font = QFont()
            font.setBold(True)
            return font
        return None


class LinksModel(_Table):
    """One human version's links: number, shape, source segments, human sentences, note."""

    def __init__(self, segments: Sequence[SegmentDraft], sentences: Sequence[HumanSentence],
                 links: Sequence[Link], parent: QObject | None = None):
        super().__init__(parent)
        self.segments, self.sentences, self.links = list(segments), list(sentences), list(links)
        self.headers = [self.tr("#"), self.tr("Link"), self.tr("Source"), self.tr("Human version"),
                        self.tr("Note")]

    def set_links(self, links: Sequence[Link]) -> None:
        self.beginResetModel()
        self.links = list(links)
        self.endResetModel()

    def source_text(self, link: Link) -> str:
        return " ".join(s.text for s in self.segments[link.src_start:link.src_end])

    def human_text(self, link: Link) -> str:
        return " ".join(s.text for s in self.sentences[link.hum_start:link.hum_end])

    def note(self, link: Link) -> str:
        """"check alignment" for a flagged link, with the aligner's reason when it gave one."""
        return flag_note(link.reason) if link.flagged else ""

    def rows(self) -> int:
        return len(self.links)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.links):
            return None
        link, column = self.links[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(index.row() + 1)
            if column == 1:
                return link.kind
            if column == 2:
                text = self.source_text(link)
                return f"{span(link.src_start, link.src_end)}  {one_line(text)}".rstrip()
            if column == 3:
                text = self.human_text(link)
                return f"{span(link.hum_start, link.hum_end)}  {one_line(text)}".rstrip()
            return self.note(link)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 2:
                return self.source_text(link) or None
            if column == 3:
                return self.human_text(link) or None
            return self.note(link) or None
        if role == Qt.ItemDataRole.BackgroundRole and link.flagged:
            return FLAGGED_BRUSH
        return None



class FlaggedFirst(QSortFilterProxyModel):
    """Rows of a :class:`LinksModel` with the flagged links first, each group in text order."""

    def __init__(self, model: LinksModel, parent: QObject | None = None):
        super().__init__(parent)
        self.links_model = model
        self.setSourceModel(model)
        self.sort(0)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802
        links = self.links_model.links
        a, b = left.row(), right.row()
        return (not links[a].flagged, a) < (not links[b].flagged, b)
