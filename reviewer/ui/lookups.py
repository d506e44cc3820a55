"""The window's term tools (an object the window composes): the concordance dock (Ctrl+K, and
Alt+Insert to insert a hit), adding a term from the selections (Ctrl+T) and the glossary window.

Searches and glossary writes run on the store writer's thread, posted: the answer (a search's
hits, a term added once committed) comes back on the GUI thread.
``glossary_changed`` tells the window to read the glossary again and show the segment anew.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow

from reviewer.core.concordance import ConcordanceHit
from reviewer.storage.concordance_queries import search_concordance
from reviewer.storage.errors import StoreError
from reviewer.storage.glossary import GlossaryImport, GlossaryStore
from reviewer.storage.store import Store
from reviewer.ui.concordance import ConcordancePanel
from reviewer.ui.editor_panel import EditorPanel
from reviewer.ui.glossary_window import GlossaryWindow
from reviewer.ui.selections import SelectionMemory
from reviewer.ui.store_writer import StoreWriter
from reviewer.ui.term_dialog import TermDialog


class Lookups(QObject):
    """Concordance, terms from the window and the glossary window over ``writer``."""

    message = Signal(str, int)
    glossary_changed = Signal()

    def __init__(self, writer: StoreWriter, editor: EditorPanel, window: QMainWindow,
                 langs: Callable[[], list[str]]) -> None:
        super().__init__(window)
        self.writer, self.editor, self.window, self.langs = writer, editor, window, langs
        self.selections = SelectionMemory(editor, self)
        self.panel = ConcordancePanel()
        self.panel.search_requested.connect(self.search)
        self.panel.insert_requested.connect(self.insert)
        self.dock = QDockWidget(self.tr("Concordance"), window)
        self.dock.setObjectName("concordance")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.glossary_window: GlossaryWindow | None = None
        editor.language_changed.connect(self._on_language_changed)

    # -- concordance -------------------------------------------------------------------------
    def open_concordance(self) -> None:
        """Ctrl+K: show the panel with the selection (if any) as the phrase, and search."""
        phrase = self.selections.phrase()
        self.dock.show()
        self.dock.raise_()
        self.panel.start(phrase)

    def search(self, phrase: str) -> None:
        lang = self.editor.lang
        self.writer.post(lambda store: search_concordance(store, phrase, lang),
                         on_result=lambda hits: self._show(phrase, lang, hits),
                         on_error=self._failed)

    def _show(self, phrase: str, lang: str, hits: Sequence[ConcordanceHit]) -> None:
        if shiboken6.isValid(self.panel) and lang == self.editor.lang:
            self.panel.show_hits(phrase, hits)

    def _failed(self, error: BaseException) -> None:
        self.message.emit(self.tr("The concordance could not be searched: {error}")
                          .format(error=error), 12000)

    def _on_language_changed(self, _lang: str) -> None:
        if self.dock.isVisible() and self.panel.phrase.text().strip():
            self.panel.search_now()

    def insert(self, text: str) -> None:
        """Put ``text`` at the final text's cursor (replacing its selection); saved as typing is."""
        if self.editor.view is None:
            return
        final = self.editor.final
        cursor = final.textCursor()
        cursor.insertText(text)
        final.setTextCursor(cursor)
        final.setFocus()

    def insert_current(self) -> None:
        """Alt+Insert: the selected hit into the final text (the panel must be open)."""
        if not self.dock.isVisible() or self.panel.current_hit() is None:
            self.message.emit(self.tr("Look a phrase up first: Ctrl+K opens the concordance."),
                              12000)
            return
        self.panel.insert_current()

    # -- glossary ----------------------------------------------------------------------------
    def add_term(self) -> None:
        """Ctrl+T: the selected source and target words into the glossary, after a look."""
        langs = self.langs()
        dialog = TermDialog(self.selections.source(), self.selections.target(),
                            self.editor.lang, langs, self.window)
        if not dialog.exec():
            return
        term = dialog.term()

        def written(result: GlossaryImport | None) -> None:  # on the GUI thread, once committed
            if result is None:  # the server is away: kept on this computer, sent when it is back
                self.message.emit(self.tr("Kept to add to the glossary when the server is back: "
                                          "{source} → {target}.")
                                  .format(source=term.source, target=term.target), 12000)
            elif result.added:
                self.message.emit(self.tr("Added to the glossary: {source} → {target}.")
                                  .format(source=term.source, target=term.target), 12000)
            else:
                self.message.emit(self.tr("The glossary already has {source} → {target}.")
                                  .format(source=term.source, target=term.target), 12000)
            self.glossary_changed.emit()
            if self.glossary_window is not None and shiboken6.isValid(self.glossary_window):
                self.glossary_window.reload()

        def refused(error: BaseException) -> None:  # locked, read-only: said; a bug: raised
            if not isinstance(error, StoreError):
                raise error
            self.message.emit(str(error), 0)

        def job(store: Store) -> GlossaryImport | None:
            writes = self.writer.offline_writes
            if writes is None:
                return GlossaryStore(store).add([term], "window")
            return writes.add_terms(store, [term], "window")

        self.writer.post(job, written, refused)

    def open_glossary(self) -> None:
        """Open (or bring forward) the glossary window."""
        window = self.glossary_window
        if window is None or not shiboken6.isValid(window):
            window = self.glossary_window = GlossaryWindow(self.writer, self.langs(), self.window)
            window.changed.connect(self.glossary_changed)
        else:
            window.reload()
        window.show()
        window.raise_()
        window.activateWindow()
        window.filter.setFocus()
