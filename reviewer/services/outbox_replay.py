"""Working offline: changes that cannot reach the server go to the outbox, and are sent later.

:class:`OfflineWrites` stands between the window's changes and the review service, on the thread
that owns the store. While the server answers, a change is written as always. When a write meets
:class:`~reviewer.storage.errors.StoreUnreachableError` (nothing was written), the change is
kept in the outbox (:class:`~reviewer.storage.outbox.Outbox`, durable on this computer) and
counted as acknowledged; from then on, every change goes straight to the outbox, in order,
until :meth:`OfflineWrites.replay` has sent them all: each through the same conflict check
(:class:`~reviewer.services.review.ReviewService`), each removed from the outbox as soon as the
server has it. An edit whose result the server already holds (sent, then the program stopped
before it was removed) is no conflict and writes nothing again: nothing is applied twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reviewer.core.edits import Edit, TranslationState
from reviewer.core.model import Translation
from reviewer.services.review import EditConflictError, ReviewService
from reviewer.storage.connection import now
from reviewer.storage.errors import StoreUnreachableError
from reviewer.storage.outbox import Outbox, Pending
from reviewer.storage.store import Store

Notify = Callable[[bool, int], None]  # offline?, changes waiting


def _shown(edit: Edit, state: TranslationState | None) -> Translation | None:
    """The translation as the window shows it once ``state`` is kept (not yet on the server)."""
    return None if state is None else Translation(
        edit.segment_id, edit.lang, state.text, state.status, state.origin, state.engine,
        now(), state.comment)


@dataclass
class Replayed:
    """What a replay did: how many changes it sent, the conflicts it met (each with its edit,
    taken out of the outbox: the person decides), how many are still waiting, and whether the
    server is still unreachable."""

    sent: int = 0
    conflicts: list[tuple[EditConflictError, Edit]] = field(default_factory=list)
    waiting: int = 0
    offline: bool = False


class OfflineWrites:
    """Writes changes through the review service, or into ``outbox`` while the server cannot be
    reached; ``notify(offline, waiting)`` is called whenever either changes."""

    def __init__(self, outbox: Outbox, notify: Notify | None = None) -> None:
        self.outbox = outbox
        self.notify = notify
        self.offline = outbox.count() > 0  # left from before: sent first, in order

    def _tell(self) -> None:
        if self.notify is not None:
            self.notify(self.offline, self.outbox.count())

    def _keep(self, edit: Edit, kind: str, actor: str) -> None:
        self.outbox.add(edit, kind, actor)
        self.offline = True
        self._tell()

    def apply(self, store: Store, edit: Edit, actor: str, *,
              redo: bool = False) -> Translation | None:
        """Write ``edit`` (or keep it in the outbox); the translation now shown."""
        if not self.offline:
            try:
                return ReviewService(store, actor).apply(edit, redo=redo)
            except StoreUnreachableError:
                pass
        self._keep(edit, "redo" if redo else "apply", actor)
        return _shown(edit, edit.after)

    def revert(self, store: Store, edit: Edit, actor: str) -> Translation | None:
        """Undo ``edit`` (or keep the undoing in the outbox); the translation now shown."""
        if not self.offline:
            try:
                ReviewService(store, actor).revert(edit)
                return store.translation(edit.segment_id, edit.lang)
            except StoreUnreachableError:
                pass
        self._keep(edit, "revert", actor)
        return _shown(edit, edit.before)

    def replay(self, store: Store) -> Replayed:
        """Send the outbox's changes in order; stop at the first the server cannot take."""
        done = Replayed()
        for item in self.outbox.pending():
            try:
                _send(store, item)
            except StoreUnreachableError:
                done.offline = True
                break
            except EditConflictError as error:
                done.conflicts.append((error, item.edit))
            else:
                done.sent += 1
            self.outbox.remove(item.id)  # the server has it (or refused it: the person decides)
        done.waiting = self.outbox.count()
        self.offline = done.offline or done.waiting > 0
        self._tell()
        return done


def _send(store: Store, item: Pending) -> None:
    service = ReviewService(store, item.actor)
    if item.kind == "revert":
        service.revert(item.edit)
    else:
        service.apply(item.edit, redo=item.kind == "redo")
