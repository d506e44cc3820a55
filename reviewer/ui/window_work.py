"""The window's background work (:class:`BackgroundWork`, an object the window composes):
fetching machine translations, importing, exporting, TMX/XLIFF import, and their errors.

Each job is a plain function run by the one :class:`~reviewer.ui.tasks.TaskRunner`; jobs that
touch the database open their own connection on the worker thread (sqlite3 connections belong
to their thread) and the window re-reads what changed on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QProgressBar, QPushButton, QWidget

from reviewer.core.errors import ReviewerError
from reviewer.storage.store import Store
from reviewer.ui.review_model import ReviewModel
from reviewer.ui.settings import Settings
from reviewer.ui.tasks import TaskRunner

# The engines and the files' readers and writers are imported where they are used (the jobs on
# the worker, the dialogs), not at the window's start: ``stats_prepare.ACTION_MODULES``
# imports them on a worker once the window is idle.
if TYPE_CHECKING:
    from reviewer.engines.base import EngineSettings
    from reviewer.engines.fetch import SegmentItem
    from reviewer.engines.runner import RunState
    from reviewer.formats.exchange_import import ImportSummary
    from reviewer.formats.exchange_model import ExchangeFile
    from reviewer.formats.export import ExportOptions
    from reviewer.ui.exchange_work import ExportDone, ImportChoice

# The user's and the world's errors (a bad file, no network, a locked database, a full disk: each
# wrapped where the path is opened) go to the status bar; anything else, ValueError included, is a
# bug and opens the crash dialog with its traceback.
KNOWN_ERRORS: tuple[type[BaseException], ...] = (ReviewerError,)


class BackgroundWork(QObject):
    """The slow actions of the window, run on ``runner``; dialogs open over ``parent``.

    What they change is announced by signals: ``segment_fetched`` (a segment id whose machine
    translation was just stored), ``fetch_finished``, ``article_imported`` (the new article's
    id), ``exchange_imported`` (the article a TMX/XLIFF went into, ``None`` for the memory);
    ``message`` carries status-bar text and ``crashed`` a bug with its traceback.
    """

    message = Signal(str, int)
    crashed = Signal(object, str)
    segment_fetched = Signal(int)
    fetch_finished = Signal()
    article_imported = Signal(int)
    exchange_imported = Signal(object)

    def __init__(self, store: Store, settings: Settings, model: ReviewModel, runner: TaskRunner,
                 parent: QWidget, title_of: Callable[[int], str | None] = lambda _id: None,
                 ) -> None:
        super().__init__(parent)
        self.store, self.settings, self.model, self.runner = store, settings, model, runner
        self.title_of = title_of  # an article's title from the library's rows (no query)
        self.window = parent
        self.fetch_state: RunState[SegmentItem] | None = None  # the fetch under way or last
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setFormat("%v / %m")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.progress.hide()
        self.cancel_button.hide()
        runner.busy_changed.connect(self._on_busy_changed)

    def say(self, text: str, ms: int = 12000) -> None:
        self.message.emit(text, ms)

    # -- status bar --------------------------------------------------------------------------
    def _on_busy_changed(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def cancel(self) -> None:
        """Ask every running job to stop (what is saved stays saved)."""
        for task in list(self.runner.active):
            task.cancel()
        self.say(self.tr("Cancelling… everything fetched so far is saved."))

    def on_task_error(self, error: BaseException, trace: str) -> None:
        """The world's errors go to the status bar; anything else is a bug (``crashed``)."""
        if isinstance(error, KNOWN_ERRORS):
            self.say(str(error), 20000)
        else:
            self.crashed.emit(error, trace)

    # -- fetching machine translations -------------------------------------------------------
    def engine_settings(self) -> EngineSettings:
        from reviewer.engines.base import EngineSettings

        get = self.settings.get
        return EngineSettings(url=get("engine_url") or None, model=get("engine_model") or None,
                              timeout=float(get("timeout")), concurrency=int(get("concurrency")))

    def fetch(self, article_id: int | None, *, refresh: bool = False) -> None:
        """Fetch machine translations of ``article_id`` into the model's languages."""
        if article_id is None:
            return
        from reviewer.engines.fetch import translate_article
        from reviewer.engines.runner import RunState

        if self.runner.active:
            self.say(self.tr("Background work is running; wait for it or cancel it "
                             "first."))
            return
        name = self.settings.get("engine")
        settings = self.engine_settings()
        try:
            from reviewer.engines.registry import create_engine  # deep-translator, bs4: lazily

            engine = create_engine(name, settings)
        except ReviewerError as exc:
            self.say(self.tr("{0} (Translate > Engine settings…)").format(exc), 20000)
            return
        state = self.fetch_state = RunState()
        path = self.store.path
        targets = list(self.model.langs)
        self.model.engine = engine.name

        def job(report: Any) -> RunState:
            with Store(path) as store:
                state.on_result = lambda done: report(done.item.key)
                return translate_article(store, article_id, engine, targets,
                                         settings=settings, state=state, refresh=refresh)

        self.progress.setRange(0, 0)
        self.say(self.tr("Fetching machine translations from {0}…").format(engine.name), 0)
        self.runner.start("fetch", job, on_result=self._on_fetch_finished,
                          on_error=self.on_task_error, on_progress=self._on_fetch_progress,
                          cancel=state.cancel)

    def _on_fetch_progress(self, item: SegmentItem) -> None:
        state = self.fetch_state
        assert state is not None
        self.progress.setRange(0, max(state.total, 1))
        self.progress.setValue(state.done)
        self.segment_fetched.emit(item.segment_id)

    def _on_fetch_finished(self, state: RunState) -> None:
        parts = [self.tr("{0} fetched").format(state.done - state.failed)]
        if state.cached:
            parts.append(self.tr("{0} from the cache").format(state.cached))
        if state.failed:
            parts.append(self.tr("{0} failed (see the ⚠ cells)").format(state.failed))
        if state.cancel_event.is_set():
            parts.append(self.tr("cancelled"))
        self.say(self.tr("Machine translation: {0}.").format(", ".join(parts)), 30000)
        self.fetch_finished.emit()

    # -- import and export -------------------------------------------------------------------
    def import_article(self) -> None:
        """Ask for an article (file, URL, text) and import it on a worker."""
        from reviewer.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.window)
        if not dialog.exec():
            return
        prepared = dialog.prepared()
        path = self.store.path

        def job(_report: Any) -> int:
            from reviewer import library  # the readers: on the worker

            with Store(path) as store:
                return library.save_prepared(store, prepared).id

        self.say(self.tr("Importing “{0}”…").format(prepared.title), 0)
        self.runner.start("import", job, on_result=self._on_import_finished,
                          on_error=self.on_task_error)

    def _on_import_finished(self, article_id: int) -> None:
        self.article_imported.emit(article_id)
        self.say(self.tr("Imported."))

    def export(self, article_id: int | None, langs: list[str]) -> None:
        """Ask where and how, then export ``article_id`` (or the library) on a worker."""
        from reviewer.ui.export_dialog import ExportDialog, default_folder

        title = self.title_of(article_id) if article_id is not None else None
        folder = Path(self.settings.get("export_folder") or default_folder())
        dialog = ExportDialog(self.window, title, langs,
                              folder=folder if folder.is_dir() else None,
                              fmt=self.settings.get("export_format"))
        if not dialog.exec():
            return
        self.settings.set("export_format", dialog.fmt())
        self.settings.set("export_folder", str(dialog.path().parent))
        options, target, make_folder = dialog.options(), dialog.path(), dialog.wants_folder()
        ids = None if dialog.all_articles() or article_id is None else [article_id]
        path = self.store.path

        def job(_report: Any) -> ExportDone:
            from reviewer.ui.exchange_work import run_export

            return run_export(path, ids, target, options, make_folder=make_folder)

        self.progress.setRange(0, 0)
        self.say(self.tr("Exporting to {0}…").format(target), 0)
        self.runner.start("export", job, on_error=self.on_task_error,
                          on_result=lambda result: self._on_export_finished(result, options))

    def _on_export_finished(self, done: ExportDone, options: ExportOptions) -> None:
        from reviewer.ui.exchange_work import export_message

        self.say(export_message(done, options), 30000)

    def choose_exchange_file(self) -> str | None:
        """Ask for a TMX or XLIFF file to import (``None`` if the user cancels)."""
        from reviewer.ui.exchange_work import EXCHANGE_PATTERNS
        from reviewer.ui.export_dialog import default_folder

        chosen, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import translation memory or XLIFF"),
            str(default_folder()),
            self.tr("TMX and XLIFF ({0});;All files (*)").format(EXCHANGE_PATTERNS))
        return chosen or None

    def import_exchange(self, article_id: int | None) -> None:
        """Ask for a TMX or XLIFF file, read it on a worker, then ask where it goes."""
        chosen = self.choose_exchange_file()
        if not chosen:
            return
        self.progress.setRange(0, 0)
        self.say(self.tr("Reading {0}…").format(Path(chosen).name), 0)
        self.runner.start("read exchange", lambda _report: _read_exchange(chosen),
                          on_result=lambda data: self._on_exchange_read(data, article_id),
                          on_error=self.on_task_error)

    def _on_exchange_read(self, data: ExchangeFile, article_id: int | None) -> None:
        """The file is read: ask where it goes, then write it on a worker with its own Store."""
        from reviewer.ui.exchange_import_dialog import ExchangeImportDialog

        self.say("", 0)
        if not data.units:
            self.say(self.tr("{0}: no translation units in the file; nothing was imported.")
                     .format(Path(data.path).name), 20000)
            return
        title = self.title_of(article_id) if article_id is not None else None
        dialog = ExchangeImportDialog(self.window, data, article_id, title)
        if not dialog.exec():
            return
        choice, path = dialog.choice(), self.store.path

        def job(_report: Any) -> ImportSummary:
            from reviewer.ui.exchange_work import run_import

            return run_import(path, data, choice)

        self.progress.setRange(0, 0)
        self.say(self.tr("Importing {0}…").format(Path(data.path).name), 0)
        self.runner.start("import exchange", job, on_error=self.on_task_error,
                          on_result=lambda summary: self._on_import_tm_finished(summary, choice))

    def _on_import_tm_finished(self, summary: ImportSummary, choice: ImportChoice) -> None:
        from reviewer.ui.exchange_work import import_message

        self.exchange_imported.emit(summary.article_id)
        self.say(import_message(summary, choice), 30000)


def _read_exchange(path: str) -> ExchangeFile:
    """Read a TMX or XLIFF file (on the worker, which imports its reader)."""
    from reviewer.formats.tm_import import read_exchange

    return read_exchange(path)
