"""The window's background work: fetching machine translations, importing, exporting,
TMX/XLIFF import; errors.

Each job is a plain function run by the one :class:`~reviewer.ui.tasks.TaskRunner`; jobs that
touch the database open their own connection on the worker thread (sqlite3 connections belong
to their thread) and the window re-reads what changed on the GUI thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox

from reviewer import library
from reviewer.engines.base import EngineSettings
from reviewer.engines.errors import EngineError
from reviewer.engines.fetch import SegmentItem, translate_article
from reviewer.engines.registry import create_engine
from reviewer.engines.runner import RunState
from reviewer.formats.errors import BadInputError
from reviewer.formats.exchange_import import ImportSummary
from reviewer.formats.exchange_model import ExchangeFile
from reviewer.formats.export import ExportOptions, ExportResult
from reviewer.formats.tm_import import read_exchange
from reviewer.storage.errors import StoreError
from reviewer.storage.store import Store
from reviewer.ui.exchange_work import (
    EXCHANGE_PATTERNS,
    ImportChoice,
    export_message,
    import_message,
    run_export,
    run_import,
)
from reviewer.ui.export_dialog import ExportDialog, default_folder

KNOWN_ERRORS = (BadInputError, StoreError, EngineError, ValueError, OSError)
IMPORT_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm *.docx);;All files (*)"


class WorkMixin:
    """Background actions of :class:`~reviewer.ui.main_window.MainWindow`."""

    store: Store
    article_id: int | None

    # -- status bar --------------------------------------------------------------------------
    def _on_busy_changed(self, busy: bool) -> None:
        self.progress.setVisible(busy)  # type: ignore[attr-defined]
        self.cancel_button.setVisible(busy)  # type: ignore[attr-defined]

    def on_cancel_triggered(self) -> None:
        for task in list(self.runner.active):  # type: ignore[attr-defined]
            task.cancel()
        self.say(self.tr("Cancelling… everything fetched so far is saved."))  # type: ignore[attr-defined]

    def _on_task_error(self, error: BaseException, trace: str) -> None:
        if isinstance(error, KNOWN_ERRORS):
            self.say(str(error), 20000)  # type: ignore[attr-defined]
        else:
            self.show_crash(error, trace)

    def show_crash(self, error: object, trace: str) -> None:
        """The one crash dialog: a bug, with its traceback to copy into a report."""
        box = QMessageBox(self)  # type: ignore[arg-type]
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("reviewer: something went wrong"))  # type: ignore[attr-defined]
        box.setText(self.tr("reviewer hit a bug. Everything you approved is saved.\n"  # type: ignore[attr-defined]
                            "Please report it with the details below."))
        box.setInformativeText(f"{type(error).__name__}: {error}")
        box.setDetailedText(trace)
        box.exec()

    # -- fetching machine translations -------------------------------------------------------
    def engine_settings(self) -> EngineSettings:
        get = self.settings.get  # type: ignore[attr-defined]
        return EngineSettings(url=get("engine_url") or None, model=get("engine_model") or None,
                              timeout=float(get("timeout")), concurrency=int(get("concurrency")))

    def on_fetch_triggered(self, refresh: bool = False) -> None:
        if self.article_id is None:
            return
        if self.runner.active:  # type: ignore[attr-defined]
            self.say(self.tr("Background work is running; wait for it or cancel it "  # type: ignore[attr-defined]
                             "first."))
            return
        name = self.settings.get("engine")  # type: ignore[attr-defined]
        settings = self.engine_settings()
        try:
            engine = create_engine(name, settings)
        except (EngineError, ValueError) as exc:
            self.say(self.tr("{0} (Translate > Engine settings…)").format(exc), 20000)  # type: ignore[attr-defined]
            return
        state = RunState()
        path, article_id = self.store.path, self.article_id
        targets = list(self.model.langs)  # type: ignore[attr-defined]
        self.model.engine = engine.name  # type: ignore[attr-defined]

        def job(report: Any) -> RunState:
            with Store(path) as store:
                state.on_result = lambda done: report(done.item.key)
                return translate_article(store, article_id, engine, targets,
                                         settings=settings, state=state, refresh=refresh)

        self.progress.setRange(0, 0)  # type: ignore[attr-defined]
        self.say(self.tr("Fetching machine translations from {0}…").format(engine.name), 0)  # type: ignore[attr-defined]
        self.runner.start("fetch", job, on_result=self._on_fetch_finished,  # type: ignore[attr-defined]
                          on_error=self._on_task_error, on_progress=self._on_fetch_progress,
                          cancel=state.cancel)
        self._fetch_state = state

    def on_refetch_triggered(self) -> None:
        self.on_fetch_triggered(refresh=True)

    def _on_fetch_progress(self, item: SegmentItem) -> None:
        state = self._fetch_state
        self.progress.setRange(0, max(state.total, 1))  # type: ignore[attr-defined]
        self.progress.setValue(state.done)  # type: ignore[attr-defined]
        self.segment_changed(item.segment_id)  # type: ignore[attr-defined]

    def _on_fetch_finished(self, state: RunState) -> None:
        parts = [self.tr("{0} fetched").format(state.done - state.failed)]  # type: ignore[attr-defined]
        if state.cached:
            parts.append(self.tr("{0} from the cache").format(state.cached))  # type: ignore[attr-defined]
        if state.failed:
            parts.append(self.tr("{0} failed (see the ⚠ cells)").format(state.failed))  # type: ignore[attr-defined]
        if state.cancel_event.is_set():
            parts.append(self.tr("cancelled"))  # type: ignore[attr-defined]
        self.say(self.tr("Machine translation: {0}.").format(", ".join(parts)), 30000)  # type: ignore[attr-defined]
        self._show_current()  # type: ignore[attr-defined]

    # -- import and export -------------------------------------------------------------------
    def on_import_triggered(self) -> None:
        from reviewer.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self)  # type: ignore[arg-type]
        if not dialog.exec():
            return
        prepared = dialog.prepared()
        path = self.store.path

        def job(_report: Any) -> int:
            with Store(path) as store:
                return library.save_prepared(store, prepared).id

        self.say(self.tr("Importing “{0}”…").format(prepared.title), 0)  # type: ignore[attr-defined]
        self.runner.start("import", job, on_result=self._on_import_finished,  # type: ignore[attr-defined]
                          on_error=self._on_task_error)

    def _on_import_finished(self, article_id: int) -> None:
        self.reload_library(article_id)  # type: ignore[attr-defined]
        self.open_article(article_id)  # type: ignore[attr-defined]
        self.say(self.tr("Imported."))  # type: ignore[attr-defined]

    def on_export_triggered(self) -> None:
        title = self.store.article(self.article_id).title if self.article_id is not None else None
        dialog = ExportDialog(self, title, self.target_langs())  # type: ignore[arg-type, attr-defined]
        if not dialog.exec():
            return
        options, target, make_folder = dialog.options(), dialog.path(), dialog.wants_folder()
        ids = None if dialog.all_articles() else [self.article_id]
        path = self.store.path

        def job(_report: Any) -> ExportResult:
            return run_export(path, ids, target, options, make_folder=make_folder)  # type: ignore[arg-type]

        self.progress.setRange(0, 0)  # type: ignore[attr-defined]
        self.say(self.tr("Exporting to {0}…").format(target), 0)  # type: ignore[attr-defined]
        self.runner.start("export", job, on_error=self._on_task_error,  # type: ignore[attr-defined]
                          on_result=lambda result: self._on_export_finished(result, options))

    def _on_export_finished(self, result: ExportResult, options: ExportOptions) -> None:
        self.say(export_message(result, options), 30000)  # type: ignore[attr-defined]

    def choose_exchange_file(self) -> str | None:
        """Ask for a TMX or XLIFF file to import (``None`` if the user cancels)."""
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import translation memory or XLIFF"),  # type: ignore[arg-type, attr-defined]
            str(default_folder()),
            self.tr("TMX and XLIFF ({0});;All files (*)").format(EXCHANGE_PATTERNS))  # type: ignore[attr-defined]
        return chosen or None

    def on_import_tm_triggered(self) -> None:
        chosen = self.choose_exchange_file()
        if not chosen:
            return
        self.progress.setRange(0, 0)  # type: ignore[attr-defined]
        self.say(self.tr("Reading {0}…").format(Path(chosen).name), 0)  # type: ignore[attr-defined]
        self.runner.start("read exchange", lambda _report: read_exchange(chosen),  # type: ignore[attr-defined]
                          on_result=self._on_exchange_read, on_error=self._on_task_error)

    def _on_exchange_read(self, data: ExchangeFile) -> None:
        """The file is read: ask where it goes, then write it on a worker with its own Store."""
        from reviewer.ui.exchange_import_dialog import ExchangeImportDialog

        self.say("", 0)  # type: ignore[attr-defined]
        if not data.units:
            self.say(self.tr("{0}: no translation units in the file; nothing was imported.")  # type: ignore[attr-defined]
                     .format(Path(data.path).name), 20000)
            return
        title = self.store.article(self.article_id).title if self.article_id is not None else None
        dialog = ExchangeImportDialog(self, data, self.article_id, title)  # type: ignore[arg-type]
        if not dialog.exec():
            return
        choice, path = dialog.choice(), self.store.path

        def job(_report: Any) -> ImportSummary:
            return run_import(path, data, choice)

        self.progress.setRange(0, 0)  # type: ignore[attr-defined]
        self.say(self.tr("Importing {0}…").format(Path(data.path).name), 0)  # type: ignore[attr-defined]
        self.runner.start("import exchange", job, on_error=self._on_task_error,  # type: ignore[attr-defined]
                          on_result=lambda summary: self._on_import_tm_finished(summary, choice))

    def _on_import_tm_finished(self, summary: ImportSummary, choice: ImportChoice) -> None:
        if summary.article_id is not None:
            self.reload_library(summary.article_id)  # type: ignore[attr-defined]
            if summary.article_id == self.article_id:  # a human version: re-read the grid
                self.open_article(summary.article_id)  # type: ignore[attr-defined]
        self.say(import_message(summary, choice), 30000)  # type: ignore[attr-defined]

    def on_settings_triggered(self) -> None:
        from reviewer.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)  # type: ignore[attr-defined, arg-type]
        if dialog.exec() and self.article_id is not None:
            self.open_article(self.article_id)  # type: ignore[attr-defined]

    # -- statistics ----------------------------------------------------------------------------
    def on_statistics_triggered(self) -> None:
        """Open (or bring forward) the statistics view of the open article and the library."""
        from reviewer.ui.stats_view import StatsView

        view: StatsView | None = getattr(self, "stats_view", None)
        if view is None:
            view = self.stats_view = StatsView(self.runner, self._on_task_error, self)  # type: ignore[attr-defined, arg-type]
            self.library.article_chosen.connect(  # type: ignore[attr-defined]
                lambda aid: view.set_article(aid, self.store.article(aid).title))
        title = self.store.article(self.article_id).title if self.article_id is not None else ""
        view.show_for(self.store.path, self.article_id, title, self.target_langs())  # type: ignore[attr-defined]
