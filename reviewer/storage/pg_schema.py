"""The store's schema on PostgreSQL: the same numbered migrations as :mod:`reviewer.storage.schema`
(the same tables, columns and version numbers), counted in the table ``schema_version``.

The statements are written in SQLite's words and translated by :func:`pg_ddl` (an integer
primary key becomes ``BIGSERIAL``, other integers ``BIGINT``, ``REAL`` ``DOUBLE PRECISION``).
Where SQLite's features differ they are written apart: the history's append-only guard and the
translation memory's index triggers are plpgsql, and full-text search has ``tsvector`` indexes
(the ``simple`` configuration, which splits Cyrillic words as Latin ones) instead of FTS5 tables.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from reviewer.storage import versions
from reviewer.storage.pg_triggers import (
    CHANGE_NOTICES,
    HISTORY_GUARD,
    NOTICES_AFTER_COMMIT,
    TM_INDEX_DDL,
    TM_INDEX_FILL,
)
from reviewer.storage.schema import TEAM_DDL

_TYPES = [
    (re.compile(r"\bINTEGER PRIMARY KEY AUTOINCREMENT\b"), "BIGSERIAL PRIMARY KEY"),
    (re.compile(r"\bINTEGER PRIMARY KEY\b"), "BIGSERIAL PRIMARY KEY"),
    (re.compile(r"\bINTEGER\b"), "BIGINT"),
    (re.compile(r"\bREAL\b"), "DOUBLE PRECISION"),
]


def pg_ddl(sql: str) -> str:
    """A SQLite ``CREATE``/``ALTER`` statement of this schema in PostgreSQL's types."""
    for pattern, pg_type in _TYPES:
        sql = pattern.sub(pg_type, sql)
    return sql


def _fts(table: str, column: str) -> str:
    return (f"CREATE INDEX {table}_{column}_tsv ON {table} "
            f"USING gin (to_tsvector('simple', {column}))")


V1 = [
    "CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT NOT NULL, "
    "source_lang TEXT NOT NULL, origin TEXT NOT NULL, imported_at TEXT NOT NULL)",
    "CREATE TABLE segments (id INTEGER PRIMARY KEY, "
    "article_id INTEGER NOT NULL REFERENCES articles(id), idx INTEGER NOT NULL, "
    "paragraph INTEGER NOT NULL, role TEXT NOT NULL, source TEXT NOT NULL)",
    "CREATE TABLE human_versions (article_id INTEGER REFERENCES articles(id), lang TEXT, "
    "title TEXT, origin TEXT, imported_at TEXT, PRIMARY KEY (article_id, lang))",
    "CREATE TABLE human_sentences (id INTEGER PRIMARY KEY, "
    "article_id INTEGER NOT NULL REFERENCES articles(id), lang TEXT NOT NULL, "
    "idx INTEGER NOT NULL, paragraph INTEGER NOT NULL, role TEXT, text TEXT NOT NULL)",
    "CREATE TABLE links (id INTEGER PRIMARY KEY, "
    "article_id INTEGER NOT NULL REFERENCES articles(id), lang TEXT NOT NULL, "
    "idx INTEGER NOT NULL, src_start INTEGER NOT NULL, src_end INTEGER NOT NULL, "
    "hum_start INTEGER NOT NULL, hum_end INTEGER NOT NULL, flagged INTEGER DEFAULT 0, "
    "edited INTEGER DEFAULT 0)",
    "CREATE TABLE suggestions (id INTEGER PRIMARY KEY, "
    "segment_id INTEGER NOT NULL REFERENCES segments(id), lang TEXT NOT NULL, "
    "engine TEXT NOT NULL, text TEXT, error TEXT, fetched_at TEXT NOT NULL)",
    "CREATE TABLE translations (segment_id INTEGER NOT NULL REFERENCES segments(id), "
    "lang TEXT NOT NULL, text TEXT NOT NULL, status TEXT NOT NULL, origin TEXT NOT NULL, "
    "engine TEXT, comment TEXT DEFAULT '', updated_at TEXT NOT NULL, "
    "PRIMARY KEY (segment_id, lang))",
    "CREATE TABLE history (id INTEGER PRIMARY KEY, article_id INTEGER, segment_id INTEGER, "
    "lang TEXT, action TEXT NOT NULL, old_text TEXT, new_text TEXT, old_status TEXT, "
    "new_status TEXT, actor TEXT NOT NULL, origin TEXT, engine TEXT, at TEXT NOT NULL)",
    *HISTORY_GUARD,
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE UNIQUE INDEX idx_segments_article_id_idx ON segments (article_id, idx)",
    "CREATE UNIQUE INDEX idx_human_sentences_article_id_lang_idx "
    "ON human_sentences (article_id, lang, idx)",
    "CREATE UNIQUE INDEX idx_links_article_id_lang_idx ON links (article_id, lang, idx)",
    "CREATE UNIQUE INDEX idx_suggestions_segment_id_lang_engine "
    "ON suggestions (segment_id, lang, engine)",
    "CREATE INDEX idx_history_segment_id_lang ON history (segment_id, lang)",
    _fts("segments", "source"), _fts("translations", "text"), _fts("human_sentences", "text"),
]
V2 = [
    "CREATE TABLE mt_cache (key TEXT PRIMARY KEY, engine TEXT NOT NULL, options TEXT, "
    "source_lang TEXT NOT NULL, target_lang TEXT NOT NULL, source_hash TEXT NOT NULL, "
    "text TEXT NOT NULL, fetched_at TEXT NOT NULL)",
    "CREATE TABLE engine_usage (engine TEXT, day TEXT, characters INTEGER DEFAULT 0, "
    "requests INTEGER DEFAULT 0, PRIMARY KEY (engine, day))",
]
V3 = [
    "CREATE TABLE tm_units (id INTEGER PRIMARY KEY, source_lang TEXT NOT NULL, "
    "target_lang TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL, "
    "origin TEXT NOT NULL, tool TEXT DEFAULT '', author TEXT DEFAULT '', "
    "status TEXT DEFAULT '', note TEXT DEFAULT '', created_at TEXT DEFAULT '', "
    "changed_at TEXT DEFAULT '', imported_at TEXT NOT NULL)",
    # md5 of the texts: a B-tree entry has a size limit that a long source and target exceed.
    "CREATE UNIQUE INDEX idx_tm_units_source_lang_target_lang_source_target ON tm_units "
    "(source_lang, target_lang, md5(source), md5(target))",
]
V4 = [
    "CREATE TABLE glossary (id INTEGER PRIMARY KEY, source TEXT NOT NULL, lang TEXT NOT NULL, "
    "target TEXT NOT NULL, note TEXT DEFAULT '', origin TEXT DEFAULT '', "
    "added_at TEXT NOT NULL)",
    "CREATE UNIQUE INDEX idx_glossary_source_lang_target ON glossary (source, lang, target)",
]
V5 = ["CREATE INDEX idx_history_article ON history (article_id, segment_id, lang)"]
V6 = [
    "CREATE TABLE spelling_words (lang TEXT NOT NULL, word TEXT NOT NULL, "
    "added_by TEXT DEFAULT '', added_at TEXT NOT NULL, PRIMARY KEY (lang, word))",
    "ALTER TABLE segments ADD COLUMN repeat_key TEXT",
    "CREATE INDEX idx_segments_repeat_key ON segments (repeat_key)",
]
V7 = [
    "CREATE TABLE annotations (id INTEGER PRIMARY KEY, "
    "segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE, "
    "lang TEXT NOT NULL, target TEXT NOT NULL, span_start INTEGER NOT NULL, "
    "span_end INTEGER NOT NULL, text TEXT NOT NULL, category TEXT NOT NULL, "
    "severity TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', "
    "author TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, changed_at TEXT NOT NULL)",
    "CREATE INDEX idx_annotations_segment_id_lang_target ON annotations (segment_id, lang, target)",
]
V8 = [*TM_INDEX_DDL, *TM_INDEX_FILL]
V9 = [
    "CREATE TABLE effort_log (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL, "
    "segment_id INTEGER NOT NULL, lang TEXT NOT NULL, actor TEXT NOT NULL, "
    "origin TEXT NOT NULL DEFAULT '', engine TEXT, start_text TEXT NOT NULL DEFAULT '', "
    "final_text TEXT NOT NULL, source_words INTEGER NOT NULL, "
    "active_seconds REAL NOT NULL, keystrokes INTEGER NOT NULL, started_at TEXT NOT NULL, "
    "approved_at TEXT NOT NULL)",
    "CREATE INDEX idx_effort_log_article_id_lang ON effort_log (article_id, lang)",
]

