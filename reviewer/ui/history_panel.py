"""A segment's history in the window (Ctrl+Shift+H): every version of its final text in the
language shown, newest first, with who, when, the action, origin, engine, status, the words
changed from the version before and the MQM errors the version had (those marked, changed or
removed meanwhile flagged, who and when in the tooltip); Enter (or "Restore") brings the
selected version back as one undo step.

The history is read through the store writer (the GUI thread makes no database call); the
versions and the state a restore writes come from the core (:mod:`reviewer.core.versions`); the
restore is an edit pushed through the review controller, so Ctrl+Z undoes it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QKeyEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.core import languages
from reviewer.core.annotation_history import AnnotationEvent, VersionErrors, errors_by_version
from reviewer.core.edits import TranslationState
from reviewer.core.errors import ReviewerError
from reviewer.core.model import HistoryEntry, Origin, SegmentView, Status
from reviewer.core.versions import Version, restore, versions
from reviewer.storage.annotations import Annotations
from reviewer.ui import theme
from reviewer.ui.accessible_text import describe_spans
from reviewer.ui.diff_delegate import spans_to_html
from reviewer.ui.history_errors import errors_cell
from reviewer.ui.html_delegate import HtmlDelegate, HtmlRole
from reviewer.ui.labels import origin_label, status_label
from reviewer.ui.review_controller import ReviewController, state_of
from reviewer.ui.review_model import ReviewModel
from reviewer.ui.store_writer import StoreWriter

CHANGES = 6  # the column of the words changed
ERRORS = 7  # the column of the MQM errors


def _origin(version: Version) -> str:
    try:
        label = origin_label(Origin(version.origin))
    except ValueError:
        label = version.origin
    return label + (f" ({version.engine})" if version.engine else "")


def _status(version: Version) -> str:
    try:
        return status_label(Status(version.status))
    except ValueError:
        return version.status


class HistoryDialog(QDialog):
    """The versions of one segment's translation; emits ``restore_requested`` with a version."""

    restore_requested = Signal(object)

    def __init__(self, title: str, found: Sequence[Version], parent: QWidget | None = None,
                 errors: Sequence[VersionErrors] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.versions = list(reversed(found))  # newest first
        self.errors = list(reversed(errors)) if errors else [VersionErrors()] * len(found)
        self.table = QTableWidget(len(self.versions), 8)
        self.table.setObjectName("history_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("#"), self.tr("When"), self.tr("Who"), self.tr("Action"),
            self.tr("Origin"), self.tr("Status"), self.tr("Changes from the version before"),
            self.tr("MQM errors")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(
            CHANGES, HtmlDelegate(self.table, min_width=40, padding=0))
        c = theme.colours(self.palette())
        for row, v in enumerate(self.versions):
            cells = [str(v.number), v.at, v.actor, v.action, _origin(v), _status(v)]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if v.text_changed:
                html, spoken = spans_to_html(v.diff, c), describe_spans(v.diff)
            else:
                spoken = self.tr("(text unchanged)")
                html = f'<span style="color:{c.muted}">{spoken}</span>'
            item = QTableWidgetItem(v.text)
            item.setData(HtmlRole, html)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            item.setToolTip(v.text)
            self.table.setItem(row, CHANGES, item)
            text, tip = errors_cell(self.errors[row])
            cell = QTableWidgetItem(text)
            cell.setToolTip(tip)
            self.table.setItem(row, ERRORS, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CHANGES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ERRORS, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(ERRORS, 240)  # wrapped: the changed words keep the room
        self.table.resizeRowsToContents()
        self.table.doubleClicked.connect(lambda _index: self.on_restore_clicked())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(self.tr("&Restore this version"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        for button in buttons.buttons():  # Enter in the table restores (eventFilter), never
            if isinstance(button, QPushButton):  # closes through a default button
                button.setAutoDefault(False)
        self.table.installEventFilter(self)
        self.restore_button.setEnabled(bool(self.versions))
        self.restore_button.clicked.connect(self.on_restore_clicked)
        buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("↑ ↓ choose a version, Enter restores it (one undo step: Ctrl+Z "
                              "takes it back), Esc closes.") if self.versions else
                      self.tr("No recorded changes yet in this language."))
        if any(e.had or e.added or e.changed or e.removed for e in self.errors):
            hint.setText(hint.text() + " " + self.tr(
                "MQM errors: + marked, ~ changed, − removed while that version was the "
                "latest (the tooltip says who and when)."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1000, 420)
        if self.versions:
            self.table.selectRow(0)
        self.table.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Fit the rows to their text once the columns have their real widths."""
        super().showEvent(event)
        QTimer.singleShot(0, self.table, self.table.resizeRowsToContents)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Enter or Return in the table restores the selected version."""
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.on_restore_clicked()
            return True
        return super().eventFilter(watched, event)

    def selected(self) -> Version | None:
        """The version of the current row."""
        row = self.table.currentRow()
        return self.versions[row] if 0 <= row < len(self.versions) else None

    def on_restore_clicked(self) -> None:
        version = self.selected()
        if version is not None:
            self.restore_requested.emit(version)


class SegmentHistory(QObject):
    """Opens the history of the segment the editor shows and restores through ``review``."""

    message = Signal(str, int)

    def __init__(self, writer: StoreWriter, model: ReviewModel, review: ReviewController,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.writer, self.model, self.review = writer, model, review
        self.dialog: HistoryDialog | None = None
        self._parent = parent

    def open(self, view: SegmentView | None, lang: str) -> None:
        """Show the versions of ``view``'s translation into ``lang`` (saved typing included):
        the writer reads them after the changes posted before, and the dialog opens when they
        arrive."""
        if view is None:
            self.message.emit(self.tr("No segment selected."), 12000)
            return
        self.review.save_pending()
        segment_id = view.segment.id
        title = self.tr("History of segment {n} ({lang})").format(
            n=view.segment.index + 1, lang=languages.label(lang))
        self.writer.post(
            lambda store: (store.history(segment_id, lang), Annotations(store).events(segment_id)),
            lambda read: self._show(segment_id, lang, title, *read), self._failed)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, ReviewerError):  # locked, unreachable: said; a bug: raised
            raise error
        self.message.emit(self.tr("Could not read the history: {error}").format(error=error),
                          12000)

    def _show(self, segment_id: int, lang: str, title: str, entries: list[HistoryEntry],
              events: list[AnnotationEvent]) -> None:
        found = versions(entries)
        errors = errors_by_version([e.id for e in entries], events, lang)
        if self.dialog is not None:
            self.dialog.close()
        dialog = self.dialog = HistoryDialog(title, found, self._parent, errors)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.restore_requested.connect(
            lambda version: self.restore(segment_id, lang, version, dialog))
        dialog.open()

    def _forget(self, dialog: HistoryDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def restore(self, segment_id: int, lang: str, version: Version,
                dialog: HistoryDialog | None = None) -> bool:
        """Write ``version`` back as one undo step; whether it was (the dialog then closes)."""
        position = self.model.position_of(segment_id)
        if position is None:
            return False
        view = self.model.views[position]
        current: TranslationState | None = state_of(view, lang)
        wanted = restore(version, current)
        number = view.segment.index + 1
        if wanted == current:
            self.message.emit(self.tr("Segment {n} already is as version {v}.").format(
                n=number, v=version.number), 12000)
            return False
        label = self.tr("Restore version {v} of segment {n}").format(v=version.number, n=number)
        if not self.review.change(segment_id, lang, wanted, label):
            return False
        self.message.emit(self.tr("Restored version {v} of segment {n} ({lang}); Ctrl+Z takes "
                                  "it back.").format(v=version.number, n=number,
                                                     lang=languages.label(lang)), 12000)
        if dialog is not None:
            dialog.accept()
        return True
