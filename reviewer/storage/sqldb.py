"""The database object of the store: sqlite-utils' ``Database`` without its import cost.

Every command reads through ``execute`` and ``query`` and writes in ``atomic`` blocks; those are
done here on the :mod:`sqlite3` connection as sqlite-utils does them (rows as dicts, nested blocks
as savepoints, ``PRAGMA recursive_triggers`` on so that a REPLACE keeps the full-text indexes
right). Table helpers (``db.table("t").insert_all(...)``, ``create``, ``enable_fts``...) and
anything else go to a real ``sqlite_utils.Database`` over the same connection, created on first
use. ``db.table(name)`` rather than ``db[name]``: sqlite-utils' ``db[name]`` is a table *or a
view*, so its methods cannot be type-checked.

Importing sqlite-utils costs 0.15 s (click, dateutil, pluggy) and, through it, numpy 0.1-0.25 s:
more than a read-only command's whole work. When it is needed it is imported with numpy and
pandas hidden (unless something loaded them already): it only maps their number types to
column types, and the store never inserts such values.
"""

from __future__ import annotations

import itertools
import sqlite3
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils
    import sqlite_utils.db

Params = Sequence[Any] | dict[str, Any] | None
_SAVEPOINTS = itertools.count(1)  # savepoint names, unique within the process


def import_sqlite_utils() -> Any:
    """The ``sqlite_utils`` module, imported (once) without numpy and pandas."""
    if "sqlite_utils" in sys.modules:
        return sys.modules["sqlite_utils"]
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # `import name` now fails
    try:
        import sqlite_utils
    finally:
        for name in hidden:
            if sys.modules.get(name) is None:
                del sys.modules[name]
    return sqlite_utils


def _dedupe(keys: list[str]) -> list[str]:
    """Column names made unique as sqlite-utils does: later duplicates get ``_2``, ``_3``..."""
    if len(set(keys)) == len(keys):
        return keys
    taken, out = set(keys), []
    seen: set[str] = set()
    for key in keys:
        name, n = key, 2
        while name in seen:
            while f"{key}_{n}" in taken:
                n += 1
            name = f"{key}_{n}"
            taken.add(name)
        seen.add(name)
        out.append(name)
    return out


class Database:
    """One SQLite connection (opened with ``isolation_level=None``) with sqlite-utils' API."""

    dialect = "sqlite"

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._full: sqlite_utils.Database | None = None
        conn.execute("PRAGMA recursive_triggers=on;")

    @property
    def full(self) -> sqlite_utils.Database:
        """A real ``sqlite_utils.Database`` over the same connection (imported on first use)."""
        if self._full is None:
            self._full = import_sqlite_utils().Database(self.conn)
        return self._full

    def table(self, name: str) -> sqlite_utils.db.Table:
        """The sqlite-utils table ``name`` (created by its first insert if it does not exist)."""
        return self.full.table(name)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.full, name)

    def execute(self, sql: str, parameters: Params = None) -> sqlite3.Cursor:
        """Run one statement; return its cursor."""
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def query(self, sql: str, params: Params = None) -> Iterator[dict[str, Any]]:
        """The rows of a query, each as a dict of column name to value."""
        cursor = self.execute(sql, params)
        if cursor.description is None:
            raise ValueError("query() can only be used with SQL that returns rows - "
                             "use execute() for other statements")
        keys = _dedupe([d[0] for d in cursor.description])
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """A transaction (a savepoint inside one), committed or rolled back when it ends."""
        if self.conn.in_transaction:
            savepoint = f"reviewer_sp_{next(_SAVEPOINTS)}"
            self.conn.execute(f"SAVEPOINT {savepoint};")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint};")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {savepoint};")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise

    def rollback(self) -> None:
        """Roll back the open transaction, if any."""
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()
