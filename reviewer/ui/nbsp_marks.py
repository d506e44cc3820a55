"""No-break spaces made visible in an editor, as CAT tools show them, without touching the text.

A no-break space (U+00A0), a narrow one (U+202F) and a figure space (U+2007) look like a plain
space, yet they are what keeps ``18 місяців`` or ``5 000`` on one line, and the published human
versions use them. memoQ and Trados mark them; here each one gets a grey shaded box (the text
format of that one character, as Word shades fields), so the translator sees where they are and
can keep them. The document's text is never changed: only how the characters are drawn.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

NO_BREAK = re.compile("[\u00a0\u202f\u2007]")
MARK_COLOR = QColor("#b9c3d1")


class NoBreakSpaceMarks(QSyntaxHighlighter):
    """Shades every no-break space of ``document``."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.mark = QTextCharFormat()
        self.mark.setBackground(MARK_COLOR)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        for found in NO_BREAK.finditer(text):
            self.setFormat(found.start(), 1, self.mark)
