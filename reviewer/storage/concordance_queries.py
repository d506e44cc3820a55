"""Concordance candidates from the store: approved translations, human versions, memory units.

The full-text indexes find the candidates (every word of the phrase, each as the prefix of its
stem, so ``оборона`` also brings ``обороною``) in the sources, the final translations and the
human sentences; the memory's imported units (``tm_units``, which have no full-text index) are
scanned. :func:`reviewer.core.concordance.concordance` then keeps those that really contain the
phrase and ranks them. Approved segments are the memory's own units too, so the memory adds only
what was imported from other tools.

A human version is offered as its alignment links pair it: the linked source segments joined and
the linked human sentences joined.
"""

from __future__ import annotations

import math
import re
from typing import Any

from reviewer.core import languages
from reviewer.core.concordance import (
    APPROVED,
    DEFAULT_LIMIT,
    HUMAN,
    MEMORY,
    ConcordanceHit,
    ConcordanceUnit,
    concordance,
    phrase_words,
)
from reviewer.core.model import Status
from reviewer.storage.dialect import is_pg
from reviewer.storage.store import Store

CANDIDATES = 400  # rows read per full-text query, before the exact check and ranking


def stems(phrase: str) -> list[str]:
    """The words of ``phrase`` cut to their stems (three quarters, at least four letters)."""
    return [w[:len(w) if len(w) <= 4 else max(4, math.ceil(len(w) * 0.75))]
            for w in phrase_words(phrase)]


def stem_query(phrase: str) -> str:
    """An FTS5 query for every word of ``phrase``, each as the prefix of its stem."""
    return " ".join(f'"{stem}"*' for stem in stems(phrase))


def _lang_clause(column: str, lang: str | None, args: list[Any]) -> str:
    if not lang:
        return ""
    args.append(languages.normalize(lang))
    return f" AND {column} = ?"


def approved_units(store: Store, phrase: str, lang: str | None = None) -> list[ConcordanceUnit]:
    """Approved translations whose source or final text has every word of ``phrase``."""
    query = stem_query(phrase)
    if not query:
        return []
    base = ("SELECT s.article_id, s.idx, s.source, t.lang, t.text, a.title FROM {fts} f "
            "JOIN {table} x ON x.rowid = f.rowid {join} JOIN articles a ON a.id = s.article_id "
            "WHERE {fts} MATCH ? AND t.status = ?")
    from_source = base.format(fts="segments_fts", table="segments",
                              join="JOIN segments s ON s.id = x.id "
                                   "JOIN translations t ON t.segment_id = s.id")
    from_target = base.format(fts="translations_fts", table="translations",
                              join="JOIN translations t ON t.rowid = x.rowid "
                                   "JOIN segments s ON s.id = t.segment_id")
    out: list[ConcordanceUnit] = []
    with store.conn.reading() as db:
        pg = is_pg(db)
        if pg:
            query = pg_stem_query(phrase)
            from_source, from_target = _PG_APPROVED
        for sql in (from_source, from_target):
            args: list[Any] = [query, str(Status.APPROVED)]
            sql += _lang_clause("t.lang", lang, args) + " LIMIT ?"
            for r in db.execute(sql, [*args, CANDIDATES]).fetchall():
                out.append(ConcordanceUnit(APPROVED, r[3], r[2], r[4], r[5], r[0], r[1]))
    return out


_LINK_TEXTS = (
    "SELECT k.article_id, k.lang, k.src_start, a.title, "
    "(SELECT group_concat(source, ' ') FROM (SELECT source FROM segments "
    " WHERE article_id = k.article_id AND idx >= k.src_start AND idx < k.src_end ORDER BY idx)), "
    "(SELECT group_concat(text, ' ') FROM (SELECT text FROM human_sentences "
    " WHERE article_id = k.article_id AND lang = k.lang AND idx >= k.hum_start "
    " AND idx < k.hum_end ORDER BY idx)) "
    "FROM links k JOIN articles a ON a.id = k.article_id WHERE k.rowid IN ({keys})"
)


_PG_APPROVED = tuple(
    "SELECT s.article_id, s.idx, s.source, t.lang, t.text, a.title FROM segments s "
    "JOIN translations t ON t.segment_id = s.id JOIN articles a ON a.id = s.article_id "
    f"WHERE to_tsvector('simple', {column}) @@ to_tsquery('simple', ?) AND t.status = ?"
    for column in ("s.source", "t.text"))
