"""Repeats in the window: segments with no translation whose source repeats an approved segment
are filled as drafts with origin ``repeat``, for the translator to confirm with Ctrl+Enter.

When an article opens, repeats of approvals anywhere in the library are filled; when a segment is
approved, the other segments of the article with its repeat key and no translation are (memoQ's
and Trados's auto-propagation). Each fill is one undo step ("Fill 3 repeats"), written through
the store writer (:class:`~reviewer.ui.undo.BatchCommand`). The ``repeat_fill`` setting
(the Segment menu's "Fill repeats automatically") turns both off; Ctrl+Shift+P fills on demand.

Under the final text a note says where a repeat came from ("Repeat of segment 4 in “Title”"):
known for the repeats filled in this session, else looked up through the writer once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel

from reviewer.core.model import Origin, SegmentView
from reviewer.core.repeat_keys import repeat_key
from reviewer.core.repeats import Repeat, RepeatOf, carry_over, find_repeats, keys_matching
from reviewer.services.repeats import fill_edits
from reviewer.storage.repeat_queries import approved_repeats, article_repeats
from reviewer.storage.store import Store
from reviewer.ui.editor_panel import EditorPanel
from reviewer.ui.review_controller import ReviewController
from reviewer.ui.review_model import ReviewModel
from reviewer.ui.settings import Settings
from reviewer.ui.store_writer import StoreWriter

Key = tuple[int, str]  # segment id, language


class RepeatFill(QObject):
    """Fills the repeats of ``model``'s article through ``review``'s undo stack."""

    message = Signal(str, int)

    def __init__(self, writer: StoreWriter, settings: Settings, model: ReviewModel,
                 review: ReviewController, editor: EditorPanel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer, self.settings, self.model = writer, settings, model
        self.review, self.editor = review, editor
        self.article_id: int | None = None
        self._of: dict[Key, RepeatOf | None] = {}  # where each repeat came from (None: unknown)
        self._titles: dict[int, str] = {}
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setObjectName("repeat_note")
        self.note.hide()
        editor.under_final.addWidget(self.note)
        review.segment_approved.connect(self.on_review_approved)
        review.shown.connect(self.show)

    @property
    def automatic(self) -> bool:
        """Whether repeats are filled when an article opens and after an approval."""
        return bool(self.settings.get("repeat_fill"))

    # -- filling -------------------------------------------------------------------------------
    def article_opened(self, article_id: int) -> None:
        """A new article is in the grid: fill its repeats of the library's approvals (when
        automatic)."""
        self.article_id = article_id
        if self.automatic:
            self.fill_from_library()

    def fill_from_library(self, none_found: Callable[[], None] | None = None) -> None:
        """Fill every repeat of an approved segment anywhere in the library (one undo step)
        once the approvals are read and matched on the writer's thread; ``none_found`` is
        called when there is nothing to fill."""
        views, langs, article_id = self.model.views, list(self.model.langs), self.article_id
        if not views or not langs or article_id is None or self.writer.closed:
            if none_found is not None:
                none_found()
            return

        def read(store: Store) -> list[Repeat]:  # matched in SQLite on the stored keys: the
            candidates, keys = article_repeats(store, article_id, langs)  # interpreter lock
            return find_repeats(views, langs, candidates, keys)  # stays with the GUI thread

        def arrived(found: list[Repeat]) -> None:
            if self.model.views is not views:  # another article opened meanwhile
                return
            found = [r for r in found  # still without a text (typed meanwhile: kept)
                     if not ((t := views[r.index].translations.get(r.lang)) and t.text)]
            filled = self._fill(found, self.tr("Fill {0} repeats").format(len(found)))
            if filled:
                self.message.emit(self.tr("Filled {0} repeats of approved segments: "
                                          "Ctrl+Enter confirms each.").format(filled), 12000)
            elif none_found is not None:
                none_found()

        self.writer.post(read, arrived)

    def on_review_approved(self, position: int, lang: str) -> None:
        """Segment ``position`` was approved in ``lang``: fill its repeats in the article."""
        if not self.automatic or self.article_id is None:
            return
        views = self.model.views
        t = views[position].translations.get(lang)
        if t is None or not t.text:
            return
        source = views[position].segment.source
        key = repeat_key(source)
        candidates = {(lang, key): [RepeatOf(self.article_id, position, source, t.text)]}
        found = [r for r in find_repeats(views, [lang], candidates, keys_matching(views, key))
                 if r.index != position]
        number = views[position].segment.index + 1
        filled = self._fill(found, self.tr("Fill {0} repeats of segment {1}").format(
            len(found), number))
        if filled:
            self.message.emit(self.tr("Filled {0} repeats of segment {1}").format(
                filled, number), 12000)

    def _fill(self, repeats: Sequence[Repeat], label: str) -> int:
        if not repeats:
            return 0
        edits = fill_edits(repeats, self.model.views)
        for r in repeats:
            self._of[(r.segment_id, r.lang)] = r.of
        written = self.review.push_batch(edits, label, other_articles=False,
                                         failed=lambda text: self.message.emit(text, 0))
        return len(edits) if written else 0

    # -- where a repeat came from --------------------------------------------------------------
    def show(self, view: SegmentView | None) -> None:
        """Say where the shown final text came from when it is a repeat (a repeat filled in an
        earlier session: once its approval is found on the writer's thread)."""
        lang = self.editor.lang
        t = view.translations.get(lang) if view is not None else None
        if view is None or t is None or t.origin is not Origin.REPEAT:
            self.note.hide()
            return
        key = (view.segment.id, lang)
        of = self._of.get(key)
        if key in self._of and (of is None or of.article_id == self.article_id
                                or of.article_id in self._titles):
            self.note.setText(self.describe(self._of[key]))
            self.note.show()
            return
        self.note.hide()
        if not self.writer.closed:
            self._find_source(view, lang, t.text)

    def _find_source(self, view: SegmentView, lang: str, text: str) -> None:
        """Find the approval a repeat filled in an earlier session repeats, and its title."""
        key, source, article_id = (view.segment.id, lang), view.segment.source, self.article_id

        def read(store: Store) -> tuple[RepeatOf | None, str | None]:
            found = approved_repeats(store, [source], [lang]).get((lang, repeat_key(source)), [])
            of = next((c for c in found if carry_over(c.source, c.text, source) == text), None)
            other = of is not None and of.article_id != article_id
            return of, _title_of(store, of.article_id) if other and of else None

        def arrived(result: tuple[RepeatOf | None, str | None]) -> None:
            of, title = result
            self._of[key] = of
            if of is not None and title is not None:
                self._titles[of.article_id] = title
            shown = self.editor.view
            if shown is not None and shown.segment.id == key[0] and self.editor.lang == lang:
                self.show(shown)

        self.writer.post(read, arrived)

    def describe(self, of: RepeatOf | None) -> str:
        """The note for a repeat of ``of`` (``None``: its approved segment is not found)."""
        if of is None:
            return self.tr("Repeat of an approved segment (no longer found); Ctrl+Enter "
                           "confirms it.")
        if of.article_id == self.article_id:
            return self.tr("Repeat of segment {0} of this article; Ctrl+Enter confirms it."
                           ).format(of.index + 1)
        return self.tr("Repeat of segment {0} in “{1}”; Ctrl+Enter confirms it.").format(
            of.index + 1, self._titles.get(of.article_id, ""))


def _title_of(store: Store, article_id: int) -> str:
    return store.article(article_id).title
