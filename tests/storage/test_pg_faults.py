"""The world's faults at a database server, as the CLI meets them: no server there, a wrong
password, a database that does not exist, TLS asked of a server without it, and the server
stopped in the middle of a command. Each is one line naming the server (never its password),
exit status 2, and nothing saved before is lost.

The PostgreSQL counterpart of ``test_faults.py`` (whose faults are a database file's). The store's
own messages for these are tested in ``test_pg_engine.py`` and ``test_pg_security.py``; here the
command line's answer is."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import psycopg
import pytest

from reviewer.core.model import Status
from reviewer.storage.store import Store
from reviewer.storage.write_locks import lock_statement
from tests.cli_helpers import run
from tests.conftest import SAMPLE
from tests.pg_secrets import PASSWORD
from tests.pg_server import PgServer, tcp_proxy

pytestmark = pytest.mark.timeout(120)


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("reviewer: "), err
    return lines[0]


def _refused(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> str:
    """Run ``list`` (or ``args``) on ``url``: exit 2, one line; that line."""
    status, out, err = run(capsys, "--db", url, *(args or ("list",)))
    assert status == 2 and out == "", (status, out, err)
    line = _one_line(err)
    assert PASSWORD not in line and "hunter2" not in line
    return line


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_no_server_at_the_address_is_one_line_naming_it(
        capsys: pytest.CaptureFixture[str]) -> None:
    port = _free_port()
    line = _refused(capsys, f"postgresql://bob:hunter2@127.0.0.1:{port}/lib"
                            "?connect_timeout=5")
    assert f"postgresql://bob:***@127.0.0.1:{port}/lib" in line
    assert "cannot connect to the database server" in line


def test_a_wrong_password_is_one_line_without_it(capsys: pytest.CaptureFixture[str],
                                                 asking: str, no_keyring: None) -> None:
    wrong = asking.replace("olena@", "olena:hunter2@")
    line = _refused(capsys, wrong)
    assert "password authentication failed" in line and "olena:***@" in line
    assert run(capsys, "--db", asking.replace("olena@", f"olena:{PASSWORD}@"), "list")[0] == 0


def test_a_missing_database_is_one_line_naming_it(capsys: pytest.CaptureFixture[str],
                                                  pg_server: PgServer) -> None:
    url = pg_server.url("no_such_library").replace("postgres@", "postgres:hunter2@")
    line = _refused(capsys, url)
    assert "no_such_library" in line and "does not exist" in line and "postgres:***@" in line


def test_tls_required_of_a_server_without_it_is_one_line_naming_sslmode(
        capsys: pytest.CaptureFixture[str], pg_server: PgServer) -> None:
    dbname = pg_server.new_database().split("/")[3].split("?")[0]
    with tcp_proxy(pg_server.socket_dir) as port:
        url = f"postgresql://postgres:hunter2@127.0.0.1:{port}/{dbname}"
        line = _refused(capsys, url + "?sslmode=require")
        assert "sslmode=require" in line and f"127.0.0.1:{port}/{dbname}" in line
        assert run(capsys, "--db", url + "?sslmode=prefer", "list")[0] == 0


def _lock_waiter(url: str, own_pid: int) -> bool:
    with psycopg.connect(url, autocommit=True) as conn:
        return bool(conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
            "AND pid <> %s", [own_pid]).fetchone()[0])


def test_the_server_stopped_mid_command_is_one_line_and_keeps_what_was_saved(
        capsys: pytest.CaptureFixture[str], own_server: PgServer) -> None:
    """``approve`` is inside its transaction, waiting for the write lock another reviewer
    holds, when the server stops at once: the command says in one line that the server cannot
    be reached and that the change was not saved; after the restart the approvals made before
    are all there and none of the interrupted command's."""
    url = own_server.new_database()
    assert run(capsys, "--db", url, "import", str(SAMPLE / "article.en.txt"),
               "--human", f"uk={SAMPLE / 'article.uk.txt'}")[0] == 0
    status, _, err = run(capsys, "--db", url, "approve", "1", "1-3", "--lang", "uk",
                         "--from", "human")
    assert status == 0, err
    holder = psycopg.connect(url)
    sql, keys = lock_statement(None)
    holder.execute(sql.replace("?", "%s"), keys)  # another writer, inside its transaction
    shown = url.replace("postgres@", "postgres:hunter2@")
    proc = subprocess.Popen([sys.executable, "-m", "reviewer", "--db", shown, "approve", "1",
                             "all", "--lang", "uk", "--from", "human"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(400):
            if proc.poll() is not None or _lock_waiter(url, holder.info.backend_pid):
                break
            time.sleep(0.01)
        assert proc.poll() is None, proc.communicate()
        own_server.crash()
        _out, err = proc.communicate(timeout=60)
    finally:
        holder.close()
    line = _one_line(err)
    assert proc.returncode == 2, err
    assert "cannot be reached" in line and "not saved" in line and "hunter2" not in line
    assert "postgres:***@" in line
    own_server.start_again()
    with Store(url) as store:
        ids = [s.id for s in store.segments(1)]
        approved = [n for n, seg in enumerate(ids)
                    if (t := store.translation(seg, "uk")) and t.status is Status.APPROVED]
        history = store.conn.db.execute("SELECT count(*) FROM history WHERE new_status = "
                                        "'approved'").fetchone()[0]
    assert approved == [0, 1, 2] and history == 3
