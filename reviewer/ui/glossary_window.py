"""The glossary window: every term (source, one column per target language, note), filtered as
you type, edited in place (F2 or typing over a cell), deleted with Delete; Ctrl+Z undoes the last
change. Every read and write is posted to the store writer's thread (the GUI thread never waits:
the table is filled when the terms arrive, a change's undo step is kept at once and its message
shown once it is committed); ``changed`` tells the window to highlight the terms anew."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.core import languages
from reviewer.core.errors import ReviewerError
from reviewer.core.qa.glossary import Term
from reviewer.storage.glossary_edits import (
    GlossaryEntryRows,
    edited,
    entries,
    regrouped,
    replace_terms,
)
from reviewer.storage.store import Store
from reviewer.ui.store_writer import StoreWriter

Index = QModelIndex | QPersistentModelIndex


def write_terms(writer: StoreWriter, store: Store, before: Sequence[Term],
                after: Sequence[Term], what: str) -> list[Term] | None:
    """On the writer's thread: replace the rows ``before`` by ``after``; the rows added, or
    ``None`` when the server is away and the change was kept in the outbox."""
    if writer.offline_writes is None:
        return replace_terms(store, before, after)
    return writer.offline_writes.glossary(store, before, after, what, "window")


@dataclass
class _Step:
    """One change to undo: the rows it removed and (once written) the rows it added."""

    before: list[Term]
    what: str
    added: list[Term] = field(default_factory=list)
    done: bool = False  # set on the writer's thread once the change is committed


class GlossaryModel(QAbstractTableModel):
    """One row per source term; the fields are ``source``, the languages, ``note``."""

    edit_requested = Signal(object, str, str)  # entry, field, value

    def __init__(self, langs: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields = ["source", *langs, "note"]
        self.entries: list[GlossaryEntryRows] = []

    def set_entries(self, found: Sequence[GlossaryEntryRows]) -> None:
        self.beginResetModel()
        self.entries = list(found)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.fields)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        name = self.fields[section]
        return (self.tr("Source term") if name == "source" else self.tr("Note")
                if name == "note" else languages.label(name))

    def value(self, entry: GlossaryEntryRows, name: str) -> str:
        return entry.source if name == "source" else entry.note if name == "note" \
            else entry.targets(name)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.value(self.entries[index.row()], self.fields[index.column()])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: object,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        entry, name = self.entries[index.row()], self.fields[index.column()]
        if " ".join(str(value).split()) != self.value(entry, name):
            self.edit_requested.emit(entry, name, str(value))
        return True


class GlossaryWindow(QDialog):
    """The glossary list over the store writer; ``changed`` after every write."""

    changed = Signal()

    def __init__(self, writer: StoreWriter, langs: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.writer = writer
        self.undo_steps: list[_Step] = []
        self.setWindowTitle(self.tr("Glossary"))
        self.resize(760, 480)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter: type part of a term or a note"))
        self.filter.setClearButtonEnabled(True)
        self.model = GlossaryModel(langs, self)
        # queued: the model is read again after the cell's editor has closed, not inside it
        self.model.edit_requested.connect(self.on_model_edit_requested,
                                          Qt.ConnectionType.QueuedConnection)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.installEventFilter(self)
        self.filter.installEventFilter(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        self.filter.setAccessibleName(self.tr("Filter the glossary"))
        self.table.setAccessibleName(self.tr("Glossary terms"))
        self.reload()
        self.status.setText(self.tr("F2 edits a cell (several terms: separate them with “;”), "
                                    "Delete removes a term, Ctrl+Z undoes."))

    def reload(self) -> None:
        """Read the glossary again (on the writer's thread); the table fills when it arrives."""
        self.writer.post(entries, self._show, self._unread)

    def _unread(self, error: BaseException) -> None:
        if not isinstance(error, ReviewerError):  # a bug: raised
            raise error
        self.status.setText(self.tr("The glossary could not be read: {error}").format(
            error=error))

    def _show(self, found: Sequence[GlossaryEntryRows]) -> None:
        self.model.set_entries(found)
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _refused(self, error: BaseException) -> None:
        if not isinstance(error, ReviewerError):  # a bug: raised
            raise error
        self.status.setText(self.tr("The glossary was not changed: {error}").format(error=error))

    def _write(self, before: list[Term], after: list[Term], what: str,
               then: Callable[[], None] | None = None) -> None:
        """Post the change; its undo step is kept at once (so Ctrl+Z, posted after it, takes
        it back) and learns on the writer's thread which rows the change really added."""
        step = _Step(before, what)
        self.undo_steps.append(step)

        shown = list(self.model.entries)

        def job(store: Store) -> list[GlossaryEntryRows]:
            added = write_terms(self.writer, store, before, after, what)
            step.added = [t for t in after if t not in before] if added is None else added
            step.done = True
            return regrouped(shown, before, after) if added is None else entries(store)

        def written(found: list[GlossaryEntryRows]) -> None:
            self._show(found)
            self.status.setText(self.tr("{what}. Ctrl+Z undoes it.").format(what=what))
            if then is not None:
                then()
            self.changed.emit()

        def refused(error: BaseException) -> None:
            if step in self.undo_steps:
                self.undo_steps.remove(step)
            self._refused(error)

        self.writer.post(job, written, refused)

    def on_model_edit_requested(self, entry: GlossaryEntryRows, name: str, value: str) -> None:
        after = edited(entry, name, value)
        if not any(t.lang != "" and t.target for t in after):
            self.status.setText(self.tr("A term needs at least one translation; "
                                        "delete it with Delete instead."))
            return
        self._write(list(entry.terms), after,
                    self.tr("Changed “{term}”").format(term=entry.source))

    def delete_current(self) -> None:
        index = self.proxy.mapToSource(self.table.currentIndex())
        if not index.isValid():
            return
        entry = self.model.entries[index.row()]
        row = self.table.currentIndex().row()

        def keep_place() -> None:
            if self.proxy.rowCount():
                self.table.setCurrentIndex(
                    self.proxy.index(min(row, self.proxy.rowCount() - 1), 0))

        self._write(list(entry.terms), [], self.tr("Deleted “{term}”").format(term=entry.source),
                    keep_place)

    def undo(self) -> None:
        """Take the last change back (as it was stored before it), after the changes posted."""
        if not self.undo_steps:
            self.status.setText(self.tr("Nothing to undo."))
            return
        step = self.undo_steps.pop()
        shown = list(self.model.entries)
        what = self.tr("Undone: {what}.").format(what=step.what)

        def job(store: Store) -> list[GlossaryEntryRows]:
            if not step.done:  # a change that was refused has nothing to take back
                return entries(store)
            if write_terms(self.writer, store, step.added, step.before, what) is None:
                return regrouped(shown, step.added, step.before)  # kept: the server is away
            return entries(store)

        def undone(found: list[GlossaryEntryRows]) -> None:
            self._show(found)
            self.status.setText(self.tr("Undone: {what}.").format(what=step.what))
            self.changed.emit()

        self.writer.post(job, undone, self._refused)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if watched is self.table and event.key() == Qt.Key.Key_Delete \
                    and self.table.state() != QAbstractItemView.State.EditingState:
                self.delete_current()
                return True
            if watched is self.filter and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return,
                                                          Qt.Key.Key_Enter):
                self.table.setFocus()
                if self.proxy.rowCount():
                    self.table.setCurrentIndex(self.proxy.index(0, 0))
                return True
        return super().eventFilter(watched, event)
