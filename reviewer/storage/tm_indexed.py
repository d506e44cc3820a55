"""Lookups in the store's persistent translation-memory index, and the memory the window and the
tm engine hold: :class:`IndexedMemory`.

:func:`search_store` answers one lookup from the index (:func:`reviewer.storage.tm_index.
best_keys`: the pair's units of a fitting length, scored exactly) and reads in full only the
units found; it gives what scoring every unit of :func:`~reviewer.storage.tm_memory.
memory_units` would give, without reading every unit or building anything.

:class:`IndexedMemory` (``search``, ``best``, ``has_pair``, ``fingerprint``, ``counts``...) is
the memory over the same index that a window or an engine holds, so it starts with nothing to
build: it holds the database's path and opens one connection per thread that searches (sqlite3
connections belong to their thread). As it looks up
many texts, it keeps each searched pair's compared texts (:class:`~reviewer.storage.tm_cache.
PairCache`, read on the pair's first lookup and then only what changed, when SQLite's
``data_version`` says another connection wrote). It is always as current as the store;
:func:`reviewer.storage.tm_memory.refresh_memory` only counts what changed.
"""

from __future__ import annotations

import hashlib
import itertools
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path

from reviewer.core.matching import match_text
from reviewer.core.model import Status
from reviewer.core.tm import (
    APPROVED,
    DEFAULT_LIMIT,
    DEFAULT_MIN_PERCENT,
    IMPORTED,
    MemoryUnit,
    TmMatch,
    UnitKey,
    matches_of,
    overfetch,
)
from reviewer.storage import tm_index
from reviewer.storage.dialect import is_pg
from reviewer.storage.errors import StoreError
from reviewer.storage.pg_url import location
from reviewer.storage.store import Store
from reviewer.storage.tm_cache import PairCache, sync
from reviewer.storage.tm_memory import APPROVED_SQL, approved_unit, imported_unit, memory_units

_KINDS = {tm_index.SEGMENT: APPROVED, tm_index.TM: IMPORTED}
_TOKENS = itertools.count(1)  # one per connection a memory opens: its data_version is its own


def settle(store: Store) -> int:
    """Fill in the index rows added since (a write, skipped when nothing is pending or the
    database cannot be written: lookups then normalise those rows themselves)."""
    with store.conn.reading() as db:
        if db.execute("SELECT 1 FROM tm_index WHERE norm IS NULL LIMIT 1").fetchone() is None:
            return 0
    if store.conn.read_only is not None:
        return 0
    try:
        with store.conn.transaction() as db:
            return tm_index.settle(db.conn)
    except StoreError:  # locked or read-only: pending rows are normalised by each lookup
        return 0


def search_store(store: Store, text: str, source_lang: str, target_lang: str, *,
                 min_percent: int = DEFAULT_MIN_PERCENT, limit: int = DEFAULT_LIMIT,
                 exclude: Iterable[UnitKey] = ()) -> list[TmMatch]:
    """The memory's best matches of ``text`` into ``target_lang``, best first (``exclude``:
    keys of units not to offer, as ``("segment", id, lang)``)."""
    skip = set(exclude)
    with store.conn.reading() as db:
        hits = tm_index.best_keys(db.conn, text, source_lang, target_lang,
                                  overfetch(limit, len(skip)), min_percent / 100,
                                  exclude=_keys(skip, target_lang))
    return _matches(store, text, hits, target_lang, min_percent, limit, skip)


def _keys(skip: set[UnitKey], lang: str) -> set[tm_index.Key]:
    return {(kind, ref) for kind, ref, key_lang in skip if key_lang in ("", lang)}


def _matches(store: Store, text: str, hits: list[tuple[float, tm_index.Key]], lang: str,
             min_percent: int, limit: int, skip: set[UnitKey]) -> list[TmMatch]:
    units = _units_of(store, [key for _score, key in hits], lang)
    return matches_of(text, [(units[key], score) for score, key in hits if key in units],
                      min_percent=min_percent, limit=limit, exclude=skip)


def _units_of(store: Store, keys: list[tuple[str, int]],
              lang: str) -> dict[tuple[str, int], MemoryUnit]:
    segs = [k for kind, k in keys if kind == tm_index.SEGMENT]
    tms = [k for kind, k in keys if kind == tm_index.TM]
    out: dict[tuple[str, int], MemoryUnit] = {}
    with store.conn.reading() as db:
        if segs:
            marks = ", ".join("?" * len(segs))
            for r in db.query(f"{APPROVED_SQL} AND t.lang = ? AND t.segment_id IN ({marks})",
                              [str(Status.APPROVED), lang, *segs]):
                out[(tm_index.SEGMENT, r["segment_id"])] = approved_unit(r)
        if tms:
            marks = ", ".join("?" * len(tms))
            for r in db.query(f"SELECT * FROM tm_units WHERE id IN ({marks})", tms):
                out[(tm_index.TM, r["id"])] = imported_unit(r)
    return out


