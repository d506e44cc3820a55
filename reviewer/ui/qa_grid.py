"""The grid's QA badges, computed on a worker rather than while painting.

The checks of one segment take a few milliseconds (up to tens for a long sentence full of names
and numbers, one dictionary call per word), too much to run for every row a page down paints,
and too much for the GUI thread while the store writer holds Python's interpreter lock (each
dictionary call gives the lock up and waits to get it back). So the number column shows a badge
only for segments already checked; the others are queued as they are painted and checked on a
worker of the window's quality aids, a batch at a time, newest first (the rows on screen); their
results are kept unless something changed meanwhile (then their rows are repainted, which
queues them again), and a row whose check found something is repainted (its number cell only).
The tooltip, asked for one row at a time, is computed at once.
"""

from __future__ import annotations

from collections.abc import Sequence

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from reviewer.core.model import SegmentView
from reviewer.core.qa import Glossary
from reviewer.core.qa.names import NameContext
from reviewer.ui.qa_marks import FINAL, QaMarks, SegmentQa
from reviewer.ui.qa_panel import qa_tooltip
from reviewer.ui.review_model import ReviewModel
from reviewer.ui.tasks import TaskRunner

MAX_PENDING = 200  # rows painted long ago and never checked are dropped from the queue
BATCH = 40  # segments checked per job on the worker (a screenful)
WARM_SEGMENTS = 12  # the segments checked once, off the GUI thread, before the first check
Results = dict[int, dict[str, SegmentQa]]


def check_batch(marks: QaMarks, views: Sequence[SegmentView], positions: list[int]) -> Results:
    """The job: the results of the segments at ``positions`` (on a snapshot of the marks)."""
    return {p: marks.compute(views, p) for p in positions if p < len(views)}


def _counts(found: dict[str, SegmentQa]) -> tuple[int, int]:
    return (sum(len(r.findings) for r in found.values()),
            sum(len(r.findings) for r in found.values() if r.target == FINAL))


def warm_up(views: Sequence[SegmentView], langs: Sequence[str], source_lang: str,
            context: NameContext | None) -> None:
    """Check the first segments of ``views`` once and keep nothing: the checks compile about
    150 regular expressions at their first use (60-180 ms), which, run on a worker before the
    window's first check, are not compiled on the GUI thread."""
    marks = QaMarks()
    marks.set_article(langs, source_lang)
    marks.set_context(context or NameContext(), Glossary())
    for position in range(min(len(views), WARM_SEGMENTS)):
        marks.results(views, position)


class GridMarks(QObject):
    """What the grid's number column asks (``count``, ``tooltip``) for ``model``'s segments;
    the checks run on ``runner`` (``failed``: a check's error, a bug)."""

    failed = Signal(object, str)

    def __init__(self, marks: QaMarks, model: ReviewModel, runner: TaskRunner,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.marks, self.model, self.runner = marks, model, runner
        self._pending: dict[int, None] = {}  # segment positions, in the order painted
        self._checking: list[int] = []  # the batch on the worker
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._turn)

    @property
    def pending(self) -> int:
        """How many painted segments still wait for their check (on the worker included)."""
        return len(self._pending) + len(self._checking)

    def reset(self) -> None:
        """Forget the queue (a new article, or every result dropped); a batch on the worker
        is dropped when it ends (the marks changed)."""
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
        """Hand the newest queued segments to the worker (one batch at a time)."""
        self._timer.stop()
        if self._checking or not self._pending or not self.marks.ready:
            return
        batch = list(reversed(self._pending))[:BATCH]
        for position in batch:
            del self._pending[position]
        self._checking = batch
        marks, generation = self.marks.snapshot(), self.marks.generation
        views = list(self.model.views)  # the list the GUI thread may change meanwhile: a copy
        self.runner.start("qa-marks", lambda _report: check_batch(marks, views, batch),
                          on_result=lambda found: self._checked(generation, found),
                          on_error=self._on_error)

    def _checked(self, generation: int, found: Results) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed meanwhile
        batch, self._checking = self._checking, []
        kept = self.marks.keep(generation, found)
        for position in batch:  # stale: repainted, so queued again if still on screen
            if not kept or _counts(found.get(position, {}))[0]:
                self._repaint(position)
        if self._pending:
            self._timer.start()

    def _on_error(self, error: BaseException, trace: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._checking = []
        self.failed.emit(error, trace)

    def _repaint(self, position: int) -> None:
        row = self.model.row_of_segment(position) if position < len(self.model.views) else None
        if row is not None and row < self.model.rowCount():
            cell = self.model.index(row, 0)
            self.model.dataChanged.emit(cell, cell)
