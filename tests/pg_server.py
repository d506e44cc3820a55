"""A throwaway PostgreSQL server for the tests: started once per test session in a temporary
folder, removed at the end.

The server binaries come from the ``pgserver`` package (a development dependency, so ``uv run
pytest`` needs nothing else on a fresh machine). Run as root, pgserver runs the server as an OS
user ``pgserver`` it creates (PostgreSQL refuses to run as root). Each test gets its own database,
copied from a template that is created empty once.

``REVIEWER_NO_PG=1`` skips the PostgreSQL half of the tests; otherwise a server that cannot be
started fails them with the reason.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import tempfile
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ENGINES = ["sqlite", "postgresql"]
_NAMES = itertools.count(1)


def pg_disabled() -> bool:
    """Whether this run was told to leave PostgreSQL out (``REVIEWER_NO_PG=1``)."""
    return os.environ.get("REVIEWER_NO_PG", "") not in ("", "0")


@dataclass
class PgServer:
    """A running server: ``url(dbname)`` gives a connection URL for one of its databases."""

    base: str  # URL of the maintenance database, with a ``{db}`` slot for the database name
    handle: Any = field(repr=False)
    pgdata: Path = field(default=Path())
    socket_dir: str = ""
    template: str = ""

    def url(self, dbname: str) -> str:
        return self.base.format(db=dbname)

    def crash(self) -> None:
        """Stop the server at once, as a power cut or ``kill -9`` of the server would
        (``pg_ctl stop -m immediate``: no checkpoint, recovery from the WAL at the next start)."""
        self._ctl(["-w", "-m", "immediate", "stop"])

    def start_again(self) -> None:
        """Start the stopped server on the same folder and socket."""
        self._ctl(["-w", "-o", '-h ""', "-o", f"-k {self.socket_dir}",
                   "-l", str(self.pgdata / "log"), "start"])

    def _ctl(self, args: list[str]) -> None:
        from pgserver._commands import pg_ctl

        pg_ctl(args, pgdata=self.pgdata, user=self.handle.system_user, timeout=30)

    def new_database(self, *, empty: bool = False) -> str:
        """A fresh database on the server (a copy of one with the store's schema, unless
        ``empty``); its URL."""
        if not empty and not self.template:
            from reviewer.storage.store import Store

            template = f"t{os.getpid()}_{next(_NAMES)}"
            self._create(template, "")
            Store(self.url(template)).close()
            self.template = template
        name = f"t{os.getpid()}_{next(_NAMES)}"
        self._create(name, "" if empty else f' TEMPLATE "{self.template}"')
        return self.url(name)

    def password_role(self, role: str, password: str, *, superuser: bool = True) -> str:
        """A fresh store database reached as ``role``, a login role that must give
        ``password`` (scram-sha-256: an ``hba`` line for the role alone, before the server's
        ``trust`` lines; other roles still get in without one); its URL, without password.
        The role is a superuser (unless not ``superuser``), so that it may use the template's
        tables."""
        import psycopg

        hba = self.pgdata / "pg_hba.conf"
        line = f"local all {role} scram-sha-256\n"
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [role]).fetchone():
                conn.execute(psycopg.sql.SQL("CREATE ROLE {} LOGIN {} PASSWORD {}").format(
                    psycopg.sql.Identifier(role),
                    psycopg.sql.SQL("SUPERUSER" if superuser else "NOSUPERUSER"), password))
            if line not in hba.read_text():
                hba.write_text(line + hba.read_text())
                conn.execute("SELECT pg_reload_conf()")
        self._await_password(role)
        return self.new_database().replace("postgres@", f"{role}@", 1)

    def _await_password(self, role: str) -> None:
        """Wait until the server (reloading its configuration) asks ``role`` for a password."""
        import time

        import psycopg

        for _ in range(100):
            try:
                psycopg.connect(self.url("postgres").replace("postgres@", f"{role}@", 1)).close()
            except psycopg.OperationalError as exc:
                if exc.pgconn is not None and exc.pgconn.needs_password:
                    return
            time.sleep(0.05)
        raise AssertionError(f"the server never asked {role} for a password")

    def _create(self, name: str, copy: str) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"{copy}'.encode())


def start_server() -> Iterator[PgServer]:
    """Start a server in a temporary folder; stop it and remove the folder when done."""
    if pg_disabled():
        pytest.skip("REVIEWER_NO_PG=1: the PostgreSQL half of the tests is left out")
    try:
        with warnings.catch_warnings():  # platformdirs: no XDG_RUNTIME_DIR on a bare machine
            warnings.simplefilter("ignore")
            import pgserver
            from pgserver._commands import pg_ctl
    except ImportError as exc:  # a dev dependency: `uv sync` installs it
        pytest.fail(f"cannot start a PostgreSQL server for the tests: {exc}; run `uv sync` "
                    "(or set REVIEWER_NO_PG=1 to leave the PostgreSQL tests out)")
    folder = Path(tempfile.mkdtemp(prefix="reviewer-pg-"))
    try:
        handle = pgserver.get_server(folder / "data", cleanup_mode="delete")
    except Exception as exc:  # noqa: BLE001 - any failure is reported as the reason
        shutil.rmtree(folder, ignore_errors=True)
        pytest.fail(f"cannot start a PostgreSQL server for the tests in {folder}: {exc} "
                    "(set REVIEWER_NO_PG=1 to leave the PostgreSQL tests out)")
    socket_dir = handle.get_postmaster_info().socket_dir
    server = PgServer(f"postgresql://postgres@/{{db}}?host={socket_dir}", handle,
                      folder / "data", str(socket_dir))
    import psycopg

    with psycopg.connect(server.url("postgres"), autocommit=True) as conn:
        # A throwaway server: durability across a power cut is not what these tests check.
        # (fsync off keeps the WAL in the OS's cache: a stopped server, unlike a stopped
        # machine, loses nothing by it; commits still wait for the WAL write.)
        conn.execute("ALTER SYSTEM SET fsync = off")
        conn.execute("SELECT pg_reload_conf()")
    try:
        yield server
    finally:
        if (folder / "data" / "postmaster.pid").exists():
            pg_ctl(["-w", "-m", "immediate", "stop"], pgdata=folder / "data",
                   user=handle.system_user)
        handle.cleanup_mode = None  # stopped above; the folder goes below
        handle.cleanup()
        shutil.rmtree(folder, ignore_errors=True)


def plain_connection(target: str) -> Any:
    """A plain DB-API connection to a store's database, as another program would open it
    (``sqlite3``, or psycopg with ``?`` placeholders accepted), committing on ``commit()``."""
    if not target.startswith("postgresql://"):
        import sqlite3

        return sqlite3.connect(target)
    import psycopg

    class _Plain:
        def __init__(self) -> None:
            self.raw = psycopg.connect(target)

        def execute(self, sql: str, params: Any = None) -> Any:
            return self.raw.execute(sql.replace("?", "%s"), params)

        def commit(self) -> None:
            self.raw.commit()

        def close(self) -> None:
            self.raw.close()

    return _Plain()


def db_errors() -> tuple[type[Exception], ...]:
    """The errors a database statement refused by either engine raises."""
    import sqlite3

    import psycopg

    return (sqlite3.DatabaseError, psycopg.Error)


@contextmanager
def tcp_proxy(socket_dir: str) -> Iterator[int]:
    """A loopback TCP port that carries each connection to the server's Unix socket, byte for
    byte: libpq applies ``sslmode`` on TCP only (a Unix socket never uses TLS), and the server
    answers a TLS request with "no" (it has no certificate). Yields the port."""
    listener = socket.create_server(("127.0.0.1", 0))
    open_sockets: list[socket.socket] = [listener]

    def pump(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for end in (src, dst):
                with suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)

    def serve() -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:  # closed: the proxy is done
                return
            server = socket.socket(socket.AF_UNIX)
            server.connect(f"{socket_dir}/.s.PGSQL.5432")
            open_sockets.extend((client, server))
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=pump, args=(a, b), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    try:
        yield listener.getsockname()[1]
    finally:
        with suppress(OSError):
            listener.shutdown(socket.SHUT_RDWR)  # wakes the accept above
        for sock in open_sockets:
            with suppress(OSError):
                sock.close()
