"""Read models: whole-article segment views for display, progress counts, and full-text search."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reviewer.core.model import Role, Segment, SegmentView, Status
from reviewer.storage.connection import Connection
from reviewer.storage.translations import _suggestion, _translation


@dataclass(frozen=True)
class SearchHit:
    """One match of a full-text search: which article and segment, in which field and language."""

    article_id: int
    article_title: str
    index: int
    field: str
    lang: str
    text: str


def fts_query(text: str) -> str:
    """Turn what a user typed into an FTS5 query: every word must occur, each as a prefix.

    Prefixes let ``Київ`` find ``Києві``'s stem-sharing forms only when they share the prefix;
    punctuation a user types is never FTS syntax, so quotes or ``-`` cannot break the query.
    """
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    return " ".join(f'"{w}"*' for w in words)


class ViewsMixin:
    """Display and search queries of :class:`reviewer.storage.Store`."""

    conn: Connection

    def segment_views(self, article_id: int, langs: Sequence[str] = ()) -> list[SegmentView]:
        """Every segment of an article with its human text, suggestions and final translations."""
        segments: list[Segment] = self.segments(article_id)  # type: ignore[attr-defined]
        views = [SegmentView(s) for s in segments]
        by_id = {v.segment.id: v for v in views}
        with self.conn.reading() as db:
            wanted = list(langs) or self.human_langs(article_id)  # type: ignore[attr-defined]
            for lang in wanted:
                self._attach_human(views, article_id, lang)
            seg_ids = "SELECT id FROM segments WHERE article_id = ?"
            for r in db.query(f"SELECT * FROM suggestions WHERE segment_id IN ({seg_ids}) "
                              "ORDER BY engine", [article_id]):
                by_id[r["segment_id"]].suggestions.setdefault(r["lang"], []).append(_suggestion(r))
            for r in db.query(f"SELECT * FROM translations WHERE segment_id IN ({seg_ids})",
                              [article_id]):
                by_id[r["segment_id"]].translations[r["lang"]] = _translation(r)
        return views

    def _attach_human(self, views: list[SegmentView], article_id: int, lang: str) -> None:
        sentences = self.human_sentences(article_id, lang)  # type: ignore[attr-defined]
        links = self.links(article_id, lang)  # type: ignore[attr-defined]
        for link in links:
            text = " ".join(s.text for s in sentences[link.hum_start:link.hum_end])
            if link.src_end == link.src_start:
                host = views[max(link.src_start - 1, 0)] if views else None
                if host is not None and text:
                    host.human_added.setdefault(lang, []).append(text)
                    host.flagged[lang] = True
                continue
            for i in range(link.src_start, link.src_end):
                view = views[i]
                view.link_kind[lang] = link.kind
                view.flagged[lang] = link.flagged
                view.human[lang] = text if i == link.src_start else ""

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
        query = fts_query(text)
        if not query:
            return []
        hits: list[SearchHit] = []
        with self.conn.reading() as db:
            sqls = (
                ("source", "SELECT s.article_id, s.idx, '' AS lang, s.source AS text "
                 "FROM segments_fts f JOIN segments s ON s.rowid = f.rowid "
                 "WHERE segments_fts MATCH ? ORDER BY rank LIMIT ?"),
                ("translation", "SELECT s.article_id, s.idx, t.lang, t.text FROM "
                 "translations_fts f JOIN translations t ON t.rowid = f.rowid "
                 "JOIN segments s ON s.id = t.segment_id "
                 "WHERE translations_fts MATCH ? ORDER BY rank LIMIT ?"),
                ("human", "SELECT h.article_id, coalesce(min(k.src_start), -1) AS idx, h.lang, "
                 "h.text FROM human_sentences_fts f JOIN human_sentences h ON h.rowid = f.rowid "
                 "LEFT JOIN links k ON k.article_id = h.article_id AND k.lang = h.lang "
                 "AND h.idx >= k.hum_start AND h.idx < k.hum_end "
                 "WHERE human_sentences_fts MATCH ? GROUP BY h.id ORDER BY rank LIMIT ?"),
            )
            titles = {r["id"]: r["title"] for r in db.query("SELECT id, title FROM articles")}
            for field_name, sql in sqls:
                for r in db.query(sql, [query, limit]):
                    hits.append(SearchHit(r["article_id"], titles.get(r["article_id"], ""),
                                          r["idx"], field_name, r["lang"], r["text"]))
        return hits[:limit]


__all__ = ["SearchHit", "ViewsMixin", "Role", "fts_query"]
