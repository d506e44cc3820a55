"""Thin ``QUndoCommand``s over the core's edits-as-data: every edit and approval is undoable.

The writes go through the review service (:class:`~reviewer.services.review.ReviewService`), the
same one the CLI uses, so the window's changes are conflict-checked and recorded alike.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from reviewer.core.edits import Edit, merge
from reviewer.services.review import EditConflictError, ReviewService
from reviewer.storage.errors import StoreError

TYPING_ID = 1001


class EditCommand(QUndoCommand):
    """Writes ``edit`` when pushed and its inverse on undo, then tells the window what changed.

    A write the store refuses (the translation changed elsewhere, the database is locked) is
    reported through ``failed`` as a message for the status bar, never as a crash; a first write
    that fails makes the command obsolete (``QUndoStack`` then drops it) and leaves ``written``
    false, so the window keeps the text it could not save.
    """

    def __init__(self, service: ReviewService, edit: Edit, changed: Callable[[int, str], None],
                 failed: Callable[[str], None], *, typing: bool = False) -> None:
        super().__init__(edit.label)
        self.service, self.edit, self.changed, self.failed = service, edit, changed, failed
        self.typing = typing
        self.pushed = False
        self.written = False

    def _run(self, write: Callable[[], None], *, first: bool = False) -> bool:
        try:
            write()
            ok = True
        except (EditConflictError, StoreError) as exc:
            self.failed(str(exc))
            ok = False
        if ok or not first:  # a first write that failed changed nothing: the editor keeps
            self.changed(self.edit.segment_id, self.edit.lang)  # the text it could not save
        return ok

    def redo(self) -> None:
        redo = self.pushed
        self.pushed = True
        ok = self._run(lambda: self.service.apply(self.edit, redo=redo), first=not redo)
        if not redo:
            self.written = ok
            self.setObsolete(not ok)

    def undo(self) -> None:
        self._run(lambda: self.service.revert(self.edit))

    def id(self) -> int:  # noqa: A003 - Qt's name
        return TYPING_ID if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, EditCommand) or not (self.typing and other.typing):
            return False
        if not other.written:
            return False
        merged = merge(self.edit, other.edit)
        if merged is None:
            return False
        self.edit = merged
        if merged.is_noop:
            self.setObsolete(True)
        return True
