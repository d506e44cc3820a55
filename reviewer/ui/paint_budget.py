"""How much of one paint of the segment grid may go to laying out cells never laid out before.

Laying out a cell's rich text costs about a millisecond; the first paint of an article (a
screenful of rows, six columns) would hold the GUI thread for a tenth of a second, more while
the store writer's thread competes for the interpreter lock. Within one paint the grid lays
out cells until :data:`PAINT_BUDGET_MS` have passed; the cells left are drawn as plain text
for that paint and the grid paints again in the next turn of the event loop, until every cell
on screen shows its diff and colours. A person sees the rows' text at once and the marks a
moment later; the window answers keys in between.
"""

from __future__ import annotations

from time import perf_counter

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

PAINT_BUDGET_MS = 12.0


class FrameBudget:
    """The time one paint may spend laying out new cells; :attr:`deferred` says some were left."""

    def __init__(self) -> None:
        self.started: float | None = None  # None: outside a measured paint, no limit
        self.deferred = False

    def begin(self) -> None:
        self.started, self.deferred = perf_counter(), False

    def end(self) -> None:
        self.started = None

    def allows(self) -> bool:
        """Whether a new cell may be laid out now (False notes that one was left)."""
        if self.started is None or (perf_counter() - self.started) * 1000 < PAINT_BUDGET_MS:
            return True
        self.deferred = True
        return False


def draw_plain(painter: QPainter, option: QStyleOptionViewItem,
               index: QModelIndex | QPersistentModelIndex, padding: int) -> None:
    """A cell's text, plain and wrapped, until its laid-out document is ready."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not text:
        return
    painter.save()
    painter.setFont(option.font)
    painter.setPen(option.palette.color(option.palette.ColorRole.Text))
    rect = option.rect.adjusted(padding, padding, -padding, -padding)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                     | int(Qt.TextFlag.TextWordWrap), str(text))
    painter.restore()