V10 = [pg_ddl(sql) for sql in versions.DDL]
V11 = [pg_ddl(sql) for sql in TEAM_DDL]
V12 = CHANGE_NOTICES  # live updates by LISTEN/NOTIFY (SQLite's version 12 changes nothing)
V13 = NOTICES_AFTER_COMMIT  # history's notice after the commit; articles' (SQLite: nothing)

MIGRATIONS: list[list[str]] = [V1, V2, V3, V4, V5, V6, V7, V8, V9, V10, V11, V12, V13]
LATEST = len(MIGRATIONS)
VERSION_TABLE = "schema_version"


def migrate(execute: Callable[..., Any]) -> int:
    """Bring the database up to ``LATEST``, one transaction per migration, holding a lock that
    makes two programs creating one database wait for each other; return the version it had.
    A database at ``LATEST`` is only read (no statement needs more than ``SELECT``).

    ``execute(sql, params=None)`` runs a statement on a connection outside any transaction.
    """
    if execute(f"SELECT to_regclass('{VERSION_TABLE}')").fetchone()[0] is None:
        execute(f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} (version BIGINT NOT NULL)")
    start = _version(execute)
    if start > LATEST:
        raise RuntimeError(
            f"the database was written by a newer version of reviewer (schema {start}, "
            f"this program knows {LATEST})")
    if start == LATEST:  # nothing to do: no DDL and no lock, so a role that may only read
        return start     # and write rows (README: a role per reviewer) opens it
    while True:
        execute("BEGIN")
        try:
            execute(f"LOCK TABLE {VERSION_TABLE} IN EXCLUSIVE MODE")
            version = _version(execute)
            if version < LATEST:
                for sql in MIGRATIONS[version]:
                    execute(pg_ddl(sql) if sql.startswith(("CREATE TABLE", "ALTER")) else sql)
                execute(f"DELETE FROM {VERSION_TABLE}")
                execute(f"INSERT INTO {VERSION_TABLE} (version) VALUES ({version + 1})")
            execute("COMMIT")
        except BaseException:
            execute("ROLLBACK")
            raise
        if version + 1 >= LATEST:
            return start


def _version(execute: Callable[..., Any]) -> int:
    row = execute(f"SELECT max(version) FROM {VERSION_TABLE}").fetchone()
    return int(row[0] or 0)
