"""The window's quality aids (:class:`QualityAids`, an object the window composes): QA findings
in the grid and the editor, translation-memory matches in the editor (Ctrl+3 takes the best),
glossary terms highlighted in the source.

The translation memory is the store's persistent index (:class:`~reviewer.storage.tm_indexed.
IndexedMemory`): nothing is built at start; the pairs' compared texts are read on a worker
(:func:`~reviewer.storage.tm_memory.load_memory`, on a runner of its own, synchronous when the
window's is, so that fetching and importing never wait for it). Every lookup and its refresh run
on the store writer's thread (:class:`~reviewer.ui.store_writer.StoreWriter`), and the matches
are shown when they arrive: the GUI thread reads nothing from the store and waits for nothing
(the glossary too is read on the writer's thread).

The QA checks need the article's name context (names capitalised anywhere in it): an article
read by the window comes with it, collected on the store writer's thread as its views were read
(:class:`~reviewer.ui.review_model.Prepared`); otherwise it is read when the article opens, a few
hundred sources per idle turn of the event loop (the parts' contexts joined are the whole one).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from reviewer.core.model import SegmentView
from reviewer.core.qa import Glossary, QAConfig
from reviewer.core.qa.names import NameContext, article_names
from reviewer.core.tm import DEFAULT_LIMIT, DEFAULT_MIN_PERCENT, TmMatch
from reviewer.storage.glossary import GlossaryStore
from reviewer.storage.store import Store
from reviewer.ui.editor_panel import EditorPanel
from reviewer.ui.glossary_highlight import GlossaryNote, highlight_terms
from reviewer.ui.qa_grid import GridMarks
from reviewer.ui.qa_marks import QaMarks, parse_enabled
from reviewer.ui.qa_panel import QaPanel, mark_spans
from reviewer.ui.review_model import ReviewModel
from reviewer.ui.settings import Settings
from reviewer.ui.spell_menu import SpellMenus
from reviewer.ui.spell_work import EditorSpelling
from reviewer.ui.store_writer import StoreWriter
from reviewer.ui.tasks import TaskRunner
from reviewer.ui.tm_panel import TmPanel

if TYPE_CHECKING:  # the memory's modules (rapidfuzz) are imported by the worker that loads it
    from reviewer.storage.tm_indexed import IndexedMemory

NAMES_PER_TURN = 500  # sources whose names are read per idle turn (about 15 ms)


def read_memory(path: Any) -> IndexedMemory:
    """The job that loads the whole translation memory."""
    from reviewer.storage.tm_memory import load_memory

    with Store(path) as store:
        return load_memory(store)


class QualityAids(QObject):
    """QA, translation memory and glossary for the segments of ``model`` shown in ``editor``.

    Builds its panels into the editor; reports through ``message`` (status-bar text and how
    long to show it), ``take_requested`` (a memory match for the final text) and ``failed``
    (an error of its background work).
    """

    message = Signal(str, int)
    take_requested = Signal(str)
    failed = Signal(object, str)

    def __init__(self, writer: StoreWriter, settings: Settings, model: ReviewModel,
                 editor: EditorPanel, *, synchronous: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer, self.settings, self.model, self.editor = writer, settings, model, editor
        self.runner = TaskRunner(synchronous=synchronous)
        self.qa_marks = QaMarks()
        self.glossary = Glossary()
        self.memory: IndexedMemory | None = None
        self.memory_stale = False
        self._names, self._names_at = NameContext(), 0
        self.names_timer = QTimer(self)
        self.names_timer.setInterval(0)
        self.names_timer.timeout.connect(self._read_names)
        self.glossary_note = GlossaryNote()
        self.tm_panel = TmPanel()
        self.qa_panel = QaPanel()
        editor.under_source.addWidget(self.glossary_note)
        editor.under_human.addWidget(self.tm_panel)
        editor.under_final.addWidget(self.qa_panel)
        self.tm_panel.take_requested.connect(self.take_requested)
        editor.text_edited.connect(lambda: mark_spans(editor.final, None))  # offsets are stale
        self.grid_marks = GridMarks(self.qa_marks, model, self.runner, self)
        self.grid_marks.failed.connect(self._on_error)
        model.qa_marks = self.grid_marks
        self.spelling = EditorSpelling(writer, settings, editor, self.runner, self)
        self.spell_menus = SpellMenus(self.spelling, editor, self)
        self.spelling.message.connect(self.message)
        self.spelling.failed.connect(self.failed)
        self.spelling.aids_changed.connect(self._on_spelling_changed)

    def load_memory(self) -> None:
        """Start reading the translation memory on a worker (``message`` says when it is)."""
        self.tm_panel.show_loading()
        self.message.emit(self.tr("Loading the translation memory…"), 0)
        path = self.writer.path
        self.runner.start("memory", lambda _report: read_memory(path),
                          on_result=self._on_memory_loaded, on_error=self._on_error)

    def _alive(self) -> bool:
        return shiboken6.isValid(self)

    def _on_error(self, error: BaseException, trace: str) -> None:
        if self._alive():
            self.failed.emit(error, trace)

    def on_work_busy_changed(self, busy: bool) -> None:
        """Background work started or ended: after an import or a fetch the memory may have
        more units."""
        if not busy:
            self.memory_stale = True

    def _on_memory_loaded(self, memory: IndexedMemory) -> None:
        if not self._alive() or self.writer.closed:
            return
        self.memory, self.memory_stale = memory, True
        self.message.emit(self.tr("Translation memory ready: {0} units.").format(len(memory)),
                          12000)
        view = self.editor.view
        if view is not None:
            self._show_tm(view, self.editor.lang)

    # -- what the window tells it --------------------------------------------------------------
    def article_opened(self, names: NameContext | None = None) -> None:
        """A new article is in the grid: QA starts afresh once its names are read (``names``:
        collected beforehand from all its sources, so none are read here)."""
        model = self.model
        self.qa_marks.set_config(QAConfig(parse_enabled(self.settings.get("qa_checks"))))
        self.qa_marks.set_article(model.langs, model.source_lang)
        self.grid_marks.reset()
        self.memory_stale = True
        self.spelling.article_opened(model.langs)
        self._names, self._names_at = names or NameContext(), 0
        self.names_timer.stop()
        views = model.views

        def arrived(glossary: Glossary) -> None:  # the checks start once the glossary is read
            if self._alive() and model.views is views:
                self.glossary = glossary
                if names is not None:
                    self._names_read()
                else:
                    self._read_names()  # a short article is ready at once

        self.writer.post(lambda store: GlossaryStore(store).glossary(), arrived)

    def reload_glossary(self) -> None:
        """The glossary changed in the window: read it again (on the writer's thread); the
        highlight and the QA checks use it once it arrives."""
        def arrived(glossary: Glossary) -> None:
            if not self._alive():
                return
            self.glossary = glossary
            if self.qa_marks.ready and not self.names_timer.isActive():  # else the names
                self.qa_marks.set_context(self._names, self.glossary)  # being read bring it
                self.grid_marks.reset()
                self.show(self.editor.view)

        self.writer.post(lambda store: GlossaryStore(store).glossary(), arrived)

    def _read_names(self) -> None:
        """Read the next sources' names; once all are read, the checks can run."""
        model = self.model
        start = self._names_at
        end = self._names_at = min(start + NAMES_PER_TURN, len(model.views))
        part = article_names(v.segment.source for v in model.views[start:end])
        self._names = NameContext(self._names.names | part.names,
                                  self._names.common | part.common)
        if end < len(model.views):
            self.names_timer.start()
            return
        self._names_read()

    def _names_read(self) -> None:
        """Every source's names are known: the checks can run."""
        model = self.model
        self.names_timer.stop()
        self.qa_marks.set_context(self._names, self.glossary)
        self.grid_marks.reset()
        self.spelling.set_context(self._names, self.glossary)
        # the glossary and the names arrive after the rows and the editor were shown: show
        # what they lacked
        if model.rowCount():
            model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, 0))
        self.show(self.editor.view)

    def _on_spelling_changed(self) -> None:
        """Dictionaries loaded, or words added or ignored: the QA findings are checked again."""
        self.qa_marks.set_spelling(self.spelling.aids())
        self.grid_marks.reset()
        model = self.model
        if self.qa_marks.ready and model.rowCount():
            model.dataChanged.emit(model.index(0, 0), model.index(model.rowCount() - 1, 0))
            self.show(self.editor.view)

    def segment_changed(self, position: int) -> None:
        """A segment was written: drop its findings (and repaint neighbours they depend on)."""
        model = self.model
        self.memory_stale = True
        for p in self.qa_marks.forget(model.views, position):
            row = model.row_of_segment(p)
            if row is not None and row < model.rowCount():
                model.dataChanged.emit(model.index(row, 0), model.index(row, 0))

    def show(self, view: SegmentView | None) -> None:
        """Fill the editor's QA list, glossary terms and memory matches for ``view``."""
        editor = self.editor
        if view is None:
            self.qa_panel.show_result(None)
            self.glossary_note.show_terms([], editor.lang)
            mark_spans(editor.final, None)
            self.tm_panel.show_matches([], editor.lang, DEFAULT_MIN_PERCENT)
            return
        lang = editor.lang
        marks = self.qa_marks
        marks.follow_engine(self.model.engine)
        result = marks.results(self.model.views, view.segment.index).get(lang)
        self.qa_panel.show_result(result, ready=marks.ready, enabled=bool(marks.config.enabled))
        mark_spans(editor.final, result)
        terms = self.glossary.find_terms(view.segment.source) if len(self.glossary) else []
        if terms:
            editor.source.setText(highlight_terms(view.segment.source, terms))
        self.glossary_note.show_terms(terms, lang)
        self._show_tm(view, lang)

    # -- translation memory --------------------------------------------------------------------
    def _tm_job(self, view: SegmentView, lang: str) -> Callable[[Store], list[TmMatch]]:
        """The lookup of ``view``'s matches into ``lang``, to run on the writer's thread: the
        memory reads the store's index through a connection of that thread, never the GUI's."""
        memory, stale, source_lang = self.memory, self.memory_stale, self.model.source_lang
        self.memory_stale = False
        assert memory is not None

        def job(store: Store) -> list[TmMatch]:
            if stale:
                from reviewer.storage.tm_memory import refresh_memory

                refresh_memory(store, memory)
            return memory.search(view.segment.source, source_lang, lang,
                                 min_percent=DEFAULT_MIN_PERCENT, limit=DEFAULT_LIMIT,
                                 exclude=[("segment", view.segment.id, lang)])
        return job

    def _show_tm(self, view: SegmentView, lang: str) -> None:
        if self.memory is None:
            self.tm_panel.show_loading()
            return
        if self.writer.closed:
            return
        def shown(matches: list[TmMatch]) -> None:  # still the segment the editor shows?
            editor = self.editor
            if editor.view is not None and editor.view.segment.id == view.segment.id \
                    and editor.lang == lang:
                self.tm_panel.show_matches(matches, lang, DEFAULT_MIN_PERCENT)

        self.writer.post(self._tm_job(view, lang), shown)

    def take_best_match(self) -> None:
        """Ctrl+3: the best translation-memory match into the final text (origin TM)."""
        editor = self.editor
        if editor.view is None:
            return
        if self.memory is None:
            self.message.emit(
                self.tr("The translation memory is still loading; try again in a moment."), 12000)
            return
        view, lang = editor.view, editor.lang

        def take(matches: list[TmMatch]) -> None:
            shown = self.editor.view
            if shown is None or shown.segment.id != view.segment.id or self.editor.lang != lang:
                return  # the translator moved on meanwhile
            if not matches:
                self.message.emit(
                    self.tr("No translation-memory match of {0}% or more for this segment.")
                    .format(DEFAULT_MIN_PERCENT), 12000)
                return
            self.take_requested.emit(matches[0].target)

        self.writer.post(self._tm_job(view, lang), take)
