"""Presence: the grid shows who else is on which segment right now; this window says where it is.

The window claims the segment and language its editor shows (:mod:`reviewer.storage.claims`),
on the store writer's thread, when it shows another one and every ``REFRESH_MS`` while it stays
(a claim lapses after ``TTL_S`` unless refreshed, so a window that died stops showing). The
claims of the others come with the live updates' polls (:class:`~reviewer.ui.live_updates.
LiveUpdates`) and go into the model, whose number cells paint a small name badge. A store that
cannot be written (read-only, locked, damaged) just shows no claim of this window: presence is
a courtesy, never a reason to stop reviewing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from reviewer.core.model import SegmentView
from reviewer.storage import claims
from reviewer.storage.errors import StoreError
from reviewer.storage.store import Store
from reviewer.ui.editor_panel import EditorPanel
from reviewer.ui.review_model import ReviewModel
from reviewer.ui.store_writer import StoreWriter

REFRESH_MS = 20_000
TTL_S = claims.TTL_S


class Presence(QObject):
    """This window's claim, and the others' claims shown in ``model``."""

    def __init__(self, writer: StoreWriter, model: ReviewModel, editor: EditorPanel,
                 name: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer, self.model, self.editor, self.name = writer, model, editor, name
        self.session = uuid.uuid4().hex
        self.held: tuple[int, int, str] | None = None  # article, segment, language claimed
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.on_timer_timeout)
        self.timer.start()

    def on_review_shown(self, view: SegmentView | None) -> None:
        """The editor shows ``view`` (``None``: nothing): claim it."""
        wanted = ((view.segment.article_id, view.segment.id, self.editor.lang)
                  if view is not None else None)
        if wanted != self.held:
            self._claim(wanted)

    def on_timer_timeout(self) -> None:
        if self.held is not None:
            self._claim(self.held)

    def _claim(self, wanted: tuple[int, int, str] | None) -> None:
        if self.writer.closed:
            return
        self.held = wanted
        session, name = self.session, self.name()

        def job(store: Store) -> None:
            if wanted is None:
                claims.release(store, session)
            else:
                claims.claim(store, session, name, *wanted, ttl_s=TTL_S)
        self.writer.post(job, None, self.on_claim_failed)

    def on_claim_failed(self, error: BaseException) -> None:
        if not isinstance(error, StoreError):
            raise error

    def show_claims(self, found: list[claims.Claim]) -> None:
        """Put the others' claims on the article shown into the grid."""
        presence: dict[int, list[str]] = {}
        for c in found:
            if c.session != self.session:
                presence.setdefault(c.segment_id, []).append(c.name)
        self.model.set_presence(presence)

    def release(self) -> None:
        """Drop this window's claim (the window closes); the writer runs it before closing."""
        self.timer.stop()
        if self.held is not None:
            self._claim(None)
