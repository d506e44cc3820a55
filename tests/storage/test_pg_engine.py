"""The PostgreSQL engine's groundwork: placeholders, URLs without passwords, transactions,
and the same schema as on SQLite."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reviewer.storage import pg_schema, schema
from reviewer.storage.errors import StoreError, StoreLockedError
from reviewer.storage.pg_url import PgUrl, is_pg_url, redact
from reviewer.storage.pgdb import to_pg
from reviewer.storage.store import Store
from tests.pg_server import PgServer, start_server


@pytest.mark.parametrize(("sql", "expected"), [
    ("SELECT * FROM t WHERE a = ? AND b = ?", "SELECT * FROM t WHERE a = %s AND b = %s"),
    ("SELECT '?' , \"a?\" FROM t WHERE x = ?", "SELECT '?' , \"a?\" FROM t WHERE x = %s"),
    ("SELECT 5 % 2, 'a%' WHERE x LIKE ?", "SELECT 5 %% 2, 'a%%' WHERE x LIKE %s"),
    ("SELECT 'it''s ?' WHERE y = ?", "SELECT 'it''s ?' WHERE y = %s"),
])
def test_question_marks_become_psycopg_placeholders(sql: str, expected: str) -> None:
    assert to_pg(sql) == expected


def test_a_url_shows_no_password() -> None:
    url = PgUrl("postgresql://bob:s3cret@db.example:5432/lib?sslmode=require")
    assert "s3cret" not in f"{url} {url!r} {redact(url.secret)}"
    assert str(url) == "postgresql://bob:***@db.example:5432/lib?sslmode=require"
    assert url.secret.endswith("bob:s3cret@db.example:5432/lib?sslmode=require")
    assert PgUrl(url).secret == url.secret
    assert is_pg_url("postgres://x/y") and not is_pg_url("/tmp/a.db") and not is_pg_url(Path("a"))


def test_a_connection_error_names_the_server_without_the_password(pg_server: PgServer) -> None:
    url = pg_server.url("no_such_db").replace("postgres@", "postgres:hunter2@")
    with pytest.raises(StoreError) as err:
        Store(url)
    assert "no_such_db" in str(err.value)
    assert "hunter2" not in str(err.value) and "***" in str(err.value)


def test_a_store_opened_again_by_its_path_keeps_the_password(pg_server: PgServer) -> None:
    # the window's writer and its workers open the store again by ``store.path``, whose text
    # hides the password: the URL they connect with must still carry it
    url = pg_server.new_database().replace("postgres@", "postgres:hunter2@")
    with Store(url) as store, Store(store.path) as again:
        assert "hunter2" not in str(again.path)
        assert isinstance(again.path, PgUrl) and again.path.secret == url


def test_nested_transactions_are_savepoints(pg_server: PgServer) -> None:
    with Store(pg_server.new_database()) as store:
        with store.conn.transaction() as db:
            db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", ["outer", "1"])
            with pytest.raises(ValueError), store.conn.transaction() as inner:
                inner.execute("INSERT INTO meta (key, value) VALUES (?, ?)", ["inner", "1"])
                raise ValueError("undo the inner block only")
        assert store.meta("outer") == "1" and store.meta("inner") is None


def test_a_change_acknowledged_is_seen_by_another_connection(pg_server: PgServer) -> None:
    url = pg_server.new_database()
    with Store(url) as one, Store(url) as two:
        one.set_meta("k", "v")
        assert two.meta("k") == "v"


def test_migrating_twice_changes_nothing(pg_server: PgServer) -> None:
    url = pg_server.new_database()
    Store(url).close()
    with Store(url) as again:
        row = again.conn.db.execute("SELECT max(version) FROM schema_version").fetchone()
    assert row[0] == pg_schema.LATEST == schema.LATEST


def _sqlite_columns(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(path)
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%_fts%'")]
    out = {t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')] for t in tables}
    conn.close()
    return out


def test_both_engines_have_the_same_tables_and_columns(pg_server: PgServer,
                                                       tmp_path: Path) -> None:
    Store(tmp_path / "a.db").close()
    with Store(pg_server.new_database()) as pg:
        rows = pg.conn.db.execute(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE table_schema = 'public' ORDER BY table_name, ordinal_position").fetchall()
    on_pg: dict[str, list[str]] = {}
    for table, column in rows:
        on_pg.setdefault(table, []).append(column)
    on_pg.pop("schema_version")
    assert on_pg == _sqlite_columns(tmp_path / "a.db")


def test_one_writer_at_a_time_and_a_wait_that_ends_is_named(pg_server: PgServer) -> None:
    url = pg_server.new_database()
    with Store(url) as one, Store(url, busy_timeout=0.2) as two:
        with one.conn.transaction() as db:
            db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", ["one", "1"])
            with pytest.raises(StoreLockedError, match="locked for longer than 0.2 s"):
                two.set_meta("two", "2")
        two.set_meta("two", "2")  # the lock went with the commit
        assert (two.meta("one"), one.meta("two")) == ("1", "2")


def test_a_newer_schema_is_refused(pg_server: PgServer) -> None:
    url = pg_server.new_database()
    with Store(url) as store:
        store.conn.db.execute("UPDATE schema_version SET version = ?", [pg_schema.LATEST + 1])
    with pytest.raises(StoreError, match="newer version of reviewer"):
        Store(url)


def test_a_server_that_cannot_start_fails_the_tests_with_the_reason(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import pgserver

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError("initdb: could not create directory")

    monkeypatch.setattr(pgserver, "get_server", refuse)
    monkeypatch.delenv("REVIEWER_NO_PG", raising=False)
    with pytest.raises(pytest.fail.Exception,
                       match="cannot start a PostgreSQL server.*could not create directory"):
        next(start_server())
