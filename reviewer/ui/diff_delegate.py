"""Painting the grid's cells: word diffs as track changes, statuses as coloured bars.

The core computes the spans; this module only draws them. Every character of user text is
escaped before it reaches Qt's rich-text engine, so a segment containing ``<b>`` or ``<script>``
shows those characters literally. Laid-out cells are cached per row, so scrolling through a long
article lays out each cell once, not on every paint and again for every row fit.
"""

from __future__ import annotations

import html
from collections import OrderedDict
from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from reviewer.core import languages
from reviewer.core.diff import Op, Span
from reviewer.core.model import Status
from reviewer.ui import theme
from reviewer.ui.hit_marks import hit_html
from reviewer.ui.paint_budget import FrameBudget, draw_plain
from reviewer.ui.review_model import (
    ColumnKindRole,
    ErrorRole,
    HitRole,
    LockRole,
    PresenceRole,
    QaBadgeRole,
    SpansRole,
    StatusRole,
)

Index = QModelIndex | QPersistentModelIndex
PADDING = 4
STATUS_BAR = 6  # the status colour of a final cell, left of its text
CACHE_ROWS = 100  # rows whose laid-out documents are kept (a few screenfuls)


def status_colours(c: theme.Colours) -> dict[Status, QColor]:
    """The colour of each status's bar in ``c`` (the palette's set)."""
    return {Status.NEW: QColor(c.new), Status.DRAFT: QColor(c.draft),
            Status.APPROVED: QColor(c.approved), Status.REJECTED: QColor(c.rejected)}


def delete_style(c: theme.Colours) -> str:
    """The inline style of a deleted word."""
    return f"color:{c.delete_fg};background-color:{c.delete_bg};text-decoration:line-through;"


def insert_style(c: theme.Colours) -> str:
    """The inline style of an inserted word."""
    return f"color:{c.insert_fg};background-color:{c.insert_bg};text-decoration:underline;"


def escape(text: str) -> str:
    """User text as HTML that shows every character literally, line breaks included."""
    return html.escape(text, quote=True).replace("\n", "<br/>")


SEPARATOR = "\u2009"  # a thin space between a deletion and an insertion that would touch


def spans_to_html(spans: Iterable[Span], colours: theme.Colours | None = None,
                  needle: str | None = None) -> str:
    """Track changes from the machine translation to the human version: deleted words struck
    through in red, inserted words underlined in green, the rest plain.

    An insertion right after a deletion with no whitespace between them (a text replaced whole)
    gets a thin unstyled space before it, so ``ширші`` and ``більші`` never read as one word; the
    space is part of neither text. Colours: ``colours`` or the application palette's set.
    The hits of ``needle`` (the filter's search text) are highlighted within each span."""
    c = colours or theme.colours()
    parts = []
    previous: Span | None = None
    for span in spans:
        text = hit_html(span.text, needle, c)
        if span.op is Op.DELETE:
            parts.append(f'<span style="{delete_style(c)}">{text}</span>')
        elif span.op is Op.INSERT:
            if (previous is not None and previous.op is Op.DELETE
                    and not previous.text[-1:].isspace() and not span.text[:1].isspace()):
                parts.append(f'<span style="white-space:pre">{SEPARATOR}</span>')  # kept thin
            parts.append(f'<span style="{insert_style(c)}">{text}</span>')
        else:
            parts.append(text)
        previous = span
    return "".join(parts)


class _Cell:
    """A laid-out cell: its document, the column kind, its status (final cells) and its size."""

    __slots__ = ("doc", "fit", "kind", "size", "status")

    def __init__(self, doc: QTextDocument, fit: tuple[int, str, bool], kind: str | None,
                 status: Status | None) -> None:
        self.doc, self.fit, self.kind, self.status = doc, fit, kind, status
        self.size = QSize(int(doc.idealWidth()), int(doc.size().height()))


def _model_signals(model: QAbstractItemModel) -> tuple:
    """The signals after which no cached row can be trusted."""
    return (model.modelReset, model.layoutChanged, model.rowsMoved, model.rowsRemoved,
            model.columnsInserted, model.columnsRemoved, model.columnsMoved)


