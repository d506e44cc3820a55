"""The filter's hits made visible: the search text of the filter bar highlighted where it occurs,
in the grid's cells (as HTML the delegate lays out) and in the editor's final text (as extra
selections, kept beside the QA marks' own).

The core finds the hits (:func:`reviewer.core.filters.hit_spans`, folding case, spaces,
apostrophes and ``ё`` as the filter does); this module only paints them, escaping every
character of user text.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from reviewer.core.filters import hit_spans
from reviewer.ui import theme

HIT_LIGHT = "#ffc46b"  # an orange amber: apart from the glossary's yellow and the diff's colours
HIT_DARK = "#8a5a00"


def escape(text: str) -> str:
    """User text as HTML that shows every character literally, line breaks included."""
    return html.escape(text, quote=True).replace("\n", "<br/>")


def hit_colour(colours: theme.Colours) -> str:
    """The background of a hit in the colour set ``colours``."""
    return HIT_DARK if colours is theme.DARK else HIT_LIGHT


def hit_html(text: str, needle: str | None, colours: theme.Colours, *,
             style: str = "") -> str:
    """``text`` as escaped HTML with the hits of ``needle`` on a hit background; ``style`` is
    an inline style for the whole text (a diff span's) or empty."""
    spans = hit_spans(text, needle) if needle else []
    parts: list[str] = []
    at = 0
    mark = f"background-color:{hit_colour(colours)};"
    for start, end in spans:
        parts.append(escape(text[at:start]))
        parts.append(f'<span style="{mark}">{escape(text[start:end])}</span>')
        at = end
    parts.append(escape(text[at:]))
    body = "".join(parts)
    return f'<span style="{style}">{body}</span>' if style else body


def set_selections(edit: QPlainTextEdit, group: str,
                   selections: Iterable[QTextEdit.ExtraSelection]) -> None:
    """Set one named group of ``edit``'s extra selections, keeping the other groups' (the QA
    marks and the filter's hits share the final text)."""
    groups: dict[str, list[QTextEdit.ExtraSelection]] = getattr(edit, "_selection_groups", {})
    groups[group] = list(selections)
    edit._selection_groups = groups  # type: ignore[attr-defined]  # a plain attribute
    edit.setExtraSelections([s for found in groups.values() for s in found])


def mark_hits(edit: QPlainTextEdit, needle: str | None) -> int:
    """Highlight the hits of ``needle`` in ``edit``; return how many were marked."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(hit_colour(theme.colours(edit.palette()))))
    selections = []
    for start, end in hit_spans(edit.toPlainText(), needle) if needle else []:
        cursor = QTextCursor(edit.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        selections.append(selection)
    set_selections(edit, "hits", selections)
    return len(selections)
