"""Test data written the way the app writes it: machine translations through ``record_mt``."""

from __future__ import annotations

from reviewer.storage.mt_cache import MTRecord, record_mt
from reviewer.storage.store import Store


def seed_mt(store: Store, segment_id: int, lang: str, engine: str, text: str | None,
            error: str | None = None) -> None:
    """Store ``engine``'s machine translation (or its error) of a segment as a fetch stores it."""
    record_mt(store, [MTRecord(segment_id, lang, engine, text, error)])
