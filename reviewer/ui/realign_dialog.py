"""The preview of a realignment by machine translation: each change, before and after, to accept.

One row per change (:class:`~reviewer.core.link_changes.LinkChange`) of each language's plan: the
segments it covers, their source text, the human text beside each segment before and after. Every
change starts ticked; Space ticks or unticks the current one, Enter stores the ticked ones.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.core import languages
from reviewer.core.link_changes import LinkChange
from reviewer.core.model import Link
from reviewer.services.realign import RealignPlan

Index = QModelIndex | QPersistentModelIndex


def _side(plan: RealignPlan, links: tuple[Link, ...]) -> str:
    """One line per link: its segments and the human text beside them (— for none)."""
    lines = []
    for k in links:
        where = (f"#{k.src_start + 1}" if k.src_end - k.src_start == 1
                 else f"#{k.src_start + 1}–{k.src_end}" if k.src_end > k.src_start else "+")
        lines.append(f"{where}  {plan.human_text(k.hum_start, k.hum_end) or '—'}")
    return "\n".join(lines)


class ChangesModel(QAbstractTableModel):
    """The changes of several plans, each with a tick."""

    def __init__(self, plans: list[RealignPlan], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[RealignPlan, int, LinkChange]] = [
            (plan, k, change) for plan in plans for k, change in enumerate(plan.changes)]
        self.ticked = [True] * len(self.rows)
        self.headers = [self.tr("Take"), self.tr("Segments"), self.tr("Source"),
                        self.tr("Human text before"), self.tr("Human text after")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        plan, _, change = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if self.ticked[index.row()] else Qt.CheckState.Unchecked
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        start, end = change.src
        if column == 0:
            return languages.label(plan.lang)
        if column == 1:
            return f"{start + 1}–{end}" if end - start > 1 else str(start + 1)
        if column == 2:
            return plan.source_text(start, end)
        return _side(plan, change.before if column == 3 else change.after)

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        self.ticked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [role])
        return True

    def toggle(self, row: int) -> None:
        """Tick or untick the change in ``row``."""
        state = Qt.CheckState.Unchecked if self.ticked[row] else Qt.CheckState.Checked
        self.setData(self.index(row, 0), state, Qt.ItemDataRole.CheckStateRole)

    def accepted(self, plan: RealignPlan) -> list[int]:
        """The ticked changes of ``plan``, by their number in the plan."""
        return [k for (p, k, _), on in zip(self.rows, self.ticked, strict=True) if p is plan and on]


class RealignDialog(QDialog):
    """Lists the changes of ``plans``; accepting stores the ticked ones (the caller does)."""

    def __init__(self, plans: list[RealignPlan], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plans = plans
        self.model = ChangesModel(plans, self)
        count = len(self.model.rows)
        if plans and plans[0].action == "links-check":
            self.setWindowTitle(self.tr("Check links with the sentence encoder"))
            said = self.tr("Places where the sentence encoder puts the human text elsewhere: "
                           "{0}. Sentences that mean the same are linked again, and an editor's "
                           "sentence beside a source it does not render is unlinked.")
        else:
            self.setWindowTitle(self.tr("Realign with machine translations"))
            said = self.tr("Places where the machine translations put the human text "
                           "elsewhere: {0}.")
        intro = QLabel(said.format(count) + " " + self.tr(
            "Space ticks or unticks the current change; Enter stores the ticked ones. Links you "
            "fixed by hand are kept."))
        intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Store ticked changes"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1100, 600)
        if count:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.installEventFilter(self)
        self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Space on the table ticks or unticks the current change, whichever cell is current."""
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Space
                and self.table.currentIndex().isValid()):
            self.model.toggle(self.table.currentIndex().row())
            return True
        return super().eventFilter(watched, event)
