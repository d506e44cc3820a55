"""Opening a store on a PostgreSQL server (a ``postgresql://`` URL): the connection, migrations
and transactions that commit at once, with :class:`~reviewer.storage.connection.Connection`'s
interface so that the store's code runs on either engine.

Every write runs inside :meth:`PgConnection.transaction`, which takes the database's write lock
first (advisory locks, :mod:`~reviewer.storage.write_locks`: a write of translations locks the
(segment, language) pairs it writes, and writes of different translations run side by side;
any other write is the only writer, as SQLite's ``BEGIN IMMEDIATE``; so a change that reads and
then writes sees no write of another to what it read in between), and ``COMMIT`` returns only
once the server has made the transaction durable (``synchronous_commit`` is left on), so a
change the caller acknowledges survives a crash of the program or of the server. Error
messages name the database by its URL without the password
(:class:`~reviewer.storage.pg_url.PgUrl`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from urllib.parse import parse_qsl, urlsplit

import psycopg

from reviewer.storage import pg_password, pg_schema
from reviewer.storage.connection import BUSY_TIMEOUT_S, Connection
from reviewer.storage.errors import StoreError, StoreLockedError, StoreUnreachableError
from reviewer.storage.pg_url import PgUrl
from reviewer.storage.pgdb import PgDatabase
from reviewer.storage.sqldb import Database
from reviewer.storage.write_locks import WRITE_LOCK, Pair, lock_statement

__all__ = ["PgConnection", "WRITE_LOCK"]

CONNECT_TIMEOUT_S = 10


class PgConnection(Connection):
    """One psycopg connection to the store's database; use it from the thread that opened it."""

    db: PgDatabase

    def __init__(self, url: str, *, busy_timeout: float = BUSY_TIMEOUT_S):  # noqa: D107
        self.url = PgUrl(url)
        self.path = self.url  # type: ignore[assignment]  # reopened by the same target
        self.busy_timeout = busy_timeout
        self.read_only = None
        self.damage = None
        self.checked = True
        self.backup_note = ""
        try:
            raw = pg_password.connect(self.url, autocommit=True,
                                      connect_timeout=CONNECT_TIMEOUT_S)
        except psycopg.OperationalError as exc:  # no server there, or not now
            if tls := _tls_refused(exc, self.url):
                raise StoreError(f"{self.url}: {tls}") from exc
            raise StoreUnreachableError(f"{self.url}: cannot connect to the database server "
                                        f"({_first_line(exc, self.url)})") from exc
        except psycopg.Error as exc:
            raise StoreError(f"{self.url}: cannot connect to the database server "
                             f"({_first_line(exc, self.url)})") from exc
        self.raw = raw
        self.db = PgDatabase(raw)
        try:
            with self._mapped_errors():
                raw.execute(f"SET lock_timeout = {int(busy_timeout * 1000)}")
                pg_schema.migrate(self.db.pg.execute)
        except RuntimeError as exc:  # a newer schema
            raw.close()
            raise StoreError(f"{self.url}: {exc}") from exc
        except BaseException:
            raw.close()
            raise

    def _known_pg(self, exc: psycopg.Error) -> StoreError:
        text = _first_line(exc, self.url)
        if isinstance(exc, psycopg.errors.LockNotAvailable):
            return StoreLockedError(
                f"{self.url}: another reviewer held the data locked for longer than "
                f"{self.busy_timeout:g} s; the change was not saved, try again")
        if isinstance(exc, psycopg.OperationalError) and (self.raw.closed or self.raw.broken):
            return StoreUnreachableError(
                f"{self.url}: the database server cannot be reached ({text}); "
                "the change was not saved")
        if isinstance(exc, psycopg.OperationalError):
            return StoreError(f"{self.url}: the database server cannot be reached ({text}); "
                              "the change was not saved")
        return StoreError(f"{self.url}: {text}")

    @contextmanager
    def _mapped_errors(self) -> Iterator[None]:
        if self.raw.closed or self.raw.broken:  # lost before: no statement can go through it
            raise StoreUnreachableError(f"{self.url}: the database server cannot be reached "
                                        "(the connection was lost); the change was not saved")
        try:
            yield
        except (psycopg.OperationalError, psycopg.errors.LockNotAvailable) as exc:
            raise self._known_pg(exc) from exc

    @contextmanager
    def transaction(self, translations: Iterable[Pair] | None = None) -> Iterator[Database]:
        """Run a block as one write transaction, committed when it ends; nests as savepoints.

        ``translations``: the (segment id, language) pairs of the final translations the block
        writes, and nothing else (it then runs beside writes of other translations); ``None``:
        any write, the only writer.
        """
        pairs = None if translations is None else frozenset(translations)
        if self.db.conn.in_transaction:  # a lost connection is in none (pgdb.PgConn)
            held = self.db.write_scope
            if held is not None and (pairs is None or not pairs <= held):
                raise RuntimeError("a write nested in a translation write may write only the "
                                   "translations the outer transaction named")
            with self._mapped_errors(), self.db.atomic():
                yield self.db
            return
        with self._mapped_errors():
            with self.db.atomic():
                # Waits up to the busy timeout (lock_timeout), then StoreLockedError.
                lock_sql, keys = lock_statement(pairs)  # fixed text, the keys as parameters
                self.db.execute(lock_sql, keys)
                self.db.write_scope = pairs
                try:
                    yield self.db
                finally:
                    self.db.write_scope = None

    @contextmanager
    def reading(self) -> Iterator[Database]:
        """Run reads with the server's errors turned into :class:`StoreError`."""
        with self._mapped_errors():
            yield self.db

    def _has_articles(self) -> bool:
        return bool(self.db.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0])


def _first_line(exc: BaseException, url: PgUrl) -> str:
    """The first line of a driver's message, with the password taken out should it appear."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(url.secret, str) and url.secret != str(url):
        text = text.replace(url.secret, str(url))
    return text



def _tls_refused(exc: psycopg.Error, url: PgUrl) -> str | None:
    """Why a connection that asked for TLS (``sslmode=require`` or ``verify-*``) failed on it,
    naming the ``sslmode``; ``None`` when TLS was not the reason. libpq applies ``sslmode`` as
    the URL gives it: the store neither adds nor removes one."""
    modes = [v for k, v in parse_qsl(urlsplit(str(url)).query) if k.lower() == "sslmode"]
    text = _first_line(exc, url)
    if not modes or not any(word in text for word in ("SSL", "certificate", "TLS")):
        return None
    return (f"the URL asks for TLS with sslmode={modes[-1]}, and the connection failed on it "
            f"({text}); the server does not offer TLS or its certificate does not check out: "
            "ask its administrator (sslmode=prefer or disable only on a network you trust)")
