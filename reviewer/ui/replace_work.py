"""Find and replace on the store writer's thread: the library's preview and the batch writes.

The preview of the open article is computed from the window's memory; that of the whole library
reads every article's segment views, so it runs as a job of the store writer
(:class:`~reviewer.ui.store_writer.StoreWriter`), never on the GUI thread. A "Replace all" is
posted by :class:`WriterBatchReview` to be written in ONE transaction (all or nothing), each edit
conflict-checked and recorded in the history by the review service, as ``reviewer replace`` does;
while the server cannot be reached it is kept in the outbox as one change and sent (in one
transaction) when it is back.
"""

from __future__ import annotations

from collections.abc import Callable

from reviewer.core.edits import Edit
from reviewer.core.model import Translation
from reviewer.core.replace import Change, Query, preview
from reviewer.services.review import ReviewService
from reviewer.storage.store import Store
from reviewer.ui.store_writer import OnError, StoreWriter


def library_changes(store: Store, query: Query, langs: list[str]) -> list[Change]:
    """Every change ``query`` makes in the library's final texts in ``langs``, oldest article
    first (as ``reviewer replace --all`` lists them)."""
    query.pattern()
    out: list[Change] = []
    for row in reversed(store.articles()):
        views = store.segment_views(row.article.id, langs)
        out += preview(views, langs, query, row.article.id)
    return out


def article_titles(store: Store) -> dict[int, str]:
    """Every article's title by id (for the preview's article column)."""
    return {row.article.id: row.article.title for row in store.articles()}


class WriterBatchReview:
    """The review service on the writer's thread, for several edits in one transaction, posted:
    ``on_result`` gets the translations stored once committed, ``on_error`` the refusal."""

    def __init__(self, writer: StoreWriter, actor: str = "reviewer") -> None:
        self.writer, self.actor = writer, actor

    def apply_all(self, edits: list[Edit], on_result: Callable[[list[Translation | None]], None],
                  on_error: OnError, *, redo: bool = False) -> None:
        """Write every edit (or none, if one is refused) after the changes posted before."""
        kind = "batch-redo" if redo else "batch-apply"

        def job(store: Store) -> list[Translation | None]:
            if self.writer.offline_writes is not None:  # kept while the server is away
                return self.writer.offline_writes.batch(store, edits, self.actor, kind=kind)
            service = ReviewService(store, self.actor)
            with store.conn.transaction():
                return [service.apply(edit, redo=redo) for edit in edits]
        self.writer.post(job, on_result, on_error)

    def revert_all(self, edits: list[Edit],
                   on_result: Callable[[list[Translation | None]], None],
                   on_error: OnError) -> None:
        """Write every edit's ``before`` back (or none) after the changes posted before."""
        def job(store: Store) -> list[Translation | None]:
            if self.writer.offline_writes is not None:  # kept while the server is away
                return self.writer.offline_writes.batch(store, edits, self.actor,
                                                        kind="batch-revert")
            service = ReviewService(store, self.actor)
            with store.conn.transaction():
                for edit in reversed(edits):
                    service.revert(edit)
                return [store.translation(e.segment_id, e.lang) for e in edits]
        self.writer.post(job, on_result, on_error)
