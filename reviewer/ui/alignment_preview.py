"""The links of one human version in the import preview, and the fixes the reviewer makes.

:class:`LinksEditor` shows the alignment of one human version as a table of links (source
segments beside human sentences, the link's shape, flagged links marked "check alignment" and
listed first) and
lets the reviewer merge a link with the next, split one, or move the human boundary after it.
The fixes are the core's (:mod:`reviewer.core.link_fixes`); one that cannot be made shows the
core's message under the table. Cells show one line; the current link is shown in full below.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.alignment import LinkFixError, merge_links, shift_boundary, split_link
from reviewer.core.model import HumanSentence, Link, SegmentDraft
from reviewer.ui.alignment_models import FlaggedFirst, LinksModel, span

Fix = Callable[[list[Link]], list[Link]]


class LinksEditor(QWidget):
    """The links of one human version, with merge, split and boundary moves on the current link."""

    links_changed = Signal(list)

    def __init__(self, segments: Sequence[SegmentDraft], sentences: Sequence[HumanSentence],
                 links: Sequence[Link], parent: QWidget | None = None):
        super().__init__(parent)
        self.model = LinksModel(segments, sentences, links, self)
        self.history: list[list[Link]] = []
        self.rows = FlaggedFirst(self.model, self)
        self.table = QTableView()
        self.table.setModel(self.rows)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,) * 2
                                      + (QHeaderView.ResizeMode.Stretch,) * 2
                                      + (QHeaderView.ResizeMode.ResizeToContents,)):
            header.setSectionResizeMode(column, mode)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setMaximumHeight(110)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.merge_button = QPushButton(self.tr("&Merge with next"))
        self.merge_button.setToolTip(self.tr("Join this link and the next one into one link"))
        self.split_button = QPushButton(self.tr("Spli&t…"))
        self.split_button.setToolTip(self.tr("Cut this link in two"))
        self.down_button = QPushButton(self.tr("Move boundary &down"))
        self.down_button.setToolTip(self.tr("This link takes the next human sentence"))
        self.up_button = QPushButton(self.tr("Move boundary u&p"))
        self.up_button.setToolTip(self.tr("This link gives its last human sentence to the next"))
        self.undo_button = QPushButton(self.tr("Undo fix"))
        self.undo_button.setToolTip(self.tr("Undo the last fix (Ctrl+Z in the table)"))
        self.merge_button.clicked.connect(lambda: self.merge_current())
        self.split_button.clicked.connect(self.on_split_clicked)
        self.down_button.clicked.connect(lambda: self.shift_current(+1))
        self.up_button.clicked.connect(lambda: self.shift_current(-1))
        self.undo_button.clicked.connect(self.undo)
        undo = QAction(self.tr("Undo fix"), self.table)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        undo.triggered.connect(self.undo)
        self.table.addAction(undo)
        buttons = QHBoxLayout()
        for button in (self.merge_button, self.split_button, self.down_button, self.up_button,
                       self.undo_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.table.setCurrentIndex(self.rows.index(0, 0))
        self._show_current()
        self._update_buttons()

    @property
    def links(self) -> list[Link]:
        return list(self.model.links)

    def current_row(self) -> int:
        """The current link's number in text order (counted from 0), whatever its table row."""
        return self.rows.mapToSource(self.table.currentIndex()).row()

    def select(self, row: int) -> None:
        """Make link ``row`` (in text order, counted from 0) the current one."""
        if self.model.links:
            row = min(max(row, 0), len(self.model.links) - 1)
            self.table.setCurrentIndex(self.rows.mapFromSource(self.model.index(row, 0)))
        self._show_current()

    # -- fixes -----------------------------------------------------------------------------
    def merge_current(self) -> bool:
        row = self.current_row()
        return self._apply(lambda links: merge_links(links, row), row, "merge")

    def split_current(self, src_first: int, hum_first: int) -> bool:
        """Cut the current link after ``src_first`` of its segments and ``hum_first`` sentences."""
        row = self.current_row()
        if not 0 <= row < len(self.model.links):
            return self._apply(list, row, "split")
        link = self.model.links[row]
        n_src, n_hum = link.src_end - link.src_start, link.hum_end - link.hum_start
        if (src_first, hum_first) in ((0, 0), (n_src, n_hum)):
            self.message.setText(self.tr("Each part of link {0} must keep at least one "
                                         "sentence.").format(row + 1))
            return False
        return self._apply(lambda links: split_link(links, row, link.src_start + src_first,
                                                    link.hum_start + hum_first), row, "split")

    def shift_current(self, delta: int) -> bool:
        row = self.current_row()
        return self._apply(lambda links: shift_boundary(links, row, delta), row, "shift", delta)

    def undo(self) -> None:
        if self.history:
            row = self.current_row()
            self.model.set_links(self.history.pop())
            self._after_change(row)

    def on_split_clicked(self) -> None:
        row = self.current_row()
        if 0 <= row < len(self.model.links):
            answer = SplitDialog.ask(self, self.model.links[row])
            if answer is not None:
                self.split_current(*answer)

    def _apply(self, fix: Fix, row: int, what: str, delta: int = 0) -> bool:
        if not 0 <= row < len(self.model.links):
            self.message.setText(self.tr("Choose a link first."))
            return False
        before = self.links
        try:
            after = fix(before)
        except LinkFixError as exc:
            self.message.setText(self._explain(what, row, delta, exc))
            return False
        self.history.append(before)
        self.model.set_links(after)
        self._after_change(row)
        return True

    def _explain(self, what: str, row: int, delta: int, error: LinkFixError) -> str:
        """Why a fix cannot be made, counting links from 1 as the table does (the core counts
        from 0); a reason not foreseen here is the core's own message."""
        links, number = self.model.links, row + 1
        if what in ("merge", "shift") and row == len(links) - 1:
            return self.tr("Link {0} is the last one: there is no next link.").format(number)
        if what == "shift":
            giver = number + 1 if delta > 0 else number
            if links[giver - 1].hum_end == links[giver - 1].hum_start:
                return self.tr("Link {0} has no human sentence to give.").format(giver)
            return self.tr("Link {0} would be left with no sentence.").format(giver)
        return str(error)

    def _after_change(self, row: int) -> None:
        self.select(row)
        self.message.clear()
        self._update_buttons()
        self.links_changed.emit(self.links)

    def _update_buttons(self) -> None:
        self.undo_button.setEnabled(bool(self.history))

    def _show_current(self) -> None:
        row = self.current_row()
        if not 0 <= row < len(self.model.links):
            self.detail.setPlainText("")
            return
        link = self.model.links[row]
        note = self.model.note(link)
        lines = [self.tr("Link {0} ({1}){2}").format(
            row + 1, link.kind, self.tr(": {0}").format(note) if note else "")]
        lines.append(self.tr("Source {0}: {1}").format(
            span(link.src_start, link.src_end), self.model.source_text(link) or "—"))
        lines.append(self.tr("Human {0}: {1}").format(
            span(link.hum_start, link.hum_end), self.model.human_text(link) or "—"))
        self.detail.setPlainText("\n".join(lines))


class SplitDialog(QDialog):
    """Ask where to cut a link: how many segments and human sentences the first part keeps."""

    def __init__(self, link: Link, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Split link {0}").format(link.kind))
        n_src, n_hum = link.src_end - link.src_start, link.hum_end - link.hum_start
        self.src = QSpinBox()
        self.src.setRange(0, n_src)
        self.src.setValue((n_src + 1) // 2)
        self.hum = QSpinBox()
        self.hum.setRange(0, n_hum)
        self.hum.setValue((n_hum + 1) // 2)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("The first part keeps:")))
        src_label = QLabel(self.tr("&Source segments (of {0}):").format(n_src))
        src_label.setBuddy(self.src)
        form.addRow(src_label, self.src)
        hum_label = QLabel(self.tr("&Human sentences (of {0}):").format(n_hum))
        hum_label.setBuddy(self.hum)
        form.addRow(hum_label, self.hum)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    @classmethod
    def ask(cls, parent: QWidget, link: Link) -> tuple[int, int] | None:
        """The counts the first part keeps, or ``None`` if the reviewer cancelled."""
        dialog = cls(link, parent)
        if not dialog.exec():
            return None
        return dialog.src.value(), dialog.hum.value()
