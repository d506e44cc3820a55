"""Opening the database: where it lives, its pragmas, migrations, and transactions that commit
at once.

Every write runs inside :meth:`Connection.transaction`, which takes the write lock up front
(``BEGIN IMMEDIATE``) and commits before returning, so that a change the caller acknowledges is on
disk (WAL with ``synchronous=FULL``) and survives a crash or ``kill -9``.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from reviewer.storage.errors import StoreError, StoreLockedError
from reviewer.storage.schema import migrate
from reviewer.storage.sqldb import Database

APP_NAME = "reviewer"
BUSY_TIMEOUT_S = 5.0


def default_db_path() -> Path:
    """The database: ``$REVIEWER_DB`` if set, else ``reviewer.db`` in the user data directory."""
    env = os.environ.get("REVIEWER_DB")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "reviewer.db"


def now() -> str:
    """The current UTC time as ISO 8601 with seconds, as every timestamp in the store is."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def _is_locked(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


class Connection:
    """One SQLite connection with the project's pragmas; use it from the thread that opened it."""

    def __init__(self, path: Path | str | None = None, *, busy_timeout: float = BUSY_TIMEOUT_S):
        self.path = Path(path) if path is not None else default_db_path()
        self.busy_timeout = busy_timeout
        if str(self.path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(str(self.path), timeout=busy_timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the database ({exc})") from exc
        self.db = Database(conn)
        try:
            self.db.execute("PRAGMA foreign_keys = ON")
            if str(self.path) != ":memory:":
                self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = FULL")
            with self._mapped_errors():
                migrate(self.db)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"{self.path}: not a usable reviewer database ({exc})") from exc
        except RuntimeError as exc:
            conn.close()
            raise StoreError(f"{self.path}: {exc}") from exc

    def close(self) -> None:
        """Close the connection; committed work is already on disk."""
        self.db.close()

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _mapped_errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.OperationalError as exc:
            if _is_locked(exc):
                raise StoreLockedError(
                    f"{self.path}: the database is locked by another process "
                    f"(waited {self.busy_timeout:g} s); close the other reviewer and try again"
                ) from exc
            raise

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """Run a block as one write transaction, committed when it ends; nests as savepoints."""
        if self.db.conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        with self._mapped_errors():
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                self.db.rollback()
                raise
            self.db.execute("COMMIT")

    @contextmanager
    def reading(self) -> Iterator[Database]:
        """Run reads with locked-database errors turned into :class:`StoreLockedError`."""
        with self._mapped_errors():
            yield self.db
