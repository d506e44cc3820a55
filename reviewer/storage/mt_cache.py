"""Machine-translation cache and per-engine daily usage: the store's side of the engine layer.

The cache (``mt_cache``, schema v2) keeps every translation an engine returned, keyed by a hash
of the engine, the options that change its output, both languages and the source text, with the
time it was fetched; re-translating an article reads it and sends nothing. ``engine_usage`` counts
the characters and requests sent to each engine per UTC day, so a user sees what a paid quota has
used. Errors are never cached (the next run tries again) and no key is ever written here.
These are functions over a :class:`~reviewer.storage.store.Store`, called on its thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from reviewer.storage.connection import now
from reviewer.storage.store import Store
from reviewer.storage.translations import supersede_errors


@dataclass(frozen=True)
class CacheKey:
    """What identifies one cached translation (see :func:`reviewer.engines.cache.cache_key`)."""

    key: str
    engine: str
    options: str
    source_lang: str
    target_lang: str
    source_hash: str


@dataclass(frozen=True)
class CachedMT:
    """A cached translation and when it was fetched."""

    text: str
    fetched_at: str


@dataclass(frozen=True)
class MTRecord:
    """One segment's machine translation (or error) to store, with the cache entry it fills.

    ``cache`` is set for a fresh translation (it is written to the cache); a translation read from
    the cache carries ``fetched_at`` instead, so the suggestion keeps the time it was fetched.
    """

    segment_id: int
    lang: str
    engine: str
    text: str | None
    error: str | None
    cache: CacheKey | None = None
    fetched_at: str | None = None


@dataclass(frozen=True)
class UsageRow:
    """Characters and requests sent to one engine on one UTC day."""

    engine: str
    day: str
    characters: int
    requests: int


def today() -> str:
    """The current UTC day, as ``engine_usage`` counts days."""
    return datetime.now(UTC).date().isoformat()


def mt_cache_get(store: Store, keys: Sequence[str]) -> dict[str, CachedMT]:
    """The cached translations among ``keys``."""
    found: dict[str, CachedMT] = {}
    with store.conn.reading() as db:
        for start in range(0, len(keys), 500):
            chunk = list(keys[start:start + 500])
            marks = ",".join("?" * len(chunk))
            for row in db.execute(f"SELECT key, text, fetched_at FROM mt_cache "
                                  f"WHERE key IN ({marks})", chunk):
                found[row[0]] = CachedMT(row[1], row[2])
    return found


def record_mt(store: Store, records: Iterable[MTRecord], *, engine: str | None = None,
              characters: int = 0, requests: int = 0) -> None:
    """Store suggestions (and fill the cache for each success) and count usage, in one commit.

    A success is written to ``mt_cache`` and as the segment's suggestion from that engine, and
    supersedes the errors other engines left on that segment and language (they are deleted:
    see :func:`reviewer.storage.translations.supersede_errors`); an error replaces that engine's
    suggestion with the error (the cache keeps the last good text).
    """
    stamp = now()
    with store.conn.transaction() as db:
        for r in records:
            fetched = r.fetched_at or stamp
            if r.text is not None and r.cache is not None:
                c = r.cache
                db.execute(
                    "INSERT INTO mt_cache (key, engine, options, source_lang, "
                    "target_lang, source_hash, text, fetched_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                    "engine = excluded.engine, options = excluded.options, "
                    "source_lang = excluded.source_lang, target_lang = excluded.target_lang, "
                    "source_hash = excluded.source_hash, text = excluded.text, "
                    "fetched_at = excluded.fetched_at",
                    [c.key, c.engine, c.options, c.source_lang, c.target_lang,
                     c.source_hash, r.text, fetched])
            db.execute(
                "INSERT INTO suggestions (segment_id, lang, engine, text, error, fetched_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (segment_id, lang, engine) DO UPDATE "
                "SET text = excluded.text, error = excluded.error, "
                "fetched_at = excluded.fetched_at",
                [r.segment_id, r.lang, r.engine, r.text, r.error, fetched])
            if r.text is not None and r.error is None:
                supersede_errors(db, r.segment_id, r.lang, r.engine)
        if engine and (characters or requests):
            db.execute(
                "INSERT INTO engine_usage (engine, day, characters, requests) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (engine, day) DO UPDATE SET "
                "characters = characters + excluded.characters, "
                "requests = requests + excluded.requests",
                [engine, today(), characters, requests])


def engine_usage(store: Store, engine: str | None = None) -> list[UsageRow]:
    """Recorded usage, newest day first; ``engine`` also matches ``engine:MODEL`` rows."""
    sql = "SELECT engine, day, characters, requests FROM engine_usage"
    args: list[object] = []
    if engine:
        sql += " WHERE engine = ? OR engine LIKE ?"
        args = [engine, engine + ":%"]
    with store.conn.reading() as db:
        return [UsageRow(*row) for row in db.execute(sql + " ORDER BY day DESC, engine", args)]
