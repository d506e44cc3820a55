"""A keyring in memory for the tests, engine keys and server passwords alike
(``keyring.set_keyring``, never the machine's own), and a database on the test server that asks
for a password (:meth:`PgServer.password_role`)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError

from tests.pg_server import PgServer

PASSWORD = "Pw-LEAKCHECK-7f3e-kv"


class MemoryKeyring(KeyringBackend):
    """A keyring in memory, counting the reads; only ever set by ``keyring.set_keyring``.

    Never viable for keyring's own choice of backend: keyring picks, among every subclass of
    ``KeyringBackend`` loaded, the one of highest priority, so a test backend with a priority
    (this module is imported by the tests' conftest) became the keyring of every later test,
    and :class:`StuckKeyring` hung the engine tests' key lookups.
    """

    priority = 10  # type: ignore[assignment]  # a class attribute in keyring, a property here

    @properties.classproperty
    def viable(cls) -> bool:  # noqa: N805 - keyring's classproperty
        return False

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}
        self.reads = 0

    def get_password(self, service: str, username: str) -> str | None:
        self.reads += 1
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.values.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


class StuckKeyring(MemoryKeyring):
    """A keyring that never answers (a locked store waiting on a prompt no one sees)."""

    def get_password(self, service: str, username: str) -> str | None:
        threading.Event().wait(30)
        return None


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def asking(pg_server: PgServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    """A database on a server that asks the role ``olena`` for a password; libpq has none
    (no ``PGPASSWORD``, an empty password file)."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.delenv("PGSERVICE", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    return pg_server.password_role("olena", PASSWORD)
