"""``reviewer library password set URL`` / ``forget URL``: the password read from standard input
(never the command line), kept in the system keyring (an in-memory backend here), used by every
command on the server, and never in anything printed."""

from __future__ import annotations

import io
import json

import pytest

from reviewer.storage import pg_password
from tests.cli_helpers import run
from tests.pg_secrets import PASSWORD, MemoryKeyring
from tests.pg_server import PgServer

pytestmark = pytest.mark.timeout(60)


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def test_set_then_every_command_uses_it_and_nothing_prints_it(
        asking: str, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, pg_server: PgServer) -> None:
    printed = []
    _stdin(monkeypatch, "")
    status, out, err = run(capsys, "library", "password", "set", asking)
    assert status != 0 and "no password given" in err
    _stdin(monkeypatch, PASSWORD + "\n")
    status, out, err = run(capsys, "library", "password", "set", asking, "--json")
    assert status == 0, err
    printed.append(out + err)
    answer = json.loads(out)
    user = pg_password.account_of(asking)
    assert answer["account"] == user and answer["stored"] is True
    assert memory_keyring.values[("reviewer", user)] == PASSWORD
    status, out, err = run(capsys, "list", "--db", asking, "--json")
    assert status == 0, err
    printed.append(out + err)
    # a URL with the password is refused, and the refusal does not repeat it
    with_password = asking.replace("olena@", f"olena:{PASSWORD}@")
    status, out, err = run(capsys, "library", "password", "set", with_password)
    assert status != 0 and "without its password" in err
    printed.append(out + err)
    status, out, err = run(capsys, "library", "password", "forget", asking)
    assert status == 0 and "no longer keeps" in out
    printed.append(out + err)
    assert ("reviewer", user) not in memory_keyring.values
    status, out, err = run(capsys, "list", "--db", asking)
    assert status != 0 and "asks a password" in err
    printed.append(out + err)
    status, out, err = run(capsys, "library", "password", "forget", asking, "--json")
    assert status == 0 and json.loads(out)["forgotten"] is False
    assert all(PASSWORD not in text for text in printed)


def test_set_without_a_keyring_says_so(asking: str, no_keyring: None,
                                       capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, PASSWORD + "\n")
    status, out, err = run(capsys, "library", "password", "set", asking)
    assert status != 0 and "no system keyring on this computer" in err
    assert PASSWORD not in out + err
