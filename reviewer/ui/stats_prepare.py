"""Getting the statistics view ready while the window is idle, so that Ctrl+Shift+S is quick.

Opening the view the first time imported its 27 modules on the GUI thread (30-60 ms on a quiet
machine, several times that on a loaded one) before building it, and its first chart waited for
the chart process to start and import matplotlib (a second or more). Once the window's start
has no background work left, one job of the task runner imports the view's modules on a worker
and has the chart process (:mod:`reviewer.ui.chart_process`) start and import matplotlib. It
runs once; with a synchronous runner (tests) it does not run.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

from PySide6.QtCore import QObject

from reviewer.ui.tasks import TaskRunner

#: What the view imports that the window's start does not.
VIEW_MODULE = "reviewer.ui.stats_view"


def prepare(_report: Any) -> None:
    """Import the statistics view and warm the chart process (on a worker)."""
    from reviewer.ui import chart_process

    importlib.import_module(VIEW_MODULE)
    chart_process.warm()


class StatsPreparer(QObject):
    """Starts :func:`prepare` on ``runner`` once ``start_work`` (the runner of the window's
    start: the memory, the dictionaries) has finished its work and ``runner`` has none."""

    def __init__(self, runner: TaskRunner, start_work: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner, self.start_work = runner, start_work
        self.started = runner.synchronous
        self.start_done = False
        start_work.busy_changed.connect(self._on_start_work_busy)
        runner.busy_changed.connect(self._on_busy_changed)

    def _on_start_work_busy(self, busy: bool) -> None:
        if not busy:
            self.start_done = True
            self._on_busy_changed(bool(self.runner.active))

    def _on_busy_changed(self, busy: bool) -> None:
        if busy or self.started or not self.start_done or self.start_work.active:
            return
        self.started = True
        self.runner.start("prepare statistics", prepare, on_error=self._on_error)

    def _on_error(self, error: BaseException, _trace: str) -> None:
        # not the person's concern yet: opening the view imports it again and says what fails
        sys.stderr.write(f"could not prepare the statistics view: {error}\n")
