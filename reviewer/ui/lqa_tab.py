"""The statistics view's "Quality (MQM)" tab: the MQM scorecard of the article (or the library)
in one language, one row per evaluated text (the final translation, the human version, each
engine's machine translation) with its errors by severity, penalty, score and pass or fail, and
the errors of the chosen row by category and severity, as tables and as a chart (the chosen
row's errors stacked by severity, the scores per evaluated text, article or reviewer against the
pass threshold).

:func:`compute_lqa` (no Qt) reads the texts and annotations and scores them as ``reviewer lqa``
does; :meth:`LqaTab.load` runs it on a worker thread through the view's task runner and keeps
the scorecards per scope until :meth:`LqaTab.forget` (the view's Refresh). The chart's figures
come from :mod:`reviewer.core.mqm_chart_data`, its drawing from :mod:`reviewer.ui.mqm_charts`
on a worker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
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
from reviewer.core.lqa import Scorecard
from reviewer.core.mqm import TYPOLOGY, ScoringModel, Severity
from reviewer.core.mqm_chart_data import PERIODS, category_bars, score_chart
from reviewer.ui.annotation_picker import SEVERITY_TEXTS, category_label
from reviewer.ui.chart_panel import ChartPanel
from reviewer.ui.lqa_figures import LqaFigures, compute_lqa
from reviewer.ui.scope_cache import ScopeCache
from reviewer.ui.tasks import TaskRunner


def _cell(value: object) -> QStandardItem:
    if value is None:
        text = "—"
    elif isinstance(value, float):
        text = f"{value:.1f}"
    else:
        text = str(value)
    item = QStandardItem(text)
    item.setEditable(False)
    if isinstance(value, int | float) or value is None:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _severity(level: Severity) -> str:
    return QCoreApplication.translate("AnnotationPicker", SEVERITY_TEXTS[level])


class LqaTab(QWidget):
    """The MQM scorecards of one scope in one language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cache: ScopeCache[LqaFigures] = ScopeCache("lqa", compute_lqa)
        self.cards = self.cache.results  # by scope: what the tests and the tab read
        self.shown: list[Scorecard] = []
        self.figures: LqaFigures | None = None
        self.lang = ""
        self.chart = ChartPanel("mqm-scorecard")
        self.chart.setMinimumHeight(280)
        self.grouping = QComboBox()
        for key, text in (("target", self.tr("evaluated text")),
                          ("article", self.tr("article (final translations)")),
                          ("reviewer", self.tr("reviewer (final translations)")),
                          ("day", self.tr("day (final translations)")),
                          ("week", self.tr("week (final translations)")),
                          ("month", self.tr("month (final translations)"))):
            self.grouping.addItem(text, key)
        self.grouping.currentIndexChanged.connect(lambda _i: self._draw_chart())
        self.grouping.setToolTip(self.tr("The right-hand chart compares the scores of the "
                                         "evaluated texts (engines), or of the articles, the "
                                         "reviewers or the days, weeks or months when they "
                                         "were last written (final translations), the dashed "
                                         "line the pass threshold"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.scores, self.categories = QStandardItemModel(self), QStandardItemModel(self)
        self.score_table, self.category_table = QTableView(), QTableView()
        self.score_table.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        scores_caption = QLabel(self.tr("&Scores by evaluated text:"))
        self.categories_caption = QLabel(self.tr("Errors by &category:"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        for caption, table, model in (
                (scores_caption, self.score_table, self.scores),
                (self.categories_caption, self.category_table, self.categories)):
            table.setModel(model)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            caption.setBuddy(table)
            layout.addWidget(caption)
            layout.addWidget(table, 1)
        grouping_caption = QLabel(self.tr("Chart &the scores per:"))
        grouping_caption.setBuddy(self.grouping)
        row = QHBoxLayout()
        row.addWidget(grouping_caption)
        row.addWidget(self.grouping)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.chart, 2)
        self.score_table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_categories(current.row()))
        self.note = QLabel(self.tr(
            "MQM 2.0 scoring: penalty = errors × severity multiplier (neutral 0, minor 1, major "
            "5, critical 25); score = 100 − penalty per 1,000 source words; it passes at "
            "{0:g} or more. Errors whose words are no longer in the text are not counted. Mark "
            "errors in the window with Ctrl+Shift+E.").format(ScoringModel().threshold))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)

    def _target_label(self, target: str) -> str:
        if target == "final":
            return self.tr("Final translation")
        if target == "human":
            return self.tr("Human version")
        return self.tr("Machine translation: {0}").format(target[3:])

    def show_cards(self, figures: LqaFigures | None, lang: str) -> None:
        """Draw the scorecards of ``lang`` (``None``: still being computed)."""
        cards = figures.cards if figures is not None else None
        mine = [c for c in cards or [] if c.group.get("lang") == lang]
        self.shown, self.figures, self.lang = mine, figures, lang
        self.scores.clear()
        self.scores.setHorizontalHeaderLabels([
            self.tr("Text"), self.tr("Segments"), self.tr("Words"), self.tr("Errors"),
            *(_severity(s) for s in Severity), self.tr("Penalty"), self.tr("Score"),
            self.tr("Result")])
        for c in mine:
            passed = c.score.passed
            result = "—" if passed is None else self.tr("pass") if passed else self.tr("fail")
            severities = c.by_severity()
            self.scores.appendRow([
                _cell(self._target_label(c.group["target"])), _cell(c.segments),
                _cell(c.score.words), _cell(c.errors), *(_cell(severities[s]) for s in Severity),
                _cell(float(c.score.penalty)), _cell(c.score.score), _cell(result)])
        label = languages.label(lang)
        if cards is None:
            self.summary.setText(self.tr("Computing…"))
        elif not mine:
            self.summary.setText(self.tr("{0}: no texts to score yet.").format(label))
        else:
            marked = sum(c.errors for c in mine)
            self.summary.setText(self.tr("{0}: errors marked: {1}; pass threshold {2:g}.")
                                 .format(label, marked, mine[0].score.threshold))
        if mine:
            self.score_table.selectRow(0)
        self._show_categories(0 if mine else -1)
        if figures is None:
            self.chart.show_chart("draw_message", self.tr("Computing…"), "")
            self.chart.set_exportable(False)

    def _show_categories(self, row: int) -> None:
        self.categories.clear()
        self.categories.setHorizontalHeaderLabels([
            self.tr("Category"), *(_severity(s) for s in Severity), self.tr("Total")])
        self._draw_chart()
        if not 0 <= row < len(self.shown):
            return
        card = self.shown[row]
        self.categories_caption.setText(self.tr("Errors by &category: {0}").format(
            self._target_label(card.group["target"])))
        for category, per in card.counts.items():
            self.categories.appendRow([_cell(category_label(category)),
                                       *(_cell(per.get(s, 0)) for s in Severity),
                                       _cell(sum(per.values()))])

    def _draw_chart(self) -> None:
        """The chosen row's errors by category and the scores per the grouping chosen."""
        figures = self.figures
        if figures is None:
            return
        by = str(self.grouping.currentData())
        chart = score_chart(figures.grouped(by), self.lang, by)
        row = self.score_table.currentIndex().row()
        card = self.shown[row] if 0 <= row < len(self.shown) else None
        keys = {"target": {b.key: self._target_label(b.key) for b in chart.bars},
                "article": figures.titles}.get(by, {})
        if by in PERIODS:
            keys = {"unknown": self.tr("no date")}
        names = {c: category_label(c) for c in TYPOLOGY}
        what = self._target_label(card.group["target"]) if card is not None else ""
        titles = (self.tr("Errors by category: {0}").format(what),
                  self.tr("MQM scores"))
        self.chart.show_chart("mqm_charts:draw_scorecard", category_bars(card), names,
                              [_severity(s) for s in Severity], chart, keys, titles,
                              self.tr("No texts to score yet."))
        self.chart.set_exportable(bool(chart.bars))

    # -- computing off the GUI thread --------------------------------------------------------
    def forget(self) -> None:
        """Drop what was computed (Refresh): the next :meth:`load` reads the store again."""
        self.cache.forget()

    def load(self, runner: TaskRunner, db_path: Path, scope: int | None, langs: Sequence[str],
             lang: str, on_error: Callable[[BaseException, str], None]) -> None:
        """Draw ``scope`` in ``lang``, computing it on a worker first if it is not known yet."""
        self.cache.load(runner, db_path, scope, langs, lambda found: self.show_cards(found, lang),
                        on_error)
