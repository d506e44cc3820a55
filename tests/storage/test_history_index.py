"""Migration 5: the history is indexed by article, and an old database gets the index on open.

SQLite only (the index on PostgreSQL, new and upgraded: ``test_pg_migrations.py``)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reviewer.core.model import Origin, Role, SegmentDraft, Status
from reviewer.storage.schema import LATEST, MIGRATIONS
from reviewer.storage.store import Store


def _plan(db: sqlite3.Connection, sql: str) -> str:
    return " ".join(row[-1] for row in db.execute("EXPLAIN QUERY PLAN " + sql, [1]))


def test_a_version_4_database_gets_the_history_index_and_keeps_its_rows(tmp_path: Path) -> None:
    # SQLite only: an old SQLite file upgraded (no PostgreSQL library predates schema 9).
    path = tmp_path / "old.db"
    import sqlite_utils

    conn = sqlite3.connect(path)
    db = sqlite_utils.Database(conn)
    for version, migration in enumerate(MIGRATIONS[:4], 1):
        migration(db)
        db.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    with Store(path) as store:
        article = store.add_article("A", "en", "a.txt", [SegmentDraft(0, Role.BODY, "One.")])
        seg = store.segments(article.id)[0]
        store.set_translation(seg.id, "uk", "Один.", Status.APPROVED, Origin.EDITED)
        raw = store.conn.db.conn
        assert raw.execute("PRAGMA user_version").fetchone()[0] == LATEST >= 5
        names = {r[1] for r in raw.execute("PRAGMA index_list(history)")}
        assert "idx_history_article" in names
        plan = _plan(raw, "SELECT segment_id, lang, min(id) FROM history WHERE article_id = ? "
                          "GROUP BY segment_id, lang")
        assert "idx_history_article" in plan, plan
        assert [h.new_text for h in store.history(seg.id, "uk")] == ["Один."]


def test_a_new_database_reads_an_articles_history_through_the_index(tmp_path: Path) -> None:
    # SQLite only: it reads SQLite's query plan (PostgreSQL's planner picks by its statistics).
    with Store(tmp_path / "new.db") as store:
        raw = store.conn.db.conn
        plan = _plan(raw, "SELECT count(*) FROM history WHERE article_id = ?")
        assert "USING COVERING INDEX idx_history_article" in plan, plan
