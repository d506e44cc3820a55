"""The translation memory's persistent index: one row per unit in ``tm_index``, kept by triggers.

Migration 6 creates the table and the triggers that keep it: an approval (a translation written,
or changed, with status ``approved``) adds its (segment, language) row, anything else that
changes or removes it (a new text, a rejection, an undo, a deleted article) replaces or removes
it, an imported unit adds a ``tm`` row. Every writer of the store goes through them, whichever
code (or program) runs the SQL; nothing is rebuilt when a window or a command starts.

A row holds the unit's language pair, its key (``segment`` id or ``tm`` unit id) and its source
as it is compared (:func:`reviewer.core.matching.match_text`) with that text's length; SQL cannot
compute that text, so a new row has ``norm`` NULL until :func:`settle` (any later reader with
write access) fills it in, a few microseconds per unit. Readers that cannot write normalise
pending rows on the fly.

:func:`best_keys` answers a lookup exactly as a full scan would: the units of the pair whose
length allows the smallest score (an index range, not the whole table) are scored with
rapidfuzz's Levenshtein distance; ties go to the later position (approved segments before
imported units, each by id).
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Collection

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from reviewer.core.matching import match_text
from reviewer.storage.dialect import is_pg

SEGMENT = "segment"
TM = "tm"
Key = tuple[str, int]  # (SEGMENT, segment id) or (TM, tm_units id)

_NEW_SEGMENT = (
    "INSERT INTO tm_index (kind, ref, lang, source_lang) SELECT 'segment', s.id, {lang}, "
    "a.source_lang FROM segments s JOIN articles a ON a.id = s.article_id "
    "WHERE s.id = {seg}{cond};"
)

DDL = [
    "CREATE TABLE tm_index (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
    "ref INTEGER NOT NULL, lang TEXT NOT NULL, source_lang TEXT NOT NULL, norm TEXT, "
    "length INTEGER)",
    "CREATE UNIQUE INDEX tm_index_unit ON tm_index (kind, ref, lang)",
    # Covering: a lookup reads one range of this index and nothing of the table.
    "CREATE INDEX tm_index_window ON tm_index (source_lang, lang, length, kind, ref, norm)",
    "CREATE INDEX tm_index_pending ON tm_index (id) WHERE norm IS NULL",
    "CREATE TRIGGER tm_index_translation_insert AFTER INSERT ON translations "
    "WHEN new.status = 'approved' BEGIN "
    "DELETE FROM tm_index WHERE kind = 'segment' AND ref = new.segment_id AND lang = new.lang; "
    + _NEW_SEGMENT.format(lang="new.lang", seg="new.segment_id", cond="") + " END",
    "CREATE TRIGGER tm_index_translation_update AFTER UPDATE OF segment_id, lang, text, status "
    "ON translations WHEN old.status = 'approved' OR new.status = 'approved' BEGIN "
    "DELETE FROM tm_index WHERE kind = 'segment' AND ref = old.segment_id AND lang = old.lang; "
    + _NEW_SEGMENT.format(lang="new.lang", seg="new.segment_id",
                          cond=" AND new.status = 'approved'") + " END",
    "CREATE TRIGGER tm_index_translation_delete AFTER DELETE ON translations "
    "WHEN old.status = 'approved' BEGIN "
    "DELETE FROM tm_index WHERE kind = 'segment' AND ref = old.segment_id AND lang = old.lang; "
    "END",
    "CREATE TRIGGER tm_index_segment_update AFTER UPDATE OF source, article_id ON segments BEGIN "
    "DELETE FROM tm_index WHERE kind = 'segment' AND ref = old.id; "
    "INSERT INTO tm_index (kind, ref, lang, source_lang) SELECT 'segment', new.id, t.lang, "
    "a.source_lang FROM translations t JOIN articles a ON a.id = new.article_id "
    "WHERE t.segment_id = new.id AND t.status = 'approved'; END",
    "CREATE TRIGGER tm_index_article_update AFTER UPDATE OF source_lang ON articles BEGIN "
    "DELETE FROM tm_index WHERE kind = 'segment' "
    "AND ref IN (SELECT id FROM segments WHERE article_id = new.id); "
    "INSERT INTO tm_index (kind, ref, lang, source_lang) SELECT 'segment', s.id, t.lang, "
    "new.source_lang FROM segments s JOIN translations t ON t.segment_id = s.id "
    "WHERE s.article_id = new.id AND t.status = 'approved'; END",
    "CREATE TRIGGER tm_index_unit_insert AFTER INSERT ON tm_units BEGIN "
    "INSERT INTO tm_index (kind, ref, lang, source_lang) "
    "VALUES ('tm', new.id, new.target_lang, new.source_lang); END",
    "CREATE TRIGGER tm_index_unit_update AFTER UPDATE OF source, source_lang, target_lang "
    "ON tm_units BEGIN "
    "DELETE FROM tm_index WHERE kind = 'tm' AND ref = old.id; "
    "INSERT INTO tm_index (kind, ref, lang, source_lang) "
    "VALUES ('tm', new.id, new.target_lang, new.source_lang); END",
    "CREATE TRIGGER tm_index_unit_delete AFTER DELETE ON tm_units BEGIN "
    "DELETE FROM tm_index WHERE kind = 'tm' AND ref = old.id; END",
]

FILL = [
    "INSERT INTO tm_index (kind, ref, lang, source_lang) SELECT 'segment', s.id, t.lang, "
    "a.source_lang FROM translations t JOIN segments s ON s.id = t.segment_id "
    "JOIN articles a ON a.id = s.article_id WHERE t.status = 'approved' "
    "ORDER BY s.article_id, s.idx, t.lang",
    "INSERT INTO tm_index (kind, ref, lang, source_lang) "
    "SELECT 'tm', id, target_lang, source_lang FROM tm_units ORDER BY id",
]

_PENDING = (
    "SELECT i.id, coalesce(s.source, u.source) FROM tm_index i {indexed}"
    "LEFT JOIN segments s ON i.kind = 'segment' AND s.id = i.ref "
    "LEFT JOIN tm_units u ON i.kind = 'tm' AND u.id = i.ref WHERE i.norm IS NULL"
)


def pending(conn: sqlite3.Connection, source_lang: str | None = None,
            lang: str | None = None) -> list[tuple[int, str, int]]:
    """Rows not normalised yet (of one pair, if given): (row id, compared text, its length)."""
    sql, args = _PENDING.format(indexed="" if is_pg(conn) else "INDEXED BY tm_index_pending "), []
    if source_lang is not None and lang is not None:
        sql, args = sql + " AND i.source_lang = ? AND i.lang = ?", [source_lang, lang]
    out = []
    for row_id, source in conn.execute(sql, args):
        norm = match_text(source or "")
        out.append((row_id, norm, len(norm)))
    return out


def settle(conn: sqlite3.Connection) -> int:
    """Fill in the compared text of every row added since (in the caller's transaction, which
    must be able to write); return how many rows were filled in."""
    rows = pending(conn)
    conn.executemany("UPDATE tm_index SET norm = ?, length = ? WHERE id = ?",
                     [(norm, size, row_id) for row_id, norm, size in rows])
    return len(rows)


def window(size: int, min_score: float) -> tuple[int, float]:
    """The lengths ``[lo, hi]`` a text may have to score ``min_score`` against one of ``size``."""
    lo = math.ceil(min_score * size - 1e-9)
    hi = math.floor(size / min_score + 1e-9) if min_score > 0 else math.inf
    return lo, hi


def best_keys(conn: sqlite3.Connection, text: str, source_lang: str, lang: str, limit: int,
              min_score: float, *, settled: bool = False,
              exclude: Collection[Key] = ()) -> list[tuple[float, Key]]:
    """The ``limit`` best ``(similarity, key)`` for ``text`` among the pair's units, best first,
    ties to the later position; only those scoring ``min_score`` or more. ``settled``: the
    caller knows that no row is pending."""
    q = match_text(text)
    if limit <= 0:
        return []
    lo, hi = window(len(q), min_score)
    rows = conn.execute(
        "SELECT kind, ref, norm FROM tm_index WHERE source_lang = ? AND lang = ? "
        "AND length BETWEEN ? AND ?", [source_lang, lang, lo, min(hi, 1 << 62)]).fetchall()
    if not settled:
        extra = [r for r in pending(conn, source_lang, lang) if lo <= r[2] <= hi]
        if extra:
            ids = {r[0]: r[1] for r in extra}
            marks = ", ".join("?" * len(ids))
            rows += [(kind, ref, ids[i]) for i, kind, ref in conn.execute(
                f"SELECT id, kind, ref FROM tm_index WHERE id IN ({marks})", list(ids))]
    if exclude:
        rows = [r for r in rows if (r[0], r[1]) not in exclude]
    return score_rows(q, rows, limit, min_score)


def score_rows(q: str, rows: list[tuple[str, int, str]], limit: int,
               min_score: float) -> list[tuple[float, Key]]:
    """The ``limit`` best of ``rows`` (kind, ref, compared text) for the compared text ``q``,
    best first, ties to the later position; only those scoring ``min_score`` or more."""
    if not rows:
        return []
    choices = [r[2] for r in rows]
    longest = max(len(q), max(map(len, choices)))
    # Integer distances capped where no text can reach min_score (rapidfuzz's normalised cutoff
    # is not exact at the boundary).
    most = math.floor((1.0 - min_score) * longest + 1e-9)
    found: list[tuple[float, bool, int]] = []
    for _choice, dist, k in process.extract(q, choices, scorer=Levenshtein.distance,
                                            score_cutoff=most, limit=None):
        longer = max(len(choices[k]), len(q))
        score = 1.0 - dist / longer if longer else 1.0
        if score >= min_score:
            kind, ref, _norm = rows[k]
            found.append((score, kind == TM, ref))
    found.sort(reverse=True)
    return [(score, (TM if is_tm else SEGMENT, ref)) for score, is_tm, ref in found[:limit]]


def version_and_added(conn: sqlite3.Connection, since: int) -> tuple[int, int, int]:
    """:func:`version` and how many rows have an id above ``since``, in one statement."""
    seq = ("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM tm_index_id_seq"
           if is_pg(conn) else "SELECT seq FROM sqlite_sequence WHERE name = 'tm_index'")
    row = conn.execute(f"SELECT ({seq}), (SELECT count(*) FROM tm_index), "
                       "(SELECT count(*) FROM tm_index WHERE id > ?)", [since]).fetchone()
    return int(row[0] or 0), int(row[1]), int(row[2])


def version(conn: sqlite3.Connection) -> tuple[int, int]:
    """(last row id ever given, rows now): it changes with every unit added, changed or removed."""
    seq = conn.execute(
        "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM tm_index_id_seq" if is_pg(conn)
        else "SELECT seq FROM sqlite_sequence WHERE name = 'tm_index'").fetchone()
    count = conn.execute("SELECT count(*) FROM tm_index").fetchone()[0]
    return (int(seq[0]) if seq else 0), int(count)
