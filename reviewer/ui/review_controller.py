"""The review controller: what the translator's typing, approvals and undo do to the store.

It holds the undo stack and the draft timer, turns the editor's contents into
:class:`~reviewer.core.edits.Edit`s written through the review service on the store writer's
thread (:class:`~reviewer.ui.store_writer.StoreWriter`: the GUI thread makes no database call),
moves on after an approval, and puts what was stored into the model's memory, from which the
grid paints and the approvals are counted. It shows things only through the grid and the
editor it is given and through its signals (a status-bar ``message``, the approval
``progress_changed`` line, ``segment_reread`` before a re-read segment is shown, ``shown`` when
the editor shows another segment, ``filter_reset_needed`` when an undone change is out of sight,
``segment_approved`` after an approval is written, before moving on: repeats propagate from it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from reviewer.core import languages
from reviewer.core.edits import Edit, TranslationState, draft_state, review_state
from reviewer.core.filters import next_unapproved
from reviewer.core.model import Origin, SegmentView, Status, Translation
from reviewer.core.suggestions import usable_suggestion
from reviewer.services.review import EditConflictError
from reviewer.ui.editor_panel import EditorPanel
from reviewer.ui.labels import origin_label
from reviewer.ui.posted_changes import PostedChanges, translation_of
from reviewer.ui.replace_work import WriterBatchReview
from reviewer.ui.review_model import ReviewModel
from reviewer.ui.segment_grid import SegmentGrid
from reviewer.ui.store_writer import StoreWriter, WriterReview
from reviewer.ui.undo import BatchCommand, EditCommand

DRAFT_DELAY_MS = 800


def state_of(view: SegmentView, lang: str) -> TranslationState | None:
    """The translation of ``view`` into ``lang`` as the grid holds it (``None``: none)."""
    return TranslationState.of(view.translations.get(lang))  # with the version it was read at


class ReviewController(QObject):
    """Keyboard review of ``model``'s article shown in ``grid`` and ``editor``, written by
    ``writer``."""

    message = Signal(str, int)  # text, milliseconds shown (0: until replaced)
    progress_changed = Signal(str)
    segment_reread = Signal(int)  # position in the model's views; emitted before it is shown
    shown = Signal(object)  # the SegmentView now in the editor, or None
    filter_reset_needed = Signal()
    segment_approved = Signal(int, str)  # position in the model's views, language
    batch_done = Signal()  # a batch (a "Replace all") was written, undone or redone
    taken = Signal()  # a text was taken into the final text (the editor says which)
    approved_text = Signal(int, str, str)  # segment id, language, text; after it is posted
    saved = Signal()  # every change posted so far is committed
    conflicted = Signal(object, object)  # EditConflictError, the Edit refused

    def __init__(self, writer: StoreWriter, model: ReviewModel, grid: SegmentGrid,
                 editor: EditorPanel, parent: QObject | None = None,
                 actor: str = "reviewer") -> None:
        super().__init__(parent)
        self.writer, self.model, self.grid, self.editor = writer, model, grid, editor
        self.service = WriterReview(writer, actor)  # actor: the reviewer's name (team_work.py)
        self.batch_service = WriterBatchReview(writer, actor)
        self.article_id: int | None = None
        self._leaving = False  # an approval is moving the editor on (see review)
        self.posted = PostedChanges(writer, model, self._show_changed, self.saved.emit)
        self.undo_stack = QUndoStack(self)
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_pending)
        editor.text_edited.connect(self.draft_timer.start)
        editor.comment.editingFinished.connect(self.save_pending)
        editor.language_changed.connect(self.on_editor_language_changed)
        editor.take_requested.connect(
            lambda text, origin, engine: self.take(text, Origin(origin), engine))
        grid.current_row_changed.connect(self.on_grid_current_row_changed)

    def say(self, text: str, ms: int = 12000) -> None:
        self.message.emit(text, ms)

    # -- the article and moving around ---------------------------------------------------------
    def article_opened(self, article_id: int) -> None:
        """A new article is in the model: its changes start a new undo history."""
        self.article_id = article_id
        self.undo_stack.clear()
        self.update_progress()

    def visible_views(self) -> list[SegmentView]:
        """The segment views shown, in row order."""
        return [self.model.views[i] for i in self.model.visible]

    def current_view(self) -> SegmentView | None:
        row = self.grid.current_row()
        return self.model.view_at(row) if 0 <= row < len(self.model.visible) else None

    def go_to_row(self, row: int) -> None:
        """Make ``row`` current (the editor shows it); with nothing shown, the editor is empty."""
        if not self.model.visible:
            self.editor.show_segment(None, 0)
            return
        self.grid.go_to_row(row)

    def move(self, step: int) -> None:
        """Go ``step`` rows up or down, saving what is typed first."""
        self.save_pending()
        self.go_to_row(self.grid.current_row() + step)

    def show_current(self) -> None:
        """Show the current row's segment in the editor (typing not yet saved is kept)."""
        view = self.current_view()
        self.editor.show_segment(view, len(self.model.views))
        self.shown.emit(view)

    def on_grid_current_row_changed(self, _row: int) -> None:
        self.save_pending()
        self.show_current()

    def on_editor_language_changed(self, _lang: str) -> None:
        self.save_pending()  # what was typed belongs to the language shown until now
        self.show_current()

    # -- writing -------------------------------------------------------------------------------
    def _edited(self) -> tuple[SegmentView, str] | None:
        """The segment and language the editor's contents belong to, as the grid holds it now."""
        if self.editor.shown is None:
            return None
        segment_id, lang = self.editor.shown
        position = self.model.position_of(segment_id)
        return (self.model.views[position], lang) if position is not None else None

    def _push(self, view: SegmentView, lang: str, after: TranslationState | None, label: str, *,
              typing: bool = False) -> None:
        """Show one change at once and post its write through the review service, as an undo
        step; it counts as saved when the writer's result arrives (:meth:`stored`), and a
        refusal comes back to :meth:`_refused`."""
        edit = Edit(view.segment.id, lang, state_of(view, lang), after, label)
        if edit.is_noop:  # rejecting a rejected text again: nothing to write, nothing to undo
            return
        self.undo_stack.push(EditCommand(self.service, edit, self.posted.show, self.posted.written,
                                         self._refused, typing=typing))

    def push_batch(self, edits: list[Edit], label: str, *,
                   failed: Callable[[str], None] | None = None,
                   other_articles: bool = True) -> bool:
        """Write ``edits`` in one transaction as ONE undo step; whether they were saved.
        ``other_articles``: they may touch other articles (``batch_done`` tells the window)."""
        self.save_pending()
        self.undo_stack.push(BatchCommand(self.batch_service, edits, label, self.posted.show,
                                          self.posted.written, self._refused, failed or self.say))
        if other_articles:
            self.batch_done.emit()
        self.update_progress()
        return True

    def save_pending(self) -> None:
        """Save what is typed in the final text and the comment (a draft; typing merges into one
        undo step). Called after a pause in typing and whenever the editor is about to show
        something else; what cannot be written stays in the editor, marked unsaved."""
        self.draft_timer.stop()
        edited = self._edited() if self.editor.dirty else None
        if edited is None:
            return
        view, lang = edited
        before = state_of(view, lang)
        after = draft_state(before, self.editor.loaded, self.editor.contents())
        self.editor.dirty = False
        if after == before:
            return
        number = view.segment.index + 1
        comment_only = (before is not None and after is not None and after.text == before.text
                        and after.status == before.status)
        label = (self.tr("Comment on segment {0}") if comment_only
                 else self.tr("Edit segment {0}")).format(number)
        self._push(view, lang, after, label, typing=True)

    def take(self, text: str, origin: Origin, engine: str | None) -> None:
        """Put a machine translation, the human version or a memory match into the final text
        and save it at once as a draft (its own undo step)."""
        self.save_pending()
        self.editor.take(text, origin, engine)
        self.taken.emit()
        edited = self._edited()
        if edited is None:
            return
        view, lang = edited
        before = state_of(view, lang)
        after = draft_state(before, before, self.editor.contents())
        self.editor.dirty = False
        if after is not None and after != before:
            label = self.tr("Use {0} in segment {1}").format(origin_label(origin),
                                                             view.segment.index + 1)
            self._push(view, lang, after, label)

    def take_mt(self) -> None:
        """Ctrl+1: the machine translation the grid shows into the final text."""
        view = self.editor.view
        if view is None:
            return
        mt = usable_suggestion(view.suggestions.get(self.editor.lang, []), self.model.engine)
        if mt is None or mt.text is None:
            self.say(self.tr("No machine translation for this segment yet: press F5 to fetch."))
            return
        self.take(mt.text, Origin.MT, mt.engine)

    def take_human(self) -> None:
        """Ctrl+2: the aligned human version into the final text."""
        view = self.editor.view
        human = view.human.get(self.editor.lang) if view else None
        if not human:
            self.say(self.tr("No human version is aligned to this segment."))
            return
        self.take(human, Origin.HUMAN, None)

    def review(self, status: Status) -> None:
        """Set ``status`` on the current segment in the editor's language and move on: after an
        approval to the next unapproved segment, after a rejection to the next one."""
        row = self.grid.current_row()
        edited = self._edited()
        if row < 0 or edited is None:
            return
        if not self.editor.final_text():  # a comment being typed is still saved after its pause
            self.say(self.tr("Nothing to approve yet: Ctrl+1 takes the machine translation, "
                             "Ctrl+2 the human version, or type the translation."))
            return
        self.draft_timer.stop()
        view, lang = edited
        after = review_state(self.editor.contents(), status)
        self.editor.dirty = False
        label = (self.tr("Approve segment {0}") if status is Status.APPROVED
                 else self.tr("Reject segment {0}")).format(view.segment.index + 1)
        self._leaving = True  # the editor moves on: no re-showing (and re-reading) this segment
        try:
            self._push(view, lang, after, label)
        finally:
            self._leaving = False
        self.editor.forget_text_history()  # Ctrl+Z now undoes the approval, not the typing
        if status is Status.APPROVED:
            position = self.model.position_of(view.segment.id)
            if position is not None:
                self.segment_approved.emit(position, lang)
        if status is Status.APPROVED and after is not None:
            self.approved_text.emit(view.segment.id, lang, after.text)
        target = min(row + 1, len(self.model.visible) - 1)
        if status is Status.APPROVED:
            found = next_unapproved(self.visible_views(), row, [lang])
            if found is None:  # that was the last one
                self.say(self.tr("Every shown segment is approved in {0}.").format(
                    languages.label(lang)))
            else:
                target = found
        if target == row:  # staying: show the segment as it now is
            self.show_current()
        self.go_to_row(target)
        self.update_progress()

    def change(self, segment_id: int, lang: str, after: TranslationState, label: str) -> bool:
        """Write ``after`` to a segment of the article as one undo step (a restored version);
        whether it was saved. What was typed is saved first, as its own step."""
        self.save_pending()
        position = self.model.position_of(segment_id)
        if position is None:
            return False
        self._push(self.model.views[position], lang, after, label)
        self.editor.forget_text_history()  # Ctrl+Z now undoes this change, not older typing
        self.update_progress()
        return True

    # -- undo: the editor's typing first, then the saved changes, shown where they happen ------
    def undo(self) -> None:
        if self.editor.text_undo_available():
            self.editor.final.undo()
            self.say(self.tr("Undid typing in segment {0}.").format(self._editor_number()))
            return
        self.save_pending()
        self._drop_refused()
        if not self.undo_stack.canUndo():
            self.say(self.tr("Nothing to undo."))
            return
        command = self.undo_stack.command(self.undo_stack.index() - 1)
        text = self.undo_stack.undoText()
        self.undo_stack.undo()
        lang = self._show_edit(command)
        if isinstance(command, BatchCommand):
            self.batch_done.emit()
        self.say(self.tr("Undone: {0} ({1}).").format(text, languages.label(lang)))

    def redo(self) -> None:
        if self.editor.text_redo_available():
            self.editor.final.redo()
            self.say(self.tr("Redid typing in segment {0}.").format(self._editor_number()))
            return
        self.save_pending()
        if not self.undo_stack.canRedo():
            self.say(self.tr("Nothing to redo."))
            return
        command = self.undo_stack.command(self.undo_stack.index())
        text = self.undo_stack.redoText()
        self.undo_stack.redo()
        lang = self._show_edit(command)
        if isinstance(command, BatchCommand):
            self.batch_done.emit()
        self.say(self.tr("Redone: {0} ({1}).").format(text, languages.label(lang)))

    def _editor_number(self) -> int:
        return self.editor.view.segment.index + 1 if self.editor.view is not None else 0

    def _show_where(self, segment_id: int, lang: str) -> None:
        """Show ``segment_id`` in ``lang`` in the grid and the editor (the filter reset if it
        hides it)."""
        position = self.model.position_of(segment_id)
        if position is None:
            return
        if position not in self.model.visible:
            self.filter_reset_needed.emit()  # the change is shown, never made out of sight
        self.editor.select_language(lang)
        if position not in self.model.visible:
            return
        row = self.model.visible.index(position)
        if row != self.grid.current_row():
            self.go_to_row(row)

    def _show_edit(self, command: QUndoCommand) -> str:
        """Show the segment and language an undo or redo has just changed; return the language.
        An edit's command names them by its ``edit``, others (an annotation's) by their own
        ``segment_id`` and ``lang``."""
        if isinstance(command, EditCommand | BatchCommand):
            segment_id, lang = command.edit.segment_id, command.edit.lang
        else:
            segment_id, lang = command.segment_id, command.lang  # type: ignore[attr-defined]  # AnnotationCommand (it imports this module)
        self._show_where(segment_id, lang)
        return lang

    # -- the window's memory and the writer's answers --------------------------------------------
    def unsaved(self) -> int:
        """How many changes are shown but not yet acknowledged as committed by the writer."""
        return self.posted.unsaved()

    def stored(self, segment_id: int, lang: str, translation: Translation | None) -> None:
        """Put ``translation`` (as stored) in the model and show it."""
        self.posted.put(segment_id, lang, translation)

    def segment_changed(self, segment_id: int) -> None:
        """Re-read one segment (changed elsewhere: a fetch) and repaint it when it arrives."""
        self.posted.reread(segment_id)

    def _refused(self, command: EditCommand | BatchCommand, error: str, first: bool) -> None:
        """The store refused a posted change: say so, drop a refused first write from the undo
        history, put the typed text back in the editor, marked unsaved, and the model back to
        what the store holds (at once where it is known, and read again)."""
        if first:
            self._drop_refused()
        if isinstance(command, BatchCommand):
            (command.failed if first else self.say)(error)
            for edit in command.edits:
                if self.posted.settle(edit.segment_id, edit.lang) and first:
                    self.stored(edit.segment_id, edit.lang,
                                translation_of(edit.segment_id, edit.lang, edit.before))
            for segment_id in dict.fromkeys(e.segment_id for e in command.edits):
                self.segment_changed(segment_id)
            return
        edit = command.edit
        segment_id, lang = edit.segment_id, edit.lang
        last = self.posted.settle(segment_id, lang)
        if not first:
            self.say(error)
        else:
            self.say(self.tr("{error} — The text you typed is kept in the editor, not saved "
                             "yet; it is saved at the next pause once the database can be "
                             "written.").format(error=error), 0)  # kept shown: what to do
            here = self.editor.shown == (segment_id, lang)
            if here:  # what is typed stays in the editor, unsaved
                self.editor.dirty = True
            if last:  # the store still holds what it held before this change
                self.stored(segment_id, lang, translation_of(segment_id, lang, edit.before))
            if not here and not self.editor.dirty and edit.after is not None:
                self._show_where(segment_id, lang)  # back to it, with the text not saved
                if self.editor.shown == (segment_id, lang):
                    self.editor.take(edit.after.text, edit.after.origin, edit.after.engine)
        self.segment_changed(segment_id)
        if first and isinstance(command.error, EditConflictError):
            self.conflicted.emit(command.error, edit)  # the window offers to resolve it

    def _drop_refused(self) -> None:
        """Take refused first writes off the top of the undo history (``QUndoStack`` deletes
        an obsolete command it undoes, without undoing it)."""
        while self.undo_stack.canUndo():
            top = self.undo_stack.command(self.undo_stack.index() - 1)
            if not (isinstance(top, EditCommand | BatchCommand) and top.refused):
                return
            self.undo_stack.undo()

    def _show_changed(self, index: int) -> None:
        view = self.model.views[index]
        segment_id = view.segment.id
        self.segment_reread.emit(index)
        self.model.replace_view(view)
        if not self._leaving and self.editor.view is not None \
                and self.editor.view.segment.id == segment_id:
            self.show_current()  # the editor keeps what is typed and not saved yet
        self.update_progress()

    def approved(self) -> dict[str, int]:
        """How many segments of the article are approved in each shown language (from memory,
        kept as they change)."""
        return self.model.tally.approved()

    def update_progress(self) -> None:
        """Say how many segments are approved in each language (``progress_changed``)."""
        if self.article_id is None:
            return
        template = self.tr("{lang} approved {done}/{total}")
        total = len(self.model.views)
        self.progress_changed.emit("   ".join(
            template.format(lang=languages.label(lang), done=done, total=total)
            for lang, done in self.approved().items()))
