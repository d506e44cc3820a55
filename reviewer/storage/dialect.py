"""Which engine a connection talks to, for the few statements written apart per engine.

Cheap to import (no driver): the PostgreSQL connection adapter carries ``dialect =
"postgresql"``; a :mod:`sqlite3` connection has no such attribute.
"""

from __future__ import annotations

POSTGRESQL = "postgresql"
SQLITE = "sqlite"


def dialect_of(conn: object) -> str:
    """``postgresql`` or ``sqlite`` for a connection (the raw one or the store's database)."""
    found = getattr(conn, "dialect", None)
    if isinstance(found, str):
        return found
    inner = getattr(conn, "conn", None)
    return dialect_of(inner) if inner is not None and inner is not conn else SQLITE


def is_pg(conn: object) -> bool:
    """Whether ``conn`` talks to PostgreSQL."""
    return dialect_of(conn) == POSTGRESQL
