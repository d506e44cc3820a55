"""Read models: whole-article segment views for display, progress counts, and full-text search."""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from reviewer.core.model import Article, Role, Segment, SegmentView, Suggestion
from reviewer.storage.connection import Connection
from reviewer.storage.human import flag_reason
from reviewer.storage.progress_queries import progress
from reviewer.storage.search import SearchHit, fts_query, search
from reviewer.storage.translations import _translation


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a burst of objects is built.

    Building 20,000 views allocates ~200,000 objects and makes no garbage; the collector would
    otherwise walk the growing heap over and over (a third of the load time on a long article).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class ViewsMixin:
    """Display and search queries of :class:`reviewer.storage.Store`."""

    conn: Connection

    if TYPE_CHECKING:  # from the other mixins of the Store
        def article(self, article_id: int) -> Article: ...

        def human_langs(self, article_id: int) -> list[str]: ...

    def segment_views(self, article_id: int, langs: Sequence[str] = ()) -> list[SegmentView]:
        """Every segment of an article with its human text, suggestions and final translations.

        One query per table for the whole article (all languages at once), read as plain tuples:
        a 20,000-segment article with two human versions and two suggestions per segment loads in
        a fraction of a second.
        """
        self.article(article_id)
        with self.conn.reading() as db, _collector_paused():
            raw = db.conn
            roles: dict[str, Role] = {}
            views = []
            for sid, idx, paragraph, role, source in raw.execute(
                    "SELECT id, idx, paragraph, role, source FROM segments WHERE article_id = ? "
                    "ORDER BY idx", [article_id]):
                kind = roles.get(role) or roles.setdefault(role, Role(role))
                views.append(SegmentView(Segment(sid, article_id, idx, paragraph, kind, source)))
            by_id = {v.segment.id: v for v in views}
            wanted = list(langs) or self.human_langs(article_id)
            self._attach_humans(raw, views, article_id, wanted)
            seg_ids = "SELECT id FROM segments WHERE article_id = ?"
            for sid, lang, engine, text, error, fetched in raw.execute(
                    "SELECT segment_id, lang, engine, text, error, fetched_at FROM suggestions "
                    f"WHERE segment_id IN ({seg_ids}) ORDER BY engine", [article_id]):
                by_id[sid].suggestions.setdefault(lang, []).append(
                    Suggestion(sid, lang, engine, text, error, fetched))
            cursor = raw.execute(f"SELECT * FROM translations WHERE segment_id IN ({seg_ids})",
                                 [article_id])
            names = [d[0] for d in cursor.description]
            for values in cursor:
                r = dict(zip(names, values, strict=True))
                by_id[r["segment_id"]].translations[r["lang"]] = _translation(r)
        return views

    def _attach_humans(self, raw: sqlite3.Connection, views: list[SegmentView], article_id: int,
                       langs: Sequence[str]) -> None:
        """Put each language's human text on the segments its alignment links point to."""
        wanted = list(dict.fromkeys(langs))
        if not wanted:
            return
        marks = ", ".join("?" * len(wanted))
        texts: dict[str, list[str]] = {lang: [] for lang in wanted}
        for lang, text in raw.execute(
                "SELECT lang, text FROM human_sentences "
                f"WHERE article_id = ? AND lang IN ({marks}) ORDER BY lang, idx",
                [article_id, *wanted]):
            texts[lang].append(text)
        links: dict[str, list[tuple[int, int, int, int, int]]] = {lang: [] for lang in wanted}
        for lang, *link in raw.execute(
                "SELECT lang, src_start, src_end, hum_start, hum_end, flagged FROM links "
                f"WHERE article_id = ? AND lang IN ({marks}) ORDER BY lang, idx",
                [article_id, *wanted]):
            links[lang].append(tuple(link))
        for lang in wanted:  # in the caller's order, as each view's dicts list languages
            sentences = texts[lang]
            for src_start, src_end, hum_start, hum_end, flagged in links[lang]:
                found = sentences[hum_start:hum_end]
                text = found[0] if len(found) == 1 else " ".join(found)
                if src_end == src_start:
                    host = views[max(src_start - 1, 0)] if views else None
                    if host is not None and text:
                        host.human_added.setdefault(lang, []).append(text)
                        host.flagged[lang] = True
                        if not host.flag_reason.get(lang):
                            host.flag_reason[lang] = "added"
                    continue
                kind = f"{src_end - src_start}-{hum_end - hum_start}"
                for i in range(src_start, src_end):
                    view = views[i]
                    view.link_kind[lang] = kind
                    view.flagged[lang] = bool(flagged)
                    view.flag_reason[lang] = flag_reason(flagged)
                    view.human[lang] = text if i == src_start else ""

    def progress(self, article_id: int, langs: Sequence[str]) -> dict[str, tuple[int, int]]:
        """Approved and total segment counts per language (:func:`progress_queries.progress`)."""
        return {lang: (p.approved, p.segments)
                for lang, p in progress(self.conn, article_id, langs).items()}

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search over source text, final translations and human versions."""
        return search(self.conn, text, limit)


__all__ = ["SearchHit", "ViewsMixin", "fts_query"]
