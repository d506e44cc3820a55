"""The window's quality aids: QA findings in the grid and the editor, translation-memory matches
in the editor (Ctrl+3 takes the best), glossary terms highlighted in the source.

The translation memory is loaded when the window opens (:func:`~reviewer.storage.tm_memory.
load_memory`, seconds for 100,000 units) on a worker with its own
:class:`~reviewer.storage.store.Store`, on a runner of its own (the same
:class:`~reviewer.ui.tasks.TaskRunner`, synchronous when the window's is) so that fetching and
importing, which wait for the window's runner to be idle, never wait for it. The memory is then
the GUI thread's: it is refreshed (cheaply, from the history) before a search whenever something
may have been approved or imported.

The QA checks need the article's name context (names capitalised anywhere in it): it is read
when the article opens, a few hundred sources per idle turn of the event loop (the parts' contexts
joined are the whole one), so that a 20,000-segment article paints at once rather than after half
a second; on a worker it would cost the same, as the checks are pure Python holding the GIL.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QTimer

from reviewer.core.model import Origin, SegmentView
from reviewer.core.qa import Glossary, QAConfig
from reviewer.core.qa.names import NameContext, article_names
from reviewer.core.tm import DEFAULT_LIMIT, DEFAULT_MIN_PERCENT, TmMatch, TranslationMemory
from reviewer.storage.glossary import GlossaryStore
from reviewer.storage.store import Store
from reviewer.storage.tm_memory import load_memory, refresh_memory
from reviewer.ui.glossary_highlight import GlossaryNote, highlight_terms
from reviewer.ui.qa_grid import GridMarks
from reviewer.ui.qa_marks import QaMarks, parse_enabled
from reviewer.ui.qa_panel import QaPanel, mark_spans
from reviewer.ui.tasks import TaskRunner
from reviewer.ui.tm_panel import TmPanel

NAMES_PER_TURN = 500  # sources whose names are read per idle turn (about 15 ms)


def read_memory(path: Any) -> TranslationMemory:
    """The job that loads the whole translation memory."""
    with Store(path) as store:
        return load_memory(store)


class QualityMixin:
    """QA, translation memory and glossary for :class:`~reviewer.ui.main_window.MainWindow`."""

    def setup_quality(self) -> None:
        """Build the panels, put them in the editor and start reading the memory."""
        self.quality_runner = TaskRunner(synchronous=self.runner.synchronous)  # type: ignore[attr-defined]
        self.qa_marks = QaMarks()
        self.glossary = Glossary()
        self.memory: TranslationMemory | None = None
        self._memory_stale = False
        self._names, self._names_at = NameContext(), 0
        self._names_timer = QTimer(self)  # type: ignore[arg-type]
        self._names_timer.setInterval(0)
        self._names_timer.timeout.connect(self._read_names)
        self.glossary_note = GlossaryNote()
        self.tm_panel = TmPanel()
        self.qa_panel = QaPanel()
        editor = self.editor  # type: ignore[attr-defined]
        editor.under_source.addWidget(self.glossary_note)
        editor.under_human.addWidget(self.tm_panel)
        editor.under_final.addWidget(self.qa_panel)
        self.tm_panel.take_requested.connect(
            lambda text: self.take(text, Origin.TM, None))  # type: ignore[attr-defined]
        editor.text_edited.connect(lambda: mark_spans(editor.final, None))  # offsets are stale
        self.grid_marks = GridMarks(self.qa_marks, self.model, self)  # type: ignore[attr-defined, arg-type]
        self.model.qa_marks = self.grid_marks  # type: ignore[attr-defined]
        self.runner.busy_changed.connect(self._on_runner_busy)  # type: ignore[attr-defined]
        self.tm_panel.show_loading()
        self.say(self.tr("Loading the translation memory…"), 0)  # type: ignore[attr-defined]
        path = self.store.path  # type: ignore[attr-defined]
        self.quality_runner.start("memory", lambda _report: read_memory(path),
                                  on_result=self._on_memory_loaded,
                                  on_error=self._on_quality_error)

    def _alive(self) -> bool:
        return shiboken6.isValid(self)

    def _on_quality_error(self, error: BaseException, trace: str) -> None:
        if self._alive():
            self._on_task_error(error, trace)  # type: ignore[attr-defined]

    def _on_runner_busy(self, busy: bool) -> None:
        if not busy:  # an import or a fetch ended: the memory may have more units
            self._memory_stale = True

    def _on_memory_loaded(self, memory: TranslationMemory) -> None:
        if not self._alive():
            return
        self.memory, self._memory_stale = memory, True
        self.say(self.tr("Translation memory ready: {0} units.").format(len(memory)))  # type: ignore[attr-defined]
        view = self.editor.view  # type: ignore[attr-defined]
        if view is not None:
            self._show_tm(view, self.editor.lang)  # type: ignore[attr-defined]

    # -- hooks the window calls ----------------------------------------------------------------
    def quality_article_opened(self) -> None:
        """A new article is in the grid: QA starts afresh once its names are read."""
        model = self.model  # type: ignore[attr-defined]
        self.qa_marks.set_config(QAConfig(parse_enabled(self.settings.get("qa_checks"))))  # type: ignore[attr-defined]
        self.qa_marks.set_article(model.langs, model.source_lang)
        self.grid_marks.reset()
        self._memory_stale = True
        self.glossary = GlossaryStore(self.store).glossary()  # type: ignore[attr-defined]
        self._names, self._names_at = NameContext(), 0
        self._read_names()  # a short article is ready at once

    def _read_names(self) -> None:
        """Read the next sources' names; once all are read, the checks can run."""
        model = self.model  # type: ignore[attr-defined]
        start = self._names_at
        end = self._names_at = min(start + NAMES_PER_TURN, len(model.views))
        part = article_names(v.segment.source for v in model.views[start:end])
        self._names = NameContext(self._names.names | part.names,
                                  self._names.common | part.common)
        if end < len(model.views):
            self._names_timer.start()
            return
        self._names_timer.stop()
        self.qa_marks.set_context(self._names, self.glossary)
        self.grid_marks.reset()
        if start:  # read over several turns: show what the rows and the editor lacked
            if model.rowCount():
                model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, 0))
            self.quality_show(self.editor.view)  # type: ignore[attr-defined]

    def quality_segment_changed(self, position: int) -> None:
        """A segment was written: drop its findings (and repaint neighbours they depend on)."""
        model = self.model  # type: ignore[attr-defined]
        self._memory_stale = True
        for p in self.qa_marks.forget(model.views, position):
            row = model.row_of_segment(p)
            if row is not None and row < model.rowCount():
                model.dataChanged.emit(model.index(row, 0), model.index(row, 0))

    def quality_show(self, view: SegmentView | None) -> None:
        """Fill the editor's QA list, glossary terms and memory matches for ``view``."""
        editor = self.editor  # type: ignore[attr-defined]
        if view is None:
            self.qa_panel.show_result(None)
            self.glossary_note.show_terms([], editor.lang)
            mark_spans(editor.final, None)
            self.tm_panel.show_matches([], editor.lang, DEFAULT_MIN_PERCENT)
            return
        lang = editor.lang
        marks = self.qa_marks
        marks.follow_engine(self.model.engine)  # type: ignore[attr-defined]
        result = marks.results(self.model.views, view.segment.index).get(lang)  # type: ignore[attr-defined]
        self.qa_panel.show_result(result, ready=marks.ready, enabled=bool(marks.config.enabled))
        mark_spans(editor.final, result)
        terms = self.glossary.find_terms(view.segment.source) if len(self.glossary) else []
        if terms:
            editor.source.setText(highlight_terms(view.segment.source, terms))
        self.glossary_note.show_terms(terms, lang)
        self._show_tm(view, lang)

    # -- translation memory --------------------------------------------------------------------
    def tm_matches(self, view: SegmentView, lang: str) -> list[TmMatch]:
        """The memory's best matches for ``view`` into ``lang`` (its own approval left out)."""
        if self.memory is None:
            return []
        if self._memory_stale:
            refresh_memory(self.store, self.memory)  # type: ignore[attr-defined]
            self._memory_stale = False
        return self.memory.search(view.segment.source, self.model.source_lang, lang,  # type: ignore[attr-defined]
                                  min_percent=DEFAULT_MIN_PERCENT, limit=DEFAULT_LIMIT,
                                  exclude=[("segment", view.segment.id, lang)])

    def _show_tm(self, view: SegmentView, lang: str) -> None:
        if self.memory is None:
            self.tm_panel.show_loading()
            return
        self.tm_panel.show_matches(self.tm_matches(view, lang), lang, DEFAULT_MIN_PERCENT)

    def on_take_tm_triggered(self) -> None:
        """Ctrl+3: the best translation-memory match into the final text (origin TM)."""
        editor = self.editor  # type: ignore[attr-defined]
        if editor.view is None:
            return
        if self.memory is None:
            self.say(self.tr("The translation memory is still loading; try again in a moment."))  # type: ignore[attr-defined]
            return
        matches = self.tm_matches(editor.view, editor.lang)
        if not matches:
            self.say(self.tr("No translation-memory match of {0}% or more for this segment.")  # type: ignore[attr-defined]
                     .format(DEFAULT_MIN_PERCENT))
            return
        self.take(matches[0].target, Origin.TM, None)  # type: ignore[attr-defined]
