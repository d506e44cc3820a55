"""The concordance panel (Ctrl+K): where a phrase occurs in approved translations, human versions
and the translation memory, with the phrase highlighted, best first; Enter (or Alt+Insert) puts
the selected hit's phrase (or its whole target) at the cursor of the final text.

The panel only shows: it asks for a search with ``search_requested`` (after a pause in typing)
and gets the hits back through :meth:`ConcordancePanel.show_hits`; the window runs the search on
the store writer's thread (:func:`reviewer.storage.concordance_queries.search_concordance`). The
ranking and the spans come from :mod:`reviewer.core.concordance`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.core import languages
from reviewer.core.concordance import APPROVED, HUMAN, ConcordanceHit, Span
from reviewer.ui import theme
from reviewer.ui.diff_delegate import escape
from reviewer.ui.html_delegate import HtmlDelegate, HtmlRole, Index

SEARCH_DELAY_MS = 300  # a pause in typing before the search runs


def highlighted(text: str, spans: Sequence[Span], phrase: bool) -> str:
    """``text`` as HTML (escaped) with ``spans`` marked: the phrase found strongly, a whole
    translation lightly."""
    c = theme.colours()
    style = (f"background-color:{c.term_bg};font-weight:bold;" if phrase
             else f"background-color:{c.insert_bg};")
    out, at = [], 0
    for start, end in spans:
        out += [escape(text[at:start]), f'<span style="{style}">{escape(text[start:end])}</span>']
        at = end
    return "".join(out) + escape(text[at:])


class ConcordanceModel(QAbstractTableModel):
    """The hits, one per row: where it was found, its source and its target (highlighted)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[ConcordanceHit] = []

    def set_hits(self, hits: Sequence[ConcordanceHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Found in"), self.tr("Source"), self.tr("Translation"))[section]
        return None

    def where(self, hit: ConcordanceHit) -> str:
        u = hit.unit
        kind = (self.tr("approved") if u.kind == APPROVED else
                self.tr("human version") if u.kind == HUMAN else self.tr("memory"))
        segment = self.tr(", segment {n}").format(n=u.index + 1) if u.index is not None else ""
        return f"{kind} · {languages.label(u.lang)}\n{u.origin}{segment}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        hit, column = self.hits[index.row()], index.column()
        u = hit.unit
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.where(hit), u.source, u.target)[column]
        if role == HtmlRole:
            if column == 0:
                return escape(self.where(hit))
            if column == 1:
                return highlighted(u.source, hit.source_spans, hit.side == "source")
            return highlighted(u.target, hit.target_spans, hit.side == "target")
        return None


class ConcordancePanel(QWidget):
    """A phrase field over the hits; Up and Down in the field move through the hits."""

    search_requested = Signal(str)
    insert_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.phrase = QLineEdit()
        self.phrase.setPlaceholderText(self.tr("A phrase in English, Ukrainian or Russian"))
        self.phrase.setClearButtonEnabled(True)
        self.phrase.textEdited.connect(lambda _text: self.timer.start())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.model = ConcordanceModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(HtmlDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 120)
        self.table.doubleClicked.connect(lambda _index: self.insert_current())
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search_now)
        self.setMinimumWidth(440)  # source and translation side by side stay readable
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.phrase)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        self.phrase.installEventFilter(self)
        self.table.installEventFilter(self)
        self.phrase.setAccessibleName(self.tr("Concordance phrase"))
        self.table.setAccessibleName(self.tr("Concordance hits"))

    def start(self, phrase: str) -> None:
        """Show ``phrase`` (if any) in the field, ready to type over, and search for it."""
        if phrase.strip():
            self.phrase.setText(" ".join(phrase.split()))
        self.phrase.setFocus()
        self.phrase.selectAll()
        self.search_now()

    def search_now(self) -> None:
        self.timer.stop()
        phrase = self.phrase.text().strip()
        if not phrase:
            self.model.set_hits([])
            self.note.setText(self.tr("Type a phrase to see where it was translated before."))
            return
        self.note.setText(self.tr("Searching…"))
        self.search_requested.emit(phrase)

    def show_hits(self, phrase: str, hits: Sequence[ConcordanceHit]) -> None:
        """The hits of ``phrase`` (ignored when the field has moved on to another phrase)."""
        if phrase != self.phrase.text().strip():
            return
        self.model.set_hits(hits)
        self.note.setText(self.tr("{n} hits for “{phrase}”; Enter inserts the selected one.")
                          .format(n=len(hits), phrase=phrase) if hits else
                          self.tr("“{phrase}” occurs nowhere yet.").format(phrase=phrase))

    def current_hit(self) -> ConcordanceHit | None:
        """The selected hit, else the first (the best)."""
        row = max(self.table.currentIndex().row(), 0)
        return self.model.hits[row] if row < len(self.model.hits) else None

    def insert_current(self) -> None:
        hit = self.current_hit()
        if hit is not None:
            self.insert_requested.emit(hit.insert_text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, plain = event.key(), event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                if watched is self.phrase and self.timer.isActive():
                    self.search_now()  # Enter after typing: search at once
                else:
                    self.insert_current()
                return True
            if watched is self.phrase and key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and plain:
                rows = self.model.rowCount()
                if rows:
                    row = self.table.currentIndex().row() + (1 if key == Qt.Key.Key_Down else -1)
                    self.table.selectRow(max(0, min(rows - 1, row)))
                return True
        return super().eventFilter(watched, event)
