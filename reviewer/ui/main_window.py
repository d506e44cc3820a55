"""The review window: composes the library, the segment grid, the editor, the review controller,
quality aids, background work and the realignment offer, and routes the menu's actions to them.

Each part is an object of its own with explicit constructor arguments and signals (see the
README's Development section); the window builds them in ``__init__`` and connects them.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reviewer.core import languages
from reviewer.core.filters import SegmentFilter, next_unapproved
from reviewer.core.model import Article, Origin, SegmentView, Status
from reviewer.storage.articles import ArticleSummary
from reviewer.storage.store import Store
from reviewer.ui.accessible_names import name_controls
from reviewer.ui.actions import ACTIONS, build_actions, shortcut_table
from reviewer.ui.annotation_work import AnnotationAids
from reviewer.ui.article_loader import ArticleLoader
from reviewer.ui.conflict_dialog import ConflictResolver
from reviewer.ui.editor_panel import EditorPanel
from reviewer.ui.effort_meter import EffortMeter
from reviewer.ui.filter_bar import FilterBar, qa_findings
from reviewer.ui.history_panel import SegmentHistory
from reviewer.ui.hit_marks import mark_hits
from reviewer.ui.identity import app_icon
from reviewer.ui.library_open import LibraryOpener, library_label
from reviewer.ui.library_panel import LibraryPanel
from reviewer.ui.live_updates import LiveUpdates
from reviewer.ui.lookups import Lookups
from reviewer.ui.offline_work import OfflineStatus
from reviewer.ui.presence import Presence
from reviewer.ui.quality_work import QualityAids
from reviewer.ui.realign_work import RealignOffer
from reviewer.ui.repeat_fill import RepeatFill
from reviewer.ui.review_controller import DRAFT_DELAY_MS, ReviewController
from reviewer.ui.review_model import Prepared, ReviewModel
from reviewer.ui.segment_grid import SegmentGrid
from reviewer.ui.settings import Settings
from reviewer.ui.stats_prepare import StatsPreparer
from reviewer.ui.store_writer import StoreWriter
from reviewer.ui.tasks import TaskRunner
from reviewer.ui.team_work import TeamAids
from reviewer.ui.window_view import WindowView
from reviewer.ui.window_work import BackgroundWork
from reviewer.ui.word_status import WordStatus

if TYPE_CHECKING:
    from reviewer.ui.stats_view import StatsView

__all__ = ["DRAFT_DELAY_MS", "MainWindow"]

STATS_DELAY_MS = 2000
# Keys the window's actions take from the final text's own bindings.
WINDOW_KEYS = ("Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y", "Ctrl+Up", "Ctrl+Down", "Ctrl+1", "Ctrl+2",
               "Ctrl+3", "Ctrl+L", "Ctrl+Return", "Ctrl+Enter", "Ctrl+Shift+Return",
               "Ctrl+Shift+Enter", "Ctrl+K", "Ctrl+T", "Ctrl+Shift+E",
               "Ctrl+Alt+E")


class MainWindow(QMainWindow):
    """Everything a reviewer sees; data comes from ``store``, slow work goes to ``runner``."""

    def __init__(self, store: Store, settings: Settings, runner: TaskRunner | None = None):
        super().__init__()
        self.store, self.settings = store, settings
        self.runner = runner or TaskRunner()
        self.writer = StoreWriter(store.path, self)
        self.loader = ArticleLoader(self.writer, self)
        self.article_id: int | None = None
        self.stats_view: StatsView | None = None
        self.owns_store = False  # opened by File > Open library: closed with the window
        self.library_name = library_label(store.path)  # a server's URL without password
        self.setWindowTitle(f"{self.library_name} — reviewer")
        if QApplication.windowIcon().isNull():  # app.py sets it; tests build the window alone
            QApplication.setWindowIcon(app_icon())
        self.menu_actions = self._build_actions()
        self.library = LibraryPanel()
        self.library_dock = self._build_library_dock()
        self.model = ReviewModel()
        self.model.statuses_changed.connect(self.on_model_statuses_changed)  # library follows
        self.grid = SegmentGrid(self.model)
        self.grid.rows_fitted.connect(self.loader.article_shown)
        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self.on_filter_bar_changed)
        self.editor = EditorPanel()
        self.team = TeamAids(self.writer, settings, self.model, self.editor, self)
        self.review = ReviewController(self.writer, self.model, self.grid, self.editor, self,
                                       actor=self.team.name)
        self.conflicts = ConflictResolver(self.review, self.editor, self)
        self.offline = OfflineStatus(self.writer, self.review, self)  # the server gone: outbox
        self.presence = Presence(self.writer, self.model, self.editor,
                                 lambda: self.review.service.actor, self)
        self.review.shown.connect(self.presence.on_review_shown)
        self.live = LiveUpdates(self.writer, self.review, self.editor,
                                lambda: self.reload_library(self.article_id),
                                self.presence.show_claims, self.on_article_changed_elsewhere,
                                self)
        self.effort = EffortMeter(self.writer, settings, self.editor, self.review.service.actor,
                                  lambda e: self.say(str(e)), self)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.filter_bar)
        top_layout.addWidget(self.grid, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.editor)
        self.splitter.setSizes([560, 300])
        self.setCentralWidget(self.splitter)
        self.message = QLabel()
        self.progress_label = QLabel()
        self.word_status = WordStatus(self.model)
        self.work = BackgroundWork(store, settings, self.model, self.runner, self,
                                   title_of=self.library.model.title_of)
        self.realign = RealignOffer(self.writer, self)
        self._build_status_bar()
        self.quality = QualityAids(self.writer, settings, self.model, self.editor,
                                   synchronous=self.runner.synchronous, parent=self)
        self.model.findings = qa_findings(self.quality.qa_marks, self.model)
        self.repeats = RepeatFill(self.writer, settings, self.model, self.review, self.editor,
                                  self)
        self.history = SegmentHistory(self.writer, self.model, self.review, self)
        self.annotations = AnnotationAids(self.writer, self.review, self.editor,
                                          self.quality.qa_panel, self)
        self.menu_actions["auto_repeats"].setChecked(self.repeats.automatic)
        self.lookups = Lookups(self.writer, self.editor, self, self.target_langs)
        self.view = WindowView(self, settings, self.library_dock, self.menu_actions["library"],
                               self.splitter, self.grid, self.editor)
        # An article shown is painted in a later turn of the event loop (a timer's, so keys
        # and timers due are answered first): putting a 20,000-segment article in the model,
        # laying the editor out and the grid's first paint ran back to back before (25-30 ms
        # of the GUI thread with no key answered between them).
        self.paint_timer = QTimer(self)
        self.paint_timer.setSingleShot(True)
        self.paint_timer.setInterval(0)
        self.paint_timer.timeout.connect(lambda: self.splitter.setUpdatesEnabled(True))
        self.stats_timer = QTimer(self)
        self.stats_timer.setSingleShot(True)
        self.stats_timer.setInterval(STATS_DELAY_MS)
        self.stats_timer.timeout.connect(self._refresh_stats)
        self._connect_parts()
        self.apply_name(self.team.name)
        self._window_keys = {QKeySequence(k)[0] for k in WINDOW_KEYS}  # type: ignore[index]  # PySide6 stubs lack __getitem__
        self._field_keys = {QKeySequence(k)[0]  # type: ignore[index]  # as above
                            for spec in ACTIONS for k in spec.shortcuts}
        self.editor.final.installEventFilter(self)
        for field in (self.filter_bar.text, self.editor.comment, self.library.filter,
                      self.lookups.panel.phrase):
            field.installEventFilter(self)
        name_controls(self)
        self.view.restore()
        self.quality.load_memory()
        self.reload_library(self.settings.get("last_article") or None)

    # -- building ----------------------------------------------------------------------------
    def _build_library_dock(self) -> QDockWidget:
        self.library.article_chosen.connect(self.open_article)
        self.library.import_clicked.connect(self.on_import_triggered)
        dock = QDockWidget(self.tr("Library"), self)
        dock.setObjectName("library")
        dock.setWidget(self.library)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        return dock

    def _build_actions(self) -> dict[str, QAction]:
        undo = QAction(self.tr("&Undo"), self)
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        undo.triggered.connect(self.on_undo_triggered)
        redo = QAction(self.tr("&Redo"), self)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.triggered.connect(self.on_redo_triggered)
        self.addActions([undo, redo])
        return build_actions(self, {}, {"undo": undo, "redo": redo})

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.addWidget(self.message, 1)
        bar.addPermanentWidget(self.offline.indicator)
        bar.addPermanentWidget(self.team.label)
        bar.addPermanentWidget(self.progress_label)
        bar.addPermanentWidget(self.word_status)
        bar.addPermanentWidget(self.work.progress)
        bar.addPermanentWidget(self.work.cancel_button)
        bar.addPermanentWidget(self.realign.button)

    def _connect_parts(self) -> None:
        review, quality, work = self.review, self.quality, self.work
        for part in (review, quality, work, self.realign, self.repeats, self.history,
                     self.annotations, self.team):
            part.message.connect(self.say)
        review.shown.connect(self.team.show)
        self.team.name_changed.connect(self.apply_name)
        # the filter's search text highlighted in the final text (the grid's cells paint it)
        final = self.editor.final
        self.filter_bar.changed.connect(lambda f: mark_hits(final, f.text))
        final.textChanged.connect(lambda: mark_hits(final, self.model.filter.text))
        review.progress_changed.connect(self.progress_label.setText)
        review.progress_changed.connect(lambda _text: self.word_status.update_counts())
        review.batch_done.connect(self._on_batch_done)
        review.segment_reread.connect(quality.segment_changed)
        review.segment_reread.connect(self._refresh_stats_later)
        review.shown.connect(quality.show)
        review.shown.connect(self.annotations.show)
        review.filter_reset_needed.connect(self.filter_bar.reset)
        review.shown.connect(self.effort.on_shown)
        review.taken.connect(self.effort.on_taken)
        review.approved_text.connect(self.effort.on_approved)
        quality.take_requested.connect(lambda text: review.take(text, Origin.TM, None))
        quality.failed.connect(work.on_task_error)
        self.runner.busy_changed.connect(quality.on_work_busy_changed)
        self.stats_preparer = StatsPreparer(  # when no article is being read, shown or checked
            self.runner, quality.runner,
            lambda: (self.writer.settled and self.loader.opening is None
                     and not quality.names_timer.isActive() and quality.grid_marks.pending == 0),
            self)
        self.runner.unhandled.connect(self.show_crash)
        work.crashed.connect(lambda error, trace: self.show_crash(error, trace))
        work.segment_fetched.connect(self.segment_changed)
        work.fetch_finished.connect(self._on_fetch_finished)
        work.article_imported.connect(self._on_article_imported)
        work.exchange_imported.connect(self._on_exchange_imported)
        self.realign.realigned.connect(lambda article_id: self.open_article(article_id,
                                                                            again=True))
        self.lookups.message.connect(self.say)
        self.opener = LibraryOpener(self.settings, self)
        self.opener.opened.connect(self.open_library_window)
        self.opener.message.connect(self.say)
        self.lookups.glossary_changed.connect(self._on_glossary_changed)
        self.offline.back_online.connect(self.annotations.reload)  # the server's ids, terms
        self.offline.back_online.connect(self._on_glossary_changed)
        self.grid.setFocus()  # the review, not the library's filter, takes the first keys

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Once the window manager has drawn the frame, check the guess made before."""
        super().showEvent(event)
        QTimer.singleShot(0, self, self._fit_if_needed)

    def _fit_if_needed(self) -> None:
        if not self.view.fits_screen():
            self.view.fit_to_screen()

    def apply_name(self, name: str) -> None:
        """Record every change of this window under ``name`` (the reviewer's, from Settings)."""
        self.review.service.actor = self.review.batch_service.actor = name
        self.effort.actor = self.annotations.actor = self.realign.actor = name
        self.quality.spelling.author = name

    def say(self, text: str, ms: int = 12000) -> None:
        """A message in the status bar (errors of the world land here, never in a dialog)."""
        self.message.setText(text)
        if ms:
            QTimer.singleShot(ms, self.message, lambda: self._clear_message(text))

    def _clear_message(self, text: str) -> None:
        if self.message.text() == text:  # a later message stays
            self.message.clear()

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

    # -- library and article -----------------------------------------------------------------
    def on_article_changed_elsewhere(self) -> None:
        """Another process signed the article off or reopened it: its locks, read again."""
        if self.article_id is not None:
            self.team.article_opened(self.article_id)

    def reload_library(self, select_id: int | None = None, *, reopen: bool = False) -> None:
        """Re-read the library (on the writer's thread); when its rows arrive, open
        ``select_id`` (or the newest article) unless it is open or being opened already
        (``reopen``: read it again all the same)."""
        def arrived(rows: list[ArticleSummary]) -> None:
            ids = [r.article.id for r in rows]
            chosen = select_id if select_id in ids else (ids[0] if ids else None)
            self.library.set_articles(rows, chosen)
            self.library.count_words(self.writer)
            if chosen is not None and (reopen or chosen not in (self.article_id,
                                                                 self.loader.opening)):
                self.open_article(chosen, again=reopen)

        self.loader.read_library(arrived)

    def target_langs(self) -> list[str]:
        """The target languages to show, from the settings (``uk,ru`` by default)."""
        wanted = languages.parse_list(self.settings.get("target_langs") or "uk,ru")
        return wanted or list(languages.TARGETS_DEFAULT)

    def open_article(self, article_id: int, *, again: bool = False) -> None:
        """Read an article on the writer's thread; it is shown when its views arrive
        (:meth:`_show_article`). Until then the grid shows the article open before. An article
        being read already is shown when that read arrives, unless ``again`` (it changed)."""
        self.review.save_pending()
        langs = self.target_langs()
        self.loader.read_article(article_id, langs, self._show_article,
                                 lambda error: self.say(str(error)), again=again)
        self.quality.spelling.load(langs)  # while it is read, not beside its first paint

    def _show_article(self, article: Article, views: list[SegmentView], langs: list[str],
                      prepared: Prepared) -> None:
        """Show an article read, ready to review from its first unapproved segment (or where
        the translator left it)."""
        self.review.save_pending()  # typed while it was read: saved in the article it belongs to
        self.splitter.setUpdatesEnabled(False)  # the grid and the editor: painted next turn
        self.paint_timer.start()
        self.view.remember_position(self.article_id, self.model)
        shown_before = self.model.views
        self.model.set_article(views, article.source_lang, langs, prepared)
        self.loader.discard(shown_before)
        self.article_id = article.id
        self.quality.article_opened(prepared.names)
        self.editor.set_languages(langs)
        self.grid.size_columns(self.settings.get("grid_header"))
        self.setWindowTitle(f"{article.title} — {self.library_name} — reviewer")
        self.settings.set("last_article", article.id)
        self.library.select(article.id)
        start = self.view.remembered_row(article.id, self.model)
        if start is None:
            start = next_unapproved(self.review.visible_views(), -1, [self.editor.lang])
        self.review.article_opened(article.id)
        self.team.article_opened(article.id)
        self.repeats.article_opened(article.id)
        self.go_to_row(start if start is not None else 0)
        if not self.grid.isVisible():  # no rows will be fitted: the writer need not wait
            self.loader.article_shown()

    def on_model_statuses_changed(self, _segment_id: int) -> None:
        """A segment of the open article changed status: its library row shows the new counts."""
        article_id = self.article_id
        langs = self.library.model.langs_of(article_id) if article_id is not None else None
        if article_id is None or langs is None:
            return
        approved = self.review.approved()
        self.library.model.set_words({article_id: self.word_status.progress()}, merge=True)
        if set(langs) <= set(approved):
            self.library.model.set_approved(article_id, {lang: approved[lang] for lang in langs})
            return

        def counted(counts: dict[str, tuple[int, int]]) -> None:  # languages not in the grid:
            self.library.model.set_approved(  # counted by the writer, after the writes posted
                article_id, {lang: done for lang, (done, _total) in counts.items()})

        self.writer.post(lambda store: store.progress(article_id, langs), counted)

    def _on_batch_done(self) -> None:
        """A find and replace changed texts, maybe in other articles: their rows follow."""
        self.reload_library(self.article_id)

    def on_filter_bar_changed(self, segment_filter: SegmentFilter) -> None:
        """Apply a filter, keeping the current segment if it is still shown (else the nearest)."""
        view = self.review.current_view()
        place = view.segment.index if view is not None else 0
        self.review.save_pending()  # typed text belongs to the segment it was typed in
        self.model.set_filter(segment_filter)
        self.say(self.tr("{shown} of {total} segments shown").format(
            shown=len(self.model.visible), total=len(self.model.views)), 0)
        self.go_to_row(self.model.nearest_row(place))

    def current_row(self) -> int:
        return self.grid.current_row()

    def go_to_row(self, row: int) -> None:
        """Make ``row`` current, loading it if the grid has not fetched it yet."""
        self.review.go_to_row(row)

    def segment_changed(self, segment_id: int) -> None:
        """Re-read one segment after a write elsewhere (a fetch) and repaint it."""
        self.review.segment_changed(segment_id)

    def _refresh_stats_later(self, _position: int) -> None:
        """An open statistics window follows the review: it recomputes after a pause in writes."""
        if self.stats_view is not None and self.stats_view.isVisible():
            self.stats_timer.start()

    def _refresh_stats(self) -> None:
        if self.stats_view is not None and self.stats_view.isVisible():
            self.stats_view.refresh()

    def _on_glossary_changed(self) -> None:
        self.quality.reload_glossary()
        self.review.show_current()

    def _on_fetch_finished(self) -> None:
        self.review.show_current()
        self.realign.offer(self.article_id, self.target_langs())

    def _on_article_imported(self, article_id: int) -> None:
        self.reload_library(article_id, reopen=True)  # read once, shown when it arrives

    def _on_exchange_imported(self, article_id: int | None) -> None:
        if article_id is not None:  # a human version of the open article: re-read the grid
            self.reload_library(article_id, reopen=article_id == self.article_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Let the window's review shortcuts win over the text editor's own key bindings.

        One-line fields (the filter, the comment, the library's filter) keep their editing keys
        but give up those that are the window's (Ctrl+E is "end of line" in a line edit on Linux).
        """
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            combo = QKeyCombination(event.modifiers(), Qt.Key(event.key()))
            keys = self._window_keys if watched is self.editor.final else self._field_keys
            if combo in keys and (watched is self.editor.final or isinstance(watched, QLineEdit)):
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    # -- the menu's actions (``on_<name>_triggered``, connected by build_actions) --------------
    def on_undo_triggered(self) -> None:
        self.review.undo()

    def on_redo_triggered(self) -> None:
        self.review.redo()

    def on_previous_triggered(self) -> None:
        self.review.move(-1)

    def on_next_triggered(self) -> None:
        self.review.move(1)

    def on_next_language_triggered(self) -> None:
        self.review.save_pending()
        self.editor.next_language()

    def on_edit_final_triggered(self) -> None:
        self.editor.final.setFocus()

    def on_comment_triggered(self) -> None:
        self.editor.comment.setFocus()

    def on_mark_error_triggered(self) -> None:
        self.annotations.mark()

    def on_mark_other_triggered(self) -> None:
        self.annotations.next_text()

    def on_promote_finding_triggered(self) -> None:
        self.annotations.promote()

    def _locked(self) -> bool:
        """Whether the segment shown is signed off for this person (saying so if it is)."""
        return self.team.refuse(self.review.current_view(), self.editor.lang)

    def on_approve_triggered(self) -> None:
        if not self._locked():
            self.review.review(Status.APPROVED)

    def on_reject_triggered(self) -> None:
        if not self._locked():
            self.review.review(Status.REJECTED)

    def on_take_mt_triggered(self) -> None:
        if not self._locked():
            self.review.take_mt()

    def on_take_human_triggered(self) -> None:
        if not self._locked():
            self.review.take_human()

    def on_take_tm_triggered(self) -> None:
        if not self._locked():
            self.quality.take_best_match()

    def on_sign_off_triggered(self) -> None:
        self.review.save_pending()
        self.team.sign_off(self.article_id, self.editor.lang)

    def on_reopen_triggered(self) -> None:
        self.team.reopen(self.article_id, self.editor.lang, self)

    def on_fetch_triggered(self) -> None:
        self.work.fetch(self.article_id)

    def on_refetch_triggered(self) -> None:
        self.work.fetch(self.article_id, refresh=True)

    def on_cancel_triggered(self) -> None:
        self.work.cancel()

    def on_open_library_triggered(self) -> None:
        self.opener.open_file()

    def on_open_server_triggered(self) -> None:
        self.opener.open_server()

    def open_library_window(self, store: Store) -> MainWindow:
        """Review ``store`` (File > Open library) in a new window in place of this one."""
        window = MainWindow(store, self.settings, TaskRunner(synchronous=self.runner.synchronous))
        window.owns_store = True
        window.show()
        self.close()
        return window

    def on_import_triggered(self) -> None:
        self.work.import_article()

    def on_export_triggered(self) -> None:
        self.work.export(self.article_id, self.target_langs())

    def on_import_tm_triggered(self) -> None:
        self.work.import_exchange(self.article_id)

    def on_realign_triggered(self) -> None:
        self.realign.run(self.article_id, self.target_langs())

    def on_check_links_triggered(self) -> None:
        self.realign.check(self.article_id, self.target_langs(), self.runner)

    def on_settings_triggered(self) -> None:
        from reviewer.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec():
            self.team.rename()
            if self.article_id is not None:
                self.open_article(self.article_id, again=True)

    def on_statistics_triggered(self) -> None:
        """Open (or bring forward) the statistics view of the open article and the library."""
        from reviewer.ui.stats_view import StatsView

        view = self.stats_view
        if view is None:
            view = self.stats_view = StatsView(self.runner, self.work.on_task_error, self)
            self.library.article_chosen.connect(
                lambda aid: view.set_article(aid, self.library.model.title_of(aid) or ""))
        title = self.library.model.title_of(self.article_id) or ""
        # the figures are read from the file on a worker: after the writes posted before (an
        # approval made a moment ago and its effort record), or they would miss them
        view.show_for(self.store.path, self.article_id, title, self.target_langs(),
                      settle=self.writer.after_pending)

    def on_concordance_triggered(self) -> None:
        self.lookups.open_concordance()

    def on_insert_hit_triggered(self) -> None:
        self.lookups.insert_current()

    def on_add_term_triggered(self) -> None:
        self.lookups.add_term()

    def on_glossary_triggered(self) -> None:
        self.lookups.open_glossary()

    def on_find_triggered(self) -> None:
        self.filter_bar.show()
        self.filter_bar.text.setFocus()
        self.filter_bar.text.selectAll()

    def on_filter_qa_triggered(self) -> None:
        self.filter_bar.toggle(self.filter_bar.qa)

    def on_filter_repeats_triggered(self) -> None:
        self.filter_bar.toggle(self.filter_bar.repeats)

    def on_filter_comments_triggered(self) -> None:
        self.filter_bar.toggle(self.filter_bar.comments)

    def on_history_triggered(self) -> None:
        self.history.open(self.review.current_view(), self.editor.lang)

    def on_fill_repeats_triggered(self) -> None:
        self.repeats.fill_from_library(lambda: self.say(
            self.tr("No segment without a translation repeats an approved one.")))

    def on_auto_repeats_triggered(self) -> None:
        self.settings.set("repeat_fill", self.menu_actions["auto_repeats"].isChecked())

    def on_replace_triggered(self) -> None:
        """Ctrl+H: find and replace in the final texts (this article or the library)."""
        from reviewer.ui.replace_dialog import ReplaceDialog

        self.review.save_pending()
        dialog = ReplaceDialog(self.review, self.target_langs(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def on_go_to_triggered(self) -> None:
        """Ctrl+G: go to a segment by its number."""
        from reviewer.ui.goto import GoToDialog

        dialog = GoToDialog(self.review, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def on_spelling_triggered(self) -> None:
        self.quality.spell_menus.open_next()

    def on_clear_filter_triggered(self) -> None:
        self.filter_bar.reset()
        self.grid.setFocus()

    def on_bigger_triggered(self) -> None:
        self.view.bump_font(1)

    def on_smaller_triggered(self) -> None:
        self.view.bump_font(-1)

    def on_library_triggered(self) -> None:
        self.view.toggle_library()

    def on_shortcuts_triggered(self) -> None:
        rows = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in shortcut_table())
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), f"<table>{rows}</table>")

    def on_about_triggered(self) -> None:
        from reviewer.ui.about import AboutDialog  # only when asked for

        AboutDialog(self).exec()

    def on_quit_triggered(self) -> None:
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.review.save_pending()
        charts = sys.modules.get("reviewer.ui.chart_process")  # not imported to close it
        if charts is not None:  # a chart drawn or the process warming must not hold up closing
            charts.PROCESS.close(wait_s=0.2)
        self.runner.cancel_all()
        self.quality.runner.cancel_all()
        self.view.save()
        self.view.remember_position(self.article_id, self.model)
        self.settings.sync()
        self.presence.release()  # posted before the writer finishes its jobs and closes
        self.writer.close()
        if self.owns_store:
            self.store.close()
        event.accept()
