"""MQM error annotation in the window (:class:`AnnotationAids`, a part the window composes).

Ctrl+Shift+E on words selected in the final text opens the picker
(:class:`~reviewer.ui.annotation_picker.AnnotationPicker`); Ctrl+Alt+E makes the segment's next
QA finding not yet marked an annotation (:func:`reviewer.core.annotations.from_finding`); Delete
in the list under the editor removes one. Each is ONE step of the window's undo stack (an
:class:`AnnotationCommand`), written through the annotations store on the store writer's thread,
conflict-checked and recorded in the history like the CLI's ``reviewer annotate``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand

from reviewer.core.annotations import Annotation, AnnotationEdit, AnnotationError, from_finding
from reviewer.core.annotations import mark as mark_span
from reviewer.core.errors import UsageError
from reviewer.core.model import SegmentView
from reviewer.storage.annotations import Annotations
from reviewer.storage.errors import StoreError
from reviewer.ui.annotation_marks import AnnotationList, lead_of, mark_annotations
from reviewer.ui.annotation_picker import AnnotationPicker
from reviewer.ui.editor_panel import EditorPanel
from reviewer.ui.qa_panel import QaPanel
from reviewer.ui.review_controller import ReviewController
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
        self.list = AnnotationList()
        editor.under_final.addWidget(self.list)
        self.list.remove_requested.connect(self.remove)
        editor.final.textChanged.connect(self._remark)

    # -- showing -------------------------------------------------------------------------------
    def show(self, view: SegmentView | None) -> None:
        """The editor shows ``view``: read its annotations on the writer's thread, show them."""
        if view is None or self.writer.closed:
            self.showing, self.annotations = None, []
            self._draw()
            return
        key = (view.segment.id, self.editor.lang)
        if key != self.showing:
            self.showing, self.annotations = key, []
            self._draw()
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

    # -- changing ------------------------------------------------------------------------------
    def _push(self, edit: AnnotationEdit) -> bool:
        failures: list[str] = []

        def failed(text: str) -> None:
            failures.append(text)
            self.message.emit(text, 12000)
            self.reload()

        command = AnnotationCommand(self.writer, self.actor, edit, self._written, failed)
        self.review.undo_stack.push(command)
        return command.written

    def _written(self, segment_id: int) -> None:
        if self.showing is not None and self.showing[0] == segment_id:
            self.reload()

    def _stored_text(self, view: SegmentView, lang: str) -> str | None:
        t = view.translations.get(lang)
        return t.text if t is not None and t.text.strip() else None

    def mark(self) -> bool:
        """Ctrl+Shift+E: open the picker for the words selected in the final text (Enter there
        stores the annotation); whether it was opened."""
        editor, view = self.editor, self.editor.view
        if view is None:
            return False
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
        picker = self.picker = AnnotationPicker(text[start:end], editor.window())
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        segment = (view.segment.id, view.segment.index + 1)
        picker.accepted.connect(lambda: self._marked(picker, text, start, end, segment, lang))
        picker.finished.connect(lambda _code: self._picker_closed(picker))
        picker.open()
        return True

    def _picker_closed(self, picker: AnnotationPicker) -> None:
        if self.picker is picker:
            self.picker = None
        self.editor.final.setFocus()

    def _marked(self, picker: AnnotationPicker, text: str, start: int, end: int,
                segment: tuple[int, int], lang: str) -> bool:
        """Enter in the picker: store the annotation it describes (one undo step)."""
        category = picker.category()
        assert category is not None  # accept() needs one
        segment_id, number = segment
        try:
            annotation = mark_span(text, start, end, segment_id=segment_id, lang=lang,
                                   target="final", category=category,
                                   severity=picker.severity(), note=picker.note_text(),
                                   author=self.actor, where=f"segment {number}")
        except AnnotationError as exc:
            self.message.emit(str(exc), 12000)
            return False
        label = self.tr("Mark error in segment {0}").format(number)
        if not self._push(AnnotationEdit(None, annotation, label)):
            return False
        cursor = self.editor.final.textCursor()  # the underline shows, not the selection
        cursor.clearSelection()
        self.editor.final.setTextCursor(cursor)
        return True

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
            if self._push(AnnotationEdit(None, annotation, label)):
                self.message.emit(self.tr("Marked as an error: {0}").format(finding.message),
                                  12000)
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

