"""Glossary terms in the editor: highlighted in the source, with their agreed translations listed
under it for the language being reviewed.

The core finds the terms (:meth:`reviewer.core.qa.glossary.Glossary.find_terms`, offsets into the
source); this module only builds HTML from the escaped text and those spans.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from reviewer.core import languages
from reviewer.core.qa.glossary import TermMatch
from reviewer.ui import theme
from reviewer.ui.diff_delegate import escape


def term_style() -> str:
    """The inline style of a glossary term, in the application palette's colours."""
    c = theme.colours()
    return f"background-color:{c.term_bg};border-bottom:1px dotted {c.term_line};"


def highlight_terms(source: str, matches: Sequence[TermMatch]) -> str:
    """``source`` as HTML with every glossary term found in it highlighted (all text escaped)."""
    parts: list[str] = []
    style = term_style()
    at = 0
    for m in sorted(matches, key=lambda m: m.start):
        if m.start < at or m.end > len(source):
            continue
        parts.append(escape(source[at:m.start]))
        parts.append(f'<span style="{style}">{escape(source[m.start:m.end])}</span>')
        at = m.end
    parts.append(escape(source[at:]))
    return "".join(parts)


class GlossaryNote(QLabel):
    """The terms of the current source and their agreed translations into one language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_terms(self, matches: Sequence[TermMatch], lang: str) -> None:
        """List each term once, with its targets in ``lang`` (or say the glossary has none)."""
        rows: list[str] = []
        seen: set[str] = set()
        muted, style = theme.colours(self.palette()).muted, term_style()
        for m in matches:
            if m.entry.source in seen:
                continue
            seen.add(m.entry.source)
            targets = m.entry.targets.get(lang, ())
            missing = self.tr("no {lang} term in the glossary").format(
                lang=languages.label(lang))
            wanted = "; ".join(escape(t) for t in targets) if targets else \
                f"<i>{escape(missing)}</i>"
            note = f' <span style="color:{muted}">({escape(m.entry.note)})</span>' \
                if m.entry.note else ""
            rows.append(f'<span style="{style}">{escape(m.entry.source)}</span> → '
                        f"<b>{wanted}</b>{note}")
        if not rows:
            self.clear()
            self.setToolTip("")
            self.hide()
            return
        title = escape(self.tr("Glossary ({lang}):").format(lang=languages.label(lang)))
        self.setText(f'<span style="color:{muted}">{title}</span> ' + " · ".join(rows))
        self.setToolTip(self.tr("Agreed translations of the highlighted terms; the QA check "
                                "“Glossary” flags a final text that does not use them."))
        self.show()
