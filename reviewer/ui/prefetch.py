"""Diffs of the rows just below the screen, computed while the reviewer reads this one.

Diffs are computed on demand (when a cell is painted) and cached in the core; a row whose diffs
were never asked for costs a few milliseconds each when it scrolls into view. The prefetcher asks
for the next screenful's diffs in idle turns of the event loop, a couple of rows per turn, so that
a page down finds them ready and the event loop never waits on more than a row or two.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from reviewer.ui.review_model import ReviewModel

ROWS_PER_TURN = 2


class DiffPrefetcher(QObject):
    """Warms the diff cache for a range of rows of ``model``, a few rows per idle turn."""

    def __init__(self, model: ReviewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._rows: list[int] = []
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._turn)
        model.modelReset.connect(self.cancel)

    def ask(self, first: int, last: int) -> None:
        """Warm rows ``first`` to ``last`` (inclusive), replacing what was asked before."""
        end = min(last, len(self.model.visible) - 1)
        self._rows = list(range(end, max(first, 0) - 1, -1))  # popped from the end: in order
        if self._rows:
            self._timer.start()
        else:
            self._timer.stop()

    def cancel(self) -> None:
        """Forget the rows asked for (the model was reset: rows mean other segments now)."""
        self._rows.clear()
        self._timer.stop()

    @property
    def pending(self) -> int:
        """How many rows are still to warm."""
        return len(self._rows)

    def _turn(self) -> None:
        for _ in range(ROWS_PER_TURN):
            if not self._rows:
                self._timer.stop()
                return
            row = self._rows.pop()
            if row < len(self.model.visible):
                self.model.warm(row)
        if not self._rows:
            self._timer.stop()
