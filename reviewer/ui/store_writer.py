"""The one writer: a thread of its own that owns the window's connection to the store.

sqlite3 connections belong to the thread that opened them, so :class:`StoreWriter` opens its
:class:`~reviewer.storage.store.Store` on a single worker thread and runs every job there, in
the order posted: the window's writes (drafts, approvals, comments, undo and redo) and the
reads that follow them (a segment's translations and suggestions after a fetch, the
translation memory's refresh). The GUI thread never touches that connection.

:meth:`StoreWriter.post` hands a job over and returns at once; its result (or error) comes back
on the GUI thread through a queued Qt signal; jobs run one after another in the order posted, so
a change posted after another is written after it. An acknowledgement of a change means it is
durable (``synchronous = FULL``): the window marks a change as saved only when its result
arrives. Building a writer sets the process's thread switch interval to
:data:`SWITCH_INTERVAL_S`, so the GUI thread never waits long for the interpreter lock.
While the database server cannot be reached, the review's changes are kept in the
outbox instead (:class:`~reviewer.services.outbox_replay.OfflineWrites`, ``offline_changed``
tells the window; :mod:`reviewer.ui.offline_work` sends them later), and a read whose job has
no ``on_error`` is dropped. :meth:`StoreWriter.call` waits for a job's result: for benches,
scripts and other threads only; the GUI thread never calls it (every UI test fails if it
does: ``tests/ui/conftest.py``).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from reviewer.core.edits import Edit
from reviewer.core.model import Translation
from reviewer.services.outbox_replay import OfflineWrites
from reviewer.services.review import ReviewService
from reviewer.storage.errors import StoreUnreachableError
from reviewer.storage.outbox import Outbox, outbox_path
from reviewer.storage.pg_url import PgUrl, location
from reviewer.storage.store import Store

T = TypeVar("T")
#: How long a thread of the window's process may keep Python's interpreter lock while another
#: waits for it (Python's default is 5 ms). The GUI thread gives the lock up at each dictionary
#: call and many Qt calls, and waited up to the whole interval to get it back from the writer or
#: a worker each time: opening a 20,000-segment article stalled the window for 124-174 ms
#: (medians) with 5 ms, 34-63 ms with 1 ms (bench/window_stalls.py, run in turn).
SWITCH_INTERVAL_S = 0.001
OnResult = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the GUI thread: a job's end, emitted on the writer's thread, is queued here."""

    finished = Signal(object, object, object)  # future, on_result, on_error

    def __init__(self, settled: Callable[[], None], lost: Callable[[], None]) -> None:
        super().__init__()
        self.settled, self.lost = settled, lost
        self.closed = False  # the window closed: what arrives after is not handed over
        self.finished.connect(self.on_finished)

    def on_finished(self, future: Future[Any], on_result: OnResult | None,
                    on_error: OnError | None) -> None:
        error: BaseException | None = None
        try:
            if self.closed:
                return
            error = future.exception()
            if error is None:
                if on_result is not None:
                    on_result(future.result())
            elif on_error is not None:
                on_error(error)
            elif isinstance(error, StoreUnreachableError):
                pass  # the window says it is offline; what it read stays shown
            else:
                raise error
        finally:
            self.settled()
            if isinstance(error, StoreUnreachableError):
                self.lost()  # after the job's own answer: the window says it is offline


