"""Painting the grid's cells: word diffs as track changes, statuses as coloured bars.

The core computes the spans; this module only draws them. Every character of user text is
escaped before it reaches Qt's rich-text engine, so a segment containing ``<b>`` or ``<script>``
shows those characters literally.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from reviewer.core.diff import Op, Span
from reviewer.core.model import Status
from reviewer.ui.review_model import ColumnKindRole, ErrorRole, SpansRole, StatusRole

Index = QModelIndex | QPersistentModelIndex
PADDING = 4
STATUS_COLOURS = {
    Status.NEW: QColor("#c8c8c8"),
    Status.DRAFT: QColor("#e0a800"),
    Status.APPROVED: QColor("#2e7d32"),
    Status.REJECTED: QColor("#c62828"),
}
DELETE_STYLE = "color:#b71c1c;background-color:#fde0e0;text-decoration:line-through;"
INSERT_STYLE = "color:#1b5e20;background-color:#dcf5dc;text-decoration:underline;"


def escape(text: str) -> str:
    """User text as HTML that shows every character literally, line breaks included."""
    return html.escape(text, quote=True).replace("\n", "<br/>")


def spans_to_html(spans: Iterable[Span]) -> str:
    """Track changes from the machine translation to the human version: deleted words struck
    through in red, inserted words underlined in green, the rest plain."""
    parts = []
    for span in spans:
        text = escape(span.text)
        if span.op is Op.DELETE:
            parts.append(f'<span style="{DELETE_STYLE}">{text}</span>')
        elif span.op is Op.INSERT:
            parts.append(f'<span style="{INSERT_STYLE}">{text}</span>')
        else:
            parts.append(text)
    return "".join(parts)


class GridDelegate(QStyledItemDelegate):
    """Draws compare cells as diffs, final cells with a status bar, the rest as plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = QTextDocument()
        self._doc.setDocumentMargin(PADDING)

    def _html(self, index: Index, selected: bool = False) -> str:
        kind = index.data(ColumnKindRole)
        spans = index.data(SpansRole) if kind == "compare" else None
        if spans:
            return spans_to_html(spans)
        text = escape(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        if kind == "compare" and index.data(ErrorRole):
            return f'<span style="color:#b71c1c">{text}</span>'
        if kind == "number":
            first, _, rest = text.partition("<br/>")
            return f"<b>{first}</b><br/>{rest}" if selected else (
                f'<b>{first}</b><br/><span style="color:#777">{rest}</span>')
        return text

    def _layout(self, option: QStyleOptionViewItem, index: Index, width: int) -> QTextDocument:
        self._doc.setDefaultFont(option.font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        self._doc.setHtml(self._html(index, selected))
        self._doc.setTextWidth(max(width, 20))
        return self._doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text_option = QStyleOptionViewItem(option)
        text_option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter,
                              option.widget)
        rect = option.rect
        left = 0
        if index.data(ColumnKindRole) == "final":
            status = index.data(StatusRole) or Status.NEW
            painter.fillRect(rect.x(), rect.y(), 5, rect.height(), STATUS_COLOURS[status])
            left = 6
        doc = self._layout(option, index, rect.width() - left)
        painter.save()
        painter.translate(rect.x() + left, rect.y())
        painter.setClipRect(QRectF(0, 0, rect.width() - left, rect.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        self.initStyleOption(option, index)
        width = option.rect.width() if option.rect.width() > 0 else 300
        doc = self._layout(option, index, width - 6)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))
