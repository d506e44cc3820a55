"""The statistics view's "Quality (MQM)" tab: the MQM scorecard of the article (or the library)
in one language, one row per evaluated text (the final translation, the human version, each
engine's machine translation) with its errors by severity, penalty, score and pass or fail, and
the errors of the chosen row by category and severity.

:func:`compute_lqa` (no Qt) reads the texts and annotations and scores them as ``reviewer lqa``
does; :meth:`LqaTab.load` runs it on a worker thread through the view's task runner and keeps
the scorecards per scope until :meth:`LqaTab.forget` (the view's Refresh). A table, no chart.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.core import languages
from reviewer.core.lqa import Scorecard, scorecards
from reviewer.core.mqm import ScoringModel, Severity
from reviewer.storage.lqa_queries import article_annotations, article_units
from reviewer.storage.store import Store
from reviewer.ui.annotation_picker import SEVERITY_TEXTS, category_label
from reviewer.ui.scope_cache import ScopeCache
from reviewer.ui.tasks import TaskRunner

TARGETS = ("final", "human", "mt")


def compute_lqa(db_path: Path | str, article_id: int | None, langs: Sequence[str],
                model: ScoringModel | None = None) -> list[Scorecard]:
    """The scorecards of one article (``None``: the whole library) in ``langs``: one per
    language and evaluated text (final, human, each engine's)."""
    with Store(db_path) as store:
        ids = [article_id] if article_id is not None else [r.article.id
                                                           for r in store.articles()]
        units = [u for aid in ids for u in article_units(store, aid, list(langs), TARGETS)]
        annotations = article_annotations(store, ids)
    return scorecards(units, annotations, by="article" if article_id is not None else "target",
                      model=model)


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
        self.cache: ScopeCache[list[Scorecard]] = ScopeCache("lqa", compute_lqa)
        self.cards = self.cache.results  # by scope: what the tests and the tab read
        self.shown: list[Scorecard] = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.scores, self.categories = QStandardItemModel(self), QStandardItemModel(self)
        self.score_table, self.category_table = QTableView(), QTableView()
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

    def show_cards(self, cards: list[Scorecard] | None, lang: str) -> None:
        """Draw the scorecards of ``lang`` (``None``: still being computed)."""
        mine = [c for c in cards or [] if c.group.get("lang") == lang]
        self.shown = mine
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

    def _show_categories(self, row: int) -> None:
        self.categories.clear()
        self.categories.setHorizontalHeaderLabels([
            self.tr("Category"), *(_severity(s) for s in Severity), self.tr("Total")])
        if not 0 <= row < len(self.shown):
            return
        card = self.shown[row]
        self.categories_caption.setText(self.tr("Errors by &category: {0}").format(
            self._target_label(card.group["target"])))
        for category, per in card.counts.items():
            self.categories.appendRow([_cell(category_label(category)),
                                       *(_cell(per.get(s, 0)) for s in Severity),
                                       _cell(sum(per.values()))])

    # -- computing off the GUI thread --------------------------------------------------------
    def forget(self) -> None:
        """Drop what was computed (Refresh): the next :meth:`load` reads the store again."""
        self.cache.forget()

    def load(self, runner: TaskRunner, db_path: Path, scope: int | None, langs: Sequence[str],
             lang: str, on_error: Callable[[BaseException, str], None]) -> None:
        """Draw ``scope`` in ``lang``, computing it on a worker first if it is not known yet."""
        self.cache.load(runner, db_path, scope, langs, lambda found: self.show_cards(found, lang),
                        on_error)
