"""Thin ``QUndoCommand``s over the core's edits-as-data: every edit and approval is undoable.

The writes go through the review service (:class:`~reviewer.services.review.ReviewService`), the
same one the CLI uses, so the window's changes are conflict-checked and recorded alike; the
window posts them to its store writer's thread (:class:`~reviewer.ui.store_writer.WriterReview`)
and never waits for them: a single edit is shown at once and marked saved when its write is
committed; a batch ("Replace all") likewise.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import shiboken6
from PySide6.QtGui import QUndoCommand

from reviewer.core.edits import Edit, TranslationState, merge
from reviewer.core.model import Translation
from reviewer.services.review import EditConflictError
from reviewer.storage.errors import StoreError


class Reviewing(Protocol):
    """Posts an edit or its inverse; ``on_result`` gets the translation stored afterwards,
    ``on_error`` the store's refusal."""

    def apply(self, edit: Edit, on_result: Callable[[Translation | None], None],
              on_error: Callable[[BaseException], None], *, redo: bool = False) -> None: ...

    def revert(self, edit: Edit, on_result: Callable[[Translation | None], None],
               on_error: Callable[[BaseException], None]) -> None: ...

TYPING_ID = 1001


class EditCommand(QUndoCommand):
    """Shows ``edit`` at once and posts its write when pushed; the same with its inverse on undo.

    The window's memory takes the state the change sets straight away (``show(segment_id, lang,
    state)``: the grid paints it), and the write goes to the store writer, which runs the
    changes one after another in the order posted. When the write is committed,
    ``changed(segment_id, lang, stored)`` gets the translation now stored and the command
    counts as ``written`` (saved). A write the store refuses (the translation changed
    elsewhere, the database is locked or read-only) goes to ``refused(command, message,
    first)``: the window puts its memory back to what the store holds and says what happened,
    never as a crash; a refused first write makes the command obsolete (the undo stack drops
    it when it reaches it) and ``refused`` is true.
    """

    def __init__(self, service: Reviewing, edit: Edit,
                 show: Callable[[int, str, TranslationState | None], None],
                 changed: Callable[[int, str, Translation | None], None],
                 refused: Callable[[EditCommand, str, bool], None], *,
                 typing: bool = False) -> None:
        super().__init__(edit.label)
        self.service, self.edit = service, edit
        self.show, self.changed, self.on_refused = show, changed, refused
        self.typing = typing
        self.pushed = False
        self.written = False
        self.refused = False
        self.error: BaseException | None = None  # why the first write was refused
        # set when a later typing step is merged into this one before its write is committed:
        # (the command merged into, its edit before the merge), restored if the write is refused
        self.merged_into: tuple[EditCommand, Edit] | None = None

    def _post(self, edit: Edit, *, undo: bool = False, first: bool = False) -> None:
        state = edit.before if undo else edit.after
        self.show(edit.segment_id, edit.lang, state)

        def done(stored: Translation | None) -> None:
            if first:
                self.written = True
            self.changed(edit.segment_id, edit.lang, stored)

        def failed(error: BaseException) -> None:
            if not isinstance(error, EditConflictError | StoreError):
                raise error
            if first:
                self.refused, self.error = True, error
                if self.merged_into is not None:  # the step it was merged into is as before
                    into, previous = self.merged_into
                    into.edit = previous
                if shiboken6.isValid(self):
                    self.setObsolete(True)
            self.on_refused(self, str(error), first)

        if undo:
            self.service.revert(edit, done, failed)
        else:
            self.service.apply(edit, done, failed, redo=not first)

    @property
    def edits(self) -> list[Edit]:
        return [self.edit]

    def redo(self) -> None:
        first = not self.pushed
        self.pushed = True
        if self.refused:  # refused before it was undone: nothing to write again
            return
        self._post(self.edit, first=first)

    def undo(self) -> None:
        if not self.refused:
            self._post(self.edit, undo=True)

    def id(self) -> int:  # noqa: A003 - Qt's name
        return TYPING_ID if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, EditCommand) or not (self.typing and other.typing):
            return False
        if self.refused or other.refused:
            return False
        merged = merge(self.edit, other.edit)
        if merged is None:
            return False
        other.merged_into = (self, self.edit)
        self.edit = merged
        if merged.is_noop:
            self.setObsolete(True)
        return True


class BatchReviewing(Protocol):
    """Posts several edits (or their inverses) to be written in one transaction: all or none."""

    def apply_all(self, edits: list[Edit], on_result: Callable[[list[Translation | None]], None],
                  on_error: Callable[[BaseException], None], *, redo: bool = False) -> None: ...

    def revert_all(self, edits: list[Edit],
                   on_result: Callable[[list[Translation | None]], None],
                   on_error: Callable[[BaseException], None]) -> None: ...


class BatchCommand(QUndoCommand):
    """Several edits as ONE undo step ("Replace all"): shown at once and posted to be written in
    one transaction when pushed, reverted together on undo, rewritten together on redo.

    ``edit`` is the first edit (where the window shows the change after an undo), ``edits`` all
    of them. ``show``, ``changed`` and ``refused`` are as for :class:`EditCommand`; a refused
    write changes nothing in the store (the transaction is rolled back), and a refused first
    write makes the command obsolete. ``failed`` is where the store's words are said.
    """

    def __init__(self, service: BatchReviewing, edits: list[Edit], label: str,
                 show: Callable[[int, str, TranslationState | None], None],
                 changed: Callable[[int, str, Translation | None], None],
                 refused: Callable[[BatchCommand, str, bool], None],
                 failed: Callable[[str], None]) -> None:
        super().__init__(label)
        if not edits:
            raise ValueError("a batch needs at least one edit")
        self.service, self.edits = service, list(edits)
        self.show, self.changed, self.on_refused, self.failed = show, changed, refused, failed
        self.edit = self.edits[0]
        self.pushed = False
        self.written = False
        self.refused = False

    def _post(self, *, undo: bool = False, first: bool = False) -> None:
        edits = self.edits
        for edit in (reversed(edits) if undo else edits):
            self.show(edit.segment_id, edit.lang, edit.before if undo else edit.after)

        def done(stored: list[Translation | None]) -> None:
            if first:
                self.written = True
            for edit, translation in zip(edits, stored, strict=True):
                self.changed(edit.segment_id, edit.lang, translation)

        def failed(error: BaseException) -> None:
            if not isinstance(error, EditConflictError | StoreError):
                raise error
            if first:
                self.refused = True
                if shiboken6.isValid(self):
                    self.setObsolete(True)
            self.on_refused(self, str(error), first)

        if undo:
            self.service.revert_all(edits, done, failed)
        else:
            self.service.apply_all(edits, done, failed, redo=not first)

    def redo(self) -> None:
        first = not self.pushed
        self.pushed = True
        if self.refused:
            return
        self._post(first=first)

    def undo(self) -> None:
        if not self.refused:
            self._post(undo=True)
