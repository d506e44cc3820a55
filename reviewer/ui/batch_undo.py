"""Several edits as one undo step: the repeats filled when an article opens or after an approval.

:class:`BatchCommand` writes its edits in one transaction on the store writer's thread (all or
none), and undoes them together; it is an :class:`~reviewer.ui.undo.EditCommand` whose ``edit``
is the first of them, so the review controller's undo and redo show where the batch begins.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reviewer.core.edits import Edit
from reviewer.core.model import Translation
from reviewer.services.review import EditConflictError, ReviewService
from reviewer.storage.errors import StoreError
from reviewer.storage.store import Store
from reviewer.ui.store_writer import StoreWriter
from reviewer.ui.undo import EditCommand

Stored = list[tuple[Edit, Translation | None]]


class WriterBatch:
    """Writes or reverts a list of edits in one transaction on the writer's thread."""

    def __init__(self, writer: StoreWriter, actor: str = "reviewer") -> None:
        self.writer, self.actor = writer, actor

    def apply(self, edits: Sequence[Edit], *, redo: bool = False) -> Stored:
        """Write every edit (conflict-checked, with history); the translations now stored."""
        def job(store: Store) -> Stored:
            service = ReviewService(store, self.actor)
            with store.conn.transaction():
                return [(e, service.apply(e, redo=redo)) for e in edits]
        return self.writer.call(job)

    def revert(self, edits: Sequence[Edit]) -> Stored:
        """Write every edit's ``before`` back, last first; the translations now stored."""
        def job(store: Store) -> Stored:
            service = ReviewService(store, self.actor)
            with store.conn.transaction():
                for e in reversed(edits):
                    service.revert(e)
            return [(e, store.translation(e.segment_id, e.lang)) for e in edits]
        return self.writer.call(job)


class BatchCommand(EditCommand):
    """Writes ``edits`` together when pushed, and undoes them together."""

    def __init__(self, batch: WriterBatch, edits: Sequence[Edit], label: str,
                 changed: Callable[[int, str, Translation | None], None],
                 reread: Callable[[int], None], failed: Callable[[str], None]) -> None:
        assert edits, "a batch of no edits"
        super().__init__(_NoService(), edits[0], changed, reread, failed)
        self.setText(label)
        self.batch, self.edits = batch, list(edits)

    def _run_all(self, write: Callable[[], Stored], *, first: bool = False) -> bool:
        try:
            stored = write()
        except (EditConflictError, StoreError) as exc:
            self.failed(str(exc))
            if not first:
                for e in self.edits:
                    self.reread(e.segment_id)
            return False
        for edit, translation in stored:
            self.changed(edit.segment_id, edit.lang, translation)
        return True

    def redo(self) -> None:
        redo = self.pushed
        self.pushed = True
        ok = self._run_all(lambda: self.batch.apply(self.edits, redo=redo), first=not redo)
        if not redo:
            self.written = ok
            self.setObsolete(not ok)

    def undo(self) -> None:
        self._run_all(lambda: self.batch.revert(self.edits))


class _NoService:
    """A batch writes through its :class:`WriterBatch`, never through a single-edit service."""

    def apply(self, edit: Edit, *, redo: bool = False) -> Translation | None:
        raise AssertionError("a batch writes through its WriterBatch")

    def revert(self, edit: Edit) -> Translation | None:
        raise AssertionError("a batch writes through its WriterBatch")
