"""Thin ``QUndoCommand``s over the core's edits-as-data: every edit and approval is undoable.

The writes go through the review service (:class:`~reviewer.services.review.ReviewService`), the
same one the CLI uses, so the window's changes are conflict-checked and recorded alike; the
window runs it on its store writer's thread (:class:`~reviewer.ui.store_writer.WriterReview`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from reviewer.core.edits import Edit, merge
from reviewer.core.model import Translation
from reviewer.services.review import EditConflictError
from reviewer.storage.errors import StoreError


class Reviewing(Protocol):
    """Writes an edit or its inverse and returns the translation stored afterwards."""

    def apply(self, edit: Edit, *, redo: bool = False) -> Translation | None: ...

    def revert(self, edit: Edit) -> Translation | None: ...

TYPING_ID = 1001


class EditCommand(QUndoCommand):
    """Writes ``edit`` when pushed and its inverse on undo, then tells the window what changed.

    A write the store refuses (the translation changed elsewhere, the database is locked) is
    reported through ``failed`` as a message for the status bar, never as a crash; a first write
    that fails makes the command obsolete (``QUndoStack`` then drops it) and leaves ``written``
    false, so the window keeps the text it could not save.

    After a write, ``changed(segment_id, lang, stored)`` gets the translation now stored (the
    window's memory follows it without reading the store again); after a refused undo or redo,
    ``reread(segment_id)`` asks for the segment as the store holds it.
    """

    def __init__(self, service: Reviewing, edit: Edit,
                 changed: Callable[[int, str, Translation | None], None],
                 reread: Callable[[int], None], failed: Callable[[str], None], *,
                 typing: bool = False) -> None:
        super().__init__(edit.label)
        self.service, self.edit, self.failed = service, edit, failed
        self.changed, self.reread = changed, reread
        self.typing = typing
        self.pushed = False
        self.written = False
        self.error: StoreError | None = None  # why the last write was refused

    def _run(self, write: Callable[[], Translation | None], *, first: bool = False) -> bool:
        try:
            stored = write()
        except (EditConflictError, StoreError) as exc:
            self.error = exc
            self.failed(str(exc))
            if not first:  # a first write that failed changed nothing: the editor keeps the
                self.reread(self.edit.segment_id)  # text it could not save
            return False
        self.changed(self.edit.segment_id, self.edit.lang, stored)
        return True

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


class BatchReviewing(Protocol):
    """Writes several edits (or their inverses) in one transaction: all or none."""

    def apply_all(self, edits: list[Edit], *,
                  redo: bool = False) -> list[Translation | None]: ...

    def revert_all(self, edits: list[Edit]) -> list[Translation | None]: ...


class BatchCommand(QUndoCommand):
    """Several edits as ONE undo step ("Replace all"): written in one transaction when pushed,
    reverted together on undo, rewritten together on redo.

    ``edit`` is the first edit (where the window shows the change after an undo), ``edits`` all
    of them. A refused write changes nothing (the transaction is rolled back): ``failed`` gets
    the store's words, a refused first write makes the command obsolete, and after a refused
    undo or redo every segment is re-read through ``reread``.
    """

    def __init__(self, service: BatchReviewing, edits: list[Edit], label: str,
                 changed: Callable[[int, str, Translation | None], None],
                 reread: Callable[[int], None], failed: Callable[[str], None]) -> None:
        super().__init__(label)
        if not edits:
            raise ValueError("a batch needs at least one edit")
        self.service, self.edits, self.failed = service, list(edits), failed
        self.changed, self.reread = changed, reread
        self.edit = self.edits[0]
        self.pushed = False
        self.written = False

    def _run(self, write: Callable[[], list[Translation | None]], *, first: bool = False) -> bool:
        try:
            stored = write()
        except (EditConflictError, StoreError) as exc:
            self.failed(str(exc))
            if not first:
                for segment_id in dict.fromkeys(e.segment_id for e in self.edits):
                    self.reread(segment_id)
            return False
        for edit, translation in zip(self.edits, stored, strict=True):
            self.changed(edit.segment_id, edit.lang, translation)
        return True

    def redo(self) -> None:
        redo = self.pushed
        self.pushed = True
        ok = self._run(lambda: self.service.apply_all(self.edits, redo=redo), first=not redo)
        if not redo:
            self.written = ok
            self.setObsolete(not ok)

    def undo(self) -> None:
        self._run(lambda: self.service.revert_all(self.edits))
