"""A server library's credentials and TLS: libpq's own sources first (URL, ``PGPASSWORD``,
``.pgpass``, a service file), then the system keyring; ``sslmode`` honoured as given; the
password in no message, ``--json`` output, log or settings.

The session's test server trusts every local connection; :meth:`PgServer.password_role` adds a
role that must give a scram-sha-256 password, so these tests log in as a server that asks.
The keyring is a backend in memory (``keyring.set_keyring``), never the machine's own.
"""

from __future__ import annotations

import logging
from pathlib import Path

import keyring
import pytest

from reviewer.storage import pg_password
from reviewer.storage.errors import StoreError, StoreUnreachableError
from reviewer.storage.store import Store
from tests.pg_secrets import PASSWORD, MemoryKeyring, StuckKeyring
from tests.pg_server import PgServer, tcp_proxy

pytestmark = pytest.mark.timeout(60)


def test_the_test_server_really_asks_for_the_password(asking: str, no_keyring: None) -> None:
    with pytest.raises(StoreError, match="asks a password") as caught:
        Store(asking)
    assert PASSWORD not in str(caught.value)
    with pytest.raises(StoreError, match="password authentication failed"):
        Store(asking.replace("olena@", "olena:wrong@"))
    Store(asking.replace("olena@", f"olena:{PASSWORD}@")).close()


def test_the_password_from_the_keyring_opens_the_store(
        asking: str, memory_keyring: MemoryKeyring, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    user = pg_password.account_of(asking)
    assert user.startswith("olena@/") and user.endswith(":5432/" + asking.split("/")[3]
                                                        .split("?")[0])
    memory_keyring.values[("reviewer", user)] = PASSWORD
    store = Store(asking)
    try:
        assert PASSWORD not in str(store.conn.path) and PASSWORD not in repr(store.conn.path)
    finally:
        store.close()
    assert PASSWORD not in caplog.text


def test_a_wrong_password_in_the_keyring_is_said_without_showing_it(
        asking: str, memory_keyring: MemoryKeyring) -> None:
    memory_keyring.values[("reviewer", pg_password.account_of(asking))] = "not-" + PASSWORD
    with pytest.raises(StoreError, match="refused the password kept in the system keyring"
                       ) as caught:
        Store(asking)
    assert PASSWORD not in str(caught.value)


def test_pgpass_is_used_before_the_keyring(asking: str, memory_keyring: MemoryKeyring,
                                           tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"*:*:*:olena:{PASSWORD}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    Store(asking).close()
    assert memory_keyring.reads == 0  # libpq had it: the keyring was not asked


def test_pgpassword_is_used_before_the_keyring(asking: str, memory_keyring: MemoryKeyring,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    Store(asking).close()
    assert memory_keyring.reads == 0


def test_a_service_file_names_the_server_and_pgpass_the_password(
        asking: str, pg_server: PgServer, memory_keyring: MemoryKeyring, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    dbname = asking.split("/")[3].split("?")[0]
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[newsroom]\nhost={pg_server.socket_dir}\nuser=olena\n"
                        f"dbname={dbname}\n")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    url = "postgresql:///?service=newsroom"
    assert pg_password.account_of(url) == pg_password.account_of(asking)
    with pytest.raises(StoreError, match="asks a password for olena@"):
        Store(url)  # the service file was read: its user, not the login name, was asked
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"*:*:{dbname}:olena:{PASSWORD}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    store = Store(url)
    try:
        assert store.conn.db.execute("SELECT current_user").fetchone()[0] == "olena"
    finally:
        store.close()
    assert memory_keyring.reads == 1  # only for the first try, before the password file


def test_no_keyring_backend_is_said_plainly(asking: str, no_keyring: None) -> None:
    with pytest.raises(StoreError, match="no system keyring on this computer"):
        Store(asking)


def test_a_keyring_that_does_not_answer_does_not_block(
        asking: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pg_password, "KEYRING_TIMEOUT_S", 0.2)
    previous = keyring.get_keyring()
    keyring.set_keyring(StuckKeyring())
    try:
        with pytest.raises(StoreError, match="did not answer"):
            Store(asking)
    finally:
        keyring.set_keyring(previous)


def test_sslmode_require_on_a_server_without_tls_is_refused_naming_sslmode(
        pg_server: PgServer) -> None:
    dbname = pg_server.new_database().split("/")[3].split("?")[0]
    with tcp_proxy(pg_server.socket_dir) as port:
        base = f"postgresql://postgres@127.0.0.1:{port}/{dbname}"
        with pytest.raises(StoreError, match="asks for TLS with sslmode=require") as caught:
            Store(base + "?sslmode=require")
        assert "does not support SSL" in str(caught.value)
        # the server is there: not "unreachable", which a window would wait out offline
        assert not isinstance(caught.value, StoreUnreachableError)
        for mode in ("disable", "prefer"):
            store = Store(f"{base}?sslmode={mode}")
            try:
                assert store.conn.raw.info.pgconn.ssl_in_use is False
            finally:
                store.close()


def test_the_test_keyrings_are_never_chosen_by_keyring_itself() -> None:
    """keyring picks the highest-priority backend among every subclass loaded; the test
    backends (imported by the conftest) must never be that one, or a stuck test keyring hangs
    every later key lookup of the session."""
    from keyring.backend import get_all_keyring

    chosen = {type(k) for k in get_all_keyring()}
    assert MemoryKeyring not in chosen and StuckKeyring not in chosen
