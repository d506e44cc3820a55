"""On PostgreSQL a change's notice to the listening windows goes after its commit, not from a
trigger inside it: a transaction that notifies holds a server-wide lock through its commit, so
approvals that each notified waited for one another's commits (the load bench's tail latency).
Each committed change still sends its notice; a change rolled back sends none."""

from __future__ import annotations

import threading
import time
from typing import Any

import psycopg
import pytest

from reviewer.core.model import Origin, Role, SegmentDraft, Status
from reviewer.storage.pg_triggers import CHANNEL
from reviewer.storage.store import Store
from tests.pg_server import PgServer

pytestmark = pytest.mark.timeout(120)


def _article(url: str) -> list[int]:
    with Store(url) as store:
        art = store.add_article("A", "en", "a", [SegmentDraft(i, Role.BODY, f"S{i}.")
                                                 for i in range(3)])
        return [s.id for s in store.segments(art.id)]


def _notices(listener: psycopg.Connection[Any]) -> list[str]:
    listener.execute("SELECT 1")  # a round trip: the notices sent before it have arrived
    return [n.payload for n in listener.notifies(timeout=0)]


def test_each_committed_change_notifies_once_and_a_rolled_back_one_not(
        pg_server: PgServer) -> None:
    url = pg_server.new_database()
    segs = _article(url)
    with psycopg.connect(url, autocommit=True) as listener, Store(url) as store:
        listener.execute(f"LISTEN {CHANNEL}")
        store.set_translation(segs[0], "uk", "Один.", Status.APPROVED, Origin.EDITED)
        assert _notices(listener) == ["history"]
        with store.conn.transaction():  # several history rows, one transaction: one notice
            for seg in segs:
                store.set_translation(seg, "uk", "Два.", Status.DRAFT, Origin.EDITED)
        assert _notices(listener) == ["history"]
        with pytest.raises(ValueError), store.conn.transaction():
            store.set_translation(segs[1], "uk", "Ні.", Status.DRAFT, Origin.EDITED)
            raise ValueError("rolled back")
        store.set_meta("quiet", "1")  # no history row: no notice
        assert _notices(listener) == []
        assert store.translation(segs[1], "uk").text == "Два."  # type: ignore[union-attr]


def test_no_trigger_on_the_history_notifies_inside_the_transaction(pg_server: PgServer) -> None:
    with Store(pg_server.new_database()) as store:
        rows = store.conn.db.execute(
            "SELECT t.tgname FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid "
            "WHERE t.tgrelid = 'history'::regclass AND p.prosrc LIKE '%pg_notify%'").fetchall()
    assert rows == []


def _stick(server: PgServer) -> None:
    """Make every later commit that writes wait for a standby that does not exist
    (``synchronous_standby_names``), until :func:`_release`."""
    with psycopg.connect(server.url("postgres"), autocommit=True) as conn:
        conn.execute("ALTER SYSTEM SET synchronous_standby_names = 'nobody'")
        conn.execute("SELECT pg_reload_conf()")
    for _ in range(500):
        with psycopg.connect(server.url("postgres"), autocommit=True) as conn:
            if conn.execute("SHOW synchronous_standby_names").fetchone()[0] == "nobody":
                return
        time.sleep(0.02)
    raise AssertionError("the server did not take the setting")


def _release(server: PgServer) -> None:
    with psycopg.connect(server.url("postgres"), autocommit=True) as conn:
        conn.execute("SET synchronous_commit = local")
        conn.execute("ALTER SYSTEM RESET synchronous_standby_names")
        conn.execute("SELECT pg_reload_conf()")


def test_an_approval_in_its_commit_does_not_hold_up_another_reviewers_notice(
        own_server: PgServer) -> None:
    """An approval stays in its commit (its write-ahead log awaited, here by a standby that
    never answers); meanwhile another reviewer's change that notifies commits. With the notice
    sent from inside the approval's transaction, the other waited for the approval's commit
    to end (refused here once its lock wait passed 2 s)."""
    server = own_server
    url = server.new_database()
    segs = _article(url)
    _stick(server)
    errors: list[BaseException] = []

    def approve() -> None:
        try:
            with Store(url) as store:
                store.set_translation(segs[0], "uk", "Один.", Status.APPROVED, Origin.EDITED)
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            errors.append(exc)

    writer = threading.Thread(target=approve)
    try:
        writer.start()
        with psycopg.connect(url, autocommit=True) as other:
            other.execute("SET synchronous_commit = local")  # its own commit does not stick
            for _ in range(500):
                if other.execute("SELECT count(*) FROM pg_stat_activity "
                                 "WHERE wait_event = 'SyncRep'").fetchone()[0]:
                    break
                time.sleep(0.02)
            else:
                raise AssertionError("the approval never reached its commit")
            other.execute("SET lock_timeout = '2s'")
            with other.transaction():
                other.execute(f"NOTIFY {CHANNEL}, 'history'")
    finally:
        _release(server)
        writer.join(timeout=60)
    assert errors == []
    with Store(url) as store:
        assert store.translation(segs[0], "uk").text == "Один."  # type: ignore[union-attr]
