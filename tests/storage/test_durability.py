"""Two processes on one database, a lock held too long, and ``kill -9`` in a burst of writes.

SQLite only: WAL, ``synchronous=FULL`` and the file lock are SQLite's (PostgreSQL's write lock
is tested in ``test_pg_engine.py``, ``kill -9`` on a server in ``test_pg_durability.py``)."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reviewer.core.model import Origin, Role, SegmentDraft, Status
from reviewer.storage.errors import StoreLockedError
from reviewer.storage.store import Store

WRITER = textwrap.dedent("""
    import sys
    from reviewer.core.model import Origin, Status
    from reviewer.storage.store import Store
    path, lang, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with Store(path) as store:
        ids = [s.id for s in store.segments(1)][:count]
        for n, seg_id in enumerate(ids):
            store.set_translation(seg_id, lang, f"{lang} {n}", Status.APPROVED, Origin.EDITED)
            print(n, flush=True)  # acknowledged only after the commit
""")


def _seed(path: Path, n: int) -> None:
    with Store(path) as store:
        store.add_article("t", "en", "x", [SegmentDraft(0, Role.BODY, f"s{i}.") for i in range(n)])


def test_two_processes_write_concurrently(db_path: Path) -> None:
    _seed(db_path, 150)
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), lang, "150"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for lang in ("uk", "ru")]
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    counts = dict(conn.execute("SELECT lang, count(*) FROM translations GROUP BY lang"))
    assert counts == {"uk": 150, "ru": 150}
    assert conn.execute("SELECT count(*) FROM history WHERE new_status='approved'").fetchone()[0] \
        == 300


def test_lock_held_too_long_is_a_clear_error(db_path: Path) -> None:
    _seed(db_path, 1)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with Store(db_path, busy_timeout=0.2) as store:
            seg = store.segments(1)[0]
            with pytest.raises(StoreLockedError, match="locked by another process"):
                store.set_translation(seg.id, "uk", "x", Status.APPROVED, Origin.EDITED)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_kill_9_loses_no_acknowledged_write(db_path: Path) -> None:
    _seed(db_path, 2000)
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), "uk", "2000"],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    acked = [int(proc.stdout.readline()) for _ in range(40)]
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    acked += [int(line) for line in proc.stdout.read().split()]  # lines already in the pipe
    with Store(db_path) as store:
        ids = [s.id for s in store.segments(1)]
        for n in acked:
            t = store.translation(ids[n], "uk")
            assert t is not None and t.status is Status.APPROVED and t.text == f"uk {n}"
        stored = store.conn.db.execute("SELECT count(*) FROM translations").fetchone()[0]
    assert len(acked) < 2000, "the writer finished before it was killed; the test proved nothing"
    assert stored >= len(acked)
