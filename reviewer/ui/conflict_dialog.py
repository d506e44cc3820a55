"""No silent overwrite: a save refused because someone else changed the segment meanwhile.

The review controller reports a refused edit (``conflicted``: the store's
:class:`~reviewer.storage.edits.EditConflictError`, which carries their translation, who and
when, and the :class:`~reviewer.core.edits.Edit` that was refused). :class:`ConflictResolver`
shows :class:`ConflictDialog` with both texts and a three-way merge of mine onto theirs
(:mod:`reviewer.core.merge3`), and carries out the person's choice:

- **Keep mine**: the refused change is written again, now on the version stored (one undo step);
- **Keep theirs**: nothing is written; the grid and the editor show theirs;
- **Copy theirs into the editor**: theirs is put in the editor, to go on editing from it;
- **Use the merged text** (edited in the dialog if need be): written as a draft on theirs.

Closing the dialog (Escape) decides nothing: the text typed stays in the editor, unsaved, and
the next save is refused again and asks again.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.core import languages
from reviewer.core.edits import Edit, TranslationState
from reviewer.core.merge3 import merge3
from reviewer.core.model import Origin, Status
from reviewer.services.review import EditConflictError
from reviewer.ui.editor_panel import EditorPanel
from reviewer.ui.labels import status_label
from reviewer.ui.review_controller import ReviewController


class Choice(StrEnum):
    """What the person chose to do with a conflict."""

    MINE = "mine"
    THEIRS = "theirs"
    COPY = "copy"
    MERGED = "merged"


def _text_box(text: str, *, read_only: bool) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setReadOnly(read_only)
    box.setTabChangesFocus(True)
    return box


class ConflictDialog(QDialog):
    """Theirs (status, who, when), mine, and the merge; ``chosen(choice, merged_text)``."""

    chosen = Signal(str, str)

    def __init__(self, error: EditConflictError, mine: TranslationState | None, base: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by someone else"))
        theirs = error.theirs
        mine_text = mine.text if mine is not None else ""
        merged = merge3(base, mine_text, theirs.text if theirs is not None else "")
        layout = QVBoxLayout(self)
        what = (self.tr("Segment {number} ({lang}) was changed by {who} at {when} since you "
                        "read it.") if theirs is not None else
                self.tr("Segment {number} ({lang}) was removed by {who} at {when} since you "
                        "read it."))
        self.heading = QLabel(what.format(number=error.number,
                                          lang=languages.label(error.lang), who=error.by,
                                          when=error.at))
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        theirs_status = status_label(theirs.status) if theirs is not None else ""
        self.theirs = _text_box(theirs.text if theirs is not None else "", read_only=True)
        self.mine = _text_box(mine_text, read_only=True)
        self.merged = _text_box(merged.text, read_only=False)
        mine_status = status_label(mine.status) if mine is not None else ""
        for label, box in (
                (self.tr("Theirs ({status}):").format(status=theirs_status), self.theirs),
                (self.tr("Yours ({status}):").format(status=mine_status), self.mine),
                (self.tr("Merged: your changes placed in theirs (you may edit it):")
                 if merged.clean else
                 self.tr("Merged: {count} of your changes could not be placed (you may edit "
                         "it):").format(count=merged.missed), self.merged)):
            title = QLabel(label)
            title.setBuddy(box)
            layout.addWidget(title)
            layout.addWidget(box)
        buttons = QHBoxLayout()
        self.buttons: dict[Choice, QPushButton] = {}
        for choice, text in ((Choice.MINE, self.tr("Keep &mine")),
                             (Choice.THEIRS, self.tr("Keep &theirs")),
                             (Choice.COPY, self.tr("&Copy theirs into the editor")),
                             (Choice.MERGED, self.tr("Use m&erged text"))):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, c=choice: self._choose(c))
            buttons.addWidget(button)
            self.buttons[choice] = button
        layout.addLayout(buttons)
        self.resize(640, 480)

    def _choose(self, choice: Choice) -> None:
        self.chosen.emit(str(choice), self.merged.toPlainText().strip())
        self.accept()


class ConflictResolver(QObject):
    """Asks about each conflict ``review`` reports and writes what the person chooses."""

    resolved = Signal(str)  # the choice made (tests and the status bar follow it)

    def __init__(self, review: ReviewController, editor: EditorPanel,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.review, self.editor, self.window = review, editor, parent
        self.dialog: ConflictDialog | None = None
        review.conflicted.connect(self.on_review_conflicted)

    def on_review_conflicted(self, error: EditConflictError, edit: Edit) -> None:
        if self.dialog is not None:  # already asking (a save retried meanwhile)
            return
        base = edit.before.text if edit.before is not None else ""
        dialog = ConflictDialog(error, edit.after, base, self.window)
        dialog.chosen.connect(lambda choice, merged: self._resolve(error, edit, Choice(choice),
                                                                   merged))
        dialog.finished.connect(self.on_dialog_finished)
        self.dialog = dialog
        dialog.open()

    def on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _resolve(self, error: EditConflictError, edit: Edit, choice: Choice,
                 merged: str) -> None:
        seg, lang = edit.segment_id, edit.lang
        here = self.editor.shown == (seg, lang)
        if here:
            self.editor.dirty = False  # what was typed is decided on here, not saved as is
        self.review.stored(seg, lang, error.theirs)  # the grid holds theirs, at its version
        mine = edit.after
        if choice is Choice.MINE and mine is not None:
            self.review.change(seg, lang, mine, edit.label)
        elif choice is Choice.MERGED:
            comment = mine.comment if mine is not None else ""
            after = TranslationState(merged, Status.DRAFT if merged else Status.NEW,
                                     Origin.EDITED, None, comment)
            self.review.change(seg, lang, after, self.tr("Merge segment {0}").format(
                error.number))
        elif choice is Choice.COPY:
            if not here:
                self._show(seg, lang)
            theirs = error.theirs
            if theirs is not None:
                self.editor.take(theirs.text, theirs.origin, theirs.engine)
            self.editor.final.setFocus()
        self.resolved.emit(str(choice))

    def _show(self, segment_id: int, lang: str) -> None:
        """Go to the segment and language (the person moved on before the conflict came)."""
        model = self.review.model
        position = model.position_of(segment_id)
        if position is not None and position in model.visible:
            self.review.go_to_row(model.visible.index(position))
        self.editor.select_language(lang)
