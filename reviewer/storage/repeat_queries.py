"""Approved translations whose segments repeat given sources, found by the indexed repeat key.

A library of 20,000 articles has 600,000 segments; the index on ``segments.repeat_key``
(schema migration 6) finds the few approved ones that repeat an article's sources without reading
the others. :func:`article_repeats` matches a whole article in SQLite on the keys stored with its
segments: no key is computed in Python (a regular expression per source, about 0.6 s of the
interpreter for a 20,000-segment article, where the query takes about 10 ms).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reviewer.core.repeat_keys import repeat_key
from reviewer.core.repeats import RepeatOf
from reviewer.storage.sqldb import Database
from reviewer.storage.store import Store

#: Keys per query (SQLite's default limit on parameters is 999 before 3.32).
CHUNK = 500
Candidates = dict[tuple[str, str], list[RepeatOf]]

_APPROVED = ("SELECT s.article_id, s.idx, s.source, s.repeat_key, t.lang, t.text "
             "FROM segments s JOIN translations t ON t.segment_id = s.id "
             "WHERE s.repeat_key IN ({keys}) AND t.lang IN ({langs}) "
             "AND t.status = 'approved' AND t.text != '' "
             "ORDER BY t.updated_at DESC, s.id DESC")


def _collect(rows: Iterable[tuple[int, int, str, str, str, str]], out: Candidates) -> None:
    for article_id, idx, source, key, lang, text in rows:
        out.setdefault((lang, key), []).append(RepeatOf(article_id, idx, source, text))


def approved_repeats(store: Store, sources: Iterable[str], langs: Sequence[str],
                     ) -> Candidates:
    """Approved translations into ``langs`` of segments whose repeat key is one of ``sources``'
    keys, by ``(lang, key)``, newest approval first."""
    keys = sorted({repeat_key(s) for s in sources})
    out: Candidates = {}
    if not keys or not langs:
        return out
    with store.conn.reading() as db:
        for start in range(0, len(keys), CHUNK):
            chunk = keys[start:start + CHUNK]
            _collect(db.execute(_APPROVED.format(keys=", ".join("?" * len(chunk)),
                                                 langs=", ".join("?" * len(langs))),
                                [*chunk, *langs]), out)
    return out


def article_repeats(store: Store, article_id: int, langs: Sequence[str],
                    ) -> tuple[Candidates, dict[int, str]]:
    """Approved translations into ``langs`` (anywhere in the library) of segments whose repeat
    key is that of a segment of article ``article_id``, by ``(lang, key)``, newest approval
    first; and the keys of the article's segments that have one, by segment id (a segment not
    among them has no candidate). The same candidates as :func:`approved_repeats` over the
    article's sources, matched by SQLite on the stored keys."""
    out: Candidates = {}
    if not langs:
        return out, {}
    with store.conn.reading() as db:
        _collect(db.execute(_APPROVED.format(
            keys="SELECT a.repeat_key FROM segments a WHERE a.article_id = ?",
            langs=", ".join("?" * len(langs))), [article_id, *langs]), out)
        return out, _keys_of(db, article_id, sorted({key for _lang, key in out}))


def _keys_of(db: Database, article_id: int, keys: list[str]) -> dict[int, str]:
    """The stored keys of article ``article_id``'s segments whose key is one of ``keys``."""
    found: dict[int, str] = {}
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start:start + CHUNK]
        found.update(db.execute(
            "SELECT id, repeat_key FROM segments WHERE article_id = ? "
            f"AND repeat_key IN ({', '.join('?' * len(chunk))})", [article_id, *chunk]))
    return found