class StoreWriter(QObject):
    """The store at ``path`` (a file, or a ``postgresql://`` URL kept as a
    :class:`~reviewer.storage.pg_url.PgUrl`), opened and used on one thread of its own; its
    outbox (kept while the server cannot be reached) in ``outbox_folder`` (default: the user
    data directory)."""

    offline_changed = Signal(bool, int)  # offline?, changes waiting in the outbox
    unreachable = Signal()  # a job met the server gone (after its own answer was handed over)

    def __init__(self, path: Path | str, parent: QObject | None = None,
                 outbox_folder: Path | None = None) -> None:
        super().__init__(parent)
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        self.path: Path | PgUrl = location(path)
        self.target = path
        self.outbox_folder = outbox_folder
        self.offline_writes: OfflineWrites | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store-writer")
        self._store: Store | None = None
        self.thread_id = 0
        self.pending = 0  # jobs posted whose result has not reached the GUI thread yet
        self._relay = _Relay(self._settled, self.unreachable.emit)
        self._executor_closed = False
        self._executor.submit(self._open, self.path).result()

    def _open(self, path: Path | str) -> None:
        self._store = Store(path)
        self.thread_id = threading.get_ident()
        outbox = Outbox(outbox_path(self._store.path, self.outbox_folder))
        self.offline_writes = OfflineWrites(outbox, self.offline_changed.emit)

    def reopen(self) -> Store:
        """Open the store again (the server is back after a restart); on the writer's thread,
        from a job. The old connection is closed once the new one is open."""
        new = Store(self.target)
        old, self._store = self._store, new
        if old is not None:
            try:
                old.close()
            except Exception:  # noqa: BLE001, S110 - a broken connection closes as it can
                pass
        return new

    def _run(self, job: Callable[[Store], T]) -> T:
        if self._store is None:
            raise RuntimeError("the store writer is closed")
        return job(self._store)

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` was called (the window closed): no job runs any more."""
        return self._executor_closed

    @property
    def settled(self) -> bool:
        """Whether every job posted has ended and its result has been handed over."""
        return self.pending == 0

    def _settled(self) -> None:
        self.pending -= 1

    def call(self, job: Callable[[Store], T]) -> T:
        """Run ``job(store)`` on the writer's thread and return its result (or raise): the
        caller waits for the jobs posted before it and for this one."""
        return self._executor.submit(self._run, job).result()

    def post(self, job: Callable[[Store], Any], on_result: OnResult | None = None,
             on_error: OnError | None = None) -> None:
        """Run ``job(store)`` on the writer's thread after the jobs posted before it;
        ``on_result`` / ``on_error`` run on the GUI thread when it ends (never once the writer
        is closed: the job is still run, as :meth:`close` waits for it)."""
        if self._executor_closed:
            return
        self.pending += 1
        future = self._executor.submit(self._run, job)
        future.add_done_callback(lambda done: self._relay.finished.emit(done, on_result,
                                                                       on_error))

    def after_pending(self, then: Callable[[], None]) -> None:
        """Call ``then`` on the GUI thread once every job posted before has ended (its writes
        are in the file, for a reader on another connection)."""
        self.post(lambda _store: None, on_result=lambda _done: then())

    def close(self) -> None:
        """Finish the jobs posted, then close the connection on its own thread; their answers
        are no longer handed over (the window is closing)."""
        if self._executor_closed:
            return
        self._relay.closed = True
        self._executor.submit(self._close).result()
        self._executor.shutdown(wait=True)
        self._executor_closed = True

    def _close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
        if self.offline_writes is not None:
            self.offline_writes.outbox.close()


class WriterReview:
    """The review service (:class:`~reviewer.services.review.ReviewService`) on the writer's
    thread: each change is posted, and ``on_result`` gets the translation stored once it is
    committed (``on_error`` the refusal: a conflict, a locked or read-only store)."""

    def __init__(self, writer: StoreWriter, actor: str = "reviewer") -> None:
        self.writer, self.actor = writer, actor

    def apply(self, edit: Edit, on_result: Callable[[Translation | None], None],
              on_error: OnError, *, redo: bool = False) -> None:
        """Write ``edit`` (conflict-checked, with history) after the changes posted before."""
        def job(store: Store) -> Translation | None:
            if self.writer.offline_writes is None:
                return ReviewService(store, self.actor).apply(edit, redo=redo)
            return self.writer.offline_writes.apply(store, edit, self.actor, redo=redo)
        self.writer.post(job, on_result, on_error)

    def revert(self, edit: Edit, on_result: Callable[[Translation | None], None],
               on_error: OnError) -> None:
        """Write ``edit.before`` back (as ``undo``) after the changes posted before."""
        def job(store: Store) -> Translation | None:
            if self.writer.offline_writes is not None:
                return self.writer.offline_writes.revert(store, edit, self.actor)
            ReviewService(store, self.actor).revert(edit)
            return store.translation(edit.segment_id, edit.lang)
        self.writer.post(job, on_result, on_error)
