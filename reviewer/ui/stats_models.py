"""The engine leaderboard of one language as a table model: engine, units, chrF, chrF++, BLEU,
TER, HTER, the 95% interval of chrF and the p-value of chrF against the leader (sacrebleu's paired
bootstrap); the engine closer to the published text marked and highlighted, only when its lead is
significant. Every metric cell's tooltip gives that metric's interval and p-value.

The display shows two decimals; :data:`VALUE_ROLE` gives sacrebleu's unrounded figure (``None``
where there is nothing to score; the interval as a (lower, upper) pair), which tests compare with
the statistics core.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from reviewer.core.leaderboard import EngineRow, LanguageBoard
from reviewer.core.scores import LABELS, METRICS, Signatures
from reviewer.core.significance import Estimate

COLUMNS: tuple[str, ...] = ("engine", "units", *METRICS, "hter", "interval", "p_value")
TESTED_METRIC = "chrf"
"""The metric of the interval and p-value columns (the one that decides the closest engine)."""
VALUE_ROLE = Qt.ItemDataRole.UserRole
CLOSEST_MARK = "★"
CLOSEST_BRUSH = QBrush(QColor(46, 160, 67, 70))

Index = QModelIndex | QPersistentModelIndex


class LeaderboardModel(QAbstractTableModel):
    """The rows of a :class:`LanguageBoard`, best corpus chrF first (the board's order)."""

    def __init__(self) -> None:
        super().__init__()
        self.board: LanguageBoard | None = None
        self.signatures: Signatures | None = None

    def set_board(self, board: LanguageBoard | None, signatures: Signatures | None) -> None:
        """Show ``board`` (``None``: an empty table)."""
        self.beginResetModel()
        self.board, self.signatures = board, signatures
        self.endResetModel()

    def rows(self) -> tuple[EngineRow, ...]:
        return self.board.engines if self.board else ()

    def closest(self) -> str | None:
        """The engine marked closer to the published text: the leader, if its lead is
        significant."""
        c = self.board.closest if self.board else None
        return c.marked if c else None

    def estimate(self, row: EngineRow, metric: str) -> Estimate | None:
        """The paired bootstrap figures of ``row`` on ``metric``, if it was tested."""
        c = self.board.closest if self.board else None
        t = c.significance if c else None
        return t.result.estimates.get(row.engine, {}).get(metric) if t else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def value(self, row: EngineRow, column: str) -> Any:
        """The unrounded figure of ``column`` for ``row``."""
        if column == "engine":
            return row.engine
        if column == "units":
            return row.units
        if column == "hter":
            return row.hter
        if column in ("interval", "p_value"):
            e = self.estimate(row, TESTED_METRIC)
            if e is None:
                return None
            return (e.lower, e.upper) if column == "interval" else e.p_value
        return row.scores.get(column) if row.scores else None

    def _best(self, column: str) -> str | None:
        c = self.board.closest if self.board else None
        return c.best.get(column) if c and column in METRICS else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows()[index.row()], COLUMNS[index.column()]
        value = self.value(row, column)
        is_closest = row.engine == self.closest()
        if role == VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "engine":
                return f"{CLOSEST_MARK} {value}" if is_closest else value
            if column == "units":
                return str(value)
            if column == "interval" and value is not None:
                return f"{value[0]:.2f}–{value[1]:.2f}"
            if column == "p_value" and value is not None:
                return f"{value:.3g}"
            return "–" if value is None else f"{value:.2f}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "engine":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and is_closest:
            return CLOSEST_BRUSH
        if role == Qt.ItemDataRole.FontRole and (
                (column == "engine" and is_closest) or self._best(column) == row.engine):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column, is_closest)
        return None

    def _tip(self, row: EngineRow, column: str, is_closest: bool) -> str:
        if column == "engine":
            parts = [self.tr("{0} translated {1} segments scored in {2} units.").format(
                row.engine, row.segments, row.units)]
            if row.no_mt:
                parts.append(self.tr("{0} segments have no translation by it.").format(row.no_mt))
            if is_closest and self.board and self.board.closest:
                parts.append(self.tr("Closer to the published text: best chrF on the {0} units "
                                     "every engine translated, a significant lead."
                                     ).format(self.board.closest.units))
            return " ".join(parts)
        if column in ("interval", "p_value"):
            column = TESTED_METRIC
        if column == "hter":
            return self.tr("HTER: TER of its translation against the approved text, over {0} "
                           "approved segments (lower: less editing).").format(len(row.hter_lines))
        parts = []
        if column in METRICS and self._best(column) == row.engine:
            parts.append(self.tr("Best {0} on the shared units.").format(LABELS[column]))
        e = self.estimate(row, column) if column in METRICS else None
        if e is not None:
            parts.append(self.tr("{0} on the shared units: {1:.2f}, 95% interval {2:.2f}–{3:.2f} "
                                 "(paired bootstrap).").format(LABELS[column], e.score, e.lower,
                                                               e.upper))
            if e.p_value is not None:
                parts.append(self.tr("p = {0} against the leader.").format(f"{e.p_value:.3g}"))
        return " ".join(parts)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"engine": self.tr("Engine"), "units": self.tr("Units"),
                    "hter": self.tr("HTER"), "interval": self.tr("chrF 95% interval"),
                    "p_value": self.tr("p (chrF)")}.get(column, LABELS.get(column, column))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tip(column)
        return None

    def _header_tip(self, column: str) -> str:
        sig = self.signatures
        tips = {
            "units": self.tr("Lines scored: one per alignment link with both a machine and a "
                             "human translation"),
            "chrf": self.tr("chrF (higher is better), sacrebleu {0}"),
            "chrf_pp": self.tr("chrF++ (higher is better), sacrebleu {0}"),
            "bleu": self.tr("BLEU (higher is better), sacrebleu {0}"),
            "ter": self.tr("TER (lower is better), sacrebleu {0}"),
            "hter": self.tr("HTER: TER against the approved final text (lower is better), "
                            "sacrebleu {0}"),
            "interval": self.tr("Where chrF on the shared units lies in 95% of sacrebleu's "
                                "paired bootstrap resamples"),
            "p_value": self.tr("p-value of the difference in chrF to the leader (paired "
                               "bootstrap): below the level, the difference is significant"),
        }
        if column not in tips:
            return ""
        signature = ""
        if sig is not None and column in ("hter", *METRICS):
            signature = sig.ter if column == "hter" else getattr(sig, column)
        return tips[column].format(signature)
