"""Working offline: changes that cannot reach the server go to the outbox, and are sent later.

:class:`OfflineWrites` stands between the window's changes and the review service, on the thread
that owns the store. While the server answers, a change is written as always. When a write meets
:class:`~reviewer.storage.errors.StoreUnreachableError` (nothing was written), the change is
kept in the outbox (:class:`~reviewer.storage.outbox.Outbox`, durable on this computer) and
counted as acknowledged; from then on, every change goes straight to the outbox, in order,
until :meth:`OfflineWrites.replay` has sent them all: each through the same conflict check
as online (:mod:`reviewer.services.outbox_send`), each removed from the outbox as soon as the
server has it. A row the server took before (sent, then the program stopped before it was
removed) is known by the server's note of the outbox's last row and writes nothing again:
nothing is applied twice.

Kept offline: a translation's edits, undo and redo; a "Replace all" (``OfflineWrites.batch``,
one transaction when sent); MQM annotations added, changed, removed (``annotate``); glossary
rows added, changed, deleted (``glossary``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVar

from reviewer.core import languages
from reviewer.core.annotations import Annotation, AnnotationEdit
from reviewer.core.edits import Edit, TranslationState
from reviewer.core.model import Translation
from reviewer.core.qa.glossary import Term
from reviewer.services.outbox_send import send, with_server_ids
from reviewer.services.review import EditConflictError, ReviewService
from reviewer.storage.annotations import Annotations
from reviewer.storage.connection import now
from reviewer.storage.errors import StoreError, StoreUnreachableError
from reviewer.storage.glossary import GlossaryImport, GlossaryStore
from reviewer.storage.glossary_edits import replace_terms
from reviewer.storage.outbox import Batch, Change, GlossaryChange, Outbox
from reviewer.storage.store import Store

T = TypeVar("T")

Notify = Callable[[bool, int], None]  # offline?, changes waiting


def _shown(edit: Edit, state: TranslationState | None) -> Translation | None:
    """The translation as the window shows it once ``state`` is kept (not yet on the server)."""
    return None if state is None else Translation(
        edit.segment_id, edit.lang, state.text, state.status, state.origin, state.engine,
        now(), state.comment)


@dataclass
class Replayed:
    """What a replay did: how many changes it sent, the conflicts it met (each with its edit,
    taken out of the outbox: the person decides), the other changes refused (a "Replace all",
    an annotation, a glossary change: with what was refused and why, taken out too), how many
    are still waiting, and whether the server is still unreachable."""

    sent: int = 0
    conflicts: list[tuple[EditConflictError, Edit]] = field(default_factory=list)
    refused: list[tuple[str, StoreError]] = field(default_factory=list)
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

    def _keep(self, edit: Change, kind: str, actor: str) -> int:
        row = self.outbox.add(edit, kind, actor)
        self.offline = True
        self._tell()
        return row

    def _write(self, write: Callable[[], T]) -> tuple[bool, T | None]:
        """``(True, write())`` while the server answers; ``(False, None)`` when it cannot be
        reached (nothing was written) or the outbox still holds changes (they go first)."""
        if not self.offline:
            try:
                return True, write()
            except StoreUnreachableError:
                pass
        return False, None

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

    def batch(self, store: Store, edits: Sequence[Edit], actor: str, *,
              kind: str = "batch-apply") -> list[Translation | None]:
        """Write ``edits`` in one transaction, all or none (``kind``: ``batch-apply``,
        ``batch-redo``, ``batch-revert``), or keep them in the outbox; the translations shown."""
        def write() -> list[Translation | None]:
            service = ReviewService(store, actor)
            with store.conn.transaction():
                if kind == "batch-revert":
                    for edit in reversed(edits):
                        service.revert(edit)
                    return [store.translation(e.segment_id, e.lang) for e in edits]
                return [service.apply(e, redo=kind == "batch-redo") for e in edits]
        written, result = self._write(write)
        if written:
            assert result is not None
            return result
        self._keep(Batch(tuple(edits)), kind, actor)
        return [_shown(e, e.before if kind == "batch-revert" else e.after) for e in edits]

    def annotate(self, store: Store, edit: AnnotationEdit, actor: str, *,
                 kind: str = "annotation-apply") -> Annotation | None:
        """Write an annotation's edit (``kind``: ``annotation-apply``, ``-redo``, ``-revert``)
        or keep it in the outbox; the annotation now shown (one added offline: id ``-ROW``)."""
        table = Annotations(store, actor)

        def write() -> Annotation | None:
            offline_ids = any(a is not None and a.id < 0 for a in (edit.before, edit.after))
            sent = with_server_ids(store, edit, self.outbox.identity()) if offline_ids else edit
            if kind == "annotation-revert":
                table.revert(sent)
                return sent.before
            return table.apply(sent, redo=kind == "annotation-redo")
        written, result = self._write(write)
        if written:
            return result
        row = self._keep(edit, kind, actor)
        shown = edit.before if kind == "annotation-revert" else edit.after
        if shown is not None and shown.id == 0:
            return replace(shown, id=-row)
        return shown

    def glossary(self, store: Store, before: Sequence[Term], after: Sequence[Term],
                 label: str, actor: str) -> list[Term] | None:
        """Replace the glossary rows ``before`` by ``after``; the rows added, or ``None`` when
        the change was kept in the outbox."""
        written, result = self._write(lambda: replace_terms(store, before, after))
        if written:
            return result
        self._keep(GlossaryChange(tuple(before), tuple(after), label), "glossary", actor)
        return None

    def add_terms(self, store: Store, terms: Sequence[Term], actor: str,
                  origin: str = "window") -> GlossaryImport | None:
        """Add glossary rows (as ``GlossaryStore.add``); ``None`` when kept in the outbox."""
        written, result = self._write(lambda: GlossaryStore(store).add(terms, origin))
        if written:
            return result
        rows = tuple(Term(" ".join(t.source.split()), languages.normalize(t.lang),
                          " ".join(t.target.split()), t.note) for t in terms)
        self._keep(GlossaryChange((), rows, "Add term"), "glossary", actor)
        return None

    def replay(self, store: Store) -> Replayed:
        """Send the outbox's changes in order; stop at the first the server cannot take."""
        done = Replayed()
        identity = self.outbox.identity()
        for item in self.outbox.pending():
            try:
                send(store, item, identity)
            except StoreUnreachableError:
                done.offline = True
                break
            except EditConflictError as error:
                if isinstance(item.change, Edit):
                    done.conflicts.append((error, item.change))
                else:
                    done.refused.append((_label(item.change), error))
            except StoreError as error:  # an annotation's or the glossary's conflict
                done.refused.append((_label(item.change), error))
            else:
                done.sent += 1
            self.outbox.remove(item.id)  # the server has it (or refused it: the person decides)
        done.waiting = self.outbox.count()
        self.offline = done.offline or done.waiting > 0
        self._tell()
        return done


def _label(change: Change) -> str:
    return change.label
