"""On PostgreSQL: two processes writing at once, ``kill -9`` of a writer (between commits and
inside a transaction), and the server stopped at once in the middle of a burst of writes: no
acknowledged write is lost, none is doubled, no half transaction stays. A store whose connection
the server dropped says so, as a store error, at every later call."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

import psycopg
import pytest

from reviewer.core.model import Origin, Role, SegmentDraft, Status
from reviewer.storage.errors import StoreError
from reviewer.storage.store import Store
from tests.pg_server import PgServer
from tests.storage.test_durability import WRITER


def _seed(url: str, n: int) -> None:
    with Store(url) as store:
        store.add_article("t", "en", "x", [SegmentDraft(0, Role.BODY, f"s{i}.") for i in range(n)])


def _check(url: str, acked: list[int], total: int) -> None:
    with Store(url) as store:
        ids = [s.id for s in store.segments(1)]
        for n in acked:
            t = store.translation(ids[n], "uk")
            assert t is not None and t.status is Status.APPROVED and t.text == f"uk {n}"
        stored = store.conn.db.execute("SELECT count(*) FROM translations").fetchone()[0]
        history = store.conn.db.execute("SELECT count(*) FROM history WHERE segment_id IS NOT "
                                        "NULL").fetchone()[0]
    assert len(acked) < total, "the writer finished first; the test proved nothing"
    assert stored >= len(acked) and history == stored  # one history row per change, no more


def test_two_processes_write_concurrently(pg_server: PgServer) -> None:
    url = pg_server.new_database()
    _seed(url, 150)
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, url, lang, "150"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for lang in ("uk", "ru")]
    for p in procs:
        _out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    with Store(url) as store:
        counts = dict(store.conn.db.execute(
            "SELECT lang, count(*) FROM translations GROUP BY lang").fetchall())
        approved = store.conn.db.execute(
            "SELECT count(*) FROM history WHERE new_status = 'approved'").fetchone()[0]
    assert counts == {"uk": 150, "ru": 150} and approved == 300


def test_kill_9_of_a_writer_loses_no_acknowledged_write(pg_server: PgServer) -> None:
    url = pg_server.new_database()
    _seed(url, 2000)
    proc = subprocess.Popen([sys.executable, "-c", WRITER, url, "uk", "2000"],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    acked = [int(proc.stdout.readline()) for _ in range(40)]
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    acked += [int(line) for line in proc.stdout.read().split()]
    _check(url, acked, 2000)


def test_the_server_stopped_at_once_loses_no_acknowledged_write(own_server: PgServer) -> None:
    url = own_server.new_database()
    _seed(url, 2000)
    proc = subprocess.Popen([sys.executable, "-c", WRITER, url, "uk", "2000"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stderr is not None
    acked = [int(proc.stdout.readline()) for _ in range(40)]
    own_server.crash()
    acked += [int(line) for line in proc.stdout.read().split()]
    proc.wait(timeout=30)
    err = proc.stderr.read()
    assert proc.returncode != 0, err
    assert "StoreUnreachableError" in err and "cannot be reached" in err, err
    own_server.start_again()
    _check(url, acked, 2000)


def test_a_dropped_connection_is_a_store_error_at_every_later_write(pg_server: PgServer) -> None:
    """The server ends the session (a restart, an administrator, a network cut): each later write
    and read is refused as a :class:`StoreError` saying the server cannot be reached, not the
    driver's own error (which the CLI and the window do not catch), and nothing is written."""
    url = pg_server.new_database()
    _seed(url, 1)
    with Store(url) as store:
        seg = store.segments(1)[0].id
        pid = store.conn.db.execute("SELECT pg_backend_pid()").fetchone()[0]
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", [pid])
        for _ in range(3):
            with pytest.raises(StoreError, match="cannot be reached"):
                store.set_translation(seg, "uk", "lost", Status.DRAFT, Origin.EDITED)
            with pytest.raises(StoreError, match="cannot be reached"):
                store.translation(seg, "uk")
    with Store(url) as again:
        assert again.translation(seg, "uk") is None and again.history(seg) == []


HALF_WRITER = textwrap.dedent("""
    import sys
    from reviewer.core.model import Origin, Status
    from reviewer.storage.store import Store
    with Store(sys.argv[1]) as store:
        ids = [s.id for s in store.segments(1)]
        store.set_translation(ids[0], "uk", "uk 0", Status.APPROVED, Origin.EDITED)
        print("acknowledged", flush=True)
        with store.conn.transaction():  # all or nothing, as `replace` writes
            for n, seg_id in enumerate(ids[1:], 1):
                store.set_translation(seg_id, "uk", f"uk {n}", Status.APPROVED, Origin.EDITED)
            print("inside", flush=True)
            sys.stdin.readline()  # killed here, its transaction written but not committed
""")


def test_kill_9_inside_a_transaction_leaves_none_of_it_and_no_lock(pg_server: PgServer) -> None:
    """A writer killed between its writes and its commit: none of that transaction is in the
    library, the change acknowledged before it is, and the dead writer's lock goes with it (the
    server ends its session as its socket closes), so the next writer gets it."""
    url = pg_server.new_database()
    _seed(url, 50)
    proc = subprocess.Popen([sys.executable, "-c", HALF_WRITER, url], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert [proc.stdout.readline(), proc.stdout.readline()] == ["acknowledged\n", "inside\n"]
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    with Store(url, busy_timeout=10) as store:
        ids = [s.id for s in store.segments(1)]
        store.set_translation(ids[1], "uk", "next writer", Status.DRAFT, Origin.EDITED)
        rows = store.conn.db.execute("SELECT segment_id, text FROM translations "
                                     "ORDER BY segment_id").fetchall()
        history = store.conn.db.execute("SELECT segment_id, new_text FROM history WHERE "
                                        "segment_id IS NOT NULL ORDER BY id").fetchall()
    assert [tuple(r) for r in rows] == [(ids[0], "uk 0"), (ids[1], "next writer")]
    assert [tuple(r) for r in history] == [(ids[0], "uk 0"), (ids[1], "next writer")]
