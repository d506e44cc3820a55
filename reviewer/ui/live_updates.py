"""Live: another reviewer's approvals, edits and comments appear in the open window.

The present's cursor is read first (posted, like everything here: the GUI thread never waits);
then every ``POLL_MS`` a poll (:func:`reviewer.storage.changes.poll`) goes to the store writer's
thread: when no other process committed, it costs one ``PRAGMA data_version``; otherwise the
translations of the shown article that changed come back and are put into the grid's memory
through the review controller (repainted, the approval counts and the library row follow);
changes to other articles, and articles imported or deleted elsewhere, refresh the library
list. The claims of who is on which segment come with the polls too
(:mod:`reviewer.ui.presence` shows them).

A change to the segment and language the person is typing in is put off while the typing is
unsaved: showing it would make the unsaved text's next save overwrite it unasked. That save is
refused instead (the version moved) and the conflict dialog decides; once the editor holds
nothing unsaved there, the put-off change is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from reviewer.core.model import Translation
from reviewer.storage import changes
from reviewer.storage.claims import Claim
from reviewer.storage.errors import StoreError
from reviewer.storage.store import Store
from reviewer.ui.editor_panel import EditorPanel
from reviewer.ui.review_controller import ReviewController
from reviewer.ui.store_writer import StoreWriter

POLL_MS = 300
CLAIMS_EVERY = 10  # polls: the claims are read at least this often (they lapse by time)


class LiveUpdates(QObject):
    """Polls ``writer``'s store for other processes' changes and shows them."""

    def __init__(self, writer: StoreWriter, review: ReviewController, editor: EditorPanel,
                 library_changed: Callable[[], None],
                 claims_read: Callable[[list[Claim]], None] | None = None,
                 article_changed: Callable[[], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer, self.review, self.editor = writer, review, editor
        self.library_changed, self.claims_read = library_changed, claims_read
        self.article_changed = article_changed  # a sign-off or reopening: read the locks again
        self.ticks = 0
        self.cursor = changes.Cursor(0, 0)  # replaced by the present before the first poll
        self.put_off: set[changes.Pair] = set()
        self.started = False  # the present's cursor arrived
        self.in_flight = False
        self._start()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.on_timer_timeout)
        self.timer.start()

    def on_timer_timeout(self) -> None:
        if self.in_flight or self.writer.closed:
            return
        if not self.started:  # the first reading was refused (locked): try again
            self._start()
            return
        model = self.review.model
        article_id, langs = self.review.article_id, list(model.langs)
        cursor, also = self.cursor, frozenset(self.put_off)
        with_claims = self.claims_read is not None and self.ticks % CLAIMS_EVERY == 0
        self.ticks += 1

        def job(store: Store) -> changes.Changes:
            return changes.poll(store, cursor, article_id, langs, also, with_claims)

        self.in_flight = True
        self.writer.post(job, self.on_poll_finished, self.on_poll_failed)

    def _start(self) -> None:
        """Post the reading of the present's cursor (polls begin once it has arrived)."""
        self.in_flight = True
        self.writer.post(changes.start, self.on_start_finished, self.on_poll_failed)

    def on_start_finished(self, cursor: changes.Cursor) -> None:
        self.cursor, self.started, self.in_flight = cursor, True, False

    def on_poll_failed(self, error: BaseException) -> None:
        self.in_flight = False
        if not isinstance(error, StoreError):  # locked for a moment: the next poll tries again
            raise error

    def on_poll_finished(self, found: changes.Changes) -> None:
        self.in_flight = False
        for (segment_id, lang), translation in found.translations.items():
            self._show(segment_id, lang, translation)
        if found.article and self.article_changed is not None:
            self.article_changed()
        if found.other_articles or found.library:
            self.library_changed()
        if found.claims is not None and self.claims_read is not None:
            self.claims_read(found.claims)

    def _show(self, segment_id: int, lang: str, translation: Translation | None) -> None:
        pair = (segment_id, lang)
        if self.editor.shown == pair and self.editor.dirty:
            self.put_off.add(pair)
            return
        self.put_off.discard(pair)
        model = self.review.model
        position = model.position_of(segment_id)
        if position is None:
            return
        held = model.views[position].translations.get(lang)
        if held == translation:  # our own write, already in the grid's memory
            return
        self.review.stored(segment_id, lang, translation)

    def stop(self) -> None:
        """Stop polling (the window closes)."""
        self.timer.stop()
