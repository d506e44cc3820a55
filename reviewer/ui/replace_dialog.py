"""Find and replace (Ctrl+H) in the final texts of the open article or of the whole library.

The dialog previews every change as the person types (after a short pause): the segment, the
language, the text with what was found marked, and the text after. "Replace" changes the
selected text, "Replace all" every listed one; each is ONE undo step of the review controller
(a :class:`~reviewer.ui.undo.BatchCommand` written in one transaction by the store writer), so
Ctrl+Z in the window undoes a whole "Replace all". Approved and rejected texts are listed but
left alone unless the person includes them; they then become drafts unless "keep their status"
is ticked. The open article's preview comes from the window's memory; the library's is read by
the store writer, off the GUI thread. A bad regular expression is said in the dialog, and
nothing is written.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.core.replace import Change, Query, QueryError, edits, preview
from reviewer.storage.store import Store
from reviewer.ui import theme
from reviewer.ui.replace_preview import ARTICLE, FOUND, HtmlDelegate, ReplacePreviewModel
from reviewer.ui.replace_work import article_titles, library_changes
from reviewer.ui.review_controller import ReviewController

PREVIEW_DELAY_MS = 250
ARTICLE_SCOPE, LIBRARY_SCOPE = 0, 1


class ReplaceDialog(QDialog):
    """Find and replace over ``review``'s article (or the library) in ``langs``."""

    def __init__(self, review: ReviewController, langs: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.review, self.langs = review, list(langs)
        self.setWindowTitle(self.tr("Find and replace"))
        self.find_text = QLineEdit()
        self.replace_text = QLineEdit()
        self.regex = QCheckBox(self.tr("Regular e&xpression"))
        self.whole_word = QCheckBox(self.tr("&Whole words"))
        self.match_case = QCheckBox(self.tr("Match &case"))
        self.scope = QComboBox()
        self.scope.addItems([self.tr("This article"), self.tr("Whole library")])
        self.include = QCheckBox(self.tr("Include a&pproved and rejected texts"))
        self.keep = QCheckBox(self.tr("&Keep their status (otherwise they become drafts)"))
        self.keep.setEnabled(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.model = ReplacePreviewModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(FOUND, HtmlDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the buttons
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FOUND, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FOUND + 1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        self.replace_one = QPushButton(self.tr("&Replace"))
        self.replace_all = QPushButton(self.tr("Replace &all"))
        for button in (self.replace_one, self.replace_all):
            button.setAutoDefault(True)
        self.replace_one.clicked.connect(self.on_replace_one_clicked)
        self.replace_all.clicked.connect(self.on_replace_all_clicked)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self._generation = 0
        self._done = ""  # what the last replacement did, said above the next preview
        for field in (self.find_text, self.replace_text):
            field.textChanged.connect(lambda _t: self.timer.start())
        for box in (self.regex, self.whole_word, self.match_case, self.include, self.keep):
            box.toggled.connect(lambda _on: self.timer.start())
        self.include.toggled.connect(self.keep.setEnabled)
        self.scope.currentIndexChanged.connect(lambda _i: self.timer.start())
        self._lay_out()
        self.resize(900, 520)
        self.find_text.setFocus()
        self.refresh()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Find:"), self.find_text)
        form.addRow(self.tr("Replace wi&th:"), self.replace_text)
        options = QHBoxLayout()
        for box in (self.regex, self.whole_word, self.match_case):
            options.addWidget(box)
        options.addStretch(1)
        form.addRow(self.tr("Options:"), options)
        form.addRow(self.tr("&In:"), self.scope)
        approved = QVBoxLayout()
        approved.addWidget(self.include)
        approved.addWidget(self.keep)
        form.addRow("", approved)  # each label is its field's buddy (Alt+letter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.replace_one, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.replace_all, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    # -- the query and its preview -------------------------------------------------------------
    def query(self) -> Query:
        return Query(self.find_text.text(), self.replace_text.text(),
                     regex=self.regex.isChecked(), whole_word=self.whole_word.isChecked(),
                     match_case=self.match_case.isChecked())

    def library_scope(self) -> bool:
        return self.scope.currentIndex() == LIBRARY_SCOPE

    def refresh(self) -> None:
        """Recompute the preview (the library's on the store writer's thread)."""
        self.timer.stop()
        self._generation += 1
        if not self.find_text.text():
            self._show([], self.tr("Type what to find; every change is listed here before "
                                   "anything is replaced."))
            return
        query = self.query()
        try:
            query.pattern()
        except QueryError as exc:
            self._show([], self._refusal(str(exc)), error=True)
            return
        if not self.library_scope():
            article_id = self.review.article_id or 0
            self._preview_ready(self._generation, preview(self.review.model.views, self.langs,
                                                          query, article_id), {})
            return
        generation, langs = self._generation, self.langs
        self._show([], self.tr("Searching the library…"))

        def job(store: Store) -> tuple[list[Change], dict[int, str]]:
            return library_changes(store, query, langs), article_titles(store)

        self.review.writer.post(job, lambda found: self._preview_ready(generation, *found),
                                lambda error: self._failed(generation, error))

    def _refusal(self, error: str) -> str:
        """Why the query cannot run, in the interface language."""
        _, found, reason = error.partition("not a regular expression: ")
        if found:
            return self.tr("Nothing replaced: this is not a regular expression "
                           "({reason}).").format(reason=reason)
        return self.tr("Nothing replaced: “{find}” matches empty text; make it find at least "
                       "one character.").format(find=self.find_text.text())

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._show([], str(error), error=True)

    def _preview_ready(self, generation: int, changes: list[Change],
                       titles: dict[int, str]) -> None:
        if generation != self._generation:
            return  # the query changed since: a newer preview is on its way
        chosen = [c for c in changes if self.include.isChecked() or not c.settled]
        left = len(changes) - len(chosen)
        done, self._done = self._done, ""
        if not changes:
            text = self.tr("Not found.")
        else:
            text = self.tr("Texts that will change: {count}.").format(count=len(chosen))
            if left:
                text += " " + self.tr("Approved or rejected texts left alone: {left} (tick "
                                      "“Include approved and rejected texts” to change them "
                                      "too).").format(left=left)
        self._show(changes, f"{done} {text}" if done else text, titles=titles)

    def _show(self, changes: list[Change], text: str, *, error: bool = False,
              titles: dict[int, str] | None = None) -> None:
        row = max(self.table.currentIndex().row(), 0)
        self.model.set_changes(changes, self.include.isChecked(), titles)
        self.table.setColumnHidden(ARTICLE, not self.library_scope())
        self.table.resizeRowsToContents()
        if changes:  # the same place, or the next text that will change
            row = min(row, len(changes) - 1)
            row = next((i for i in range(row, len(changes)) if self.model.chosen(changes[i])),
                       row)
            self.table.selectRow(row)
        colour = theme.colours().error if error else theme.colours().muted
        self.message.setStyleSheet(f"color:{colour}")
        self.message.setText(text)
        chosen = any(self.model.chosen(c) for c in changes)
        self.replace_all.setEnabled(chosen)
        self.replace_one.setEnabled(chosen)

    def on_table_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        """Show the selected change's segment in the grid and editor (when in this article)."""
        rows = selected.indexes()
        if not rows:
            return
        change = self.model.changes[rows[0].row()]
        if change.article_id != self.review.article_id:
            return
        row = self.review.model.row_of_segment(change.index)
        if row is not None:
            self.review.editor.select_language(change.lang)
            self.review.go_to_row(row)

    # -- replacing -----------------------------------------------------------------------------
    def _write(self, changes: list[Change], label: str) -> None:
        todo = edits(changes, include_settled=self.include.isChecked(),
                     keep_status=self.keep.isChecked())
        if not todo:
            self.message.setText(self.tr("This text is approved or rejected: tick “Include "
                                         "approved and rejected texts” to change it."))
            return
        if self.review.push_batch(todo, label):
            self._done = self.tr("Texts replaced: {count} (Ctrl+Z in the window undoes "
                                 "it all).").format(count=len(todo))
        self.refresh()

    def on_replace_one_clicked(self) -> None:
        row = self.table.currentIndex().row()
        if not 0 <= row < len(self.model.changes):
            return
        change = self.model.changes[row]
        self._write([change], self.tr("Replace in segment {0}").format(change.index + 1))

    def on_replace_all_clicked(self) -> None:
        query = self.query()
        self._write(self.model.changes, self.tr("Replace “{find}” with “{replacement}”").format(
            find=query.find, replacement=query.replacement))

    def done(self, result: int) -> None:
        """Closing gives the keyboard back to the window (its shortcuts work at once); a
        library preview still being read is then ignored (the dialog is gone)."""
        self._generation += 1
        self.timer.stop()
        super().done(result)
        parent = self.parentWidget()
        if parent is not None:
            parent.activateWindow()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Enter in a text field refreshes the preview at once (it never replaces)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                self.focusWidget() in (self.find_text, self.replace_text)):
            self.refresh()
            return
        super().keyPressEvent(event)
