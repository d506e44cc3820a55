"""Final translations, machine-translation suggestions, and the append-only history of changes."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reviewer.storage.sqldb import Database

from reviewer.core.model import HistoryEntry, Origin, Status, Suggestion, Translation
from reviewer.storage import write_locks
from reviewer.storage.connection import Connection, now
from reviewer.storage.locks import check_unlocked
from reviewer.storage.versions import NEW_ROW_VERSION


def supersede_errors(db: Database, segment_id: int, lang: str, engine: str) -> None:
    """A machine translation of a segment into ``lang`` by ``engine`` succeeded: delete the
    errors other engines left there (inside the caller's transaction).

    So a segment has an error row exactly when the latest fetch of it failed: a failure writes
    that engine's error, and any later success, from whichever engine, clears every error. The
    successful translations of other engines stay; a retry of a failed engine replaces its row.
    """
    db.execute("DELETE FROM suggestions WHERE segment_id = ? AND lang = ? AND engine != ? "
               "AND error IS NOT NULL", [segment_id, lang, engine])


_HISTORY_COLUMNS = ("article_id", "segment_id", "lang", "action", "old_text", "new_text",
                    "old_status", "new_status", "actor", "origin", "engine", "at")
_INSERT_HISTORY = (f"INSERT INTO history ({', '.join(_HISTORY_COLUMNS)}) "
                   f"VALUES ({', '.join('?' * len(_HISTORY_COLUMNS))})")
_SELECT_TRANSLATION = ("SELECT segment_id, lang, text, status, origin, engine, updated_at, "
                       "comment, version FROM translations WHERE segment_id = ? AND lang = ?")


#: A translation and its sign-off, in one read (the row is there whether either exists or not).
_SELECT_FOR_WRITE = (
    "SELECT t.segment_id, t.lang, t.text, t.status, t.origin, t.engine, t.updated_at, "
    "t.comment, t.version, g.idx, s.signed_by, s.signed_at "
    "FROM (SELECT ? AS segment_id, ? AS lang) k "
    "LEFT JOIN translations t ON t.segment_id = k.segment_id AND t.lang = k.lang "
    "LEFT JOIN signoffs s ON s.segment_id = k.segment_id AND s.lang = k.lang "
    "LEFT JOIN segments g ON g.id = s.segment_id")

Signoff = tuple[int, str, str]  # the segment's index, who signed it off, when


def read_for_write(db: Database, segment_id: int,
                   lang: str) -> tuple[Translation | None, Signoff | None]:
    """The stored translation and its sign-off (``None``: not signed off), in one statement,
    inside the caller's write transaction: what an edit's conflict and lock checks need."""
    row = db.execute(_SELECT_FOR_WRITE, [segment_id, lang]).fetchone()
    seg, lang_, text, status, origin, engine, updated_at, comment, version = row[:9]
    stored = None if seg is None else Translation(
        seg, lang_, text, Status(status), Origin(origin), engine, updated_at, comment or "",
        version)
    signoff = None if row[10] is None else (row[9], row[10], row[11])
    return stored, signoff


def add_history(db: Database, row: dict[str, object]) -> None:
    """Append one history row (a plain INSERT: this runs once for every approval); a column left
    out of ``row`` is NULL."""
    db.execute(_INSERT_HISTORY, [row.get(c) for c in _HISTORY_COLUMNS])


_INSERT_HISTORY_OF_SEGMENT = (
    f"INSERT INTO history ({', '.join(_HISTORY_COLUMNS)}) "
    f"SELECT article_id, {', '.join('?' * (len(_HISTORY_COLUMNS) - 1))} FROM segments WHERE id = ?")


def write_translation(db: Database, old: Translation | None, segment_id: int, lang: str,
                      text: str, status: Status, origin: Origin, *, engine: str | None = None,
                      comment: str | None = None, actor: str,
                      action: str | None = None, lock_checked: bool = False) -> Translation:
    """Upsert a final translation and append its history row, inside the caller's transaction,
    which named ``(segment_id, lang)``: ``conn.transaction(translations=[(segment_id, lang)])``
    (:mod:`~reviewer.storage.write_locks`), or is a write of anything.

    Refused (:class:`~reviewer.storage.locks.SignedOffError`) when an editor signed the segment
    off and ``actor`` is not an editor. ``old`` is the translation stored now (the caller has
    read it, e.g. for its conflict check);
    the comment is kept unless ``comment`` is given. Two statements: the upsert, and the history
    row with its article id taken from the segment in the same statement (a third, the lock
    check, unless ``lock_checked`` says the caller made it from :func:`read_for_write`).
    """
    write_locks.require(db, segment_id, lang)  # its transaction named it (PostgreSQL's locks)
    if not lock_checked:
        check_unlocked(db, segment_id, lang, actor)  # team sign-off: an editor's lock (locks.py)
    new = Translation(segment_id, lang, text, status, origin, engine, now(),
                      comment if comment is not None else (old.comment if old else ""))
    version = db.execute(
        "INSERT INTO translations (segment_id, lang, text, status, origin, engine, "
        f"comment, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, {NEW_ROW_VERSION}) "
        "ON CONFLICT (segment_id, lang) DO UPDATE SET text = excluded.text, "
        "status = excluded.status, origin = excluded.origin, engine = excluded.engine, "
        "comment = excluded.comment, updated_at = excluded.updated_at, "
        "version = translations.version + 1 RETURNING version",
        [segment_id, lang, new.text, str(status), str(origin), engine, new.comment,
         new.updated_at, segment_id, lang],
    ).fetchone()[0]
    new = replace(new, version=version)
    row = {"segment_id": segment_id, "lang": lang, "action": action or str(status),
           "old_text": old.text if old else None, "new_text": text,
           "old_status": str(old.status) if old else None, "new_status": str(status),
           "actor": actor, "origin": str(origin), "engine": engine, "at": new.updated_at}
    db.execute(_INSERT_HISTORY_OF_SEGMENT, [row[c] for c in _HISTORY_COLUMNS[1:]] + [segment_id])
    return new


def _translation(row: dict[str, Any]) -> Translation:
    return Translation(row["segment_id"], row["lang"], row["text"], Status(row["status"]),
                       Origin(row["origin"]), row["engine"], row["updated_at"],
                       row["comment"] or "", row["version"])


def _suggestion(row: dict[str, Any]) -> Suggestion:
    return Suggestion(row["segment_id"], row["lang"], row["engine"], row["text"], row["error"],
                      row["fetched_at"])


class TranslationsMixin:
    """Translation, suggestion and history queries of :class:`reviewer.storage.Store`."""

    conn: Connection

    def translation(self, segment_id: int, lang: str) -> Translation | None:
        """The final translation of a segment into ``lang``, if any."""
        with self.conn.reading() as db:
            row = db.execute(_SELECT_TRANSLATION, [segment_id, lang]).fetchone()
        if row is None:
            return None
        seg, lang, text, status, origin, engine, updated_at, comment, version = row
        return Translation(seg, lang, text, Status(status), Origin(origin), engine, updated_at,
                           comment or "", version)

    def set_translation(self, segment_id: int, lang: str, text: str, status: Status,
                        origin: Origin, *, engine: str | None = None, comment: str | None = None,
                        actor: str = "reviewer", action: str | None = None) -> Translation:
        """Write a segment's final translation and its history row, committed before returning."""
        with self.conn.transaction(translations=[(segment_id, lang)]) as db:
            return write_translation(db, self.translation(segment_id, lang), segment_id, lang,
                                     text, status, origin, engine=engine, comment=comment,
                                     actor=actor, action=action)

    def history(self, segment_id: int, lang: str | None = None) -> list[HistoryEntry]:
        """Every recorded change of a segment's translations, oldest first."""
        sql = "SELECT * FROM history WHERE segment_id = ?"
        args: list[object] = [segment_id]
        if lang:
            sql += " AND lang = ?"
            args.append(lang)
        with self.conn.reading() as db:
            return [HistoryEntry(r["id"], r["segment_id"], r["lang"], r["action"], r["old_text"],
                                 r["new_text"], r["old_status"], r["new_status"], r["actor"],
                                 r["origin"], r["engine"], r["at"])
                    for r in db.query(sql + " ORDER BY id", args)]

    def suggestions(self, segment_id: int, lang: str | None = None) -> list[Suggestion]:
        """The machine translations stored for a segment, by engine."""
        sql = "SELECT * FROM suggestions WHERE segment_id = ?"
        args: list[object] = [segment_id]
        if lang:
            sql += " AND lang = ?"
            args.append(lang)
        with self.conn.reading() as db:
            return [_suggestion(r) for r in db.query(sql + " ORDER BY lang, engine", args)]
