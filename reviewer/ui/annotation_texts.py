"""The other texts of a segment to mark MQM errors in: each engine's machine translation and the
human version, one at a time in a read-only view under the final text.

Ctrl+Shift+M shows the view with the first of them and puts the cursor there (again: the next
one); the arrows move and Shift+arrows select as in the final text, Ctrl+Shift+E marks the
selected words as an error of that text (``mt:ENGINE`` or ``human``), Escape goes back to the
final text and hides the view. The errors marked in the text shown are underlined there.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from reviewer.core import languages
from reviewer.core.annotations import Annotation, engine_of
from reviewer.core.model import SegmentView
from reviewer.ui.annotation_marks import mark_annotations


@dataclass(frozen=True)
class OtherText:
    """One text of a segment besides the final one: its annotation target and its words."""

    target: str
    text: str


def other_texts(view: SegmentView | None, lang: str) -> list[OtherText]:
    """The segment's machine translations (those with a text) and its human version."""
    if view is None:
        return []
    found = [OtherText(f"mt:{s.engine}", s.text) for s in view.suggestions.get(lang, [])
             if s.text and not s.error]
    human = view.human.get(lang)
    if human:
        found.append(OtherText("human", human))
    return found


class OtherTextView(QWidget):
    """A read-only view of one other text, selectable by keyboard; ``left`` when Escape was
    pressed in it (the window then goes back to the final text)."""

    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = ""
        self.shown: OtherText | None = None
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.text.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        self.hide()

    def name(self, target: str) -> str:
        """What the text of ``target`` is called in the interface."""
        engine = engine_of(target)
        if engine is not None:
            return self.tr("{engine} machine translation").format(engine=engine)
        return self.tr("{lang} human version").format(lang=languages.label(self.lang))

    def show_text(self, other: OtherText | None, lang: str,
                  annotations: list[Annotation]) -> None:
        """Show ``other`` (hidden when ``None``), its errors underlined; the cursor stays where it
        was when the text is the same."""
        self.lang = lang
        if other is None:
            self.shown = None
            self.hide()
            return
        if self.shown != other or self.text.toPlainText() != other.text:
            self.text.setPlainText(other.text)
        self.shown = other
        self.title.setText(self.tr("Marking errors in the {name} (Shift+arrows select, "
                                   "Ctrl+Shift+E marks, Ctrl+Shift+M the next text, Esc back)")
                           .format(name=self.name(other.target)))
        self.text.setAccessibleName(self.name(other.target))
        self.remark(annotations)
        self.show()

    def remark(self, annotations: list[Annotation]) -> None:
        """Underline the errors marked in the text shown."""
        target = self.shown.target if self.shown is not None else ""
        mark_annotations(self.text, annotations, target)

    def selection(self) -> tuple[int, int]:
        """The selected span of the text (the cursor's place when nothing is selected)."""
        cursor = self.text.textCursor()
        size = len(self.shown.text) if self.shown is not None else 0
        return (min(cursor.selectionStart(), size), min(cursor.selectionEnd(), size))

    def clear_selection(self) -> None:
        """Drop the selection (after marking: the underline shows)."""
        cursor = self.text.textCursor()
        cursor.clearSelection()
        self.text.setTextCursor(cursor)

    def eventFilter(self, watched: object, event: QEvent) -> bool:  # noqa: N802
        """Escape in the text leaves it (before the window's Escape, which clears the filter)."""
        if watched is self.text and event.type() in (QEvent.Type.ShortcutOverride,
                                                     QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and not event.modifiers():
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self.left.emit()
                return True
        return False
