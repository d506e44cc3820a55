"""Reading the library's rows and an article's segment views for the window, off its GUI thread.

:class:`ArticleLoader` posts the reads to the store writer
(:class:`~reviewer.ui.store_writer.StoreWriter`) and hands what was read to the window when it
arrives, through a callback on the GUI thread: the window goes on painting and answering keys
while a 20,000-segment article (140,000 rows) is read. Only what was asked for last is handed
over; a read asked for before it is dropped when it arrives (its views freed on the writer's
thread). Asking again for the article being read, in the same languages, reads nothing more:
the read under way shows it (a second read of a 20,000-segment article is a second of the
writer's work, thrown away, while the window shows the first); ``again`` reads it all the same
(it changed since the read under way began).

When the views arrive, the writer's thread first waits until the window has shown them (its
grid's rows fitted, :meth:`ArticleLoader.article_shown`), at most :data:`SHOW_PAUSE_S`: what the
window posts as the article opens (freeing the article shown before, matching repeats of the
library's approvals, over every segment) would otherwise hold Python's interpreter lock half the
time while the GUI thread lays out the first screenful, and each of its steps would take twice
as long.

The garbage collector is paused from the first read until the views of the last one asked
for are in the model (or dropped), and what exists then is frozen (as
:func:`~reviewer.ui.review_model.long_lived` does): the views are ~150,000 tracked objects, and
a full pass over them, on either thread, would hold up the GUI thread.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject

from reviewer.core.model import Article, SegmentView
from reviewer.storage.articles import ArticleSummary
from reviewer.storage.store import Store
from reviewer.ui.qa_grid import warm_up
from reviewer.ui.review_model import Prepared, prepare
from reviewer.ui.store_writer import StoreWriter

DISCARD_AT_ONCE = 500  # views freed per step on the writer's thread
SHOW_PAUSE_S = 0.3  # the longest the writer's thread waits for an article to be shown
ArticleRead = Callable[[Article, list[SegmentView], list[str], Prepared], None]


class ArticleLoader(QObject):
    """The library's rows and the articles' views, read on ``writer``'s thread."""

    def __init__(self, writer: StoreWriter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.writer = writer
        self.opening: int | None = None  # the article being read, to be shown when it arrives
        self._opening_langs: list[str] = []
        self._asked = 0  # reads asked for so far: only the last one is shown
        self._reading = 0  # reads posted whose result has not arrived yet
        self._gc_was_enabled = True
        self._shown = threading.Event()  # set on the GUI thread, waited for on the writer's
        self.checks_warm = False  # the QA checks have run once (on the writer's thread)

    def read_library(self, done: Callable[[list[ArticleSummary]], None]) -> None:
        """Read the library's rows; ``done(rows)`` gets them on the GUI thread."""
        if not self.writer.closed:
            self.writer.post(lambda store: store.articles(), done)

    def read_article(self, article_id: int, langs: list[str], done: ArticleRead,
                     failed: Callable[[BaseException], None], *, again: bool = False) -> None:
        """Read article ``article_id`` with its views in ``langs``; ``done(article, views,
        langs, prepared)`` gets them (with their places, statuses and words) on the GUI thread,
        unless another read was asked for since. When that article is being read already in
        ``langs``, the read under way is the one shown, unless ``again``."""
        if self.writer.closed:
            return
        if not again and self.opening == article_id and self._opening_langs == langs:
            return
        self.opening, self._opening_langs = article_id, list(langs)
        self._asked += 1
        self._reading += 1
        asked = self._asked

        def read(store: Store) -> tuple[Article, list[SegmentView], Prepared]:
            self._pause_gc()
            views = store.segment_views(article_id, langs)
            article, prepared = store.article(article_id), prepare(views, langs, names=True)
            if not self.checks_warm:  # the QA checks' first run, here rather than on the GUI
                warm_up(views, langs, article.source_lang, prepared.names)  # thread
                self.checks_warm = True
            return article, views, prepared

        def arrived(result: tuple[Article, list[SegmentView], Prepared]) -> None:
            try:
                if self._asked != asked:  # another read was asked for since: not shown
                    self.discard(result[1])
                    return
                self.opening = None
                self._shown.clear()
                shown = self._shown
                self.writer.post(lambda _store: shown.wait(SHOW_PAUSE_S))  # before the jobs
                done(result[0], result[1], langs, result[2])  # that showing it posts
                gc.freeze()  # the new article's views: out of every later pass
            finally:
                self._read_ended()

        def refused(error: BaseException) -> None:
            self._read_ended()
            if self._asked == asked:
                self.opening = None
            failed(error)

        self.writer.post(read, arrived, refused)

    def article_shown(self) -> None:
        """The article that arrived last is on screen: the writer's thread may go on."""
        self._shown.set()

    def discard(self, views: list[SegmentView]) -> None:
        """Free the views of the article shown before on the writer's thread, a few hundred at a
        time (freeing 20,000 at once holds the interpreter lock for about 0.1 s)."""
        def drop(_store: Store) -> None:
            while views:
                del views[-DISCARD_AT_ONCE:]
        if views and not self.writer.closed:
            self.writer.post(drop)

    def _pause_gc(self) -> None:
        """On the writer's thread, before the views are built."""
        if gc.isenabled():
            self._gc_was_enabled = True
            gc.disable()

    def _read_ended(self) -> None:
        """On the GUI thread, as a read's result arrives: the collector runs again once no read
        is under way (one enabled while the next builds its views would make full passes over
        them on the writer's thread, 40-70 ms each, holding the interpreter lock)."""
        self._reading -= 1
        if self._reading == 0 and self._gc_was_enabled:
            gc.enable()
