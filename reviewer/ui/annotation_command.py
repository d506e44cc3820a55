"""One change of MQM annotations as a step of the window's undo stack (:class:`AnnotationCommand`),
written through the annotations store on the store writer's thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from reviewer.core.annotations import Annotation, AnnotationEdit
from reviewer.core.errors import UsageError
from reviewer.storage.annotations import Annotations
from reviewer.storage.errors import StoreError
from reviewer.ui.store_writer import StoreWriter


class AnnotationCommand(QUndoCommand):
    """Writes ``edit`` (add or remove an annotation) when pushed, its inverse on undo.

    ``segment_id`` and ``lang`` say where the window shows it after an undo; ``done`` runs after
    every write that succeeded, ``failed`` gets the store's words when one is refused (a refused
    first write makes the command obsolete, so the stack drops it).
    """

    def __init__(self, writer: StoreWriter, actor: str, edit: AnnotationEdit,
                 done: Callable[[int], None], failed: Callable[[str], None]) -> None:
        super().__init__(edit.label)
        self.writer, self.actor, self.edit = writer, actor, edit
        self.done, self.failed = done, failed
        changed = edit.after or edit.before
        assert changed is not None
        self.segment_id, self.lang = changed.segment_id, changed.lang
        self.pushed = self.written = False

    def _run(self, job: Callable[[Annotations], Annotation | None]) -> bool:
        try:
            stored = self.writer.call(lambda store: job(Annotations(store, self.actor)))
        except (UsageError, StoreError) as exc:
            self.failed(str(exc))
            return False
        if self.edit.after is not None and stored is not None:
            self.edit = AnnotationEdit(self.edit.before, stored, self.edit.label)
        self.done(self.segment_id)
        return True

    def redo(self) -> None:
        redo, self.pushed = self.pushed, True
        ok = self._run(lambda table: table.apply(self.edit, redo=redo))
        if not redo:
            self.written = ok
            self.setObsolete(not ok)

    def undo(self) -> None:
        edit = self.edit

        def job(table: Annotations) -> Annotation | None:
            table.revert(edit)
            return None
        self._run(job)
