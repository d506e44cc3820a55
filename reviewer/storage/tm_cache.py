"""An in-process copy of one language pair of the memory's index, for memories searched often.

A window or an engine looks up many segments; reading the pair's texts of a fitting length from
SQLite for each lookup costs more than scoring them. :class:`PairCache` keeps them (key, length,
compared text) sorted by length, so a lookup takes its candidates with two bisections; rows
added or changed later go to a small tail scanned in full, rows removed are skipped, and the
sorted part is rebuilt when the tail grows past a twentieth of it. :func:`sync` brings a copy up
to date from the index: the rows with a larger id (every change adds one), then, only if the
pair's count disagrees, which rows are gone and which were passed over (on PostgreSQL a row
may commit after one with a larger id).
"""

from __future__ import annotations

import sqlite3
from bisect import bisect_left, bisect_right

from reviewer.core.matching import match_text
from reviewer.storage.dialect import is_pg
from reviewer.storage.tm_index import Key

TAIL_MIN = 500
TAIL_SHARE = 20
Row = tuple[str, int, str]  # kind, ref, compared text


class PairCache:
    """The compared texts of one language pair, by length."""

    def __init__(self) -> None:
        self.rows: dict[Key, str] = {}
        self.last_id = 0  # the largest index row id read
        self._lengths: list[int] = []
        self._sorted: list[Row] = []
        self._tail: dict[Key, None] = {}
        self._stale: set[Key] = set()

    def put(self, key: Key, norm: str) -> None:
        """Add or replace a unit's text."""
        if key in self.rows and key not in self._tail:
            self._stale.add(key)
        self.rows[key] = norm
        self._tail[key] = None

    def drop(self, key: Key) -> None:
        """Forget a unit."""
        if self.rows.pop(key, None) is not None:
            self._stale.add(key)
            self._tail.pop(key, None)

    def candidates(self, lo: int, hi: float) -> list[Row]:
        """The units whose text is ``lo`` to ``hi`` characters long."""
        if len(self._tail) > max(TAIL_MIN, len(self._sorted) // TAIL_SHARE):
            self.freeze()
        i, j = bisect_left(self._lengths, lo), bisect_right(self._lengths, hi)
        part = self._sorted[i:j]
        if self._stale:
            part = [r for r in part if (r[0], r[1]) not in self._stale]
        for key in self._tail:
            norm = self.rows[key]
            if lo <= len(norm) <= hi:
                part.append((key[0], key[1], norm))
        return part

    def freeze(self) -> None:
        """Sort every text by length now (the tail emptied)."""
        rows = sorted(((len(n), k[0], k[1], n) for k, n in self.rows.items()))
        self._lengths = [r[0] for r in rows]
        self._sorted = [(kind, ref, n) for _size, kind, ref, n in rows]
        self._tail, self._stale = {}, set()


def sync(conn: sqlite3.Connection, cache: PairCache, source_lang: str, lang: str) -> None:
    """Bring ``cache`` up to date with the pair's rows of the index."""
    pair = [source_lang, lang]
    _read(conn, cache, "i.id > ?", [cache.last_id, *pair])
    count = conn.execute("SELECT count(*) FROM tm_index WHERE source_lang = ? AND lang = ?",
                         pair).fetchone()[0]
    if count != len(cache.rows):  # some were removed, or (PostgreSQL) committed late
        alive = dict(((kind, ref), row_id) for row_id, kind, ref in conn.execute(
            "SELECT id, kind, ref FROM tm_index WHERE source_lang = ? AND lang = ?", pair))
        for key in [k for k in cache.rows if k not in alive]:
            cache.drop(key)
        # On PostgreSQL approvals of different segments commit side by side: a row may commit
        # after one with a larger id, which the read above passed over.
        late = [row_id for key, row_id in alive.items() if key not in cache.rows]
        if late:
            _read(conn, cache, f"i.id IN ({', '.join('?' * len(late))})", [*late, *pair])


def _read(conn: sqlite3.Connection, cache: PairCache, which: str, args: list[object]) -> None:
    """Put the pair's index rows ``which`` selects into ``cache``."""
    for row_id, kind, ref, norm, source in conn.execute(
            "SELECT i.id, i.kind, i.ref, i.norm, CASE WHEN i.norm IS NULL THEN "
            "coalesce(s.source, u.source) END FROM tm_index i "
            + ("" if is_pg(conn) else "NOT INDEXED ") +
            "LEFT JOIN segments s ON i.norm IS NULL AND i.kind = 'segment' AND s.id = i.ref "
            "LEFT JOIN tm_units u ON i.norm IS NULL AND i.kind = 'tm' AND u.id = i.ref "
            f"WHERE {which} AND i.source_lang = ? AND i.lang = ?", args):
        cache.put((kind, ref), norm if norm is not None else match_text(source or ""))
        cache.last_id = max(cache.last_id, row_id)
