"""The statistics view's tabs: the engine leaderboard (a table with the counts above it, the
significance test's resamples and level, the verdict and sacrebleu's signatures below), the chrF
histogram, progress and effort, and the QA
findings by check. Each draws what the core computed for one language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.core import languages
from reviewer.core.chart_data import chrf_histograms, daily_series, effort_parts, status_parts
from reviewer.core.leaderboard import LanguageBoard
from reviewer.core.scores import Signatures
from reviewer.storage.stats_queries import Stats
from reviewer.ui.chart_panel import ChartPanel
from reviewer.ui.stats_models import LeaderboardModel
from reviewer.ui.stats_significance import SignificanceControls
from reviewer.ui.stats_work import QA_TARGETS, QaSummary

MIN_ROWS, MAX_ROWS = 2, 14


def _label(wrap: bool = True, small: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if small:
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        label.setFont(font)
    return label


class LeaderboardTab(QWidget):
    """Which engine came closer to the published text in one language, with sacrebleu's figures.

    ``test.test_changed`` asks for the significance test again with other options.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = _label()
        self.test = SignificanceControls()
        self.model = LeaderboardModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.verdict = _label()
        bold = QFont(self.verdict.font())
        bold.setBold(True)
        self.verdict.setFont(bold)
        self.footnote = _label(small=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.test)
        layout.addWidget(self.table)
        layout.addWidget(self.verdict)
        layout.addWidget(self.footnote)
        layout.addStretch(1)

    def show_board(self, board: LanguageBoard | None, signatures: Signatures | None) -> None:
        """Show the leaderboard of one language (``None``: nothing computed yet)."""
        self.model.set_board(board, signatures)
        self._fit_table()
        if board is None:
            self.summary.clear()
            self.verdict.clear()
            self.footnote.clear()
            return
        lang = languages.label(board.lang)
        self.summary.setText(self.tr(
            "{0}: {1} segments; {2} scoring units have a published human version. "
            "{3} segments are missing from the human version, {4} human sentences have no "
            "source.").format(lang, board.segments, board.units, board.no_human,
                              board.human_only))
        self.verdict.setText(self._verdict(board))
        self.footnote.setText("\n".join(t for t in (self._footnote(signatures),
                                                     self.test.footnote(board.closest)) if t))

    def _fit_table(self) -> None:
        """As tall as its rows (a few engines leave no empty expanse), scrolling beyond."""
        rows = min(max(self.model.rowCount(), MIN_ROWS), MAX_ROWS)
        header = self.table.horizontalHeader().sizeHint().height()
        row = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(header + rows * row + 2 * self.table.frameWidth() + 2)

    def _verdict(self, board: LanguageBoard) -> str:
        lang, c = languages.label(board.lang), board.closest
        if not board.engines:
            return self.tr("No machine translations into {0} yet: fetch them in the window "
                           "(F5).").format(lang)
        if c is None and sum(1 for r in board.engines if r.units) >= 2:
            return self.tr("Closer to the published {0} text: none called, since the engines "
                           "translated different segments (their scores do not compare)."
                           ).format(lang)
        if c is None:
            return self.tr("Closer to the published {0} text: it takes two engines that "
                           "translated the same segments to tell.").format(lang)
        if c.engine is None:
            return self.tr("Closer to the published {0} text: a tie between {1} (chrF on {2} "
                           "shared units).").format(lang, ", ".join(c.tied), c.units)
        return self.test.verdict(board, c, c.engine)

    def _footnote(self, sig: Signatures | None) -> str:
        text = self.tr("Corpus scores of each engine's lines against the published human "
                       "version, as sacrebleu's corpus_score computes them (not an average of "
                       "segment scores). Bold: the best engine by that metric on the shared "
                       "units. HTER: TER of the machine translation against the approved text.")
        if sig is None:
            return text
        return text + "\n" + self.tr("sacrebleu signatures: chrF {0} · chrF++ {1} · BLEU {2} · "
                                     "TER {3}").format(sig.chrf, sig.chrf_pp, sig.bleu, sig.ter)


class HistogramTab(ChartPanel):
    """Segment chrF per engine in one language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("chrf-histogram", parent)

    def show_stats(self, stats: Stats | None, lang: str) -> None:
        title = self.tr("Segment chrF per engine, {0}").format(languages.label(lang))
        board = stats.boards.get(lang) if stats else None
        if stats is None:
            self.show_chart("draw_message", self.tr("Computing…"), title)
        else:
            closest = board.closest.marked if board and board.closest else None
            self.show_chart("draw_histograms", chrf_histograms(board) if board else {}, title,
                            closest)
        self.set_exportable(bool(board and board.engines))


class ProgressTab(ChartPanel):
    """Approvals per day and to date in one language; segments by status, approvals by effort."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("progress", parent)

    def show_stats(self, stats: Stats | None, lang: str) -> None:
        title = self.tr("Progress and effort, {0}").format(languages.label(lang))
        if stats is None:
            self.show_chart("draw_message", self.tr("Computing…"), title)
        else:
            self.show_chart("draw_progress", daily_series(stats.timeline, lang),
                            status_parts(stats.progress[lang]), effort_parts(stats.effort[lang]),
                            title)
        self.set_exportable(stats is not None)


class QaTab(QWidget):
    """QA findings by check for one language; ``target_changed`` asks for other texts' findings."""

    target_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = QComboBox()
        names = {"final": self.tr("final translations"),
                 "human": self.tr("published human versions"),
                 "mt": self.tr("machine translations")}
        for key in QA_TARGETS:
            self.target.addItem(names[key], key)
        self.target.currentIndexChanged.connect(
            lambda _i: self.target_changed.emit(self.current_target()))
        caption = QLabel(self.tr("Chec&k:"))
        caption.setBuddy(self.target)
        self.summary = _label()
        self.chart = ChartPanel("qa-findings")
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.target)
        row.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.chart, 1)

    def current_target(self) -> str:
        return str(self.target.currentData())

    def show_summary(self, summary: QaSummary | None, lang: str) -> None:
        """Draw the findings of ``lang`` (``None``: still being counted)."""
        label = languages.label(lang)
        title = self.tr("QA findings by check, {0}").format(label)
        checked = summary.checked.get(lang, 0) if summary else 0
        if summary is None:
            self.summary.clear()
            self.chart.show_chart("draw_message", self.tr("Computing…"), title)
        else:
            self.summary.setText(self.tr("{0}: {1} texts checked, {2} findings.").format(
                label, checked, summary.findings(lang)))
            self.chart.show_chart(
                "draw_findings", summary.counts.get(lang, ()), summary.titles, title, checked,
                self.tr("No {0} to check in {1}.").format(self.target.currentText(), label))
        self.chart.set_exportable(checked > 0)
