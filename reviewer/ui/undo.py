"""Thin ``QUndoCommand``s over the core's edits-as-data: every edit and approval is undoable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from reviewer.core.edits import Edit, merge
from reviewer.storage.edits import EditConflictError, apply_edit, revert_edit
from reviewer.storage.errors import StoreError
from reviewer.storage.store import Store

TYPING_ID = 1001


class EditCommand(QUndoCommand):
    """Writes ``edit`` when pushed and its inverse on undo, then tells the window what changed.

    A write the store refuses (the translation changed elsewhere, the database is locked) is
    reported through ``failed`` as a message for the status bar, never as a crash.
    """

    def __init__(self, store: Store, edit: Edit, changed: Callable[[int, str], None],
                 failed: Callable[[str], None], *, typing: bool = False) -> None:
        super().__init__(edit.label)
        self.store, self.edit, self.changed, self.failed = store, edit, changed, failed
        self.typing = typing
        self.pushed = False

    def _run(self, write: Callable[[], None]) -> None:
        try:
            write()
        except (EditConflictError, StoreError) as exc:
            self.failed(str(exc))
        self.changed(self.edit.segment_id, self.edit.lang)

    def redo(self) -> None:
        redo = self.pushed
        self.pushed = True
        self._run(lambda: apply_edit(self.store, self.edit, redo=redo))

    def undo(self) -> None:
        self._run(lambda: revert_edit(self.store, self.edit))

    def id(self) -> int:  # noqa: A003 - Qt's name
        return TYPING_ID if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, EditCommand) or not (self.typing and other.typing):
            return False
        merged = merge(self.edit, other.edit)
        if merged is None:
            return False
        self.edit = merged
        if merged.is_noop:
            self.setObsolete(True)
        return True
