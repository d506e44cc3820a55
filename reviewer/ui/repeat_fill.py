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

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel

from reviewer.core.model import Origin, SegmentView
from reviewer.core.repeat_keys import repeat_key
from reviewer.core.repeats import Repeat, RepeatOf, carry_over, find_repeats
from reviewer.services.repeats import fill_edits
from reviewer.storage.repeat_queries import approved_repeats
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
    def article_opened(self, article_id: int) -> int:
        """A new article is in the grid: fill its repeats of the library's approvals (when
        automatic); how many were filled."""
        self.article_id = article_id
        return self.fill_from_library() if self.automatic else 0

    def fill_from_library(self) -> int:
        """Fill every repeat of an approved segment anywhere in the library, as one undo step."""
        views, langs = self.model.views, list(self.model.langs)
        if not views or not langs or self.writer.closed:
            return 0
        sources = [v.segment.source for v in views
                   if any(not ((t := v.translations.get(lang)) and t.text) for lang in langs)]
        if not sources:
            return 0
        candidates = self.writer.call(lambda store: approved_repeats(store, sources, langs))
        found = find_repeats(views, langs, candidates)
        filled = self._fill(found, self.tr("Fill {0} repeats").format(len(found)))
        if filled:
            self.message.emit(self.tr("Filled {0} repeats of approved segments: Ctrl+Enter "
                                      "confirms each.").format(filled), 12000)
        return filled

    def on_review_approved(self, position: int, lang: str) -> None:
        """Segment ``position`` was approved in ``lang``: fill its repeats in the article."""
        if not self.automatic or self.article_id is None:
            return
        views = self.model.views
        t = views[position].translations.get(lang)
        if t is None or not t.text:
            return
        source = views[position].segment.source
        candidates = {(lang, repeat_key(source)): [RepeatOf(self.article_id, position, source,
                                                            t.text)]}
        found = [r for r in find_repeats(views, [lang], candidates) if r.index != position]
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
        """Say where the shown final text came from when it is a repeat."""
        lang = self.editor.lang
        t = view.translations.get(lang) if view is not None else None
        if view is None or t is None or t.origin is not Origin.REPEAT:
            self.note.hide()
            return
        of = self._source_of(view, lang, t.text)
        self.note.setText(self.describe(of))
        self.note.show()

    def describe(self, of: RepeatOf | None) -> str:
        """The note for a repeat of ``of`` (``None``: its approved segment is not found)."""
        if of is None:
            return self.tr("Repeat of an approved segment (no longer found); Ctrl+Enter "
                           "confirms it.")
        if of.article_id == self.article_id:
            return self.tr("Repeat of segment {0} of this article; Ctrl+Enter confirms it."
                           ).format(of.index + 1)
        return self.tr("Repeat of segment {0} in “{1}”; Ctrl+Enter confirms it.").format(
            of.index + 1, self._title(of.article_id))

    def _source_of(self, view: SegmentView, lang: str, text: str) -> RepeatOf | None:
        key = (view.segment.id, lang)
        if key not in self._of:  # filled in an earlier session: find the approval it repeats
            source = view.segment.source
            found = self.writer.call(lambda store: approved_repeats(store, [source], [lang]))
            cands = found.get((lang, repeat_key(source)), [])
            self._of[key] = next((c for c in cands
                                  if carry_over(c.source, c.text, source) == text), None)
        return self._of[key]

    def _title(self, article_id: int) -> str:
        if article_id not in self._titles:
            self._titles[article_id] = self.writer.call(
                lambda store: _title_of(store, article_id))
        return self._titles[article_id]


def _title_of(store: Store, article_id: int) -> str:
    return store.article(article_id).title
