"""Spellchecking in the window (:class:`EditorSpelling`): the final text's misspelt words found
off the GUI thread as the person types, suggestions asked of a worker, words added to the
library's dictionary through the store writer, and the QA check's dictionaries.

The same rules as ``reviewer qa``'s ``spelling`` check (:func:`~reviewer.core.qa.spelling.
misspelt`): the glossary's target terms, the source's names rendered in the translation and the
library's own words are right. Hunspell's dictionaries are loaded on a worker when an article
is asked for, while it is read (0.1-0.2 s each); until they are, nothing is underlined. Each
check runs on a worker a short pause after the last key, and its verdict is applied only if the
editor still holds the text it checked (in the same language, with the same words accepted).
Suggestions (0.1-0.5 s each) come from a second instance of the dictionary, so the shared one,
which the QA check calls on the GUI thread, is never held for that long.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from reviewer.core import languages
from reviewer.core.qa import Glossary
from reviewer.core.qa.names import NameContext
from reviewer.core.qa.spelling import Speller, SpellingAids, Word, suggestions, words
from reviewer.storage.spelling_words import SpellingWords
from reviewer.ui.editor_panel import EditorPanel
from reviewer.ui.settings import Settings
from reviewer.ui.spell_jobs import Loaded, find_misspelt, load_dictionaries
from reviewer.ui.store_writer import StoreWriter
from reviewer.ui.tasks import TaskRunner

CHECK_DELAY_MS = 150  # the pause after a key before the text is checked


def spelling_off(settings: Settings) -> frozenset[str]:
    """The languages the ``spelling_off`` setting leaves unchecked."""
    return frozenset(languages.parse_list(settings.get("spelling_off") or ""))


class EditorSpelling(QObject):
    """Underlines the misspelt words of ``editor``'s final text; suggests, adds and ignores.

    ``aids_changed`` says that :meth:`aids` (the QA check's dictionaries and accepted words)
    changed; ``suggested`` brings a word's suggestions (language, word, list).
    """

    aids_changed = Signal()
    suggested = Signal(str, str, object)
    message = Signal(str, int)
    failed = Signal(object, str)

    def __init__(self, writer: StoreWriter, settings: Settings, editor: EditorPanel,
                 runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer, self.settings, self.editor, self.runner = writer, settings, editor, runner
        self.checkers: dict[str, Speller] = {}
        self.suggesters: dict[str, Speller] = {}
        self.missing: dict[str, str] = {}  # language: why it cannot be checked
        self.loading: set[str] = set()
        self.off = spelling_off(settings)
        self.added: dict[str, frozenset[str]] = {}  # the library's words, case-folded
        self.ignored: dict[str, set[str]] = {}  # "Ignore": until the window closes
        self.glossary: Glossary | None = None
        self.context: NameContext | None = None
        self.author = ""  # who adds words: the reviewer's name, set by the window
        self.suggestions: dict[tuple[str, str], list[str]] = {}
        self._asked: set[tuple[str, str]] = set()
        self._epoch = 0  # changes whenever what counts as right changes
        self._checked: tuple[Any, ...] | None = None
        self._aids: tuple[frozenset[str], frozenset[Any]] = (frozenset(), frozenset())
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CHECK_DELAY_MS)
        self.timer.timeout.connect(self.check_now)
        editor.final.textChanged.connect(self.timer.start)
        editor.language_changed.connect(lambda _lang: self.timer.start())

    def _alive(self) -> bool:
        return shiboken6.isValid(self)

    def _on_error(self, error: BaseException, trace: str) -> None:
        if self._alive():
            self.failed.emit(error, trace)

    # -- what the window tells it --------------------------------------------------------------
    def load(self, langs: list[str]) -> None:
        """Load the dictionaries of ``langs`` not loaded yet, on a worker: the window asks as
        it starts reading an article, so that they load while it is read rather than beside the
        article's first paint (importing the dictionary library and loading one takes 0.1-0.2 s
        of a worker, and the GUI thread painting beside it waited for the interpreter lock)."""
        self.off = spelling_off(self.settings)
        wanted = [lang for lang in langs if lang not in self.off and lang not in self.checkers
                  and lang not in self.loading and lang not in self.missing]
        if wanted:
            self.loading.update(wanted)
            self.runner.start("spelling dictionaries", lambda _r: load_dictionaries(wanted),
                              on_result=self._on_loaded, on_error=self._on_error)

    def article_opened(self, langs: list[str]) -> None:
        """An article opened (or the settings changed): load the dictionaries its languages
        need (unless loading already), and read the library's words afresh (a shared library
        may have more)."""
        self.load(langs)
        self.writer.post(lambda store: SpellingWords(store).accepted(),
                         on_result=self._on_words_read, on_error=self._on_write_failed)
        self._changed()

    def set_context(self, context: NameContext, glossary: Glossary) -> None:
        """The article's names and the glossary, as the QA checks have them."""
        self.context, self.glossary = context, glossary
        self._changed()

    def _on_loaded(self, loaded: Loaded) -> None:
        if not self._alive():
            return
        for lang, (checker, suggester, why) in loaded.items():
            self.loading.discard(lang)
            if checker is None or suggester is None:
                self.missing[lang] = why
            else:
                self.checkers[lang], self.suggesters[lang] = checker, suggester
        self._changed()

    def _on_words_read(self, added: dict[str, frozenset[str]]) -> None:
        if self._alive():
            self.added = dict(added)
            self._changed()

    def _changed(self) -> None:
        """What counts as right may have changed: check again, and tell the QA check when its
        aids are not what they were."""
        self._epoch += 1
        langs = set(self.added) | set(self.ignored)
        aids = (frozenset(self.checkers) - self.off,
                frozenset((lang, self.accepted(lang)) for lang in langs))
        if aids != self._aids:
            self._aids = aids
            self.aids_changed.emit()
        self.check_now()

    # -- checking ------------------------------------------------------------------------------
    def accepted(self, lang: str) -> frozenset[str]:
        """The words taken as right in ``lang``: the library's and those ignored, case-folded."""
        return self.added.get(lang, frozenset()) | frozenset(self.ignored.get(lang, ()))

    def aids(self) -> SpellingAids:
        """The QA check's spelling aids: the dictionaries loaded (never loading one), the
        languages switched off left out, and the accepted words."""
        checkers, off = dict(self.checkers), self.off
        langs = set(self.added) | set(self.ignored)
        return SpellingAids(lambda lang: None if lang in off else checkers.get(lang),
                            {lang: self.accepted(lang) for lang in langs})

    def speller(self, lang: str) -> Speller | None:
        """The dictionary checking ``lang`` now (None: switched off, missing or loading)."""
        return None if lang in self.off else self.checkers.get(lang)

    def check_now(self) -> None:
        """Check the editor's text on a worker (unless it was checked as it is)."""
        self.timer.stop()
        editor = self.editor
        text, lang = editor.raw_text(), editor.lang
        source = editor.view.segment.source if editor.view is not None else ""
        key = (text, lang, source, self._epoch)
        if key == self._checked:
            return
        if self._checked is None or self._checked[1:3] != key[1:3]:
            editor.underline(frozenset())  # another segment or language: nothing known yet
        self._checked = key
        speller = self.speller(lang)
        if speller is None or not text.strip():
            editor.underline(frozenset())
            return
        accepted, glossary, context = self.accepted(lang), self.glossary, self.context
        self.runner.start(
            "spelling", lambda _r: find_misspelt(text, lang, speller, accepted, glossary,
                                                 source, context),
            on_result=lambda found: self._on_checked(key, found), on_error=self._on_error)

    def _on_checked(self, key: tuple[Any, ...], found: frozenset[str]) -> None:
        if not self._alive():
            return
        editor = self.editor
        source = editor.view.segment.source if editor.view is not None else ""
        if (editor.raw_text(), editor.lang, source, self._epoch) == key:  # else: stale
            editor.underline(found)

    def word_at(self, position: int) -> Word | None:
        """The underlined word at ``position`` of the editor's text, if any."""
        found = self.editor.marks.misspelt
        return next((w for w in words(self.editor.raw_text())
                     if w.start <= position <= w.end and w.text in found), None)

    def next_word(self, position: int) -> Word | None:
        """The first underlined word at or after ``position`` (wrapping to the first one)."""
        found = self.editor.marks.misspelt
        marked = [w for w in words(self.editor.raw_text()) if w.text in found]
        return next((w for w in marked if w.end >= position), marked[0] if marked else None)

    # -- suggestions, adding, ignoring --------------------------------------------------------
    def suggest(self, lang: str, word: str) -> list[str] | None:
        """``word``'s suggestions if known; else None, and they are asked of a worker
        (``suggested`` brings them)."""
        key = (lang, word)
        speller = self.suggesters.get(lang)
        if key not in self.suggestions and key not in self._asked and speller is not None:
            self._asked.add(key)
            self.runner.start("spelling suggestions",
                              lambda _r: suggestions(word, speller),
                              on_result=lambda found: self._on_suggested(key, found),
                              on_error=self._on_error)
        if speller is None:
            return []
        return self.suggestions.get(key)

    def _on_suggested(self, key: tuple[str, str], found: list[str]) -> None:
        if self._alive():
            self.suggestions[key] = list(found)
            self.suggested.emit(key[0], key[1], list(found))

    def add_word(self, lang: str, word: str) -> None:
        """Add ``word`` to the library's ``lang`` dictionary (stored by the writer): it is no
        longer underlined or reported anywhere."""
        folded = word.casefold()
        self.added[lang] = self.added.get(lang, frozenset()) | {folded}
        self._changed()
        who = self.author
        done: Callable[[object], None] = lambda _new: self.message.emit(  # noqa: E731
            self.tr("“{word}” added to the library's dictionary ({lang}).").format(
                word=word, lang=languages.label(lang)), 8000)
        self.writer.post(lambda store: SpellingWords(store).add(lang, word, added_by=who),
                         on_result=done, on_error=lambda error: self._not_added(lang, word, error))

    def _not_added(self, lang: str, word: str, error: BaseException) -> None:
        if not self._alive():
            return
        self.added[lang] = self.added.get(lang, frozenset()) - {word.casefold()}
        self._changed()
        self.message.emit(self.tr("“{word}” was not added to the dictionary: {error}").format(
            word=word, error=error), 0)

    def _on_write_failed(self, error: BaseException) -> None:
        if self._alive():
            self.message.emit(self.tr("The library's dictionary could not be read: {0}")
                              .format(error), 0)

    def ignore_word(self, lang: str, word: str) -> None:
        """Take ``word`` as right in ``lang`` until the window closes (not stored)."""
        self.ignored.setdefault(lang, set()).add(word.casefold())
        self._changed()
