"""The one helper for background work: run a plain function off the GUI thread, get results back.

Jobs are plain functions (tested without Qt); they report progress through a callback and stop when
their own cancel flag is set. Results, progress and errors come back on the GUI thread through a
relay object that lives there, so callbacks may touch widgets. Workers never touch widgets.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Report = Callable[[Any], None]


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted by a worker are queued to its slots."""

    progressed = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object, str)

    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task
        self.progressed.connect(self.on_progressed)
        self.succeeded.connect(self.on_succeeded)
        self.failed.connect(self.on_failed)

    def _owner_gone(self) -> bool:
        owner = self.task.owner
        return owner is not None and not shiboken6.isValid(owner)

    @Slot(object)
    def on_progressed(self, value: object) -> None:
        if self._owner_gone():
            return
        if self.task.on_progress:
            self.task.on_progress(value)

    @Slot(object)
    def on_succeeded(self, value: object) -> None:
        self.task.finished = True
        self.task.runner._forget(self.task)
        if self._owner_gone():  # a view closed while its job ran: nothing to paint into
            return
        if self.task.on_result:
            self.task.on_result(value)

    @Slot(object, str)
    def on_failed(self, error: BaseException, trace: str) -> None:  # what _Runnable.run caught
        self.task.finished = True
        self.task.runner._forget(self.task)
        if self._owner_gone() and self.task.on_error:
            return
        if self.task.on_error:
            self.task.on_error(error, trace)
        else:
            self.task.runner.unhandled.emit(error, trace)


@dataclass(eq=False)
class Task:
    """A running job: cancel it with :meth:`cancel` (the job's own cancel callable)."""

    name: str
    runner: TaskRunner
    on_result: Callable[[Any], None] | None = None
    on_error: Callable[[BaseException, str], None] | None = None
    on_progress: Callable[[Any], None] | None = None
    cancel_job: Callable[[], None] | None = None
    #: The widget the callbacks paint into: once Qt has deleted it, they are not called.
    owner: QObject | None = None
    finished: bool = False
    relay: _Relay | None = field(default=None, repr=False)

    def cancel(self) -> None:
        """Ask the job to stop (it stops at its next check; saved work stays saved)."""
        if self.cancel_job is not None:
            self.cancel_job()


class _Runnable(QRunnable):
    def __init__(self, job: Callable[[Report], Any], relay: _Relay) -> None:
        super().__init__()
        self.job, self.relay = job, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.job(self.relay.progressed.emit)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            self._tell(self.relay.failed, exc, traceback.format_exc())
        else:
            self._tell(self.relay.succeeded, result)

    @staticmethod
    def _tell(signal: Any, *args: Any) -> None:
        """Emit ``signal``; once its relay is gone (the window closed and was deleted while the
        job ran) nobody is left to tell, which is not an error."""
        try:
            signal.emit(*args)
        except RuntimeError as exc:
            if "deleted" not in str(exc):
                raise


class TaskRunner(QObject):
    """Runs jobs on a thread pool (or inline when ``synchronous``, for tests)."""

    unhandled = Signal(object, str)
    busy_changed = Signal(bool)

    def __init__(self, *, synchronous: bool = False, max_threads: int = 4) -> None:
        super().__init__()
        self.synchronous = synchronous
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(max_threads)
        self.active: list[Task] = []

    def start(self, name: str, job: Callable[[Report], Any], *,
              on_result: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException, str], None] | None = None,
              on_progress: Callable[[Any], None] | None = None,
              cancel: Callable[[], None] | None = None,
              owner: QObject | None = None) -> Task:
        """Run ``job(report)`` in the background; callbacks run on the GUI thread, unless
        ``owner`` (the widget they paint into) has been deleted by then."""
        task = Task(name, self, on_result, on_error, on_progress, cancel, owner)
        task.relay = _Relay(task)
        self.active.append(task)
        if len(self.active) == 1:
            self.busy_changed.emit(True)
        runnable = _Runnable(job, task.relay)
        if self.synchronous:
            runnable.run()
        else:
            self.pool.start(runnable)
        return task

    def _forget(self, task: Task) -> None:
        if task in self.active:
            self.active.remove(task)
            if not self.active:
                self.busy_changed.emit(False)

    def cancel_all(self, wait_ms: int = 30000) -> bool:
        """Cancel every running job and wait for the workers; True if they all stopped."""
        for task in list(self.active):
            task.cancel()
        return self.pool.waitForDone(wait_ms)
