"""The statistics view: a non-modal window with the engine leaderboard, a histogram of segment
chrF per engine, progress and effort over time, and QA findings by check, for the open article
or the whole library, one target language at a time.

Scores and QA findings are computed on a worker thread (:mod:`reviewer.ui.stats_work`) through
the window's task runner; results are kept per scope until Refresh (F5), so switching scope or
language back and forth draws at once. The leader's paired bootstrap test runs on the worker with
the scores; other resamples or another level test the kept scores again, on a worker too (the
store is not read again). Every chart exports as PNG and SVG.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reviewer.core import languages
from reviewer.core.significance import BootstrapOptions
from reviewer.storage.stats_queries import Stats, retest
from reviewer.ui.chart_panel import ChartPanel
from reviewer.ui.effort_tab import EffortTab
from reviewer.ui.lqa_tab import LqaTab
from reviewer.ui.stats_tabs import HistogramTab, LeaderboardTab, ProgressTab, QaTab
from reviewer.ui.stats_work import QaSummary, compute_qa, compute_stats
from reviewer.ui.tasks import TaskRunner

ErrorHandler = Callable[[BaseException, str], None]


class StatsView(QDialog):
    """Statistics of the open article or the library; Esc or Close hides it."""

    def __init__(self, runner: TaskRunner, on_error: ErrorHandler,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.on_error = runner, on_error
        self.db_path: Path | None = None
        self.article_id: int | None = None
        self.title = ""
        self.langs: list[str] = []
        self.stats: dict[int | None, Stats] = {}
        self.qa: dict[tuple[int | None, str], QaSummary] = {}
        self._running: set[tuple[Any, ...]] = set()
        self._generation = 0
        self._failure = ""  # the status line's "could not compute" message, if shown
        self.setWindowTitle(self.tr("Statistics — reviewer"))
        self.setModal(False)
        self.resize(1060, 760)
        self._build()
        for chart in (*self.charts(), self.lqa_tab.chart):  # the MQM one drawn with its tab
            chart.runner = runner

    def _build(self) -> None:
        self.article_button = QRadioButton(self.tr("This &article"))
        self.library_button = QRadioButton(self.tr("Whole li&brary"))
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.article_button)
        self.scope.addButton(self.library_button)
        self.article_button.setChecked(True)
        self.scope.buttonToggled.connect(self.on_scope_toggled)
        self.lang = QComboBox()
        self.lang.currentIndexChanged.connect(lambda _i: self.show_data())
        lang_caption = QLabel(self.tr("&Language:"))
        lang_caption.setBuddy(self.lang)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Compute again from the database (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence("F5"), self, self.refresh)
        self.status = QLabel()  # the outcome of what the person did: saved, could not save
        self.busy = QLabel()  # what is being computed; a result arriving clears only this
        top = QHBoxLayout()
        for w in (self.article_button, self.library_button):
            top.addWidget(w)
        top.addSpacing(24)
        top.addWidget(lang_caption)
        top.addWidget(self.lang)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        self.leaderboard = LeaderboardTab()
        self.leaderboard.test.test_changed.connect(lambda _o: self.load())
        self.histogram = HistogramTab()
        self.progress = ProgressTab()
        self.qa_tab = QaTab()
        self.qa_tab.target_changed.connect(lambda _t: self.load_qa())
        self.tabs = QTabWidget()
        self.tabs.addTab(self.leaderboard, self.tr("&Engines"))
        self.tabs.addTab(self.histogram, self.tr("chrF &histogram"))
        self.tabs.addTab(self.progress, self.tr("&Progress and effort"))
        self.tabs.addTab(self.qa_tab, self.tr("&QA findings"))
        self.effort_tab = EffortTab()
        self.tabs.addTab(self.effort_tab, self.tr("Post-e&diting"))
        self.lqa_tab = LqaTab()
        self.tabs.addTab(self.lqa_tab, self.tr("Quality (&MQM)"))
        self.tabs.currentChanged.connect(lambda _i: self.load_qa())
        self.tabs.currentChanged.connect(lambda _i: self.show_effort())
        self.tabs.currentChanged.connect(lambda _i: self.show_lqa())
        for chart in (*self.charts(), self.lqa_tab.chart):
            chart.exported.connect(lambda path: self.status.setText(
                self.tr("Saved the chart to {0}.").format(path)))
            chart.export_failed.connect(self.status.setText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        lines = QHBoxLayout()
        lines.addWidget(self.busy)
        lines.addStretch(1)
        lines.addWidget(self.status)
        layout.addLayout(lines)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter in a field (the resamples, a list) sets it: it presses no default button
        (a QDialog's Enter would press Refresh and throw away every figure computed)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def on_scope_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.load()

    def charts(self) -> list[ChartPanel]:
        """Every chart of the view (each exports as PNG and SVG)."""
        return [self.histogram, self.progress, self.qa_tab.chart]

    # -- what is shown -------------------------------------------------------------------------
    def show_for(self, db_path: Path, article_id: int | None, title: str,
                 langs: Sequence[str],
                 settle: Callable[[Callable[[], None]], None] | None = None) -> None:
        """Show the statistics of ``article_id`` (or the library), computed afresh; with
        ``settle``, once it calls back (when the writes made before are in the file)."""
        self.db_path, self.langs = None if settle else db_path, list(langs)
        self.lang.blockSignals(True)
        current = self.lang.currentData()
        self.lang.clear()
        for code in self.langs:
            self.lang.addItem(languages.label(code), code)
        self.lang.setCurrentIndex(max(self.lang.findData(current), 0))
        self.lang.blockSignals(False)
        self.set_article(article_id, title, reload=False)
        self.refresh()  # nothing is computed before ``settle`` calls back
        if settle is not None:
            settle(lambda: self._settled(db_path))
        self.show()
        self.raise_()
        self.activateWindow()

    def _settled(self, db_path: Path) -> None:
        self.db_path = db_path
        self.refresh()

    def set_article(self, article_id: int | None, title: str, *, reload: bool = True) -> None:
        """Follow the article open in the window (recomputed if the view shows it)."""
        self.article_id, self.title = article_id, title
        self.article_button.setEnabled(article_id is not None)
        self.article_button.setText(self.tr("This &article: {0}").format(title) if title
                                    else self.tr("This &article"))
        self.scope.blockSignals(True)
        if article_id is None:
            self.library_button.setChecked(True)
        self.scope.blockSignals(False)
        if reload and self.isVisible():
            self.load()

    def scope_id(self) -> int | None:
        """The article shown, or ``None`` for the whole library."""
        return self.article_id if self.article_button.isChecked() else None

    def current_lang(self) -> str:
        return str(self.lang.currentData() or (self.langs[0] if self.langs else "uk"))

    def refresh(self) -> None:
        """Forget what was computed and compute the shown scope again."""
        self._generation += 1
        self.stats.clear()
        self.qa.clear()
        self.effort_tab.forget()
        self.lqa_tab.forget()
        self.load()

    def test_options(self) -> BootstrapOptions:
        """The significance test asked for: resamples and level as set on the Engines tab."""
        return self.leaderboard.test.options()

    def load(self) -> None:
        """Show the current scope, computing it on a worker if it is not known yet (or testing
        the kept scores again when the significance test asked for has changed)."""
        key, test = self.scope_id(), self.test_options()
        known = self.stats.get(key)
        if (known is not None and known.test == test) or self.db_path is None:
            self.show_data()
            self.load_qa()
            return
        self.show_data()
        run = (self._generation, "stats", key, test)
        if run in self._running:
            return
        self._running.add(run)
        path, langs = self.db_path, list(self.langs)
        if known is not None:  # new resamples or level: the kept scores are tested again
            self.busy.setText(self.tr("Testing the differences between engines ({0} "
                                        "resamples)…").format(test.resamples))
        else:
            self.busy.setText(self.tr("Scoring every engine in the library…") if key is None
                                else self.tr("Scoring every engine in this article…"))
        self.runner.start(
            "statistics",
            lambda _report: retest(known or compute_stats(path, key, langs), test),
            on_result=lambda stats: self._on_stats(run, stats),
            on_error=lambda e, t: self._on_failed(run, e, t), owner=self)

    def load_qa(self) -> None:
        """Count the QA findings of the current scope and target when their tab is shown."""
        if self.tabs.currentWidget() is not self.qa_tab or self.db_path is None:
            return
        key = (self.scope_id(), self.qa_tab.current_target())
        if key in self.qa:
            self.show_qa()
            return
        self.show_qa()
        run = (self._generation, "qa", *key)
        if run in self._running:
            return
        self._running.add(run)
        path, langs = self.db_path, list(self.langs)
        self.busy.setText(self.tr("Running the QA checks…"))
        self.runner.start("qa counts", lambda _report: compute_qa(path, key[0], langs, key[1]),
                          on_result=lambda summary: self._on_qa(run, summary),
                          on_error=lambda e, t: self._on_failed(run, e, t), owner=self)

    def _on_stats(self, run: tuple[Any, ...], stats: Stats) -> None:
        if not self._finished(run):
            return
        self.stats[run[2]] = stats
        if run[2] == self.scope_id():
            self.load()  # draws; tests again if the test asked for changed meanwhile

    def _on_qa(self, run: tuple[Any, ...], summary: QaSummary) -> None:
        if not self._finished(run):
            return
        self.qa[(run[2], run[3])] = summary
        self.show_qa()

    def _finished(self, run: tuple[Any, ...]) -> bool:
        """``run`` ended: the busy line goes once nothing is left computing; a result of the
        current generation makes an earlier failure to compute no longer news (a saved
        chart's message stays). True if the result is of the current generation."""
        self._running.discard(run)
        if not self._running:
            self.busy.clear()
        if run[0] != self._generation:
            return False
        if self._failure and self.status.text() == self._failure:
            self.status.clear()
        return True

    def _on_failed(self, run: tuple[Any, ...], error: BaseException, trace: str) -> None:
        self._finished(run)  # a new failure message replaces the old one just below
        self._failure = self.tr("Could not compute the statistics: {0}").format(error)
        self.status.setText(self._failure)
        self.on_error(error, trace)

    # -- drawing -------------------------------------------------------------------------------
    def show_data(self) -> None:
        """Draw the leaderboard, histogram and progress of the current scope and language."""
        stats, lang = self.stats.get(self.scope_id()), self.current_lang()
        board = stats.boards.get(lang) if stats else None
        self.leaderboard.show_board(board, stats.signatures if stats else None)
        self.histogram.show_stats(stats, lang)
        self.progress.show_stats(stats, lang)
        self.show_qa()

    def show_effort(self) -> None:
        """Draw (summing on a worker first) the post-editing effort when its tab is shown."""
        if self.tabs.currentWidget() is self.effort_tab and self.db_path is not None:
            self.effort_tab.load(self.runner, self.db_path, self.scope_id(), self.langs,
                                 self.current_lang(), self.on_error)

    def show_lqa(self) -> None:
        """Draw (scoring on a worker first) the MQM scorecards when their tab is shown."""
        if self.tabs.currentWidget() is self.lqa_tab and self.db_path is not None:
            self.lqa_tab.load(self.runner, self.db_path, self.scope_id(), self.langs,
                              self.current_lang(), self.on_error)

    def show_qa(self) -> None:
        """Draw the QA findings of the current scope, target and language."""
        summary = self.qa.get((self.scope_id(), self.qa_tab.current_target()))
        self.qa_tab.show_summary(summary, self.current_lang())
        self.show_effort()
        self.show_lqa()
