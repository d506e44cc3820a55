"""The menu of a misspelt word in the final-text editor (:class:`SpellMenus`): its suggestions,
"Add to dictionary" and "Ignore", on a right click over the word (above the editor's own
items) and on F7 (at the next misspelt word after the cursor, which is selected).

Suggestions take Hunspell 0.1-0.5 s, so they are asked of a worker when the menu opens
(unless known already): the menu shows "…" in their place until they arrive, then lists them
with the first one active, so Enter takes it. Choosing one replaces the word as typing does:
one step of the editor's undo, saved as a draft.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QMenu

from reviewer.core.qa.spelling import Word
from reviewer.ui.editor_panel import EditorPanel
from reviewer.ui.spell_work import EditorSpelling


class SpellMenus(QObject):
    """Opens the spelling menu of ``editor``'s final text; ``menu`` is the one open, if any."""

    def __init__(self, spelling: EditorSpelling, editor: EditorPanel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spelling, self.editor = spelling, editor
        self.menu: QMenu | None = None
        self.word: Word | None = None
        self.lang = ""
        self.waiting: QAction | None = None  # the "…" item while suggestions are computed
        self.keyboard = False
        editor.final.viewport().installEventFilter(self)
        spelling.suggested.connect(self._on_suggested)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """A right click (or the menu key) over a misspelt word: its menu above the editor's."""
        if event.type() == QEvent.Type.ContextMenu and watched is self.editor.final.viewport():
            assert isinstance(event, QContextMenuEvent)
            final = self.editor.final
            word = self.spelling.word_at(final.cursorForPosition(event.pos()).position())
            if word is not None:
                menu = final.createStandardContextMenu()
                self._fill(menu, word, keyboard=False)
                menu.popup(event.globalPos())
                return True
        return super().eventFilter(watched, event)

    def open_next(self) -> bool:
        """F7: select the next misspelt word after the cursor and open its menu there;
        ``False`` (with a message) when no word is underlined."""
        final = self.editor.final
        final.setFocus()
        word = self.spelling.next_word(final.textCursor().position())
        if word is None:
            self.spelling.message.emit(self.tr("No misspelt words in the final text."), 8000)
            return False
        cursor = QTextCursor(final.document())
        cursor.setPosition(word.start)
        cursor.setPosition(word.end, QTextCursor.MoveMode.KeepAnchor)
        final.setTextCursor(cursor)
        final.ensureCursorVisible()
        menu = QMenu(final)
        self._fill(menu, word, keyboard=True)
        menu.popup(final.viewport().mapToGlobal(final.cursorRect(cursor).bottomLeft()))
        self._activate_first()
        return True

    def _fill(self, menu: QMenu, word: Word, *, keyboard: bool) -> None:
        """Put the word's items at the top of ``menu``."""
        self.menu, self.word, self.lang, self.keyboard = menu, word, self.editor.lang, keyboard
        self.waiting = None
        before = menu.actions()[0] if menu.actions() else None
        found = self.spelling.suggest(self.lang, word.text)
        items: list[QAction] = []
        if found is None:
            self.waiting = QAction("…", menu)
            self.waiting.setEnabled(False)
            items.append(self.waiting)
        else:
            items += self._choices(menu, found)
        add = QAction(self.tr("&Add to dictionary"), menu)
        add.setStatusTip(self.tr("Add the word to the library's own dictionary: it is no "
                                 "longer underlined anywhere"))
        lang, text = self.lang, word.text
        add.triggered.connect(lambda: self.spelling.add_word(lang, text))
        ignore = QAction(self.tr("&Ignore"), menu)
        ignore.setStatusTip(self.tr("Take the word as right until reviewer closes"))
        ignore.triggered.connect(lambda: self.spelling.ignore_word(lang, text))
        ours = [*items, self._separator(menu), add, ignore]
        if before is None:
            menu.addActions(ours)
        else:  # above the editor's own items
            menu.insertActions(before, [*ours, self._separator(menu)])
        menu.aboutToHide.connect(menu.deleteLater)

    @staticmethod
    def _separator(menu: QMenu) -> QAction:
        line = QAction(menu)
        line.setSeparator(True)
        return line

    def _choices(self, menu: QMenu, found: list[str]) -> list[QAction]:
        if not found:
            none = QAction(self.tr("(no suggestions)"), menu)
            none.setEnabled(False)
            return [none]
        out = []
        for text in found:
            action = QAction(text.replace("&", "&&"), menu)
            action.triggered.connect(lambda _checked=False, t=text: self._replace(t))
            out.append(action)
        return out

    def _open(self) -> QMenu | None:
        menu = self.menu
        return menu if menu is not None and shiboken6.isValid(menu) else None

    def _on_suggested(self, lang: str, word: str, found: list[str]) -> None:
        """Suggestions arrived: in place of the "…" of the menu still open for that word."""
        menu, waiting = self._open(), self.waiting
        if (menu is None or waiting is None or self.word is None
                or (lang, word) != (self.lang, self.word.text)):
            return
        menu.insertActions(waiting, self._choices(menu, found))
        menu.removeAction(waiting)
        self.waiting = None
        self._activate_first()

    def _activate_first(self) -> None:
        """On F7, Enter takes the first suggestion (the arrows move to the others)."""
        menu = self._open()
        if menu is not None and self.keyboard and menu.isVisible():
            first = menu.actions()[0]
            if first.isEnabled() and menu.activeAction() is None:
                menu.setActiveAction(first)

    def _replace(self, text: str) -> None:
        """Put ``text`` in place of the word the menu was opened for (if still there)."""
        word, editor = self.word, self.editor
        if word is None:
            return
        now = editor.raw_text()
        start = word.start if now[word.start:word.end] == word.text else now.find(word.text)
        if start < 0:
            return
        editor.replace_range(start, start + len(word.text), text)
        editor.final.setFocus()
