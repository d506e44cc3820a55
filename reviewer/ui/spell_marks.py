"""What the final-text editor draws over its text, without touching it: no-break spaces shaded
(:class:`~reviewer.ui.nbsp_marks.NoBreakSpaceMarks`) and misspelt words underlined.

A document has one syntax highlighter that counts (a second would overwrite the first's
formats), so this one does both. Which words are misspelt is decided elsewhere, off the GUI
thread (:class:`~reviewer.ui.spell_work.EditorSpelling`); this only underlines every occurrence
of those words, cut into words as the check cuts them, so that typing elsewhere in the text
never shifts an underline while the next check is on its way.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextDocument

from reviewer.core.qa.spelling import words
from reviewer.ui.nbsp_marks import NoBreakSpaceMarks

UNDERLINE_COLOR = QColor("#d32f2f")


class SpellMarks(NoBreakSpaceMarks):
    """Shades no-break spaces and underlines (red, wavy) the words of :attr:`misspelt`."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.misspelt: frozenset[str] = frozenset()
        self.underline = QTextCharFormat()
        self.underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.underline.setUnderlineColor(UNDERLINE_COLOR)

    def set_misspelt(self, found: frozenset[str]) -> bool:
        """Underline the words ``found``; ``False`` when they are those underlined already.

        Repainting makes the document say its contents changed (Qt does): the editor calls
        this while it ignores such changes.
        """
        if found == self.misspelt:
            return False
        self.misspelt = frozenset(found)
        self.rehighlight()
        return True

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().highlightBlock(text)
        if not self.misspelt:
            return
        for word in words(text):
            if word.text in self.misspelt:
                self.setFormat(word.start, word.end - word.start, self.underline)
