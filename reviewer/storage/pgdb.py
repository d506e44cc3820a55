"""The store's database object on PostgreSQL: :class:`~reviewer.storage.sqldb.Database`'s
interface (``execute``, ``query``, ``atomic``, ``table(...).insert``) over a psycopg 3 connection.

The queries are written once, for both engines, with ``?`` parameters; :func:`to_pg` turns them
into psycopg's ``%s`` (and a literal ``%`` into ``%%``), skipping quoted text, once per distinct
statement. :class:`PgConn` stands where the SQLite code uses the raw ``sqlite3`` connection
(``execute``, ``executemany``, ``in_transaction``, ``rollback``), so that code runs unchanged;
its cursors are psycopg's (``fetchone``, ``fetchall``, iteration, ``description``, ``rowcount``).

A transaction that added history rows notifies the windows listening
(:data:`~reviewer.storage.pg_triggers.CHANNEL`) *after* its commit, in the same message as the
``COMMIT`` (one round trip), rather than from a trigger inside it: PostgreSQL lets one committing
transaction that notifies at a time through, holding a lock across its write-ahead log flush, so
ten reviewers' approvals that each notified queued behind one another's flushes (the load bench
measured it: ``bench/team_load.py --profile``). The notice is sent in a transaction of its own
that writes nothing, so nothing waits on a flush under that lock.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any, cast

import psycopg
from psycopg import pq

from reviewer.storage.pg_triggers import CHANNEL
from reviewer.storage.sqldb import Database, Params

_SAVEPOINTS = iter(range(1, 1 << 62))
_IN_TRANSACTION = (pq.TransactionStatus.ACTIVE, pq.TransactionStatus.INTRANS,
                   pq.TransactionStatus.INERROR)
# Fixed texts (no parameter: the simple protocol runs both statements of one message in turn;
# the notice goes in an implicit transaction of its own after the COMMIT).
_NOTIFY = f"SELECT pg_notify('{CHANNEL}', 'history')"
_COMMIT_NOTIFYING = f"COMMIT; {_NOTIFY}"
_HISTORY_INSERTS = ("INSERT INTO history ", 'INSERT INTO "history" ')


@functools.lru_cache(maxsize=4096)
def to_pg(sql: str) -> str:
    """``sql`` with each ``?`` outside quotes as ``%s`` and each ``%`` as ``%%``."""
    out: list[str] = []
    quote = ""
    for ch in sql:
        if quote:
            if ch == quote:
                quote = ""
            out.append("%%" if ch == "%" else ch)
        elif ch in "'\"":
            quote = ch
            out.append(ch)
        elif ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        else:
            out.append(ch)
    return "".join(out)


class PgConn:
    """The part of :class:`sqlite3.Connection` the store uses, over a psycopg connection that is
    in autocommit mode (transactions are begun and ended explicitly, as on SQLite)."""

    dialect = "postgresql"

    def __init__(self, raw: psycopg.Connection[Any]):
        self.raw = raw
        #: The open transaction added history rows: its ``COMMIT`` notifies the windows.
        self.history_added = False

    def execute(self, sql: str, parameters: Params = None) -> psycopg.Cursor[Any]:
        if parameters is None:
            if sql == "COMMIT" and self.history_added:
                self.history_added = False
                return self.raw.execute(_COMMIT_NOTIFYING)
            if sql.startswith("ROLLBACK") and not sql.startswith("ROLLBACK TO"):
                self.history_added = False
            cursor = self.raw.execute(cast(Any, sql))
        else:
            cursor = self.raw.execute(cast(Any, to_pg(sql)), parameters)
        if sql.startswith(_HISTORY_INSERTS):
            self._added_history()
        return cursor

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> psycopg.Cursor[Any]:
        cursor = self.raw.cursor()
        cursor.executemany(cast(Any, to_pg(sql)), list(rows))
        if sql.startswith(_HISTORY_INSERTS):
            self._added_history()
        return cursor

    def _added_history(self) -> None:
        """A statement added history rows: its transaction's commit notifies (one that ran
        outside a transaction, committed already, notifies at once)."""
        if self.in_transaction:
            self.history_added = True
        else:
            self.raw.execute(_NOTIFY)

    @property
    def in_transaction(self) -> bool:
        # A connection the server dropped is UNKNOWN: in no transaction (so the next write
        # begins one, which fails as "cannot be reached", rather than nesting a savepoint in it).
        return self.raw.info.transaction_status in _IN_TRANSACTION

    def rollback(self) -> None:
        self.history_added = False
        if self.in_transaction:
            self.raw.execute("ROLLBACK")

    def commit(self) -> None:
        if self.in_transaction:
            self.execute("COMMIT")

    def close(self) -> None:
        self.raw.close()


class PgTable:
    """The two sqlite-utils table helpers the store writes with: ``insert`` and ``insert_all``
    (plain inserts; sqlite-utils' options such as ``replace`` or ``alter`` are not offered)."""

    def __init__(self, conn: PgConn, name: str):
        self.conn = conn
        self.name = name
        self.last_pk: Any = None

    def insert(self, row: dict[str, Any]) -> PgTable:
        """Insert one row; ``last_pk`` is its ``id`` when the table has one."""
        columns = ", ".join(f'"{c}"' for c in row)
        marks = ", ".join("?" * len(row))
        sql = f'INSERT INTO "{self.name}" ({columns}) VALUES ({marks})'
        if self._has_id():
            got = self.conn.execute(sql + " RETURNING id", list(row.values())).fetchone()
            self.last_pk = got[0] if got else None
        else:
            self.conn.execute(sql, list(row.values()))
        return self

    def insert_all(self, rows: Iterable[dict[str, Any]]) -> PgTable:
        """Insert many rows (each with the columns of the first)."""
        rows = list(rows)
        if rows:
            names = list(rows[0])
            columns = ", ".join(f'"{c}"' for c in names)
            sql = f'INSERT INTO "{self.name}" ({columns}) VALUES ({", ".join("?" * len(names))})'
            self.conn.executemany(sql, [[r.get(c) for c in names] for r in rows])
        return self

    def _has_id(self) -> bool:
        return bool(self.conn.execute(
            "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = ? AND column_name = 'id'", [self.name]).fetchone())


class PgDatabase(Database):
    """One psycopg connection with the store's database interface.

    The cursors it returns are psycopg's; they are typed as :class:`sqlite3.Cursor` for the code
    written once for both engines, which uses only what the two share.
    """

    dialect = "postgresql"
    #: The translations the write transaction under way may write (``None``: any, or none open).
    write_scope: frozenset[tuple[int, str]] | None = None

    def __init__(self, raw: psycopg.Connection[Any]):  # noqa: D107 - no PRAGMA here
        self.pg = PgConn(raw)
        self.conn = cast(sqlite3.Connection, self.pg)
        self._full = None

    @property
    def full(self) -> Any:
        raise RuntimeError("sqlite-utils' helpers are not available on PostgreSQL")

    def table(self, name: str) -> Any:
        """The insert helpers of table ``name``."""
        return PgTable(self.pg, name)

    def execute(self, sql: str, parameters: Params = None) -> sqlite3.Cursor:
        return cast(sqlite3.Cursor, self.pg.execute(sql, parameters))

    def rollback(self) -> None:
        """Roll back the open transaction, if any (``atomic`` is the SQLite one's: savepoints
        nest the same way on both engines)."""
        self.pg.rollback()

    def close(self) -> None:
        self.pg.close()