class IndexedMemory:
    """The translation memory of the database at ``path``, searched in its persistent index.

    Safe to search from several threads at once: each opens its own connection on first use.
    ``mark`` is the index's version when :func:`~reviewer.storage.tm_memory.refresh_memory`
    last looked.
    """

    def __init__(self, path: Path | str):
        self.path = location(path)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._pairs: dict[tuple[str, str], PairCache] = {}
        self._seen: dict[tuple[str, str], tuple[int, int]] = {}
        self.mark: object = None

    def _store(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = Store(self.path)
            self._local.token = next(_TOKENS)
        return store

    def warm(self, store: Store) -> None:
        """Read every pair's texts now, through ``store`` (e.g. on a worker, so that the first
        lookup on another thread only checks what changed since)."""
        with store.conn.reading() as db:
            pairs = db.execute("SELECT DISTINCT source_lang, lang FROM tm_index").fetchall()
            with self._lock:
                for source_lang, lang in pairs:
                    cache = self._pairs.setdefault((source_lang, lang), PairCache())
                    sync(db.conn, cache, source_lang, lang)
                    cache.freeze()  # here, not in the first lookup on the other thread
                    self._seen.pop((source_lang, lang), None)

    def close(self) -> None:
        """Close this thread's connection (others close with their threads' objects)."""
        store = getattr(self._local, "store", None)
        if store is not None:
            store.close()
            self._local.store = None

    def version(self) -> tuple[int, int]:
        """The index's (last row id, rows): it changes whenever a unit is added, changed or
        removed."""
        with self._store().conn.reading() as db:
            return tm_index.version(db.conn)

    def __len__(self) -> int:
        return self.version()[1]

    def counts(self) -> dict[tuple[str, str, str], int]:
        """How many units there are per (source language, target language, kind)."""
        with self._store().conn.reading() as db:
            rows = db.execute("SELECT source_lang, lang, kind, count(*) FROM tm_index "
                              "GROUP BY source_lang, lang, kind").fetchall()
        return {(s, t, _KINDS[k]): int(n) for s, t, k, n in rows}

    def kind_count(self, kind: str) -> int:
        """How many units of ``kind`` (``approved``, ``imported``) the memory holds."""
        return sum(n for (_s, _t, k), n in self.counts().items() if k == kind)

    def units(self) -> list[MemoryUnit]:
        """Every unit (read from the store)."""
        return memory_units(self._store())

    def fingerprint(self) -> str:
        """A hash of the index's version: it changes whenever the memory does."""
        return hashlib.sha256(repr(self.version()).encode()).hexdigest()[:16]

    def has_pair(self, source_lang: str, target_lang: str) -> bool:
        """Whether the memory holds any unit from ``source_lang`` into ``target_lang``."""
        with self._store().conn.reading() as db:
            return db.execute("SELECT 1 FROM tm_index WHERE source_lang = ? AND lang = ? "
                              "LIMIT 1", [source_lang, target_lang]).fetchone() is not None

    def search(self, text: str, source_lang: str, target_lang: str, *,
               min_percent: int = DEFAULT_MIN_PERCENT, limit: int = DEFAULT_LIMIT,
               exclude: Iterable[UnitKey] = ()) -> list[TmMatch]:
        """The best ``limit`` matches of ``text`` with ``min_percent`` or more, best first."""
        if limit <= 0:
            return []
        store, skip = self._store(), set(exclude)
        q = match_text(text)
        lo, hi = tm_index.window(len(q), min_percent / 100)
        with self._lock, store.conn.reading() as db:
            rows = self._cache(db.conn, source_lang, target_lang).candidates(lo, hi)
        keys = _keys(skip, target_lang)
        if keys:
            rows = [r for r in rows if (r[0], r[1]) not in keys]
        hits = tm_index.score_rows(q, rows, overfetch(limit, len(skip)), min_percent / 100)
        return _matches(store, text, hits, target_lang, min_percent, limit, skip)

    def _cache(self, conn: sqlite3.Connection, source_lang: str, lang: str) -> PairCache:
        """The pair's copy, brought up to date unless no other connection wrote since (this
        object's connections never write)."""
        # PostgreSQL has no data_version: the index's fingerprint changes with every unit.
        if is_pg(conn):
            seq, count = tm_index.version(conn)
            marker = seq << 32 | count
        else:
            marker = conn.execute("PRAGMA data_version").fetchone()[0]
        seen = (self._local.token, marker)
        cache = self._pairs.get((source_lang, lang))
        if cache is None:
            cache = self._pairs[(source_lang, lang)] = PairCache()
        elif self._seen.get((source_lang, lang)) == seen:
            return cache
        sync(conn, cache, source_lang, lang)
        self._seen[(source_lang, lang)] = seen
        return cache

    def best(self, text: str, source_lang: str, target_lang: str,
             min_percent: int = DEFAULT_MIN_PERCENT) -> TmMatch | None:
        """The single best match of ``text`` with ``min_percent`` or more, if any."""
        found = self.search(text, source_lang, target_lang, min_percent=min_percent, limit=1)
        return found[0] if found else None
