"""A server library created by an older reviewer is upgraded when it is opened, keeping its rows;
and the history's index by article (migration 5) is there on PostgreSQL too.

The PostgreSQL counterpart of the SQLite old-file upgrades (``test_history_index.py`` and the
migration tests of ``test_export_queries.py``, ``test_tm_index.py``, ``test_repeat_queries.py``,
``test_glossary_store.py``). The first reviewer that opened server libraries wrote schema 9;
every later schema is an upgrade such a library meets. The old library is made by the real
migrations of :mod:`reviewer.storage.pg_schema`, stopped at that version."""

from __future__ import annotations

import psycopg
import pytest

from reviewer.core.model import Origin, Status
from reviewer.storage import pg_schema
from reviewer.storage.store import Store
from tests.pg_server import PgServer

FIRST_SERVER_SCHEMA = 9

ROWS = [
    "INSERT INTO articles (id, title, source_lang, origin, imported_at) "
    "VALUES (1, 'A', 'en', 'a.txt', 'then')",
    "INSERT INTO segments (id, article_id, idx, paragraph, role, source) VALUES "
    "(7, 1, 0, 0, 'body', 'The cat sat.'), (8, 1, 1, 0, 'body', 'The dog ran.')",
    "INSERT INTO translations (segment_id, lang, text, status, origin, updated_at) "
    "VALUES (7, 'uk', 'Кіт сів.', 'approved', 'edited', 'then')",
    "INSERT INTO history (article_id, segment_id, lang, action, old_text, new_text, "
    "old_status, new_status, actor, origin, at) VALUES "
    "(1, 7, 'uk', 'set', NULL, 'Кіт.', NULL, 'draft', 'olena', 'edited', 'then'), "
    "(1, 7, 'uk', 'set', 'Кіт.', 'Кіт сів.', 'draft', 'approved', 'olena', 'edited', 'then')",
    "INSERT INTO glossary (source, lang, target, added_at) VALUES ('cat', 'uk', 'кіт', 'then')",
    "SELECT setval(pg_get_serial_sequence('segments', 'id'), 8)",
]


def _library_at(pg_server: PgServer, version: int, monkeypatch: pytest.MonkeyPatch) -> str:
    """A new server library at schema ``version`` with an article, an approval made in two
    steps (two history rows) and a glossary term; its URL."""
    url = pg_server.new_database(empty=True)
    with monkeypatch.context() as old:
        old.setattr(pg_schema, "MIGRATIONS", pg_schema.MIGRATIONS[:version])
        old.setattr(pg_schema, "LATEST", version)
        with psycopg.connect(url, autocommit=True) as conn:
            pg_schema.migrate(conn.execute)
            for sql in ROWS:
                conn.execute(sql)
    return url


def _catalog(store: Store, sql: str) -> set[str]:
    return {row[0] for row in store.conn.db.execute(sql).fetchall()}


@pytest.mark.parametrize("version", range(FIRST_SERVER_SCHEMA, pg_schema.LATEST))
def test_an_older_server_library_is_upgraded_on_open_and_keeps_its_rows(
        pg_server: PgServer, monkeypatch: pytest.MonkeyPatch, version: int) -> None:
    url = _library_at(pg_server, version, monkeypatch)
    with Store(url) as store:
        assert store.conn.db.execute("SELECT max(version) FROM schema_version").fetchone()[0] \
            == pg_schema.LATEST
        kept = store.translation(7, "uk")
        assert kept is not None and (kept.text, kept.status) == ("Кіт сів.", Status.APPROVED)
        # schema 10 numbers each translation above the writes its history recorded
        assert kept.version == (3 if version < 10 else 1)
        assert [h.new_text for h in store.history(7, "uk")] == ["Кіт.", "Кіт сів."]
        assert [s.source for s in store.segments(1)] == ["The cat sat.", "The dog ran."]
        tables = _catalog(store, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        assert {"claims", "reviewers", "signoffs", "glossary"} <= tables
        triggers = _catalog(store, "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
        assert {"claims_notify", "history_no_update"} <= triggers
        assert "history_notify" not in triggers  # schema 13: notified after the commit
        store.set_translation(7, "uk", "Кіт сидів.", Status.APPROVED, Origin.EDITED)
        store.set_translation(8, "uk", "Пес біг.", Status.DRAFT, Origin.EDITED)
        assert store.translation(7, "uk").version == kept.version + 1  # type: ignore[union-attr]
        assert len(store.history(7, "uk")) == 3
    with psycopg.connect(url, autocommit=True) as other, \
            pytest.raises(psycopg.errors.RaiseException, match="append-only"):
        other.execute("UPDATE history SET actor = 'someone else'")
    with Store(url) as again:  # opened again: nothing migrates twice
        assert again.conn.db.execute("SELECT count(*) FROM schema_version").fetchone()[0] == 1
        assert again.translation(8, "uk").text == "Пес біг."  # type: ignore[union-attr]


@pytest.mark.parametrize("version", [4, FIRST_SERVER_SCHEMA, pg_schema.LATEST])
def test_the_history_is_indexed_by_article_on_the_server(
        pg_server: PgServer, monkeypatch: pytest.MonkeyPatch, version: int) -> None:
    """Migration 5's index, in the catalogue of a new library and of one upgraded from before
    it; the planner reads an article's history through it when a scan is ruled out (it picks
    by its statistics otherwise, so this is what the index offers, not what it chooses)."""
    if version == pg_schema.LATEST:
        url = pg_server.new_database()
    else:
        url = _library_at(pg_server, version, monkeypatch)
    with Store(url) as store:
        db = store.conn.db
        row = db.execute("SELECT indexdef FROM pg_indexes WHERE tablename = 'history' "
                         "AND indexname = 'idx_history_article'").fetchone()
        assert row is not None and row[0].endswith("(article_id, segment_id, lang)"), row
        db.execute("SET enable_seqscan = off")
        plan = " ".join(r[0] for r in db.execute(
            "EXPLAIN SELECT segment_id, lang, min(id) FROM history WHERE article_id = 1 "
            "GROUP BY segment_id, lang").fetchall())
        db.execute("RESET enable_seqscan")
        assert "idx_history_article" in plan, plan

