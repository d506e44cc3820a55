"""Full-text search over sources, final translations and human versions (the FTS5 tables).

Kept apart from the store's read models so that ``reviewer search`` opens a
:class:`~reviewer.storage.connection.Connection` and runs these queries without importing the
domain model and the store's other mixins: its whole process is timed against the bare FTS5
queries (bench/commands.py).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from reviewer.storage.connection import Connection
from reviewer.storage.dialect import is_pg


class SearchHit(NamedTuple):
    """One match of a full-text search: which article and segment, in which field and language."""

    article_id: int
    article_title: str
    index: int  # type: ignore[assignment]  # the segment's index, as the JSON calls it; hides tuple.index
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


_SQLS = (
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


def _pg_match(table: str, column: str) -> str:
    """PostgreSQL's counterpart of ``{table}_fts MATCH ?``: its ``tsvector`` index, ``simple``."""
    return f"to_tsvector('simple', {table}.{column}) @@ to_tsquery('simple', ?)"


def _pg_rank(table: str, column: str) -> str:
    return f"ts_rank(to_tsvector('simple', {table}.{column}), to_tsquery('simple', ?)) DESC"


def tsquery(text: str) -> str:
    """What a user typed as a PostgreSQL ``tsquery``: every word, each as a prefix."""
    return " & ".join(f"{w}:*" for w in re.findall(r"\w+", text, flags=re.UNICODE))


_PG_SQLS = (
    ("source", "SELECT s.article_id, s.idx, '' AS lang, s.source AS text FROM segments s "
     f"WHERE {_pg_match('s', 'source')} ORDER BY {_pg_rank('s', 'source')}, s.id LIMIT ?"),
    ("translation", "SELECT s.article_id, s.idx, t.lang, t.text FROM translations t "
     f"JOIN segments s ON s.id = t.segment_id WHERE {_pg_match('t', 'text')} "
     f"ORDER BY {_pg_rank('t', 'text')}, t.segment_id, t.lang LIMIT ?"),
    ("human", "SELECT h.article_id, coalesce(min(k.src_start), -1) AS idx, h.lang, "
     "h.text FROM human_sentences h "
     "LEFT JOIN links k ON k.article_id = h.article_id AND k.lang = h.lang "
     "AND h.idx >= k.hum_start AND h.idx < k.hum_end "
     f"WHERE {_pg_match('h', 'text')} GROUP BY h.id "
     f"ORDER BY {_pg_rank('h', 'text')}, h.id LIMIT ?"),
)


def search(conn: Connection, text: str, limit: int = 50) -> list[SearchHit]:
    """The first ``limit`` matches of ``text``: sources, then translations, then human
    versions, each by rank; articles' titles read only for the articles found."""
    query = fts_query(text)
    if not query:
        return []
    found: list[tuple[str, tuple[int, int, str, str]]] = []
    with conn.reading() as db:
        pg = is_pg(db)
        args = [tsquery(text)] * 2 + [limit] if pg else [query, limit]
        for field_name, sql in _PG_SQLS if pg else _SQLS:
            found += [(field_name, tuple(row)) for row in db.execute(sql, args)]
            if len(found) >= limit:
                break
        ids = sorted({row[0] for _field, row in found[:limit]})
        titles = dict(db.execute(
            f"SELECT id, title FROM articles WHERE id IN ({', '.join('?' * len(ids))})",
            ids).fetchall()) if ids else {}
    return [SearchHit(a, titles.get(a, ""), idx, field_name, lang, text)
            for field_name, (a, idx, lang, text) in found[:limit]]
