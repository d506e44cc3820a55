"""The translation memory read from the store: approved segments and imported units.

Every approved segment is a memory unit without being copied anywhere: :func:`memory_units` is a
union of two queries, the approved rows of ``translations`` (with their segment's source, the
article's source language and title, and the last reviewer from the history) and the imported
``tm_units``. What a lookup searches is the store's persistent index
(:mod:`reviewer.storage.tm_index`, kept by triggers on every write): :func:`load_memory` gives
an :class:`~reviewer.storage.tm_indexed.IndexedMemory` over it at once, whatever the memory's
size, and :func:`refresh_memory` only counts what changed since it last looked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reviewer.core import spaces
from reviewer.core.model import Segment, Status
from reviewer.core.tm import (
    APPROVED,
    IMPORTED,
    MemoryUnit,
    TmMatch,
)
from reviewer.storage import tm_index
from reviewer.storage.store import Store

if TYPE_CHECKING:
    from reviewer.storage.tm_indexed import IndexedMemory

APPROVED_SQL = (
    "SELECT t.segment_id, t.lang, t.text, t.updated_at, t.comment, s.source, s.idx, "
    "s.article_id, a.source_lang, a.title, "
    "(SELECT h.actor FROM history h WHERE h.segment_id = t.segment_id AND h.lang = t.lang "
    " ORDER BY h.id DESC LIMIT 1) AS actor, "
    "(SELECT h.at FROM history h WHERE h.segment_id = t.segment_id AND h.lang = t.lang "
    " ORDER BY h.id LIMIT 1) AS created_at "
    "FROM translations t JOIN segments s ON s.id = t.segment_id "
    "JOIN articles a ON a.id = s.article_id WHERE t.status = ?"
)


def approved_unit(row: dict[str, Any]) -> MemoryUnit:
    """The unit of an approved translation, from a row of :data:`APPROVED_SQL`."""
    return MemoryUnit(row["source_lang"], row["lang"], spaces.fold(row["source"]), row["text"],
                      row["title"], author=row["actor"] or "", status=APPROVED,
                      note=row["comment"] or "", created_at=row["created_at"] or "",
                      changed_at=row["updated_at"], kind=APPROVED,
                      article_id=row["article_id"], segment_id=row["segment_id"],
                      segment_index=row["idx"])


def imported_unit(row: dict[str, Any]) -> MemoryUnit:
    """The unit of a row of ``tm_units``."""
    return MemoryUnit(row["source_lang"], row["target_lang"], row["source"], row["target"],
                      row["origin"], row["tool"] or "", row["author"] or "",
                      row["status"] or "", row["note"] or "", row["created_at"] or "",
                      row["changed_at"] or row["imported_at"], kind=IMPORTED, tm_id=row["id"])


def memory_units(store: Store, *, approved: bool = True, imported: bool = True,
                 after_tm_id: int = 0) -> list[MemoryUnit]:
    """Every unit of the memory: approved segments (by article and position), then imported
    units (oldest first; only those with an id above ``after_tm_id``)."""
    out: list[MemoryUnit] = []
    with store.conn.reading() as db:
        if approved:
            out += [approved_unit(r) for r in db.query(APPROVED_SQL + " ORDER BY s.article_id, "
                                                   "s.idx, t.lang", [str(Status.APPROVED)])]
        if imported:
            out += [imported_unit(r) for r in db.query("SELECT * FROM tm_units WHERE id > ? "
                                                   "ORDER BY id", [after_tm_id])]
    return out


def load_memory(store: Store, *, warm: bool = True) -> IndexedMemory:
    """The memory of the store, searched in its persistent index: nothing is built; rows added
    since the last lookup that could write are filled in, and with ``warm`` the compared texts
    are read now (for a memory that will look up many texts, on the thread that loads it)."""
    from reviewer.storage.tm_indexed import IndexedMemory, settle

    settle(store)
    memory = IndexedMemory(store.path)
    if warm:
        memory.warm(store)
    with store.conn.reading() as db:
        memory.mark = tm_index.version(db.conn)
    return memory


def refresh_memory(store: Store, memory: IndexedMemory) -> int:
    """How many units were added, replaced or removed since ``memory`` last looked (the index
    is kept by the store itself, so there is nothing else to do)."""
    with store.conn.reading() as db:
        old_seq, old_count = memory.mark if isinstance(memory.mark, tuple) else (0, 0)
        seq, count, added = tm_index.version_and_added(db.conn, old_seq)
    memory.mark = (seq, count)
    return int(added) + (int(old_count) + int(added) - int(count))


def segment_matches(store: Store, memory: IndexedMemory, article_id: int, index: int,
                    lang: str, *, min_percent: int = 75, limit: int = 5,
                    refresh: bool = True) -> tuple[Segment, list[TmMatch]]:
    """The memory's matches for one segment (0-based ``index``) into ``lang``, best first.

    The segment's own approved translation is left out (it is not a suggestion for itself).
    ``refresh`` first brings the memory up to date, so an approval a moment ago is offered.
    """
    if refresh:
        refresh_memory(store, memory)
    article = store.article(article_id)
    segment = store.segment(article_id, index)
    return segment, memory.search(segment.source, article.source_lang, lang,
                                  min_percent=min_percent, limit=limit,
                                  exclude=[("segment", segment.id, lang)])


def target_langs(store: Store, source_lang: str) -> list[str]:
    """The languages the memory holds translations into from ``source_lang``."""
    with store.conn.reading() as db:
        rows = db.execute("SELECT DISTINCT lang FROM tm_index WHERE source_lang = ?",
                          [source_lang]).fetchall()
    return [r[0] for r in rows]


def search_store(store: Store, text: str, source_lang: str, target_lang: str, *,
                 min_percent: int = 75, limit: int = 5) -> list[TmMatch]:
    """The memory's best matches of ``text``: :func:`reviewer.storage.tm_indexed.search_store`."""
    from reviewer.storage.tm_indexed import search_store as search

    return search(store, text, source_lang, target_lang, min_percent=min_percent, limit=limit)
