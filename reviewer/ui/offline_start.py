"""Starting while the library's server is away: a window that says so and opens the library once
the server answers.

When the server of the library named at start (``--db``, ``REVIEWER_DB``, the last one opened)
cannot be reached, :class:`OfflineStart` is shown instead of failing: it says plainly that the
server is offline and how many changes this computer keeps for it (the outbox), and every
``RETRY_MS`` tries to open the library on a thread of its own (the GUI thread never waits on the
network). Once it opens, ``opened`` carries the store and the window of the library takes over.
A refusal other than an unreachable server (a wrong password, no such database) is said and the
retries stop.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reviewer.core.errors import ReviewerError
from reviewer.storage.errors import StoreUnreachableError
from reviewer.storage.outbox import Outbox, outbox_path
from reviewer.storage.pg_url import location
from reviewer.storage.store import Store
from reviewer.ui.offline_work import RETRY_MS, server_name


class _Relay(QObject):
    """Lives on the GUI thread: an attempt's end, emitted on the worker, is queued here."""

    ended = Signal(object)  # Future[Store]


class OfflineStart(QWidget):
    """Says that the server of ``target`` is away and opens the library once it answers;
    outboxes in ``outbox_folder`` (default: the user data directory)."""

    opened = Signal(object)  # Store

    def __init__(self, target: str, outbox_folder: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.setObjectName("offlineStart")
        self.setWindowTitle(self.tr("reviewer — offline"))
        box = Outbox(outbox_path(location(target), outbox_folder))
        kept = box.count()
        box.close()
        self.label = QLabel(self.tr(
            "Offline: the server at {host} cannot be reached. The library opens as soon as it "
            "answers (tried every {s} seconds). Changes kept on this computer: {n}; they are "
            "sent when it is back.").format(host=server_name(target), s=RETRY_MS // 1000,
                                            n=kept))
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.resize(520, 160)
        self.attempts = 0
        self.in_flight = False
        self.closed = False
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="offline-start")
        self._relay = _Relay()
        self._relay.ended.connect(self.on_attempt_ended)
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self.on_timer_timeout)
        self.timer.start()

    def on_timer_timeout(self) -> None:
        if self.in_flight:
            return
        self.in_flight = True
        self.attempts += 1
        future = self._pool.submit(Store, self.target)
        future.add_done_callback(self._relay.ended.emit)

    def on_attempt_ended(self, future: Future[Store]) -> None:
        self.in_flight = False
        error = future.exception()
        if self.closed:  # closed by the person meanwhile: a store opened late is closed again
            if error is None:
                future.result().close()
            return
        if isinstance(error, StoreUnreachableError):
            return  # still away: tried again at the next tick
        self.timer.stop()
        if error is None:
            self.opened.emit(future.result())  # the library's window is shown first: the
            self.close()  # app would quit when its last window closes
        elif isinstance(error, ReviewerError):
            self.label.setText(self.tr("The library could not be opened: {error}").format(
                error=error))
        else:
            raise error

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.closed = True
        self.timer.stop()
        self._pool.shutdown(wait=False, cancel_futures=True)
        super().closeEvent(event)
