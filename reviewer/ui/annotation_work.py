"""MQM error annotation in the window (:class:`AnnotationAids`, a part the window composes).

Ctrl+Shift+E on words selected in the final text, or in a machine translation or the human
version shown by Ctrl+Shift+M (:mod:`reviewer.ui.annotation_texts`), opens the picker
(:class:`~reviewer.ui.annotation_picker.AnnotationPicker`); Ctrl+Alt+E makes the segment's next
QA finding not yet marked an annotation (:func:`reviewer.core.annotations.from_finding`); Enter
in the list under the editor changes one (the picker again, filled in), Delete removes one. Each
is ONE step of the window's undo stack (an :class:`AnnotationCommand`), written through the
annotations store on the store writer's thread, conflict-checked and recorded in the history
like the CLI's ``reviewer annotate``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QPlainTextEdit

from reviewer.core.annotations import Annotation, AnnotationEdit, AnnotationError, from_finding
from reviewer.core.annotations import mark as mark_span
from reviewer.core.model import SegmentView
from reviewer.storage.annotations import Annotations
from reviewer.ui.annotation_command import AnnotationCommand
from reviewer.ui.annotation_marks import AnnotationList, lead_of, mark_annotations
from reviewer.ui.annotation_picker import AnnotationPicker
from reviewer.ui.annotation_texts import OtherTextView, other_texts
from reviewer.ui.editor_panel import EditorPanel
from reviewer.ui.qa_panel import QaPanel
from reviewer.ui.review_controller import ReviewController
from reviewer.ui.store_writer import StoreWriter


class AnnotationAids(QObject):
    """Marks, lists, adds and removes the MQM annotations of the segment in ``editor``."""

    message = Signal(str, int)

    def __init__(self, writer: StoreWriter, review: ReviewController, editor: EditorPanel,
                 qa_panel: QaPanel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer, self.review, self.editor, self.qa_panel = writer, review, editor, qa_panel
        self.actor = review.service.actor
        self.annotations: list[Annotation] = []
        self.showing: tuple[int, str] | None = None
        self.picker: AnnotationPicker | None = None
        self.other = OtherTextView()
        self.other.left.connect(self.leave_other)
        self.list = AnnotationList()
        editor.under_final.addWidget(self.other)
        editor.under_final.addWidget(self.list)
        self.list.remove_requested.connect(self.remove)
        self.list.change_requested.connect(self.change)
        editor.final.textChanged.connect(self._remark)

    # -- showing -------------------------------------------------------------------------------
    def show(self, view: SegmentView | None) -> None:
        """The editor shows ``view``: read its annotations on the writer's thread, show them."""
        if view is None or self.writer.closed:
            self.showing, self.annotations = None, []
            self.other.show_text(None, self.editor.lang, [])
            self._draw()
            return
        key = (view.segment.id, self.editor.lang)
        if key != self.showing:
            self.showing, self.annotations = key, []
            self._draw()
        if self.other.shown is not None:  # the same text of this segment, else its first one
            texts = other_texts(view, self.editor.lang)
            same = [t for t in texts if t.target == self.other.shown.target]
            chosen = (same or texts)[0] if texts else None
            self.other.show_text(chosen, self.editor.lang, self.annotations)
        self.reload()

    def reload(self) -> None:
        """Read the annotations of the segment shown again, then draw them."""
        if self.showing is None or self.writer.closed:
            return
        key = self.showing
        segment_id, lang = key

        def shown(found: list[Annotation]) -> None:
            if self.showing == key:
                self.annotations = found
                self._draw()

        self.writer.post(lambda store: Annotations(store).of_segment(segment_id, lang),
                         shown)

    def _draw(self) -> None:
        self.list.show_annotations(self.annotations)
        self._remark()

    def _remark(self) -> None:
        mark_annotations(self.editor.final, self.annotations)
        self.other.remark(self.annotations)

    def next_text(self) -> bool:
        """Ctrl+Shift+M: show the segment's next machine translation (or its human version) to
        mark errors in, the cursor in it; whether there is one."""
        texts = other_texts(self.editor.view, self.editor.lang)
        if not texts:
            self.message.emit(self.tr("This segment has no machine translation or human "
                                      "version to mark errors in (F5 fetches machine "
                                      "translations)."), 12000)
            return False
        targets = [t.target for t in texts]
        now = self.other.shown.target if self.other.shown is not None else None
        following = (targets.index(now) + 1) % len(texts) if now in targets else 0
        self.other.show_text(texts[following], self.editor.lang, self.annotations)
        self.other.text.setFocus()
        return True

    def leave_other(self) -> None:
        """Escape in the other text: hide it, back to the final text."""
        self.other.show_text(None, self.editor.lang, [])
        self.editor.final.setFocus()

    # -- changing ------------------------------------------------------------------------------
    def _push(self, edit: AnnotationEdit, saved: Callable[[], None] | None = None) -> bool:
        """Push ``edit`` as one undo step (its write posted); ``saved`` runs once the first
        write is committed. Whether it was pushed (the writer is open)."""
        if self.writer.closed:
            return False

        def failed(text: str) -> None:
            self.message.emit(text, 12000)
            self._drop_refused()
            self.reload()

        def written(segment_id: int) -> None:
            if saved is not None and command.written and not told:
                told.append(True)
                saved()
            self._written(segment_id, command)

        told: list[bool] = []
        command = AnnotationCommand(self.writer, self.actor, edit, written, failed)
        self.review.undo_stack.push(command)
        return True

    def _drop_refused(self) -> None:
        """Take refused first marks off the top of the undo history (``QUndoStack`` deletes an
        obsolete command it undoes, without undoing it)."""
        stack = self.review.undo_stack
        while stack.canUndo():
            top = stack.command(stack.index() - 1)
            if not (isinstance(top, AnnotationCommand) and top.refused):
                return
            stack.undo()

    def _written(self, segment_id: int, command: AnnotationCommand) -> None:
        if self.showing is None or self.showing[0] != segment_id:
            return
        if not command.kept:
            self.reload()
            return
        gone, now = command.last  # kept in the outbox: shown as written, the store unread
        kept = [a for a in self.annotations if gone is None or a.id != gone.id]
        self.annotations = kept + ([now] if now is not None and now.lang == self.showing[1]
                                   else [])
        self._draw()

    def _stored_text(self, view: SegmentView, lang: str) -> str | None:
        t = view.translations.get(lang)
        return t.text if t is not None and t.text.strip() else None

    def mark(self) -> bool:
        """Ctrl+Shift+E: open the picker for the words selected in the final text (Enter there
        stores the annotation); whether it was opened."""
        editor, view = self.editor, self.editor.view
        if view is None:
            return False
        if self.other.shown is not None and self.other.text.hasFocus():
            return self._mark_other(view)
        self.review.save_pending()  # the annotation points into the text as stored
        view, lang = self.editor.view, editor.lang
        assert view is not None
        text = self._stored_text(view, lang)
        if text is None or text != editor.final_text():
            self.message.emit(self.tr("Mark errors in the final text once it is saved: type or "
                                      "take a translation first."), 12000)
            return False
        cursor = editor.final.textCursor()
        lead = lead_of(editor.final.toPlainText())
        start = min(max(cursor.selectionStart() - lead, 0), len(text))
        end = min(max(cursor.selectionEnd() - lead, 0), len(text))
        self._open_picker(view, text, start, end, "final", editor.final)
        return True

    def _mark_other(self, view: SegmentView) -> bool:
        """Ctrl+Shift+E in a machine translation or the human version: the picker for the words
        selected there."""
        other = self.other.shown
        assert other is not None
        start, end = self.other.selection()
        self._open_picker(view, other.text, start, end, other.target, self.other.text,
                          where=self.other.name(other.target))
        return True

    def _open_picker(self, view: SegmentView, text: str, start: int, end: int, target: str,
                     back: QPlainTextEdit, where: str = "") -> None:
        lang = self.editor.lang
        picker = self.picker = AnnotationPicker(text[start:end], self.editor.window(),
                                                where=where)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        segment = (view.segment.id, view.segment.index + 1)
        picker.accepted.connect(
            lambda: self._marked(picker, text, (start, end), segment, lang, target, back))
        picker.finished.connect(lambda _code: self._picker_closed(picker, back))
        picker.open()

    def _picker_closed(self, picker: AnnotationPicker, back: QPlainTextEdit) -> None:
        if self.picker is picker:
            self.picker = None
        back.setFocus()

    def _marked(self, picker: AnnotationPicker, text: str, span: tuple[int, int],
                segment: tuple[int, int], lang: str, target: str,
                back: QPlainTextEdit) -> bool:
        """Enter in the picker: store the annotation it describes (one undo step)."""
        category = picker.category()
        assert category is not None  # accept() needs one
        segment_id, number = segment
        try:
            annotation = mark_span(text, span[0], span[1], segment_id=segment_id, lang=lang,
                                   target=target, category=category,
                                   severity=picker.severity(), note=picker.note_text(),
                                   author=self.actor, where=f"segment {number}")
        except AnnotationError as exc:
            self.message.emit(str(exc), 12000)
            return False
        label = self.tr("Mark error in segment {0}").format(number)
        if not self._push(AnnotationEdit(None, annotation, label)):
            return False
        cursor = back.textCursor()  # the underline shows, not the selection
        cursor.clearSelection()
        back.setTextCursor(cursor)
        return True

    def change(self, annotation: Annotation) -> bool:
        """Enter in the list: the picker filled in with ``annotation``'s category, severity and
        note; Enter there writes the change (one undo step). Whether the picker opened."""
        view = self.editor.view
        if view is None:
            return False
        number = view.segment.index + 1
        picker = self.picker = AnnotationPicker(
            annotation.text, self.editor.window(), severity=annotation.severity,
            category=annotation.category, note=annotation.note, changing=True)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            category = picker.category()
            assert category is not None  # accept() needs one
            after = replace(annotation, category=category, severity=picker.severity(),
                            note=picker.note_text())
            if after.same_as(annotation):
                return
            label = self.tr("Change error in segment {0}").format(number)
            self._push(AnnotationEdit(annotation, after, label))

        picker.accepted.connect(chosen)
        picker.finished.connect(lambda _code: self._list_back(picker))
        picker.open()
        return True

    def _list_back(self, picker: AnnotationPicker) -> None:
        if self.picker is picker:
            self.picker = None
        self.list.setFocus()

    def promote(self) -> bool:
        """Ctrl+Alt+E: the segment's first QA finding not yet marked becomes an annotation."""
        view, lang = self.editor.view, self.editor.lang
        result = self.qa_panel.result
        if view is None or result is None or not result.findings:
            self.message.emit(self.tr("No QA finding to mark as an error in this segment."),
                              12000)
            return False
        self.review.save_pending()
        target = "final" if result.target == "final" else f"mt:{result.engine}"
        taken = {(a.target, a.start, a.end, a.category) for a in self.annotations}
        for finding in result.findings:
            try:
                annotation = from_finding(finding, result.text, segment_id=view.segment.id,
                                          lang=lang, target=target, author=self.actor)
            except AnnotationError:
                continue  # not about the text (a summary line)
            if (annotation.target, annotation.start, annotation.end,
                    annotation.category) in taken:
                continue
            self.showing = (view.segment.id, lang)
            label = self.tr("Mark QA finding as error in segment {0}").format(
                view.segment.index + 1)
            said = self.tr("Marked as an error: {0}").format(finding.message)
            if self._push(AnnotationEdit(None, annotation, label),
                          partial(self.message.emit, said, 12000)):
                return True
            return False
        self.message.emit(self.tr("Every QA finding of this segment is marked already."), 12000)
        return False

    def remove(self, annotation: Annotation) -> bool:
        """Delete in the list: remove ``annotation`` (one undo step)."""
        view = self.editor.view
        number = view.segment.index + 1 if view is not None else 0
        label = self.tr("Remove error in segment {0}").format(number)
        return self._push(AnnotationEdit(annotation, None, label))

