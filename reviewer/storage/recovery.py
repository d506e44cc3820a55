"""``reviewer library check`` and ``recover``: SQLite's full check, and rebuilding a damaged file.

Recovery never changes the damaged file: it builds a new database beside it (``NAME.recovered``),
fills it with every row that can still be read, checks it, and only then moves the damaged file
aside (``NAME.damaged-YYYYMMDDTHHMMSS``, with its ``-wal``) and the new one into its place. Rows
are read through SQLite's own recovery (the ``sqlite3`` program's ``.recover``, which reads
around damaged pages) when that program is installed, else table by table in ``rowid`` order,
skipping past what cannot be read. ``--from-backup`` takes the newest backup copy that passes the
check instead (see :mod:`reviewer.storage.health`).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from reviewer.storage import health
from reviewer.storage.errors import StoreError
from reviewer.storage.schema import LATEST, migrate

SIDE_FILES = ("-wal", "-shm")


@dataclass
class CheckReport:
    """The verdict on a database file and its backup copies."""

    path: Path
    problems: list[str]
    backups: list[tuple[Path, bool]] = field(default_factory=list)  # (copy, passes the check)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class RecoverReport:
    """What ``recover`` did: the rows per table now in place, where the damaged file went."""

    path: Path
    kept_as: Path
    method: str
    rows: dict[str, int]
    lost: dict[str, int] = field(default_factory=dict)


def _open_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _verdict(path: Path, full: bool) -> list[str]:
    try:
        conn = _open_ro(path)
        try:
            return health.quick_check(conn, full=full)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]


def check(path: Path) -> CheckReport:
    """Run SQLite's full ``integrity_check`` on ``path`` and the quick one on each backup."""
    if not path.exists():
        raise StoreError(f"{path}: no database there")
    return CheckReport(path, _verdict(path, full=True),
                       [(b, not _verdict(b, full=False)) for b in health.backups(path)])


def _tables(db: sqlite3.Connection) -> list[str]:
    """The reviewer's own tables of a fresh database (full-text indexes refill themselves)."""
    names = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    fts = [n for n in names if db.execute(
        "SELECT sql FROM sqlite_master WHERE name = ?", [n]).fetchone()[0].upper()
        .startswith("CREATE VIRTUAL")]
    return [n for n in names if not any(n == f or n.startswith(f + "_") for f in fts)]


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    try:
        return [r[1] for r in db.execute(f'PRAGMA table_info("{table}")')]
    except sqlite3.DatabaseError:
        return []


def _rows(db: sqlite3.Connection, table: str, cols: list[str]) -> Iterator[tuple[Any, ...]]:
    """Every readable row of ``table`` in rowid order, jumping over what cannot be read."""
    names = ", ".join(f'"{c}"' for c in cols)
    after, jump, failures = -(2**63), 1, 0
    while failures < 64:
        try:
            for row in db.execute(f'SELECT rowid, {names} FROM "{table}" WHERE rowid > ? '
                                  f"ORDER BY rowid", [after]):
                after, jump = row[0], 1
                yield row[1:]
            return
        except sqlite3.DatabaseError:
            failures += 1
            after, jump = after + jump, jump * 4


