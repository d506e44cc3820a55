"""Translation-memory matches in the editor: percentage, where each came from, the diff of the
memory's source against the current source, the translation, and a button that takes it.

The matches are :class:`~reviewer.core.tm.TmMatch` records; their ``diff`` spans (the memory's
source turned into the current one) become HTML through
:func:`~reviewer.ui.diff_delegate.spans_to_html`, escaped like every user text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reviewer.core import languages
from reviewer.core.tm import TmMatch
from reviewer.ui.diff_delegate import escape, spans_to_html

PERCENT_COLOURS = ((100, "#2e7d32"), (90, "#558b2f"), (0, "#b26a00"))
GREY = '<span style="color:#777">{}</span>'


def _rich(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class TmPanel(QWidget):
    """The memory's best matches for the current segment and language; ``Use`` takes one."""

    take_requested = Signal(str)  # the memory's translation

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matches: list[TmMatch] = []
        self.title = _rich()
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(self.rows)

    def _clear(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def show_loading(self) -> None:
        """The memory is still being read."""
        self.matches = []
        self._clear()
        self.title.setText(GREY.format(escape(self.tr("Translation memory: loading…"))))

    def show_matches(self, matches: Sequence[TmMatch], lang: str, min_percent: int) -> None:
        """Show ``matches`` (best first) for the current segment into ``lang``."""
        self.matches = list(matches)
        self._clear()
        tag = languages.label(lang)
        if not self.matches:
            self.title.setText(GREY.format(escape(
                self.tr("Translation memory ({lang}): no match of {percent}% or more.")
                .format(lang=tag, percent=min_percent))))
            return
        title = escape(self.tr("Translation memory ({lang}):").format(lang=tag))
        self.title.setText(f"<b>{title}</b> <span style='color:#777'>(Ctrl+3)</span>")
        for i, match in enumerate(self.matches):
            self.rows.addWidget(self._row(match, i == 0))

    def where(self, match: TmMatch) -> str:
        """Where a unit came from, as the reviewer reads it."""
        u = match.unit
        if u.segment_index is not None:
            text = self.tr("approved: segment {n} of “{title}”").format(
                n=u.segment_index + 1, title=u.origin)
        else:
            text = self.tr("imported from {file}").format(file=u.origin)
            if u.tool:
                text += f" ({u.tool})"
        if u.changed_at:
            text += f", {u.changed_at[:10]}"
        if u.author:
            text += f", {u.author}"
        return text

    def _row(self, match: TmMatch, best: bool) -> QWidget:
        colour = next(c for limit, c in PERCENT_COLOURS if match.percent >= limit)
        head = (f'<b style="color:{colour}">{match.percent}%</b> '
                f'<span style="color:#555">{escape(self.where(match))}</span>')
        changes = spans_to_html(match.diff) if match.diff else escape(match.source)
        memory_source = escape(self.tr("Memory source:"))
        body = (f'{head}<br/><span style="color:#777">{memory_source}</span> {changes}'
                f"<br/>{escape(match.target)}")
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = _rich(body)
        label.setToolTip(self.tr("Struck-through words are in the memory's source only, "
                                 "underlined words in this segment's source only."))
        use = QPushButton(self.tr("Use"))
        use.setToolTip(self.tr("Copy this translation into the final text (Ctrl+3 takes the "
                               "best match)") if best else
                       self.tr("Copy this translation into the final text"))
        target = match.target
        use.clicked.connect(lambda: self.take_requested.emit(target))
        layout.addWidget(label, 1)
        layout.addWidget(use, 0, Qt.AlignmentFlag.AlignTop)
        return row
