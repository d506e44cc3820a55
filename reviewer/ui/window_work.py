"""The window's background work: fetching machine translations, importing, exporting,
TMX/XLIFF import; errors.

Each job is a plain function run by the one :class:`~reviewer.ui.tasks.TaskRunner`; jobs that
touch the database open their own connection on the worker thread (sqlite3 connections belong
to their thread) and the window re-reads what changed on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QMessageBox

from reviewer import library
from reviewer.core.errors import ReviewerError
from reviewer.engines.base import EngineSettings
from reviewer.engines.fetch import SegmentItem, translate_article
from reviewer.engines.registry import create_engine
from reviewer.engines.runner import RunState
from reviewer.formats.exchange_import import ImportSummary
from reviewer.formats.exchange_model import ExchangeFile
from reviewer.formats.export import ExportOptions
from reviewer.formats.tm_import import read_exchange
from reviewer.storage.store import Store
from reviewer.ui.exchange_work import (
    EXCHANGE_PATTERNS,
    ExportDone,
    ImportChoice,
    export_message,
    import_message,
    run_export,
    run_import,
)
from reviewer.ui.export_dialog import ExportDialog, default_folder

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressBar, QPushButton

    from reviewer.ui.library_panel import LibraryPanel
    from reviewer.ui.review_model import ReviewModel
    from reviewer.ui.settings import Settings
    from reviewer.ui.tasks import TaskRunner

# The user's and the world's errors (a bad file, no network, a locked database, a full disk: each
# wrapped where the path is opened) go to the status bar; anything else, ValueError included, is a
# bug and opens the crash dialog with its traceback.
KNOWN_ERRORS: tuple[type[BaseException], ...] = (ReviewerError,)


class WorkMixin:
    """Background actions of :class:`~reviewer.ui.main_window.MainWindow`."""

    # Provided by MainWindow, the class this mixin is part of (annotations only, for type checkers).
    store: Store
    article_id: int | None
    runner: TaskRunner
    settings: Settings
    model: ReviewModel
    library: LibraryPanel
    progress: QProgressBar
    cancel_button: QPushButton
    stats_view: Any
    say: Callable[..., None]
    open_article: Callable[[int], None]
    reload_library: Callable[..., None]
    segment_changed: Callable[..., None]
    target_langs: Callable[[], list[str]]
    _show_current: Callable[[], None]
    offer_realign: Callable[[], None]

    # -- status bar --------------------------------------------------------------------------
    def _on_busy_changed(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def on_cancel_triggered(self) -> None:
        for task in list(self.runner.active):
            task.cancel()
        self.say(self.tr("Cancelling… everything fetched so far is saved."))

    def _on_task_error(self, error: BaseException, trace: str) -> None:
        if isinstance(error, KNOWN_ERRORS):
            self.say(str(error), 20000)
        else:
            self.show_crash(error, trace)

    def show_crash(self, error: object, trace: str) -> None:
        """The one crash dialog: a bug, with its traceback to copy into a report."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("reviewer: something went wrong"))
        box.setText(self.tr("reviewer hit a bug. Everything you approved is saved.\n"
                            "Please report it with the details below."))
        box.setInformativeText(f"{type(error).__name__}: {error}")
        box.setDetailedText(trace)
        box.exec()

    # -- the library follows the review ---------------------------------------------------------
    def on_model_statuses_changed(self, _segment_id: int) -> None:
        """A segment of the open article changed status: its library row shows the new counts."""
        if self.article_id is not None:
            self.library.approvals_changed(self.store, self.article_id)

    # -- fetching machine translations -------------------------------------------------------
    def engine_settings(self) -> EngineSettings:
        get = self.settings.get
        return EngineSettings(url=get("engine_url") or None, model=get("engine_model") or None,
                              timeout=float(get("timeout")), concurrency=int(get("concurrency")))

    def on_fetch_triggered(self, refresh: bool = False) -> None:
        if self.article_id is None:
            return
        if self.runner.active:
            self.say(self.tr("Background work is running; wait for it or cancel it "
                             "first."))
            return
        name = self.settings.get("engine")
        settings = self.engine_settings()
        try:
            engine = create_engine(name, settings)
        except ReviewerError as exc:
            self.say(self.tr("{0} (Translate > Engine settings…)").format(exc), 20000)
            return
        state = RunState()
        path, article_id = self.store.path, self.article_id
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
                          on_error=self._on_task_error, on_progress=self._on_fetch_progress,
                          cancel=state.cancel)
        self._fetch_state = state

    def on_refetch_triggered(self) -> None:
        self.on_fetch_triggered(refresh=True)

    def _on_fetch_progress(self, item: SegmentItem) -> None:
        state = self._fetch_state
        self.progress.setRange(0, max(state.total, 1))
        self.progress.setValue(state.done)
        self.segment_changed(item.segment_id)

    def _on_fetch_finished(self, state: RunState) -> None:
        parts = [self.tr("{0} fetched").format(state.done - state.failed)]
        if state.cached:
            parts.append(self.tr("{0} from the cache").format(state.cached))
        if state.failed:
            parts.append(self.tr("{0} failed (see the ⚠ cells)").format(state.failed))
        if state.cancel_event.is_set():
            parts.append(self.tr("cancelled"))
        self.say(self.tr("Machine translation: {0}.").format(", ".join(parts)), 30000)
        self._show_current()
        self.offer_realign()

    # -- import and export -------------------------------------------------------------------
    def on_import_triggered(self) -> None:
        from reviewer.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self)
        if not dialog.exec():
            return
        prepared = dialog.prepared()
        path = self.store.path

        def job(_report: Any) -> int:
            with Store(path) as store:
                return library.save_prepared(store, prepared).id

        self.say(self.tr("Importing “{0}”…").format(prepared.title), 0)
        self.runner.start("import", job, on_result=self._on_import_finished,
                          on_error=self._on_task_error)

    def _on_import_finished(self, article_id: int) -> None:
        self.reload_library(article_id)
        self.open_article(article_id)
        self.say(self.tr("Imported."))

    def on_export_triggered(self) -> None:
        title = self.store.article(self.article_id).title if self.article_id is not None else None
        folder = Path(self.settings.get("export_folder") or default_folder())
        dialog = ExportDialog(self, title, self.target_langs(),
                              folder=folder if folder.is_dir() else None,
                              fmt=self.settings.get("export_format"))
        if not dialog.exec():
            return
        self.settings.set("export_format", dialog.fmt())
        self.settings.set("export_folder", str(dialog.path().parent))
        options, target, make_folder = dialog.options(), dialog.path(), dialog.wants_folder()
        ids = None if dialog.all_articles() else [self.article_id]
        path = self.store.path

        def job(_report: Any) -> ExportDone:
            return run_export(path, ids, target, options, make_folder=make_folder)

        self.progress.setRange(0, 0)
        self.say(self.tr("Exporting to {0}…").format(target), 0)
        self.runner.start("export", job, on_error=self._on_task_error,
                          on_result=lambda result: self._on_export_finished(result, options))

    def _on_export_finished(self, done: ExportDone, options: ExportOptions) -> None:
        self.say(export_message(done, options), 30000)

    def choose_exchange_file(self) -> str | None:
        """Ask for a TMX or XLIFF file to import (``None`` if the user cancels)."""
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import translation memory or XLIFF"),
            str(default_folder()),
            self.tr("TMX and XLIFF ({0});;All files (*)").format(EXCHANGE_PATTERNS))
        return chosen or None

    def on_import_tm_triggered(self) -> None:
        chosen = self.choose_exchange_file()
        if not chosen:
            return
        self.progress.setRange(0, 0)
        self.say(self.tr("Reading {0}…").format(Path(chosen).name), 0)
        self.runner.start("read exchange", lambda _report: read_exchange(chosen),
                          on_result=self._on_exchange_read, on_error=self._on_task_error)

    def _on_exchange_read(self, data: ExchangeFile) -> None:
        """The file is read: ask where it goes, then write it on a worker with its own Store."""
        from reviewer.ui.exchange_import_dialog import ExchangeImportDialog

        self.say("", 0)
        if not data.units:
            self.say(self.tr("{0}: no translation units in the file; nothing was imported.")
                     .format(Path(data.path).name), 20000)
            return
        title = self.store.article(self.article_id).title if self.article_id is not None else None
        dialog = ExchangeImportDialog(self, data, self.article_id, title)
        if not dialog.exec():
            return
        choice, path = dialog.choice(), self.store.path

        def job(_report: Any) -> ImportSummary:
            return run_import(path, data, choice)

        self.progress.setRange(0, 0)
        self.say(self.tr("Importing {0}…").format(Path(data.path).name), 0)
        self.runner.start("import exchange", job, on_error=self._on_task_error,
                          on_result=lambda summary: self._on_import_tm_finished(summary, choice))

    def _on_import_tm_finished(self, summary: ImportSummary, choice: ImportChoice) -> None:
        if summary.article_id is not None:
            self.reload_library(summary.article_id)
            if summary.article_id == self.article_id:  # a human version: re-read the grid
                self.open_article(summary.article_id)
        self.say(import_message(summary, choice), 30000)

    def on_settings_triggered(self) -> None:
        from reviewer.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() and self.article_id is not None:
            self.open_article(self.article_id)

    # -- statistics ----------------------------------------------------------------------------
    def on_statistics_triggered(self) -> None:
        """Open (or bring forward) the statistics view of the open article and the library."""
        from reviewer.ui.stats_view import StatsView

        view: StatsView | None = getattr(self, "stats_view", None)
        if view is None:
            view = self.stats_view = StatsView(self.runner, self._on_task_error, self)
            self.library.article_chosen.connect(
                lambda aid: view.set_article(aid, self.store.article(aid).title))
        title = self.store.article(self.article_id).title if self.article_id is not None else ""
        view.show_for(self.store.path, self.article_id, title, self.target_langs())
