"""The find-and-replace preview: one row per final text a query changes, found text highlighted.

Each row shows the article (when the whole library is searched), the segment number as the grid
shows it, the language, the text with what was found marked, and the text after. Rows the
replacement leaves alone (approved or rejected texts, unless the person includes them) are
greyed and say why. The display role holds plain text (what a screen reader reads); the
delegate paints the marked HTML, escaping every character of user text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reviewer.core import languages
from reviewer.core.model import Status
from reviewer.core.replace import Change
from reviewer.ui import theme
from reviewer.ui.diff_delegate import escape
from reviewer.ui.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
HtmlRole = Qt.ItemDataRole.UserRole + 40
ARTICLE, SEGMENT, LANG, FOUND, AFTER = range(5)


def marked_html(change: Change, colours: theme.Colours) -> str:
    """The text before the change, each match highlighted (every character escaped)."""
    text, out, last = change.before.text, [], 0
    style = (f"color:{colours.delete_fg};background-color:{colours.delete_bg};"
             "font-weight:bold;")
    for span in change.spans:
        out += [escape(text[last:span.start]),
                f'<span style="{style}">{escape(text[span.start:span.end])}</span>']
        last = span.end
    return "".join(out) + escape(text[last:])


class ReplacePreviewModel(QAbstractTableModel):
    """The changes of a query; ``chosen(change)`` says whether "Replace all" makes it."""

    HEADERS = (QT_TRANSLATE_NOOP("ReplacePreviewModel", "Article"),
               QT_TRANSLATE_NOOP("ReplacePreviewModel", "Segment"),
               QT_TRANSLATE_NOOP("ReplacePreviewModel", "Language"),
               QT_TRANSLATE_NOOP("ReplacePreviewModel", "Found"),
               QT_TRANSLATE_NOOP("ReplacePreviewModel", "After"))

    def __init__(self) -> None:
        super().__init__()
        self.changes: list[Change] = []
        self.titles: dict[int, str] = {}
        self.include_settled = False

    def set_changes(self, changes: list[Change], include_settled: bool,
                    titles: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self.changes, self.include_settled = list(changes), include_settled
        self.titles = titles or {}
        self.endResetModel()

    def chosen(self, change: Change) -> bool:
        """Whether replacing changes this text (approved ones only when included)."""
        return self.include_settled or not change.settled

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.changes)

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
        change, column = self.changes[index.row()], index.column()
        if role == Qt.ItemDataRole.ForegroundRole and not self.chosen(change):
            return QColor(theme.colours().muted)
        if role == Qt.ItemDataRole.ToolTipRole and not self.chosen(change):
            return self.tr("{status}: left alone (tick “Include approved and rejected texts” "
                           "to change it)").format(status=self._status(change))
        if role == HtmlRole and column == FOUND:
            return marked_html(change, theme.colours())

        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == ARTICLE:
            return self.titles.get(change.article_id, str(change.article_id))
        if column == SEGMENT:
            return str(change.index + 1)
        if column == LANG:
            label = languages.label(change.lang)
            if self.chosen(change):
                return label
            return self.tr("{lang} ({status}: left alone)").format(
                lang=label, status=self._status(change))
        return change.before.text if column == FOUND else change.text

    def _status(self, change: Change) -> str:
        return (self.tr("approved") if change.before.status is Status.APPROVED
                else self.tr("rejected"))


class HtmlDelegate(QStyledItemDelegate):
    """Paints a cell's ``HtmlRole`` (marked text) where it has one, plain text elsewhere."""

    def _doc(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument | None:
        html = index.data(HtmlRole)
        if not html:
            return None
        doc = QTextDocument()
        doc.setDocumentMargin(3)
        doc.setDefaultFont(option.font)
        doc.setHtml(html)
        doc.setTextWidth(max(option.rect.width(), 60))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        doc = self._doc(option, index)
        if doc is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(0, 0, option.rect.width(), option.rect.height())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = index.data(Qt.ItemDataRole.ForegroundRole)  # greyed: left alone
        context.palette.setColor(QPalette.ColorRole.Text, colour if isinstance(colour, QColor)
                                 and not selected else option.palette.color(role))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        doc = self._doc(option, index)
        if doc is None:
            return super().sizeHint(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))
