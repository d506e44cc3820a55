"""What assistive technology reads for painted cells and diffs: plain sentences, not colours.

The grid paints its compare cells as coloured track changes, which a screen reader cannot see;
the review model answers ``Qt.AccessibleTextRole`` and ``Qt.AccessibleDescriptionRole`` with
the texts built here, and the editor puts the same words on its diff labels. Insertions and
deletions are said as such, in reading order.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from reviewer.core.diff import Op, Span
from reviewer.core.model import Status
from reviewer.ui.labels import status_label


def describe_spans(spans: Iterable[Span]) -> str:
    """The diff from the machine translation to the human version as words: ``deleted: «…»``
    and ``inserted: «…»`` in place, the unchanged text as it is."""
    parts: list[str] = []
    for span in spans:
        text = span.text.strip()
        if not text:
            continue
        if span.op is Op.DELETE:
            parts.append(QCoreApplication.translate("Accessibility", "deleted: «{0}»")
                         .format(text))
        elif span.op is Op.INSERT:
            parts.append(QCoreApplication.translate("Accessibility", "inserted: «{0}»")
                         .format(text))
        else:
            parts.append(text)
    return " ".join(parts)


def cell_text(kind: str, display: str | None, spans: list[Span] | None) -> str:
    """A grid cell's accessible text: the diff said in words in compare cells, else its text."""
    if kind == "compare" and spans:
        return describe_spans(spans)
    text = " ".join(str(display or "").split())
    if kind == "final" and not text:
        return QCoreApplication.translate("Accessibility", "no final text yet")
    return text


def cell_description(header: str, status: Status | None, tooltip: str | None) -> str:
    """A grid cell's accessible description: its column, its status (final cells), its notes."""
    parts = [header]
    if status is not None:
        parts.append(status_label(status))
    if tooltip:
        parts.append(" ".join(str(tooltip).split()))
    return "; ".join(p for p in parts if p)
