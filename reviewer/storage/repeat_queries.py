"""Approved translations whose segments repeat given sources, found by the indexed repeat key.

A library of 20,000 articles has 600,000 segments; the index on ``segments.repeat_key``
(schema migration 6) finds the few approved ones that repeat an article's sources without reading
the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reviewer.core.repeat_keys import repeat_key
from reviewer.core.repeats import RepeatOf
from reviewer.storage.store import Store

#: Keys per query (SQLite's default limit on parameters is 999 before 3.32).
CHUNK = 500


def approved_repeats(store: Store, sources: Iterable[str], langs: Sequence[str],
                     ) -> dict[tuple[str, str], list[RepeatOf]]:
    """Approved translations into ``langs`` of segments whose repeat key is one of ``sources``'
    keys, by ``(lang, key)``, newest approval first."""
    keys = sorted({repeat_key(s) for s in sources})
    out: dict[tuple[str, str], list[RepeatOf]] = {}
    if not keys or not langs:
        return out
    lang_marks = ", ".join("?" * len(langs))
    with store.conn.reading() as db:
        for start in range(0, len(keys), CHUNK):
            chunk = keys[start:start + CHUNK]
            rows = db.execute(
                "SELECT s.article_id, s.idx, s.source, s.repeat_key, t.lang, t.text "
                "FROM segments s JOIN translations t ON t.segment_id = s.id "
                f"WHERE s.repeat_key IN ({', '.join('?' * len(chunk))}) "
                f"AND t.lang IN ({lang_marks}) AND t.status = 'approved' AND t.text != '' "
                "ORDER BY t.updated_at DESC, s.id DESC", [*chunk, *langs]).fetchall()
            for article_id, idx, source, key, lang, text in rows:
                out.setdefault((lang, key), []).append(RepeatOf(article_id, idx, source, text))
    return out
