"""The window offline: it says so, keeps the changes in the outbox, and sends them when it can.

The store writer keeps a change that cannot reach the server in the outbox
(:class:`~reviewer.services.outbox_replay.OfflineWrites`) and tells :class:`OfflineStatus`
(``offline_changed``). It then shows a status-bar indicator and says plainly how many changes
are kept on this computer; every ``RETRY_MS`` it posts a job to the writer that opens the
store again and sends the outbox in order, each change through the same conflict check. A
conflict met on the way opens the conflict dialog (through the review controller's
``conflicted``); once the outbox is empty the window says it is back online.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from reviewer.services.outbox_replay import Replayed
from reviewer.storage.errors import StoreUnreachableError
from reviewer.storage.store import Store
from reviewer.ui.review_controller import ReviewController
from reviewer.ui.store_writer import StoreWriter

RETRY_MS = 2000


def server_name(target: object) -> str:
    """The host a store's URL names (its socket folder for a local socket), else the target."""
    text = str(target)
    parts = urlsplit(text)
    host = parts.hostname or (parse_qs(parts.query).get("host") or [""])[0]
    return host or text


class OfflineStatus(QObject):
    """Shows whether ``writer``'s server is reachable and sends the outbox when it is back;
    ``back_online`` once the outbox is empty (the window reads again what it showed as kept)."""

    back_online = Signal()

    def __init__(self, writer: StoreWriter, review: ReviewController,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer, self.review = writer, review
        self.offline = False
        self.waiting = 0
        self.in_flight = False
        self.indicator = QLabel()
        self.indicator.setObjectName("offlineIndicator")
        self.indicator.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self.on_timer_timeout)
        writer.offline_changed.connect(self.on_offline_changed)
        writer.unreachable.connect(lambda: self.on_offline_changed(True, self.waiting))
        writes = writer.offline_writes
        if writes is not None and writes.offline:  # changes left from before: send them first
            self.on_offline_changed(True, 0)

    def on_offline_changed(self, offline: bool, waiting: int) -> None:
        said = self.offline and waiting == self.waiting  # a retry that met the server away
        self.waiting = waiting
        if not offline:
            return  # said by on_replayed, with what was sent
        if said and self.timer.isActive():
            return  # said already: what the window says meanwhile stays in sight
        self.offline = True
        self.indicator.setText(self.tr("Offline: {0} kept").format(waiting))
        self.indicator.setToolTip(self.tr("The database server cannot be reached; changes are "
                                          "kept on this computer and sent when it is back."))
        self.indicator.show()
        self.review.say(self.tr("Offline: the server at {host} is unreachable. Changes kept on "
                                "this computer: {n}; they are sent when it is back.").format(
            host=server_name(self.writer.target), n=waiting), 0)
        if not self.timer.isActive():
            self.timer.start()

    def on_timer_timeout(self) -> None:
        if self.in_flight or self.writer.closed:
            return
        writer = self.writer

        def job(store: Store) -> Replayed:
            writes = writer.offline_writes
            assert writes is not None
            try:
                store.meta("schema_version")  # one read: is the server there?
            except StoreUnreachableError:
                store = writer.reopen()  # raises StoreUnreachableError while it is away
            return writes.replay(store)

        self.in_flight = True
        writer.post(job, self.on_replayed, self.on_replay_failed)

    def on_replay_failed(self, error: BaseException) -> None:
        self.in_flight = False
        if not isinstance(error, StoreUnreachableError):
            raise error

    def on_replayed(self, done: Replayed) -> None:
        self.in_flight = False
        for error, edit in done.conflicts:
            self.review.conflicted.emit(error, edit)  # the conflict dialog: the person decides
        for label, refusal in done.refused:  # an annotation, a glossary change, a Replace all
            self.review.say(self.tr("Not sent: “{label}” was changed elsewhere while this "
                                    "computer was offline: {error}").format(
                label=label, error=refusal), 0)
        if done.offline or done.waiting:
            return
        self.timer.stop()
        self.offline = False
        self.indicator.hide()
        for segment_id in dict.fromkeys(e.segment_id for _, e in done.conflicts):
            self.review.segment_changed(segment_id)
        self.back_online.emit()
        if done.refused:
            return  # the refusal stays said; the indicator has gone
        self.review.say(self.tr("Back online: the server at {host} has the changes kept on "
                                "this computer.").format(host=server_name(self.writer.target)))
