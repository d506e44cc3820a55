"""The grid's QA badges, computed in idle turns of the event loop rather than while painting.

The checks of one segment take a few milliseconds (up to tens for a long sentence full of names
and numbers), too much to run for every row a page down paints. So the number column shows a
badge only for segments already checked; the others are queued as they are painted and checked
one per idle turn, newest first (the rows on screen), and a row whose check found something is
repainted (its number cell only). The tooltip, asked for one row at a time, is computed at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from reviewer.ui.qa_marks import FINAL, QaMarks, SegmentQa
from reviewer.ui.qa_panel import qa_tooltip
from reviewer.ui.review_model import ReviewModel

MAX_PENDING = 200  # rows painted long ago and never checked are dropped from the queue


def _counts(found: dict[str, SegmentQa]) -> tuple[int, int]:
    return (sum(len(r.findings) for r in found.values()),
            sum(len(r.findings) for r in found.values() if r.target == FINAL))


class GridMarks(QObject):
    """What the grid's number column asks (``count``, ``tooltip``) for ``model``'s segments."""

    def __init__(self, marks: QaMarks, model: ReviewModel, parent: QObject | None = None):
        super().__init__(parent)
        self.marks, self.model = marks, model
        self._pending: dict[int, None] = {}  # segment positions, in the order painted
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._turn)

    @property
    def pending(self) -> int:
        """How many painted segments still wait for their check."""
        return len(self._pending)

    def reset(self) -> None:
        """Forget the queue (a new article, or every result dropped)."""
        self._pending.clear()
        self._timer.stop()

    def _found(self, position: int) -> dict[str, SegmentQa] | None:
        """The results of segment ``position`` if checked; else it is queued (None)."""
        self.marks.follow_engine(self.model.engine)
        found = self.marks.cached(position)
        if found is not None:
            return found
        if self.marks.ready:
            self._pending.pop(position, None)
            self._pending[position] = None
            while len(self._pending) > MAX_PENDING:
                del self._pending[next(iter(self._pending))]
            self._timer.start()
        return None

    def count(self, position: int) -> tuple[int, int]:
        """(findings in all, findings in final texts) of segment ``position``, as far as known;
        an unchecked segment is queued and counts (0, 0) until its check has run."""
        found = self._found(position)
        return _counts(found) if found is not None else (0, 0)

    def badges(self, position: int) -> list[tuple[str, int, bool]]:
        """One badge per language with findings: (language, how many, in the final text?);
        an unchecked segment is queued and has none until its check has run."""
        found = self._found(position)
        return [(lang, len(r.findings), r.target == FINAL)
                for lang, r in (found or {}).items() if r.findings]

    def tooltip(self, position: int) -> str:
        """Each language's findings of segment ``position``, checked now if need be."""
        self.marks.follow_engine(self.model.engine)
        return qa_tooltip(self.marks.results(self.model.views, position))

    def _turn(self) -> None:
        if not self._pending or not self.marks.ready:
            self._timer.stop()
            return
        position = next(reversed(self._pending))
        del self._pending[position]
        if position < len(self.model.views) and _counts(
                self.marks.results(self.model.views, position))[0]:
            row = self.model.row_of_segment(position)
            if row is not None and row < self.model.rowCount():
                cell = self.model.index(row, 0)
                self.model.dataChanged.emit(cell, cell)
        if not self._pending:
            self._timer.stop()
