"""Queries for exchange with other tools: who reviewed what and when, and translation-memory units.

Kept apart from the store's mixins so that exports read the history in one query per article
(not one per segment) and the ``tm_units`` table (migration 3) has a single owner.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from reviewer.core import spaces
from reviewer.core.tm import MemoryUnit
from reviewer.storage.connection import now
from reviewer.storage.store import Store


@dataclass(frozen=True)
class ReviewRecord:
    """When a segment's translation in one language was first written and last changed, by whom."""

    created_at: str
    created_by: str
    changed_at: str
    changed_by: str


TmUnit = MemoryUnit
"""A translation-memory unit: the one type of :mod:`reviewer.core.tm` (``kind`` imported by
default; the positional fields are the columns of ``tm_units``, as this name always took them)."""


def review_records(store: Store, article_id: int) -> dict[tuple[int, str], ReviewRecord]:
    """The first and last history rows of every (segment id, language) of an article."""
    sql = (
        "SELECT g.segment_id, g.lang, f.at AS created_at, f.actor AS created_by, "
        "l.at AS changed_at, l.actor AS changed_by FROM ("
        "  SELECT segment_id, lang, min(id) AS first_id, max(id) AS last_id FROM history"
        "  WHERE article_id = ? AND segment_id IS NOT NULL AND lang IS NOT NULL"
        "  GROUP BY segment_id, lang) g "
        "JOIN history f ON f.id = g.first_id JOIN history l ON l.id = g.last_id"
    )
    with store.conn.reading() as db:
        return {(r["segment_id"], r["lang"]): ReviewRecord(r["created_at"], r["created_by"],
                                                           r["changed_at"], r["changed_by"])
                for r in db.query(sql, [article_id])}


_TM_COLUMNS = ("source_lang", "target_lang", "source", "target", "origin", "tool", "author",
               "status", "note", "created_at", "changed_at")


def _unit(row: dict[str, Any]) -> TmUnit:
    """A stored unit from a row of ``tm_units`` (NULL columns as empty text)."""
    v = [str(row[c] or "") for c in _TM_COLUMNS]
    return TmUnit(v[0], v[1], v[2], v[3], v[4], tool=v[5], author=v[6], status=v[7], note=v[8],
                  created_at=v[9], changed_at=v[10])


def add_tm_units(store: Store, units: Iterable[TmUnit]) -> tuple[int, int]:
    """Store translation-memory units in one transaction; return (added, already present).

    A unit whose language pair, source and target are already stored is not added twice, so
    importing the same file again changes nothing.
    """
    imported = now()
    added = seen = 0
    with store.conn.transaction() as db:
        for u in units:
            cur = db.execute(
                f"INSERT INTO tm_units ({', '.join(_TM_COLUMNS)}, imported_at) "
                f"VALUES ({', '.join('?' * (len(_TM_COLUMNS) + 1))}) ON CONFLICT DO NOTHING",
                [getattr(u, c) for c in _TM_COLUMNS] + [imported])
            if cur.rowcount:
                added += 1
            else:
                seen += 1
    return added, seen


def tm_units(store: Store, source_lang: str | None = None,
             target_lang: str | None = None) -> list[TmUnit]:
    """The stored translation-memory units, optionally of one language pair, oldest first."""
    sql, args = "SELECT * FROM tm_units WHERE 1 = 1", list[str]()
    if source_lang:
        sql, args = sql + " AND source_lang = ?", [*args, source_lang]
    if target_lang:
        sql, args = sql + " AND target_lang = ?", [*args, target_lang]
    with store.conn.reading() as db:
        return [_unit(r) for r in db.query(sql + " ORDER BY id", args)]


def tm_lookup(store: Store, source: str, source_lang: str, target_lang: str) -> list[TmUnit]:
    """Exact matches of ``source`` (spaces normalised) in the translation memory, newest first."""
    text = spaces.fold(source)  # as import_tm stored it: no-break spaces kept
    with store.conn.reading() as db:
        rows = db.query("SELECT * FROM tm_units WHERE source_lang = ? AND target_lang = ? "
                        "AND source = ? ORDER BY id DESC", [source_lang, target_lang, text])
        return [_unit(r) for r in rows]
