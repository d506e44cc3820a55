"""The post-editing effort log in the store: one row per approval made in the window.

:meth:`EffortLog.record` writes an :class:`~reviewer.core.effort_measures.EffortRecord` (the
article is looked up from the segment in the same transaction); :meth:`EffortLog.records` reads
them back for an article or the whole library, in the order they were written. The rows stay in
the library file; nothing is sent anywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, replace
from typing import Any

from reviewer.core.effort_measures import EffortRecord
from reviewer.storage.errors import NotFoundError
from reviewer.storage.store import Store

_COLUMNS = ("article_id", "segment_id", "lang", "actor", "origin", "engine", "start_text",
            "final_text", "source_words", "active_seconds", "keystrokes", "started_at",
            "approved_at")


def _row(r: dict[str, Any]) -> EffortRecord:
    return EffortRecord(r["segment_id"], r["lang"], r["actor"], r["origin"] or "", r["engine"],
                        r["start_text"] or "", r["final_text"], int(r["source_words"]),
                        float(r["active_seconds"]), int(r["keystrokes"]), r["started_at"],
                        r["approved_at"], int(r["article_id"]), int(r["id"]))


class EffortLog:
    """The effort rows of ``store``."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def record(self, record: EffortRecord) -> EffortRecord:
        """Store one approval's effort; return it with its id and article."""
        if record.active_seconds < 0 or record.keystrokes < 0:
            raise ValueError(f"segment {record.segment_id}: effort cannot be negative "
                             f"({record.active_seconds} s, {record.keystrokes} keystrokes)")
        values = asdict(record)
        with self.store.conn.transaction() as db:  # the article taken from the segment
            row = db.execute(
                f"INSERT INTO effort_log ({', '.join(_COLUMNS)}) "
                f"SELECT {', '.join('article_id' if c == 'article_id' else '?' for c in _COLUMNS)}"
                " FROM segments WHERE id = ? RETURNING id, article_id",
                [values[c] for c in _COLUMNS if c != "article_id"] + [record.segment_id]
            ).fetchone()
        if row is None:
            raise NotFoundError(f"there is no segment with id {record.segment_id}")
        stored = replace(record, article_id=int(row[1]))
        return replace(stored, id=int(row[0]))

    def records(self, article_id: int | None = None,
                langs: Sequence[str] | None = None) -> list[EffortRecord]:
        """The rows of one article (``None``: the whole library), of ``langs`` if given."""
        where: list[str] = []
        args: list[object] = []
        if article_id is not None:
            where.append("article_id = ?")
            args.append(article_id)
        if langs:
            where.append(f"lang IN ({', '.join('?' for _ in langs)})")
            args.extend(langs)
        sql = "SELECT * FROM effort_log" + (f" WHERE {' AND '.join(where)}" if where else "")
        with self.store.conn.reading() as db:
            return [_row(r) for r in db.query(sql + " ORDER BY id", args)]
