"""Read models: whole-article segment views for display, progress counts, and full-text search."""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from reviewer.core.model import Role, Segment, SegmentView, Status, Suggestion
from reviewer.storage.connection import Connection
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

    def segment_views(self, article_id: int, langs: Sequence[str] = ()) -> list[SegmentView]:
        """Every segment of an article with its human text, suggestions and final translations.

        One query per table for the whole article (all languages at once), read as plain tuples:
        a 20,000-segment article with two human versions and two suggestions per segment loads in
        a fraction of a second.
        """
        self.article(article_id)  # type: ignore[attr-defined]
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
            wanted = list(langs) or self.human_langs(article_id)  # type: ignore[attr-defined]
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
            links[lang].append(tuple(link))  # type: ignore[arg-type]
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
                    continue
                kind = f"{src_end - src_start}-{hum_end - hum_start}"
                for i in range(src_start, src_end):
                    view = views[i]
                    view.link_kind[lang] = kind
                    view.flagged[lang] = bool(flagged)
                    view.human[lang] = text if i == src_start else ""

    def progress(self, article_id: int, langs: Sequence[str]) -> dict[str, tuple[int, int]]:
        """Approved and total segment counts per language."""
        with self.conn.reading() as db:
            total = db.execute("SELECT count(*) FROM segments WHERE article_id = ?",
                               [article_id]).fetchone()[0]
            out = {}
            for lang in langs:
                done = db.execute(
                    "SELECT count(*) FROM translations t JOIN segments s ON s.id = t.segment_id "
                    "WHERE s.article_id = ? AND t.lang = ? AND t.status = ?",
                    [article_id, lang, str(Status.APPROVED)]).fetchone()[0]
                out[lang] = (done, total)
        return out

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search over source text, final translations and human versions."""
        return search(self.conn, text, limit)


__all__ = ["SearchHit", "ViewsMixin", "fts_query"]