def _recover_sql(path: Path, into: Path) -> bool:
    """Rebuild ``path`` into ``into`` with the ``sqlite3`` program's ``.recover``, if installed."""
    program = shutil.which("sqlite3")
    if program is None:
        return False
    try:
        done = subprocess.run([program, str(path), ".recover"], capture_output=True, text=True,
                              errors="replace", timeout=600, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return False
    if done.returncode != 0 or done.stderr.strip():  # a build without sqlite_dbpage fails here
        return False
    dump = done.stdout
    conn = sqlite3.connect(into)
    try:
        conn.executescript(dump)
        conn.commit()
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return True


def _fill(fresh: Path, source: sqlite3.Connection) -> tuple[dict[str, int], dict[str, int]]:
    """Copy every readable row of ``source`` into ``fresh``; drop rows whose parent was lost."""
    db = sqlite3.connect(fresh, isolation_level=None)
    try:
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("BEGIN")
        rows: dict[str, int] = {}
        for table in _tables(db):
            cols = [c for c in _columns(db, table) if c in set(_columns(source, table))]
            if not cols:
                continue
            marks = ", ".join("?" * len(cols))
            names = ", ".join(f'"{c}"' for c in cols)
            insert = f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({marks})'
            for row in _rows(source, table, cols):
                db.execute(insert, row)
        lost: dict[str, int] = {}
        for table, rowid, _parent, _fk in db.execute("PRAGMA foreign_key_check").fetchall():
            db.execute(f'DELETE FROM "{table}" WHERE rowid = ?', [rowid])
            lost[table] = lost.get(table, 0) + 1
        db.execute("COMMIT")
        for table in _tables(db):
            rows[table] = db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        return rows, lost
    finally:
        db.close()


def _version(conn: sqlite3.Connection) -> int:
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError:
        return 0


def _swap(path: Path, fresh: Path) -> Path:
    """Move the damaged file (and its side files) aside and ``fresh`` into its place."""
    kept = path.with_name(f"{path.name}.damaged-{datetime.now():%Y%m%dT%H%M%S}")
    os.replace(path, kept)
    for side in SIDE_FILES:
        extra = path.with_name(path.name + side)
        if extra.exists():
            os.replace(extra, kept.with_name(kept.name + side))
    os.replace(fresh, path)
    return kept


def recover(path: Path, from_backup: bool = False) -> RecoverReport:
    """Rebuild the database at ``path`` from what is readable in it (or from its newest healthy
    backup); the damaged file is kept beside it. Close the window before running this."""
    if not path.exists():
        raise StoreError(f"{path}: no database there")
    fresh = path.with_name(f"{path.name}.recovered")
    scratch = path.with_name(f"{path.name}.recover-tmp")
    for stale in (fresh, scratch):
        stale.unlink(missing_ok=True)
    try:
        if from_backup:
            good = [b for b in health.backups(path) if not _verdict(b, full=True)]
            if not good:
                raise StoreError(f"{path}: no backup copy passes the check; run `reviewer "
                                 "library recover` without --from-backup")
            shutil.copyfile(good[0], fresh)
            method = f"backup copy {good[0].name}"
            conn = sqlite3.connect(fresh)
            rows = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                    for t in _tables(conn)}
            conn.close()
            lost: dict[str, int] = {}
        else:
            used_cli = _recover_sql(path, scratch)
            source = sqlite3.connect(scratch) if used_cli else _open_ro(path)
            try:
                if _version(source) > LATEST:
                    raise StoreError(f"{path}: written by a newer version of reviewer; "
                                     "recover it with that version")
                import sqlite_utils  # table helpers only when recovering (start-up stays light)

                made = sqlite_utils.Database(sqlite3.connect(fresh, isolation_level=None))
                try:
                    migrate(made)
                finally:
                    made.close()
                rows, lost = _fill(fresh, source)
            finally:
                source.close()
            method = "sqlite3 .recover" if used_cli else "row-by-row salvage"
        if not from_backup and not any(rows.values()):
            raise StoreError(f"{path}: nothing could be read from it; try `reviewer library "
                             f"recover --from-backup` (the file is left as it is)")
        problems = _verdict(fresh, full=True)
        if problems:
            raise StoreError(f"{path}: the rebuilt copy fails the check too ({problems[0]}); "
                             f"try `reviewer library recover --from-backup`")
        return RecoverReport(path, _swap(path, fresh), method, rows, lost)
    except OSError as exc:
        raise StoreError(f"{path}: cannot write the recovered copy beside it "
                         f"({exc.strerror or exc})") from exc
    finally:
        fresh.unlink(missing_ok=True)
        scratch.unlink(missing_ok=True)