class GridDelegate(QStyledItemDelegate):
    """Draws compare cells as diffs, final cells with a status bar, the rest as plain text.

    Laying out rich text is what costs when a grid paints, so each cell's document is kept for
    the last ``CACHE_ROWS`` rows painted (one per column and selection state, at the width and
    font it was laid out for), and each cell's size for every row measured. The model's
    ``dataChanged`` drops the rows it names; a reset, a layout change or moved rows drop all.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cells: OrderedDict[int, dict[tuple[int, bool], _Cell]] = OrderedDict()
        self._sizes: dict[int, dict[int, tuple[tuple[int, str, bool], QSize]]] = {}
        self._model: QAbstractItemModel | None = None
        self.budget = FrameBudget()  # the grid measures its paints with it

    def clear_cache(self) -> None:
        """Forget every laid-out cell and measured size."""
        self._cells.clear()
        self._sizes.clear()

    def _watch(self, model: QAbstractItemModel) -> None:
        """Follow the model's changes so that nothing stale is painted."""
        old, self._model = self._model, model
        if old is not None and shiboken6.isValid(old):
            old.dataChanged.disconnect(self._on_data_changed)
            old.rowsInserted.disconnect(self._on_rows_inserted)
            for signal in _model_signals(old):
                signal.disconnect(self.clear_cache)
        model.dataChanged.connect(self._on_data_changed)
        model.rowsInserted.connect(self._on_rows_inserted)
        for signal in _model_signals(model):
            signal.connect(self.clear_cache)
        self.clear_cache()

    def _drop_rows(self, first: int, last: int, columns: range | None = None) -> None:
        """Forget rows ``first`` to ``last``, or only their cells in ``columns``."""
        for cache in (self._cells, self._sizes):
            if last - first < len(cache):
                rows = [r for r in range(first, last + 1) if r in cache]
            else:
                rows = [r for r in cache if first <= r <= last]
            for r in rows:
                if columns is None:
                    del cache[r]
                    continue
                cells: dict = cache[r]
                for key in [k for k in cells if (k[0] if isinstance(k, tuple) else k) in columns]:
                    del cells[key]

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex,
                         _roles: object = None) -> None:
        columns = range(top_left.column(), bottom_right.column() + 1)
        whole = self._model is None or len(columns) >= self._model.columnCount()
        self._drop_rows(top_left.row(), bottom_right.row(), None if whole else columns)

    def _on_rows_inserted(self, parent: QModelIndex, first: int, _last: int) -> None:
        if not parent.isValid():  # rows at or after ``first`` moved down
            self._drop_rows(first, max([first, *self._cells, *self._sizes]))

    def _html(self, index: Index, kind: str | None, selected: bool = False,
              c: theme.Colours = theme.LIGHT) -> str:
        if kind == "compare":  # a failed fetch: a small marker before the text (tooltip: why)
            spans, needle = index.data(SpansRole), index.data(HitRole)
            body = spans_to_html(spans, c, needle) if spans else hit_html(
                str(index.data(Qt.ItemDataRole.DisplayRole) or ""), needle, c)
            mark = f'<span style="color:{c.error};font-size:small">⚠</span>&nbsp;'
            return (mark if index.data(ErrorRole) else "") + body
        text = escape(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        if kind == "number":
            first, _, rest = text.partition("<br/>")
            # QA findings per language: orange in final texts, grey when only the MT was checked
            for lang, found, in_final in index.data(QaBadgeRole) or ():
                colour = c.warning if in_final else c.muted
                first += (f' <span style="color:{colour}">⚑{found}&nbsp;'
                          f'{escape(languages.label(lang))}</span>')
            for name in index.data(PresenceRole) or ():  # another reviewer is on it now
                first += f' <span style="color:{c.insert_fg}">●&nbsp;{escape(name)}</span>'
            for lang in index.data(LockRole) or ():  # signed off by an editor
                first += f' 🔒{escape(languages.label(lang))}'
            return f"<b>{first}</b><br/>{rest}" if selected else (
                f'<b>{first}</b><br/><span style="color:{c.muted}">{rest}</span>')
        needle = index.data(HitRole)
        return hit_html(str(index.data(Qt.ItemDataRole.DisplayRole) or ""), needle, c) \
            if needle else text

    def _known(self, option: QStyleOptionViewItem, index: Index) -> _Cell | None:
        """The cell for ``index`` if it is laid out already at the option's width, font and
        selection."""
        if index.model() is not self._model:
            self._watch(index.model())
        cells = self._cells.get(index.row())
        if cells is None:
            return None
        self._cells.move_to_end(index.row())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        cell = cells.get((index.column(), selected))
        fit = (option.rect.width(), option.font.key(), theme.is_dark(option.palette))
        return cell if cell is not None and cell.fit == fit else None

    def _cell(self, option: QStyleOptionViewItem, index: Index) -> _Cell:
        """The laid-out cell for ``index`` at the option's width, font and selection."""
        known = self._known(option, index)
        if known is not None:
            return known
        row, column = index.row(), index.column()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        fit = (option.rect.width(), option.font.key(), theme.is_dark(option.palette))
        cells = self._cells.get(row)
        if cells is None:
            cells = self._cells[row] = {}
            while len(self._cells) > CACHE_ROWS:
                self._cells.popitem(last=False)
        kind = index.data(ColumnKindRole)
        status = (index.data(StatusRole) or Status.NEW) if kind == "final" else None
        doc = QTextDocument()
        doc.setDocumentMargin(PADDING)
        doc.setDefaultFont(option.font)
        doc.setHtml(self._html(index, kind, selected, theme.colours(option.palette)))
        width = fit[0] if fit[0] > 0 else 300
        doc.setTextWidth(max(width - (STATUS_BAR if kind == "final" else 0), 20))
        cell = cells[(column, selected)] = _Cell(doc, fit, kind, status)
        self._sizes.setdefault(row, {})[column] = (fit, cell.size)
        return cell

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # The view's option carries no text: the style draws the background, selection and
        # focus, and the cached document draws the text.
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        cell = self._known(option, index)
        if cell is None and not self.budget.allows():  # laid out in a later paint
            draw_plain(painter, option, index, PADDING)
            return
        cell = cell or self._cell(option, index)
        rect = option.rect
        left = 0
        if cell.kind == "final" and cell.status is not None:  # a final cell has a status
            bars = status_colours(theme.colours(option.palette))
            painter.fillRect(rect.x(), rect.y(), 5, rect.height(), bars[cell.status])
            left = STATUS_BAR
        painter.save()
        painter.translate(rect.x() + left, rect.y())
        painter.setClipRect(QRectF(0, 0, rect.width() - left, rect.height()))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        cell.doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        sizes = self._sizes.get(index.row())
        known = sizes.get(index.column()) if sizes is not None else None
        fit = (option.rect.width(), option.font.key(), theme.is_dark(option.palette))
        if known is not None and known[0] == fit and (
                index.model() is self._model):
            return QSize(known[1])
        return QSize(self._cell(option, index).size)