_PG_HUMAN = (
    "SELECT DISTINCT k.id FROM segments s JOIN links k ON k.article_id = s.article_id "
    "AND k.src_start <= s.idx AND s.idx < k.src_end "
    "WHERE to_tsvector('simple', s.source) @@ to_tsquery('simple', ?) "
    "AND k.hum_end > k.hum_start",
    "SELECT DISTINCT k.id FROM human_sentences h JOIN links k ON k.article_id = h.article_id "
    "AND k.lang = h.lang AND k.hum_start <= h.idx AND h.idx < k.hum_end "
    "WHERE to_tsvector('simple', h.text) @@ to_tsquery('simple', ?) "
    "AND k.src_end > k.src_start",
)
_PG_LINK_TEXTS = (
    "SELECT k.article_id, k.lang, k.src_start, a.title, "
    "(SELECT string_agg(source, ' ' ORDER BY idx) FROM segments "
    " WHERE article_id = k.article_id AND idx >= k.src_start AND idx < k.src_end), "
    "(SELECT string_agg(text, ' ' ORDER BY idx) FROM human_sentences "
    " WHERE article_id = k.article_id AND lang = k.lang AND idx >= k.hum_start "
    " AND idx < k.hum_end) "
    "FROM links k JOIN articles a ON a.id = k.article_id WHERE k.id IN ({keys})"
)


def pg_stem_query(phrase: str) -> str:
    """:func:`stem_query` as a PostgreSQL ``tsquery``."""
    return " & ".join(f"{stem}:*" for stem in stems(phrase) if re.fullmatch(r"\w+", stem))


def human_units(store: Store, phrase: str, lang: str | None = None) -> list[ConcordanceUnit]:
    """Human versions (as their links pair them with sources) with every word of ``phrase``."""
    query = stem_query(phrase)
    if not query:
        return []
    from_source = ("SELECT DISTINCT k.rowid FROM segments_fts f JOIN segments s "
                   "ON s.rowid = f.rowid JOIN links k ON k.article_id = s.article_id "
                   "AND k.src_start <= s.idx AND s.idx < k.src_end "
                   "WHERE segments_fts MATCH ? AND k.hum_end > k.hum_start")
    from_target = ("SELECT DISTINCT k.rowid FROM human_sentences_fts f JOIN human_sentences h "
                   "ON h.rowid = f.rowid JOIN links k ON k.article_id = h.article_id "
                   "AND k.lang = h.lang AND k.hum_start <= h.idx AND h.idx < k.hum_end "
                   "WHERE human_sentences_fts MATCH ? AND k.src_end > k.src_start")
    keys: list[int] = []
    out: list[ConcordanceUnit] = []
    link_texts = _LINK_TEXTS
    with store.conn.reading() as db:
        if is_pg(db):
            query, (from_source, from_target), link_texts = (pg_stem_query(phrase), _PG_HUMAN,
                                                             _PG_LINK_TEXTS)
        for sql in (from_source, from_target):
            args: list[Any] = [query]
            sql += _lang_clause("k.lang", lang, args) + " LIMIT ?"
            keys += [r[0] for r in db.execute(sql, [*args, CANDIDATES]).fetchall()]
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), 500):
            chunk = unique[start:start + 500]
            sql = link_texts.format(keys=", ".join("?" * len(chunk)))
            for r in db.execute(sql, chunk).fetchall():
                if r[4] and r[5]:
                    out.append(ConcordanceUnit(HUMAN, r[1], r[4], r[5], r[3], r[0], r[2]))
    return out


def memory_units(store: Store, phrase: str, lang: str | None = None) -> list[ConcordanceUnit]:
    """Imported memory units whose source or target has every word of ``phrase`` (any case)."""
    words = [w.casefold() for w in stems(phrase)]
    if not words:
        return []
    args: list[Any] = []
    sql = "SELECT target_lang, source, target, origin FROM tm_units WHERE 1 = 1"
    sql += _lang_clause("target_lang", lang, args) + " ORDER BY id"
    out: list[ConcordanceUnit] = []
    with store.conn.reading() as db:
        for target_lang, source, target, origin in db.execute(sql, args):
            folded_source, folded_target = source.casefold(), target.casefold()
            if all(w in folded_source for w in words) or all(w in folded_target for w in words):
                out.append(ConcordanceUnit(MEMORY, target_lang, source, target, origin))
    return out


def search_concordance(store: Store, phrase: str, lang: str | None = None,
                       limit: int = DEFAULT_LIMIT) -> list[ConcordanceHit]:
    """Where ``phrase`` occurs (into ``lang``, or every language), best first."""
    units = (approved_units(store, phrase, lang) + human_units(store, phrase, lang)
             + memory_units(store, phrase, lang))
    return concordance(phrase, units, limit)
