"""Fetching an article's machine translations: the cache first, then the engine, saved at once.

:func:`translate_article` is the use case behind ``reviewer translate`` and the window's
"Translate" action. It reads the cache for every segment and target language (a hit costs no
request), sends the rest through :func:`reviewer.engines.runner.run_items`, and writes each
finished request's segments - suggestion, cache entry and usage - in one commit on the calling
thread, before reporting them to ``state.on_result``. A kill therefore loses nothing that was
acknowledged; ``refresh=True`` ignores the cache (and refills it).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reviewer.engines.base import Engine, EngineSettings, Result
from reviewer.engines.errors import scrub
from reviewer.engines.runner import ItemDone, RunState, WorkItem, run_items
from reviewer.storage.mt_cache import CacheKey, MTRecord, mt_cache_get, record_mt
from reviewer.storage.store import Store


def text_hash(text: str) -> str:
    """The SHA-256 of a source text (hex)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def cache_key(engine: str, options: dict[str, Any], source: str, target: str,
              text: str) -> CacheKey:
    """The cache identity of one translation: engine, its output-changing options, both
    languages and the hash of the source text."""
    # Scrubbed: a key a user put into an engine URL must not reach the database.
    opts = scrub(json.dumps(options, sort_keys=True, ensure_ascii=False))
    digest = text_hash(text)
    key = hashlib.sha256(json.dumps([engine, opts, source, target, digest]).encode()).hexdigest()
    return CacheKey(key, engine, opts, source, target, digest)


@dataclass(frozen=True)
class SegmentItem:
    """What the runner carries for one segment and language (the ``key`` of a work item)."""

    segment_id: int
    index: int
    cache: CacheKey


def translate_article(store: Store, article_id: int, engine: Engine, targets: Sequence[str], *,
                      settings: EngineSettings | None = None,
                      state: RunState[SegmentItem] | None = None, refresh: bool = False,
                      indices: Sequence[int] | None = None) -> RunState[SegmentItem]:
    """Fill the machine translations of an article's segments into ``targets`` with ``engine``.

    ``indices`` limits the run to some segments (0-based). Returns the run's state: ``done``,
    ``failed``, ``cached``, ``requests``, ``characters``; each finished segment went to
    ``state.on_result`` as an :class:`ItemDone` whose ``item.key`` is a :class:`SegmentItem`.
    """
    state = state or RunState[SegmentItem]()
    article = store.article(article_id)
    segments = store.segments(article_id)
    if indices is not None:
        wanted = set(indices)
        segments = [s for s in segments if s.index in wanted]
    source = article.source_lang
    options = engine.cache_options()
    items = [WorkItem(SegmentItem(s.id, s.index, cache_key(engine.name, options, source, t,
                                                           s.source)), s.source, t)
             for t in targets for s in segments]
    state.total += len(items)
    refused = {t: e for t in targets if (e := engine.spec.unsupported(source, t)) is not None}
    if refused:
        # A pair the engine is known not to translate fails at once, with no request.
        failed = [i for i in items if i.target in refused]
        record_mt(store, [MTRecord(i.key.segment_id, i.target, engine.name, None,
                                   str(refused[i.target])) for i in failed])
        for i in failed:
            state.record(ItemDone(i, Result.fail(refused[i.target])))
        items = [i for i in items if i.target not in refused]
    cached = {} if refresh else mt_cache_get(store, [i.key.cache.key for i in items])
    hits = [i for i in items if i.key.cache.key in cached]
    if hits:
        record_mt(store, [MTRecord(i.key.segment_id, i.target, engine.name,
                                   cached[i.key.cache.key].text, None,
                                   fetched_at=cached[i.key.cache.key].fetched_at)
                          for i in hits])
        for i in hits:
            state.record(ItemDone(i, Result(cached[i.key.cache.key].text), cached=True))
    misses = [i for i in items if i.key.cache.key not in cached]
    if not misses or state.cancel_event.is_set():
        return state
    # The same text into the same language (a repeated caption, say) is asked for once.
    unique: dict[str, WorkItem[SegmentItem]] = {}
    repeats: dict[str, list[WorkItem[SegmentItem]]] = {}
    for i in misses:
        if i.key.cache.key in unique:
            repeats.setdefault(i.key.cache.key, []).append(i)
        else:
            unique[i.key.cache.key] = i

    def sink(done: list[ItemDone[SegmentItem]], requests: int, characters: int) -> None:
        also = [ItemDone(r, d.result) for d in done for r in repeats.get(d.item.key.cache.key, [])]
        records = [MTRecord(d.item.key.segment_id, d.item.target, engine.name, d.result.text,
                            str(d.result.error) if d.result.error else None,
                            cache=d.item.key.cache if d.result.ok else None)
                   for d in done + also]
        record_mt(store, records, engine=engine.name, characters=characters, requests=requests)
        for d in also:
            state.record(d)

    state.total -= len(unique)  # run_items counts them again
    run_items(engine, list(unique.values()), source, settings=settings, state=state, sink=sink)
    return state
