"""The translation memory read from the store: approved segments and imported units, kept fresh.

Every approved segment is a memory unit without being copied anywhere: :func:`memory_units` is a
union of two queries, the approved rows of ``translations`` (with their segment's source, the
article's source language and title, and the last reviewer from the history) and the imported
``tm_units``. Nothing is written on approval, so the memory can never disagree with the
translations, and no other code has to remember to keep a copy.

:func:`load_memory` builds a :class:`~reviewer.core.tm.TranslationMemory` from it;
:func:`refresh_memory` brings one up to date cheaply, reading only what changed since: imported
units with a larger id, and the (segment, language) pairs named by history rows with a larger id
(every change of a translation, an undo and a deletion of an article leave one, as the history is
append-only). If the counts still disagree afterwards, the memory is loaded again in full.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from reviewer.core import spaces
from reviewer.core.model import Segment, Status
from reviewer.core.tm import (
    APPROVED,
    IMPORTED,
    MemoryUnit,
    TmMatch,
    TranslationMemory,
    matches_of,
    overfetch,
)
from reviewer.storage.store import Store

_APPROVED_SQL = (
    "SELECT t.segment_id, t.lang, t.text, t.updated_at, t.comment, s.source, s.idx, "
    "s.article_id, a.source_lang, a.title, "
    "(SELECT h.actor FROM history h WHERE h.segment_id = t.segment_id AND h.lang = t.lang "
    " ORDER BY h.id DESC LIMIT 1) AS actor, "
    "(SELECT h.at FROM history h WHERE h.segment_id = t.segment_id AND h.lang = t.lang "
    " ORDER BY h.id LIMIT 1) AS created_at "
    "FROM translations t JOIN segments s ON s.id = t.segment_id "
    "JOIN articles a ON a.id = s.article_id WHERE t.status = ?"
)


@dataclass(frozen=True)
class Mark:
    """How far a memory has read the store: the last history row and the last imported unit."""

    history_id: int
    tm_id: int


def _approved(row: dict[str, Any]) -> MemoryUnit:
    return MemoryUnit(row["source_lang"], row["lang"], spaces.fold(row["source"]),
                      row["text"], APPROVED, row["title"], row["updated_at"],
                      row["created_at"] or "", row["actor"] or "", row["comment"] or "",
                      status=APPROVED, article_id=row["article_id"], segment_id=row["segment_id"],
                      segment_index=row["idx"])


def _imported(row: dict[str, Any]) -> MemoryUnit:
    return MemoryUnit(row["source_lang"], row["target_lang"], row["source"], row["target"],
                      IMPORTED, row["origin"], row["changed_at"] or row["imported_at"],
                      row["created_at"] or "", row["author"] or "", row["note"] or "",
                      row["tool"] or "", row["status"] or "", tm_id=row["id"])


def _mark(store: Store) -> Mark:
    with store.conn.reading() as db:
        h = db.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()[0]
        t = db.execute("SELECT coalesce(max(id), 0) FROM tm_units").fetchone()[0]
    return Mark(int(h), int(t))


def memory_units(store: Store, *, approved: bool = True, imported: bool = True,
                 after_tm_id: int = 0) -> list[MemoryUnit]:
    """Every unit of the memory: approved segments (by article and position), then imported
    units (oldest first; only those with an id above ``after_tm_id``)."""
    out: list[MemoryUnit] = []
    with store.conn.reading() as db:
        if approved:
            out += [_approved(r) for r in db.query(_APPROVED_SQL + " ORDER BY s.article_id, "
                                                   "s.idx, t.lang", [str(Status.APPROVED)])]
        if imported:
            out += [_imported(r) for r in db.query("SELECT * FROM tm_units WHERE id > ? "
                                                   "ORDER BY id", [after_tm_id])]
    return out


def load_memory(store: Store) -> TranslationMemory:
    """The whole memory of the store, indexed for fuzzy search."""
    mark = _mark(store)
    memory = TranslationMemory(memory_units(store))
    memory.mark = mark
    return memory


def _counts(store: Store) -> tuple[int, int]:
    with store.conn.reading() as db:
        a = db.execute("SELECT count(*) FROM translations WHERE status = ?",
                       [str(Status.APPROVED)]).fetchone()[0]
        t = db.execute("SELECT count(*) FROM tm_units").fetchone()[0]
    return int(a), int(t)


def _changed_pairs(store: Store, after: int) -> tuple[set[tuple[int, str]], set[int]]:
    pairs: set[tuple[int, str]] = set()
    articles: set[int] = set()
    with store.conn.reading() as db:
        for seg, lang, article, action in db.execute(
                "SELECT segment_id, lang, article_id, action FROM history WHERE id > ?", [after]):
            if seg is not None and lang is not None:
                pairs.add((int(seg), str(lang)))
            elif action == "delete-article" and article is not None:
                articles.add(int(article))
    return pairs, articles


def refresh_memory(store: Store, memory: TranslationMemory) -> int:
    """Bring ``memory`` (from :func:`load_memory`) up to date with the store; return how many
    units were added, replaced or removed."""
    mark = memory.mark if isinstance(memory.mark, Mark) else None
    if mark is None:
        return _reload(store, memory)
    now = _mark(store)
    changed = memory.add(memory_units(store, approved=False, after_tm_id=mark.tm_id))
    pairs, gone = _changed_pairs(store, mark.history_id)
    if gone:
        for u in memory.units():
            if u.kind == APPROVED and u.article_id in gone:
                changed += memory.remove(u.key)
    if pairs:
        current = {(u.segment_id, u.target_lang): u for u in _approved_of(store, pairs)}
        for seg, lang in pairs:
            unit = current.get((seg, lang))
            old = memory.get(("segment", seg, lang))
            if unit is None:
                changed += memory.remove(("segment", seg, lang))
            elif old is None or (old.source, old.target, old.changed_at) != (
                    unit.source, unit.target, unit.changed_at):
                changed += memory.add([unit])
    memory.mark = now
    if (memory.kind_count(APPROVED), memory.kind_count(IMPORTED)) != _counts(store):
        return changed + _reload(store, memory)
    return changed


def _approved_of(store: Store, pairs: Iterable[tuple[int, str]]) -> list[MemoryUnit]:
    wanted = sorted(pairs)
    out: list[MemoryUnit] = []
    with store.conn.reading() as db:
        for start in range(0, len(wanted), 400):
            chunk = wanted[start:start + 400]
            cond = " OR ".join("(t.segment_id = ? AND t.lang = ?)" for _ in chunk)
            args: list[object] = [str(Status.APPROVED)] + [x for p in chunk for x in p]
            out += [_approved(r) for r in db.query(f"{_APPROVED_SQL} AND ({cond})", args)]
    return out


def _reload(store: Store, memory: TranslationMemory) -> int:
    memory.clear()
    memory.mark = _mark(store)
    return memory.add(memory_units(store))


def segment_matches(store: Store, memory: TranslationMemory, article_id: int, index: int,
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
        rows = db.execute(
            "SELECT DISTINCT t.lang FROM translations t JOIN segments s ON s.id = t.segment_id "
            "JOIN articles a ON a.id = s.article_id WHERE t.status = ? AND a.source_lang = ? "
            "UNION SELECT DISTINCT target_lang FROM tm_units WHERE source_lang = ?",
            [str(Status.APPROVED), source_lang, source_lang]).fetchall()
    return [r[0] for r in rows]


def search_store(store: Store, text: str, source_lang: str, target_lang: str, *,
                 min_percent: int = 75, limit: int = 5) -> list[TmMatch]:
    """The memory's best matches of ``text``, as ``load_memory(store).search(...)`` gives them,
    without building an index: one lookup reads the pair's source texts, scans them
    (:func:`reviewer.core.matching.scan`) and reads in full only the units found."""
    from reviewer.core.matching import match_text, scan

    with store.conn.reading() as db:
        approved = db.execute(
            "SELECT t.segment_id, s.source FROM translations t "
            "JOIN segments s ON s.id = t.segment_id JOIN articles a ON a.id = s.article_id "
            "WHERE t.status = ? AND t.lang = ? AND a.source_lang = ? "
            "ORDER BY s.article_id, s.idx", [str(Status.APPROVED), target_lang, source_lang]
        ).fetchall()
        imported = db.execute(
            "SELECT id, source FROM tm_units WHERE source_lang = ? AND target_lang = ? "
            "ORDER BY id", [source_lang, target_lang]).fetchall()
    # Positions as the memory numbers its units: approved segments first, then imported ones.
    keys = [("segment", r[0]) for r in approved] + [("tm", r[0]) for r in imported]
    texts = ([match_text(spaces.fold(r[1])) for r in approved]
             + [match_text(r[1]) for r in imported])
    del approved, imported
    hits = scan(text, texts, overfetch(limit), min_percent / 100)
    del texts
    units = _units_of(store, [keys[i] for _score, i in hits], target_lang)
    return matches_of(text, [(units[keys[i]], score) for score, i in hits],
                      min_percent=min_percent, limit=limit)


def _units_of(store: Store, keys: list[tuple[str, int]],
              lang: str) -> dict[tuple[str, int], MemoryUnit]:
    segs = [k for kind, k in keys if kind == "segment"]
    tms = [k for kind, k in keys if kind == "tm"]
    out: dict[tuple[str, int], MemoryUnit] = {}
    with store.conn.reading() as db:
        if segs:
            marks = ", ".join("?" * len(segs))
            for r in db.query(f"{_APPROVED_SQL} AND t.lang = ? AND t.segment_id IN ({marks})",
                              [str(Status.APPROVED), lang, *segs]):
                out[("segment", r["segment_id"])] = _approved(r)
        if tms:
            marks = ", ".join("?" * len(tms))
            for r in db.query(f"SELECT * FROM tm_units WHERE id IN ({marks})", tms):
                out[("tm", r["id"])] = _imported(r)
    return out
