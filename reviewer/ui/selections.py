"""What the person has selected in the editor: in the source, in the final text, or in the human
version shown, for the concordance (Ctrl+K) and for adding a term (Ctrl+T).

A label (the source, the human version) loses its selection when the focus leaves it, so this
object notes each label's selection as the focus leaves, for the segment and language shown. The
final text keeps its own selection. The source and the human version become selectable by
keyboard too (Tab to them, then Shift+arrows), so a term can be picked without a mouse.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel

from reviewer.ui.editor_panel import EditorPanel

SELECTABLE = (Qt.TextInteractionFlag.TextSelectableByMouse
              | Qt.TextInteractionFlag.TextSelectableByKeyboard)


def _clean(text: str) -> str:
    return " ".join(text.replace("\u2029", " ").replace("\u2028", " ").split())


class SelectionMemory(QObject):
    """The last selection in the editor's source and in its target texts."""

    def __init__(self, editor: EditorPanel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._kept: dict[QLabel, tuple[object, str]] = {}
        for label in (editor.source, editor.human):
            label.setTextInteractionFlags(SELECTABLE)
            label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QLabel):
            text = _clean(watched.selectedText())
            if text:
                self._kept[watched] = (self.editor.shown, text)
        return super().eventFilter(watched, event)

    def _of(self, label: QLabel) -> str:
        live = _clean(label.selectedText())
        if live:
            return live
        shown, text = self._kept.get(label, (None, ""))
        return text if shown == self.editor.shown else ""

    def source(self) -> str:
        """The text selected in the source (now, or when the focus last left it)."""
        return self._of(self.editor.source)

    def target(self) -> str:
        """The text selected in the final text, else in the human version."""
        final = _clean(self.editor.final.textCursor().selectedText())
        return final or self._of(self.editor.human)

    def phrase(self) -> str:
        """For the concordance: the selection where the focus is, else any selection."""
        if self.editor.final.hasFocus() or self.editor.human.hasFocus():
            return self.target() or self.source()
        return self.source() or self.target()
