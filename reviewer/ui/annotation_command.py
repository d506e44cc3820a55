"""One change of MQM annotations as a step of the window's undo stack (:class:`AnnotationCommand`),
posted to the annotations store on the store writer's thread (the GUI thread never waits); while
the server cannot be reached, kept in the outbox (:class:`~reviewer.services.outbox_replay.
OfflineWrites`) and sent when it is back."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtGui import QUndoCommand

from reviewer.core.annotations import Annotation, AnnotationEdit
from reviewer.core.errors import UsageError
from reviewer.storage.annotations import Annotations
from reviewer.storage.errors import StoreError
from reviewer.storage.store import Store
from reviewer.ui.store_writer import StoreWriter


class AnnotationCommand(QUndoCommand):
    """Posts ``edit`` (add or remove an annotation) when pushed, its inverse on undo.

    The command is on the undo stack at once; its writes go to the store writer, which runs
    them in the order posted, so an undo pressed before the first write is answered is written
    after it. The annotation as stored (with its id) is kept on the writer's thread, where the
    undo that follows reads it. ``segment_id`` and ``lang`` say where the window shows it after
    an undo; ``done`` runs on the GUI thread after every write committed (``written`` is then
    true for the first), ``failed`` gets the store's words when one is refused (a refused first
    write makes the command obsolete, so the stack drops it, and its undo writes nothing).
    """

    def __init__(self, writer: StoreWriter, actor: str, edit: AnnotationEdit,
                 done: Callable[[int], None], failed: Callable[[str], None]) -> None:
        super().__init__(edit.label)
        self.writer, self.actor, self.edit = writer, actor, edit
        self.done, self.failed = done, failed
        changed = edit.after or edit.before
        assert changed is not None
        self.segment_id, self.lang = changed.segment_id, changed.lang
        self.pushed = self.written = self.refused = False
        self.applied = False  # set on the writer's thread once the first write is committed
        # the latest write, (annotation replaced, annotation now), and whether it was kept in
        # the outbox (the server away): the window then shows it without reading the store
        self.last: tuple[Annotation | None, Annotation | None] = (None, None)
        self.kept = False

    def _write(self, store: Store, edit: AnnotationEdit, kind: str) -> Annotation | None:
        """On the writer's thread: write ``edit`` (or keep it in the outbox); what is stored."""
        writes = self.writer.offline_writes
        table = Annotations(store, self.actor)
        if writes is not None:
            stored = writes.annotate(store, edit, self.actor, kind=kind)
            self.kept = writes.offline
        elif kind == "annotation-revert":
            table.revert(edit)
            stored = edit.before
        else:
            stored = table.apply(edit, redo=kind == "annotation-redo")
        self.last = (edit.after, stored) if kind == "annotation-revert" else (edit.before,
                                                                               stored)
        return stored

    def _post(self, job: Callable[[Store], None], first: bool = False) -> None:
        def finished(_result: None) -> None:
            if first:
                self.written = True
            self.done(self.segment_id)

        def refused(error: BaseException) -> None:
            if not isinstance(error, UsageError | StoreError):
                raise error
            if first:
                self.refused = True
                if shiboken6.isValid(self):
                    self.setObsolete(True)
            self.failed(str(error))

        self.writer.post(job, finished, refused)

    def redo(self) -> None:
        redo, self.pushed = self.pushed, True
        if self.refused:
            return

        def job(store: Store) -> None:  # on the writer's thread
            kind = "annotation-redo" if redo else "annotation-apply"
            stored = self._write(store, self.edit, kind)
            if self.edit.after is not None and stored is not None:
                self.edit = AnnotationEdit(self.edit.before, stored, self.edit.label)
            self.applied = True
        self._post(job, first=not redo)

    def undo(self) -> None:
        if self.refused:
            return

        def job(store: Store) -> None:  # after the write it takes back
            if self.applied:  # a first write refused has nothing to take back
                self._write(store, self.edit, "annotation-revert")
        self._post(job)
