"""Opening the database: where it lives, its pragmas, migrations, and transactions that commit
at once.

Every write runs inside :meth:`Connection.transaction`, which takes the write lock up front
(``BEGIN IMMEDIATE``) and commits before returning, so that a change the caller acknowledges is on
disk (WAL with ``synchronous=FULL``) and survives a crash or ``kill -9``.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from reviewer.storage import faults, health
from reviewer.storage.errors import StoreDamagedError, StoreError
from reviewer.storage.pg_url import is_pg_url
from reviewer.storage.schema import LATEST, migrate
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


def open_connection(target: Path | str | None = None, **kwargs: float) -> Connection:
    """A connection to the store at ``target`` (a path, a ``postgresql://`` URL, or, when
    ``None``, ``$REVIEWER_DB`` or the default file): SQLite or PostgreSQL by what it names."""
    if target is None and is_pg_url(os.environ.get("REVIEWER_DB")):
        target = os.environ["REVIEWER_DB"]
    if is_pg_url(target):
        from reviewer.storage.pg_connection import PgConnection  # noqa: PLC0415 - psycopg

        # a PgUrl as it is (its text hides the password; str() of it would lose it)
        return PgConnection(target if isinstance(target, str) else str(target), **kwargs)
    return Connection(target, **kwargs)


def now() -> str:
    """The current UTC time as ISO 8601 with seconds, as every timestamp in the store is."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class Connection:
    """One SQLite connection with the project's pragmas; use it from the thread that opened it.

    A database whose folder or file cannot be written is opened read-only: reads work and every
    write raises :class:`StoreReadOnlyError` naming the folder. Before the first write the file
    is checked (``PRAGMA quick_check``, see :mod:`reviewer.storage.health`); a damaged one is
    never written to. Every SQLite error that is the world's fault (lock, full disk, damage,
    read-only) becomes one :class:`StoreError` line naming the file and what to do.
    """

    def __init__(self, path: Path | str | None = None, *, busy_timeout: float = BUSY_TIMEOUT_S):
        self.path = Path(path) if path is not None else default_db_path()
        self.busy_timeout = busy_timeout
        self.read_only: StoreError | None = None  # why writes are refused, if they are
        self.damage: StoreError | None = None
        self.checked = False
        self.backup_note = ""  # why no backup was made, if one was due and failed
        memory = str(self.path) == ":memory:"
        if not memory:
            problem = faults.folder_problem(self.path)
            if problem is not None:
                raise problem
            if not faults.writable(self.path):
                self.read_only = faults.cannot_write(
                    self.path.parent, "the folder or the file is read-only")
        try:
            if self.read_only is not None:
                conn = self._connect_read_only()
            else:
                conn = sqlite3.connect(str(self.path), timeout=busy_timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise self._known(exc, 0.0) or StoreError(
                f"{self.path}: cannot open the database ({exc})") from exc
        self.db = Database(conn)
        try:
            with self._mapped_errors():
                self.db.execute("PRAGMA foreign_keys = ON")
                if self.read_only is not None:
                    self.db.execute("PRAGMA query_only = ON")
                    self._refuse_outdated()
                else:
                    if not memory:
                        self._set_wal()
                    self.db.execute("PRAGMA synchronous = FULL")
                    migrate(self.db)
        except StoreError:
            conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"{self.path}: not a usable reviewer database ({exc})") from exc
        except RuntimeError as exc:
            conn.close()
            raise StoreError(f"{self.path}: {exc}") from exc

    def _set_wal(self) -> None:
        """Switch to WAL, retrying while another process does the same on a new file: two
        processes switching a fresh rollback-journal file at once make SQLite answer "locked"
        at once to one of them (a lock upgrade it refuses without waiting, to avoid a deadlock),
        so the busy timeout alone does not cover it."""
        deadline = time.monotonic() + self.busy_timeout
        while True:
            try:
                self.db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() >= deadline:
                    raise
                time.sleep(0.02)

    def _connect_read_only(self) -> sqlite3.Connection:
        """Open the file for reading only; a WAL database whose folder cannot hold the ``-shm``
        file is opened as immutable (no one can write it there)."""
        uri = self.path.resolve().as_uri()
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=self.busy_timeout,
                               isolation_level=None)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError as exc:
            if faults.primary_code(exc) != faults.SQLITE_CANTOPEN:
                raise
            conn.close()
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True,
                               timeout=self.busy_timeout, isolation_level=None)

    def _refuse_outdated(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version != LATEST:
            raise StoreError(f"{self.read_only}; the database (schema {version}) needs an "
                             f"upgrade to schema {LATEST}, which writes to it")

    def close(self) -> None:
        """Close the connection; committed work is already on disk."""
        self.db.close()

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _known(self, exc: sqlite3.Error, waited: float) -> StoreError | None:
        return faults.from_sqlite(exc, self.path, waited)

    @contextmanager
    def _mapped_errors(self) -> Iterator[None]:
        started = time.monotonic()
        try:
            yield
        except sqlite3.Error as exc:
            known = self._known(exc, time.monotonic() - started)
            if known is None:
                raise
            if isinstance(known, StoreDamagedError):
                self.damage = known
            raise known from exc

    def _before_first_write(self) -> None:
        """Refuse to write where writing is impossible or harmful; back the file up when due."""
        if self.read_only is not None:
            raise self.read_only
        if self.damage is not None:
            raise self.damage
        if self.checked or str(self.path) == ":memory:":
            return
        with self._mapped_errors():
            problems = health.quick_check(self.db.conn)
        if problems:
            self.damage = faults.damaged(self.path, "; ".join(problems[:3]))
            raise self.damage
        self.checked = True
        if health.backup_due(self.path) and health.room_for_backup(self.path) \
                and self._has_articles():
            try:
                health.make_backup(self.db.conn, self.path)
            except (OSError, sqlite3.Error) as exc:  # the write itself may still fit
                self.backup_note = f"no backup copy was made ({exc})"

    def _has_articles(self) -> bool:
        """A new, empty database is not worth a backup copy (it would push out real ones)."""
        return bool(self.db.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0])

    @contextmanager
    def transaction(self, translations: Iterable[tuple[int, str]] | None = None,
                    ) -> Iterator[Database]:
        """Run a block as one write transaction, committed when it ends; nests as savepoints.

        ``translations`` (the pairs a write of final translations writes) matters on
        PostgreSQL only (:mod:`~reviewer.storage.write_locks`): SQLite has one writer at a time.
        """
        if self.db.conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        self._before_first_write()
        with self._mapped_errors():
            self.db.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
                self.db.execute("COMMIT")  # a full disk may refuse the commit itself
            except BaseException:
                if self.db.conn.in_transaction:
                    self.db.conn.rollback()
                raise

    @contextmanager
    def reading(self) -> Iterator[Database]:
        """Run reads with the world's errors (lock, damage) turned into :class:`StoreError`."""
        with self._mapped_errors():
            yield self.db
