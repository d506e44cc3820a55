"""The window's background work: fetching machine translations, importing, exporting; errors.

Each job is a plain function run by the one :class:`~reviewer.ui.tasks.TaskRunner`; jobs that
touch the database open their own connection on the worker thread (sqlite3 connections belong
to their thread) and the window re-reads what changed on the GUI thread.
"""

from __future__ import annotations

import os
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
from reviewer.formats.export import FORMATS, ExportOptions, export
from reviewer.storage.errors import StoreError
from reviewer.storage.store import Store

KNOWN_ERRORS = (BadInputError, StoreError, EngineError, ValueError, OSError)
IMPORT_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm *.docx);;All files (*)"
EXPORT_FILTERS = {
    "tmx": "TMX translation memory (*.tmx)", "xliff": "XLIFF 1.2 (*.xlf)",
    "xliff2": "XLIFF 2.1 (*.xliff)", "csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)",
    "json": "JSON (*.json)", "docx": "Word article (*.docx)", "html": "HTML article (*.html)",
    "md": "Markdown article (*.md)", "txt": "Plain-text article (*.txt)",
}


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
        self.say("Cancelling… everything fetched so far is saved.")  # type: ignore[attr-defined]

    def _on_task_error(self, error: BaseException, trace: str) -> None:
        if isinstance(error, KNOWN_ERRORS):
            self.say(str(error), 20000)  # type: ignore[attr-defined]
        else:
            self.show_crash(error, trace)

    def show_crash(self, error: object, trace: str) -> None:
        """The one crash dialog: a bug, with its traceback to copy into a report."""
        box = QMessageBox(self)  # type: ignore[arg-type]
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle("reviewer: something went wrong")
        box.setText("reviewer hit a bug. Everything you approved is saved.\n"
                    "Please report it with the details below.")
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
            self.say("Background work is running; wait for it or cancel it first.")  # type: ignore[attr-defined]
            return
        name = self.settings.get("engine")  # type: ignore[attr-defined]
        settings = self.engine_settings()
        try:
            engine = create_engine(name, settings)
        except (EngineError, ValueError) as exc:
            self.say(f"{exc} (Translate > Engine settings…)", 20000)  # type: ignore[attr-defined]
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
        self.say(f"Fetching machine translations from {engine.name}…", 0)  # type: ignore[attr-defined]
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
        parts = [f"{state.done - state.failed} fetched"]
        if state.cached:
            parts.append(f"{state.cached} from the cache")
        if state.failed:
            parts.append(f"{state.failed} failed (see the ⚠ cells)")
        if state.cancel_event.is_set():
            parts.append("cancelled")
        self.say("Machine translation: " + ", ".join(parts) + ".", 30000)  # type: ignore[attr-defined]
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

        self.say(f"Importing “{prepared.title}”…", 0)  # type: ignore[attr-defined]
        self.runner.start("import", job, on_result=self._on_import_finished,  # type: ignore[attr-defined]
                          on_error=self._on_task_error)

    def _on_import_finished(self, article_id: int) -> None:
        self.reload_library(article_id)  # type: ignore[attr-defined]
        self.open_article(article_id)  # type: ignore[attr-defined]
        self.say("Imported.")  # type: ignore[attr-defined]

    def on_export_triggered(self) -> None:
        if self.article_id is None:
            return
        filters = ";;".join(EXPORT_FILTERS[f] for f in FORMATS)
        target, chosen = QFileDialog.getSaveFileName(self, "Export approved translations",  # type: ignore[arg-type]
                                                     os.path.expanduser("~"), filters)
        if not target:
            return
        fmt = next(f for f, label in EXPORT_FILTERS.items() if label == chosen)
        options = ExportOptions(fmt, langs=tuple(self.model.langs))  # type: ignore[attr-defined]
        path, article_id = self.store.path, self.article_id

        def job(_report: Any) -> Any:
            with Store(path) as store:
                return export(store, [article_id], Path(target), options)

        self.runner.start("export", job, on_result=self._on_export_finished,  # type: ignore[attr-defined]
                          on_error=self._on_task_error)

    def _on_export_finished(self, result: Any) -> None:
        names = ", ".join(p.name for p in result.paths)
        note = result.report.message() if result.report else ""
        self.say(f"Exported {result.units} units to {names}. {note}".strip(), 20000)  # type: ignore[attr-defined]

    def on_settings_triggered(self) -> None:
        from reviewer.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)  # type: ignore[attr-defined, arg-type]
        if dialog.exec() and self.article_id is not None:
            self.open_article(self.article_id)  # type: ignore[attr-defined]
