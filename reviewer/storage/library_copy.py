"""Copying a whole library from one store to another: a SQLite file to a PostgreSQL server, or
back, or file to file.

Every table is copied row by row with its ids (history, effort log, memory, glossary, caches
included) inside one transaction on the destination; the counts of every table are compared
before that transaction commits, so a copy either is complete or leaves the destination as it
was. The memory's index and the full-text indexes are not copied: the destination's triggers
and indexes build them from the rows. A destination that holds anything is refused unless
``replace`` is given, which empties it first (in the same transaction).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reviewer.storage import tm_index
from reviewer.storage.dialect import is_pg
from reviewer.storage.errors import StoreError
from reviewer.storage.pg_url import is_pg_url
from reviewer.storage.sqldb import Database
from reviewer.storage.store import Store

# Parents before children (foreign keys); the memory's index is rebuilt, not copied; the
# claims of who is on which segment lapse within a minute and are not copied.
TABLES = ("articles", "segments", "human_versions", "human_sentences", "links", "suggestions",
          "translations", "history", "meta", "mt_cache", "engine_usage", "tm_units", "glossary",
          "spelling_words", "annotations", "effort_log", "reviewers", "signoffs")
BATCH = 1000


class DestinationNotEmptyError(StoreError):
    """The destination holds a library already and ``replace`` was not asked for."""


@dataclass
class CopyReport:
    """What was copied: rows per table (the same on both sides, checked)."""

    source: str
    destination: str
    rows: dict[str, int] = field(default_factory=dict)


def _count(db: Database, table: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _columns(db: Database, table: str) -> list[str]:
    cursor = db.execute(f"SELECT * FROM {table} LIMIT 0")
    names = [d[0] for d in cursor.description]
    cursor.fetchall()
    return names


def _text_columns(db: Database, table: str) -> set[str]:
    """The destination's text columns on PostgreSQL (SQLite stores what it is given)."""
    if not is_pg(db):
        return set()
    return {r[0] for r in db.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = "
        "current_schema() AND table_name = ? AND data_type = 'text'", [table])}


def _rows(src: Database, table: str, names: list[str]) -> Iterable[list[Any]]:
    """The table's rows in batches, in key order (by rowid on SQLite, which every table has)."""
    order = "rowid" if not is_pg(src) else ", ".join(names)
    offset = 0
    while True:
        batch = src.execute(f"SELECT {', '.join(names)} FROM {table} ORDER BY {order} "
                            f"LIMIT {BATCH} OFFSET {offset}").fetchall()
        yield from (list(r) for r in batch)
        if len(batch) < BATCH:
            return
        offset += BATCH


def _empty(dst: Database) -> None:
    dst.execute("DELETE FROM tm_index")
    for table in reversed(TABLES):
        dst.execute(f"DELETE FROM {table}")


def _fix_sequences(dst: Database) -> None:
    """On PostgreSQL, move each ``id`` sequence past the ids copied in."""
    if not is_pg(dst):
        return
    for table in TABLES:
        if "id" in _columns(dst, table):
            dst.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {table}")


def copy_library(source: Path | str, destination: Path | str, *, replace: bool = False,
                 progress: Callable[[str, int], None] | None = None) -> CopyReport:
    """Copy every table of the store at ``source`` into the store at ``destination``."""
    if not is_pg_url(source) and not Path(source).expanduser().is_file():
        raise StoreError(f"{source}: there is no library file there to copy")
    with Store(source) as src, Store(destination) as dst:
        report = CopyReport(str(src.path), str(dst.path))
        if str(src.path) == str(dst.path):
            raise StoreError(f"{dst.path}: the source and the destination are the same library")
        with src.conn.reading() as sdb, dst.conn.transaction() as ddb:
            held = {t: n for t in TABLES if (n := _count(ddb, t))}
            if held and not replace:
                raise DestinationNotEmptyError(
                    f"{dst.path}: the destination holds a library already ("
                    + ", ".join(f"{n} {t}" for t, n in list(held.items())[:4])
                    + "); give --replace to empty it first, or choose an empty one")
            if held:
                _empty(ddb)
            for table in TABLES:
                names = _columns(sdb, table)
                text = _text_columns(ddb, table)
                marks = ", ".join("?" * len(names))
                sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({marks})"
                rows = []
                for row in _rows(sdb, table, names):
                    rows.append([str(v) if v is not None and names[i] in text
                                 and not isinstance(v, str) else v for i, v in enumerate(row)])
                    if len(rows) >= BATCH:
                        ddb.conn.executemany(sql, rows)
                        rows = []
                if rows:
                    ddb.conn.executemany(sql, rows)
                report.rows[table] = _count(ddb, table)
                if progress is not None:
                    progress(table, report.rows[table])
            _fix_sequences(ddb)
            tm_index.settle(ddb.conn)
            wrong = {t: (_count(sdb, t), n) for t, n in report.rows.items()
                     if _count(sdb, t) != n}
            if wrong:  # raising here rolls the whole copy back
                raise StoreError(f"{dst.path}: the copy was undone: the counts differ ("
                                 + ", ".join(f"{t}: {a} in the source, {b} copied"
                                             for t, (a, b) in wrong.items()) + ")")
    return report
