"""The review window: the library, the segment grid with diffs, the editor, and keyboard review."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QKeyCombination, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.core import languages
from reviewer.core.edits import Edit, TranslationState, draft_state, review_state
from reviewer.core.filters import SegmentFilter, next_unapproved
from reviewer.core.model import Origin, SegmentView, Status
from reviewer.core.suggestions import usable_suggestion
from reviewer.services.review import ReviewService
from reviewer.storage.store import Store
from reviewer.ui.about import AboutDialog
from reviewer.ui.accessible_names import name_controls
from reviewer.ui.actions import ACTIONS, build_actions, shortcut_table
from reviewer.ui.diff_delegate import GridDelegate
from reviewer.ui.editor_panel import EditorPanel
from reviewer.ui.filter_bar import FilterBar
from reviewer.ui.identity import app_icon
from reviewer.ui.labels import origin_label
from reviewer.ui.library_panel import LibraryPanel
from reviewer.ui.prefetch import DiffPrefetcher
from reviewer.ui.quality_work import QualityMixin
from reviewer.ui.realign_work import RealignMixin
from reviewer.ui.review_model import ReviewModel, long_lived
from reviewer.ui.settings import Settings
from reviewer.ui.tasks import TaskRunner
from reviewer.ui.undo import EditCommand
from reviewer.ui.window_view import ViewMixin
from reviewer.ui.window_work import WorkMixin

DRAFT_DELAY_MS = 800
STATS_DELAY_MS = 2000


class MainWindow(QualityMixin, RealignMixin, WorkMixin, ViewMixin, QMainWindow):
    """Everything a reviewer sees; data comes from ``store``, slow work goes to ``runner``."""

    def __init__(self, store: Store, settings: Settings, runner: TaskRunner | None = None):
        super().__init__()
        self.store, self.settings = store, settings
        self.review = ReviewService(store)
        self.runner = runner or TaskRunner()
        self.article_id: int | None = None
        self.setWindowTitle("reviewer")
        if QApplication.windowIcon().isNull():  # app.py sets it; tests build the window alone
            QApplication.setWindowIcon(app_icon())
        self.undo_stack = QUndoStack(self)
        undo = QAction(self.tr("&Undo"), self)
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        undo.triggered.connect(self.on_undo_triggered)
        redo = QAction(self.tr("&Redo"), self)
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.triggered.connect(self.on_redo_triggered)
        self.addActions([undo, redo])
        self.actions = build_actions(self, {}, {"undo": undo, "redo": redo})
        self.library = LibraryPanel()
        self.library.article_chosen.connect(self.open_article)
        self.library.import_clicked.connect(self.on_import_triggered)
        dock = self.library_dock = QDockWidget(self.tr("Library"), self)
        dock.setObjectName("library")
        dock.setWidget(self.library)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        dock.visibilityChanged.connect(
            lambda _shown: self.actions["library"].setChecked(not dock.isHidden()))
        self.model = ReviewModel()
        self.model.statuses_changed.connect(self.on_model_statuses_changed)  # library follows
        self.grid = self._make_grid()
        self.filter_bar = FilterBar()
        self.filter_bar.changed.connect(self.on_filter_bar_changed)
        self.editor = EditorPanel()
        self.editor.language_changed.connect(self.on_editor_language_changed)
        self.editor.take_requested.connect(
            lambda text, origin, engine: self.take(text, Origin(origin), engine))
        self.editor.text_edited.connect(self._schedule_draft)
        self.editor.final.installEventFilter(self)
        self.editor.comment.editingFinished.connect(self.save_pending)
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
        self._build_status_bar()
        self.setup_realign()
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_pending)
        self.runner.busy_changed.connect(self._on_busy_changed)
        self.runner.unhandled.connect(self.show_crash)
        self.setup_quality()
        self._window_keys = {QKeySequence(k)[0] for k in (
            "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y", "Ctrl+Up", "Ctrl+Down", "Ctrl+1", "Ctrl+2",
            "Ctrl+3", "Ctrl+L", "Ctrl+Return", "Ctrl+Enter", "Ctrl+Shift+Return",
            "Ctrl+Shift+Enter")}
        self._field_keys = {QKeySequence(k)[0] for spec in ACTIONS for k in spec.shortcuts}
        for field in (self.filter_bar.text, self.editor.comment, self.library.filter):
            field.installEventFilter(self)
        name_controls(self)
        self._restore_settings()
        self.reload_library(self.settings.get("last_article") or None)

    # -- building ----------------------------------------------------------------------------
    def _make_grid(self) -> QTableView:
        grid = QTableView()
        grid.setModel(self.model)
        grid.setItemDelegate(GridDelegate(grid))
        grid.setWordWrap(True)
        grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        grid.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        grid.verticalHeader().hide()
        grid.verticalHeader().setDefaultSectionSize(46)
        grid.horizontalHeader().setStretchLastSection(False)
        grid.selectionModel().currentRowChanged.connect(self.on_grid_current_changed)
        grid.verticalScrollBar().valueChanged.connect(lambda _v: self._fit_rows_later())
        grid.horizontalHeader().sectionResized.connect(lambda *_: self._fit_rows_later())
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(30)
        self._fit_timer.timeout.connect(self.fit_visible_rows)
        # Rows whose text changed (a fetch, an approval) are fitted again; not postponed by
        # the writes that follow, so a long fetch re-fits as it goes.
        self.model.dataChanged.connect(
            lambda *_: self._fit_timer.isActive() or self._fit_timer.start())
        self._prefetch = DiffPrefetcher(self.model, self)
        return grid

    def _build_status_bar(self) -> None:
        self.message = QLabel()
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setFormat("%v / %m")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.on_cancel_triggered)
        bar = self.statusBar()
        bar.addWidget(self.message, 1)
        bar.addPermanentWidget(self.progress_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Once the window manager has drawn the frame, check the guess made before."""
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: self.fits_screen() or self.fit_to_screen())

    def say(self, text: str, ms: int = 12000) -> None:
        """A message in the status bar (errors of the world land here, never in a dialog)."""
        self.message.setText(text)
        if ms:
            QTimer.singleShot(ms, self.message,
                              lambda: self.message.text() == text and self.message.clear())

    # -- library and article -----------------------------------------------------------------
    def reload_library(self, select_id: int | None = None) -> None:
        """Re-read the library; open ``select_id`` (or the newest article)."""
        rows = self.store.articles()
        ids = [r.article.id for r in rows]
        chosen = select_id if select_id in ids else (ids[0] if ids else None)
        self.library.set_articles(rows, chosen)
        if chosen is not None and chosen != self.article_id:
            self.open_article(chosen)

    def target_langs(self) -> list[str]:
        """The target languages to show, from the settings (``uk,ru`` by default)."""
        wanted = languages.parse_list(self.settings.get("target_langs") or "uk,ru")
        return wanted or list(languages.TARGETS_DEFAULT)

    def open_article(self, article_id: int) -> None:
        """Show an article in the grid, ready to review from its first unapproved segment."""
        self.save_pending()
        self._remember_position()
        article = self.store.article(article_id)
        langs = self.target_langs()
        self.article_id = article.id
        with long_lived():
            self.model.set_article(self.store.segment_views(article.id, langs),
                                   article.source_lang, langs)
        self.quality_article_opened()
        self.editor.set_languages(langs)
        self._size_columns()
        self.undo_stack.clear()
        self.setWindowTitle(f"{article.title} — reviewer")
        self.settings.set("last_article", article.id)
        self.library.select(article.id)
        start = self._remembered_row(article.id)
        if start is None:
            start = next_unapproved(self._visible_views(), -1, [self.editor.lang])
        self.go_to_row(start if start is not None else 0)
        self._update_progress_text()

    def _size_columns(self) -> None:
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        saved = self.settings.get("grid_header")
        if saved and header.restoreState(saved) and header.count() == self.model.columnCount():
            self.grid.setColumnWidth(0, self._number_width())
            return
        self.grid.setColumnWidth(0, self._number_width())
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def _visible_views(self) -> list:
        return [self.model.views[i] for i in self.model.visible]

    def on_filter_bar_changed(self, segment_filter: SegmentFilter) -> None:
        """Apply a filter, keeping the current segment if it is still shown (else the nearest)."""
        row = self.current_row()
        place = self.model.view_at(row).segment.index if 0 <= row < len(self.model.visible) \
            else 0
        self.save_pending()  # typed text belongs to the segment it was typed in
        self.model.set_filter(segment_filter)
        shown = len(self.model.visible)
        self.say(self.tr("{shown} of {total} segments shown").format(
            shown=shown, total=len(self.model.views)), 0)
        self.go_to_row(self.model.nearest_row(place))

    def fit_visible_rows(self) -> None:
        """Size the rows on screen to their text (only those: a long article stays fast).

        The current row, if it was on screen, stays there: rows above it that grow would
        otherwise push it out of sight (as after a jump, which scrolls by default row heights).
        """
        viewport = self.grid.viewport()
        first = self.grid.rowAt(0)
        if first < 0:
            return
        shown = self.grid.rowAt(viewport.height() - 1)
        shown = self.model.rowCount() - 1 if shown < 0 else shown
        last = min(shown + 2, self.model.rowCount() - 1)
        current = self.grid.currentIndex()
        for row in range(first, last + 1):
            self.grid.resizeRowToContents(row)
        if current.isValid() and first <= current.row() <= shown:
            self.grid.updateGeometries()  # the scroll range must know the new heights first
            self.grid.scrollTo(current, QAbstractItemView.ScrollHint.EnsureVisible)
        self._prefetch.ask(last + 1, last + 1 + (last - first))  # the next screenful's diffs

    def _fit_rows_later(self) -> None:
        self._fit_timer.start()

    # -- moving around -----------------------------------------------------------------------
    def current_row(self) -> int:
        return self.grid.currentIndex().row()

    def go_to_row(self, row: int) -> None:
        """Make ``row`` current, loading it if the grid has not fetched it yet."""
        if not self.model.visible:
            self.editor.show_segment(None, 0)
            return
        row = max(0, min(row, len(self.model.visible) - 1))
        self.model.ensure_loaded(row)
        index = self.model.index(row, 1)
        self.grid.setCurrentIndex(index)
        self.grid.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        self._fit_rows_later()

    def on_grid_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.save_pending()
        self._show_current()

    def on_editor_language_changed(self, _lang: str) -> None:
        self.save_pending()  # what was typed belongs to the language shown until now
        self._show_current()

    def _show_current(self) -> None:
        row = self.current_row()
        view = self.model.view_at(row) if 0 <= row < len(self.model.visible) else None
        self.editor.show_segment(view, len(self.model.views))
        self.quality_show(view)

    def on_previous_triggered(self) -> None:
        self.save_pending()
        self.go_to_row(self.current_row() - 1)

    def on_next_triggered(self) -> None:
        self.save_pending()
        self.go_to_row(self.current_row() + 1)

    def on_next_language_triggered(self) -> None:
        self.save_pending()
        self.editor.next_language()

    def on_edit_final_triggered(self) -> None:
        self.editor.final.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Let the window's review shortcuts win over the text editor's own key bindings.

        One-line fields (the filter, the comment, the library's filter) keep their editing keys
        but give up those that are the window's (Ctrl+E is "end of line" in a line edit on Linux).
        """
        if event.type() == QEvent.Type.ShortcutOverride:
            combo = QKeyCombination(event.modifiers(), Qt.Key(event.key()))
            keys = self._window_keys if watched is self.editor.final else self._field_keys
            if combo in keys and (watched is self.editor.final or isinstance(watched, QLineEdit)):
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    # -- reviewing ---------------------------------------------------------------------------
    def _state(self, view: SegmentView, lang: str) -> TranslationState | None:
        t = view.translations.get(lang)
        return TranslationState(t.text, t.status, t.origin, t.engine, t.comment) if t else None

    def _edited(self) -> tuple[SegmentView, str] | None:
        """The segment and language the editor's contents belong to, as the grid holds it now."""
        if self.editor.shown is None:
            return None
        segment_id, lang = self.editor.shown
        position = self.model.position_of(segment_id)
        return (self.model.views[position], lang) if position is not None else None

    def _push(self, view: SegmentView, lang: str, after: TranslationState, label: str, *,
              typing: bool = False) -> bool:
        """Write one change through the review service as an undo step; whether it was saved."""
        edit = Edit(view.segment.id, lang, self._state(view, lang), after, label)
        failures: list[str] = []
        command = EditCommand(self.review, edit, self.segment_changed, self._write_failed(failures),
                              typing=typing)
        self.undo_stack.push(command)
        if not command.written and failures:  # the store's words say what happened and what
            self.say(self.tr("{error} — The text you typed is kept in the editor, not saved "
                             "yet; it is saved at the next pause once the database can be "
                             "written.").format(error=failures[-1]), 0)  # to do; kept shown
        return command.written

    def _write_failed(self, failures: list[str]) -> Callable[[str], None]:
        """The failure report of one edit: said at once, and noted for :meth:`_push`."""
        def failed(text: str) -> None:
            failures.append(text)
            self.say(text)
        return failed

    def _schedule_draft(self) -> None:
        self.draft_timer.start()

    def save_pending(self) -> None:
        """Save what is typed in the final text and the comment (a draft; typing merges into one
        undo step). Called after a pause in typing and whenever the editor is about to show
        something else; what cannot be written stays in the editor, marked unsaved."""
        self.draft_timer.stop()
        edited = self._edited() if self.editor.dirty else None
        if edited is None:
            return
        view, lang = edited
        before = self._state(view, lang)
        after = draft_state(before, self.editor.loaded, self.editor.contents())
        self.editor.dirty = False
        if after == before:
            return
        number = view.segment.index + 1
        comment_only = (before is not None and after is not None and after.text == before.text
                        and after.status == before.status)
        label = (self.tr("Comment on segment {0}") if comment_only
                 else self.tr("Edit segment {0}")).format(number)
        if not self._push(view, lang, after, label, typing=True):
            self.editor.dirty = True  # kept in the editor: saved again at the next chance

    def take(self, text: str, origin: Origin, engine: str | None) -> None:
        """Put a machine translation, the human version or a memory match into the final text
        and save it at once as a draft (its own undo step)."""
        self.save_pending()
        self.editor.take(text, origin, engine)
        edited = self._edited()
        if edited is None:
            return
        view, lang = edited
        before = self._state(view, lang)
        after = draft_state(before, before, self.editor.contents())
        self.editor.dirty = False
        if after is not None and after != before:
            label = self.tr("Use {0} in segment {1}").format(origin_label(origin),
                                                             view.segment.index + 1)
            if not self._push(view, lang, after, label):
                self.editor.dirty = True

    def _review(self, status: Status, label: str) -> None:
        """Set ``status`` (undo text ``label``, a template of the segment number), move on."""
        row = self.current_row()
        edited = self._edited()
        if row < 0 or edited is None:
            return
        if not self.editor.final_text():  # a comment being typed is still saved after its pause
            self.say(self.tr("Nothing to approve yet: Ctrl+1 takes the machine translation, "
                             "Ctrl+2 the human version, or type the translation."))
            return
        self.draft_timer.stop()
        view, lang = edited
        after = review_state(self.editor.contents(), status)
        self.editor.dirty = False
        if not self._push(view, lang, after, label.format(view.segment.index + 1)):
            self.editor.dirty = True
            return
        self.editor.forget_text_history()  # Ctrl+Z now undoes the approval, not the typing
        target = next_unapproved(self._visible_views(), row, [lang])
        if status is Status.REJECTED or target is None:
            target = row + 1 if row + 1 < len(self.model.visible) else row
        if target == row:
            self.say(self.tr("Every shown segment is approved in {0}.").format(
                languages.label(lang)))
        self.go_to_row(target)
        self._update_progress_text()

    def on_approve_triggered(self) -> None:
        self._review(Status.APPROVED, self.tr("Approve segment {0}"))

    def on_reject_triggered(self) -> None:
        self._review(Status.REJECTED, self.tr("Reject segment {0}"))

    def on_take_mt_triggered(self) -> None:
        view = self.editor.view
        if view is None:
            return
        mt = usable_suggestion(view.suggestions.get(self.editor.lang, []), self.model.engine)
        if mt is None or mt.text is None:
            self.say(self.tr("No machine translation for this segment yet: press F5 to fetch."))
            return
        self.take(mt.text, Origin.MT, mt.engine)

    def on_take_human_triggered(self) -> None:
        view = self.editor.view
        human = view.human.get(self.editor.lang) if view else None
        if not human:
            self.say(self.tr("No human version is aligned to this segment."))
            return
        self.take(human, Origin.HUMAN, None)

    def on_comment_triggered(self) -> None:
        self.editor.comment.setFocus()

    # -- undo: the editor's typing first, then the saved changes, shown where they happen ------
    def on_undo_triggered(self) -> None:
        if self.editor.text_undo_available():
            self.editor.final.undo()
            self.say(self.tr("Undid typing in segment {0}.").format(self._editor_number()))
            return
        self.save_pending()
        if not self.undo_stack.canUndo():
            self.say(self.tr("Nothing to undo."))
            return
        command = self.undo_stack.command(self.undo_stack.index() - 1)
        text = self.undo_stack.undoText()
        self.undo_stack.undo()
        self._show_edit(command)
        self.say(self.tr("Undone: {0} ({1}).").format(text, languages.label(command.edit.lang)))

    def on_redo_triggered(self) -> None:
        if self.editor.text_redo_available():
            self.editor.final.redo()
            self.say(self.tr("Redid typing in segment {0}.").format(self._editor_number()))
            return
        self.save_pending()
        if not self.undo_stack.canRedo():
            self.say(self.tr("Nothing to redo."))
            return
        command = self.undo_stack.command(self.undo_stack.index())
        text = self.undo_stack.redoText()
        self.undo_stack.redo()
        self._show_edit(command)
        self.say(self.tr("Redone: {0} ({1}).").format(text, languages.label(command.edit.lang)))

    def _editor_number(self) -> int:
        return self.editor.view.segment.index + 1 if self.editor.view is not None else 0

    def _show_edit(self, command: EditCommand) -> None:
        """Show the segment and language an undo or redo has just changed."""
        position = self.model.position_of(command.edit.segment_id)
        if position is None:
            return
        if position not in self.model.visible:
            self.filter_bar.reset()  # the change is shown, never made out of sight
        self.editor.select_language(command.edit.lang)
        row = self.model.visible.index(position)
        if row != self.current_row():
            self.go_to_row(row)

    def segment_changed(self, segment_id: int, _lang: str | None = None) -> None:
        """Re-read one segment's translations and suggestions after a write, and repaint it."""
        index = self.model.position_of(segment_id)
        if index is None:
            return
        view = self.model.views[index]
        view.translations = {t.lang: t for lang in self.model.langs
                             if (t := self.store.translation(segment_id, lang)) is not None}
        view.suggestions = {}
        for s in self.store.suggestions(segment_id):
            view.suggestions.setdefault(s.lang, []).append(s)
        self.quality_segment_changed(index)
        self.model.replace_view(view)
        self._refresh_stats_later()
        if self.editor.view is not None and self.editor.view.segment.id == segment_id:
            self._show_current()  # the editor keeps what is typed and not saved yet
        self._update_progress_text()

    def _refresh_stats_later(self) -> None:
        """An open statistics window follows the review: it recomputes after a pause in writes."""
        view = getattr(self, "stats_view", None)
        if view is None or not view.isVisible():
            return
        if not hasattr(self, "_stats_timer"):
            self._stats_timer = QTimer(self)
            self._stats_timer.setSingleShot(True)
            self._stats_timer.setInterval(STATS_DELAY_MS)
            self._stats_timer.timeout.connect(
                lambda: self.stats_view.isVisible() and self.stats_view.refresh())
        self._stats_timer.start()

    def _update_progress_text(self) -> None:
        if self.article_id is None:
            return
        counts = self.store.progress(self.article_id, self.model.langs)
        template = self.tr("{lang} approved {done}/{total}")
        text = "   ".join(template.format(lang=languages.label(lang), done=done, total=total)
                          for lang, (done, total) in counts.items())
        self.progress_label.setText(text)

    # -- filter, view ------------------------------------------------------------------------
    def on_find_triggered(self) -> None:
        self.filter_bar.show()
        self.filter_bar.text.setFocus()
        self.filter_bar.text.selectAll()

    def on_clear_filter_triggered(self) -> None:
        self.filter_bar.reset()
        self.grid.setFocus()

    def on_shortcuts_triggered(self) -> None:
        rows = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in shortcut_table())
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), f"<table>{rows}</table>")

    def on_about_triggered(self) -> None:
        AboutDialog(self).exec()

    def on_quit_triggered(self) -> None:
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_pending()
        self.runner.cancel_all()
        self.quality_runner.cancel_all()
        self.settings.set("geometry", bytes(self.saveGeometry()))
        self.settings.set("window_state", bytes(self.saveState()))
        self.settings.set("splitter", bytes(self.splitter.saveState()))
        self.settings.set("grid_header", bytes(self.grid.horizontalHeader().saveState()))
        self._remember_position()
        self.settings.sync()
        event.accept()
