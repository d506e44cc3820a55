"""Getting the statistics view ready while the window is idle, so that Ctrl+Shift+S is quick.

Opening the view the first time imported its 27 modules on the GUI thread (30-60 ms on a quiet
machine, several times that on a loaded one) before building it, and its first chart waited for
the chart process to start and import matplotlib (a second or more). Two seconds after the
window's start has done its background work, at a moment with no other work (none on the task
runners, the store's writer settled, no article being opened), one job of the task runner
imports the view's modules on a worker and has the chart process
(:mod:`reviewer.ui.chart_process`) start and import matplotlib. The same job imports what the
window's actions import when first used and its start leaves out (:data:`ACTION_MODULES`), so
that their first use does not import them on the GUI thread. It runs once; with a synchronous
runner (tests) it does not run.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from reviewer.ui.tasks import TaskRunner

#: What the view imports that the window's start does not.
VIEW_MODULE = "reviewer.ui.stats_view"
#: What the window's actions import when first used (fetching, importing and exporting files,
#: their dialogs, an approval's effort record) and its start does not
#: (``tests/test_startup_imports.py``).
ACTION_MODULES = ("reviewer.library", "reviewer.engines.fetch", "reviewer.formats.tm_import",
                  "reviewer.ui.exchange_work", "reviewer.ui.export_dialog",
                  "reviewer.core.effort_measures", "reviewer.storage.effort_log")
#: How long after the start's work the view is prepared (a person rarely asks for it sooner).
DELAY_MS = 2000


def prepare(_report: Any) -> None:
    """Import the statistics view and the actions' modules and warm the chart process (on a
    worker)."""
    from reviewer.ui import chart_process

    importlib.import_module(VIEW_MODULE)
    chart_process.warm()
    for name in ACTION_MODULES:
        importlib.import_module(name)


class StatsPreparer(QObject):
    """Starts :func:`prepare` on ``runner`` :data:`DELAY_MS` after ``start_work`` (the runner
    of the window's start: the memory, the dictionaries) has finished, at a moment when neither
    runner has work and ``quiet()`` says the window has none either (else it looks again
    :data:`DELAY_MS` later): never in the middle of the start's or an opening's work."""

    def __init__(self, runner: TaskRunner, start_work: TaskRunner, quiet: Callable[[], bool],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner, self.start_work, self.quiet = runner, start_work, quiet
        self.started = runner.synchronous
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self._start_when_idle)
        start_work.busy_changed.connect(self._on_start_work_busy)

    def _on_start_work_busy(self, busy: bool) -> None:
        if not busy and not self.started:
            self.timer.start()

    def _start_when_idle(self) -> None:
        if self.started:
            return
        if self.runner.active or self.start_work.active or not self.quiet():
            self.timer.start()
            return
        self.started = True
        self.runner.start("prepare statistics", prepare, on_error=self._on_error)

    def _on_error(self, error: BaseException, _trace: str) -> None:
        # not the person's concern yet: opening the view imports it again and says what fails
        from reviewer.ui.chart_process import ChartProcessError

        if isinstance(error, ChartProcessError):  # stopped as the window closed: started anew
            return
        sys.stderr.write(f"could not prepare the statistics view: {error}\n")
