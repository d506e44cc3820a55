"""The store's schema as numbered migrations, counted by ``PRAGMA user_version``."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import sqlite_utils.db

FTS_TOKENIZE = "unicode61 remove_diacritics 2"


class TableDatabase(Protocol):
    """What the migrations use: the store's :class:`~reviewer.storage.sqldb.Database`, or a plain
    ``sqlite_utils.Database`` (recovery builds a fresh file with one)."""

    @property
    def conn(self) -> sqlite3.Connection: ...

    def execute(self, sql: str, /) -> sqlite3.Cursor: ...

    def table(self, name: str, /) -> sqlite_utils.db.Table: ...


def _v1(db: TableDatabase) -> None:
    """Articles, segments, human versions, alignment links, suggestions, translations, history."""
    db.table("articles").create(
        {"id": int, "title": str, "source_lang": str, "origin": str, "imported_at": str},
        pk="id",
        not_null={"title", "source_lang", "origin", "imported_at"},
    )
    db.table("segments").create(
        {"id": int, "article_id": int, "idx": int, "paragraph": int, "role": str, "source": str},
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"article_id", "idx", "paragraph", "role", "source"},
    )
    db.table("human_versions").create(
        {"article_id": int, "lang": str, "title": str, "origin": str, "imported_at": str},
        pk=("article_id", "lang"),
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("human_sentences").create(
        {"id": int, "article_id": int, "lang": str, "idx": int, "paragraph": int, "role": str,
         "text": str},
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"article_id", "lang", "idx", "paragraph", "text"},
    )
    db.table("links").create(
        {"id": int, "article_id": int, "lang": str, "idx": int, "src_start": int, "src_end": int,
         "hum_start": int, "hum_end": int, "flagged": int, "edited": int},
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
        not_null={"article_id", "lang", "idx", "src_start", "src_end", "hum_start", "hum_end"},
        defaults={"flagged": 0, "edited": 0},
    )
    db.table("suggestions").create(
        {"id": int, "segment_id": int, "lang": str, "engine": str, "text": str, "error": str,
         "fetched_at": str},
        pk="id",
        foreign_keys=[("segment_id", "segments", "id")],
        not_null={"segment_id", "lang", "engine", "fetched_at"},
    )
    db.table("translations").create(
        {"segment_id": int, "lang": str, "text": str, "status": str, "origin": str, "engine": str,
         "comment": str, "updated_at": str},
        pk=("segment_id", "lang"),
        foreign_keys=[("segment_id", "segments", "id")],
        not_null={"segment_id", "lang", "text", "status", "origin", "updated_at"},
        defaults={"comment": ""},
    )
    # Append-only: no foreign keys, so the record of work outlives a deleted article.
    db.table("history").create(
        {"id": int, "article_id": int, "segment_id": int, "lang": str, "action": str,
         "old_text": str, "new_text": str, "old_status": str, "new_status": str, "actor": str,
         "origin": str, "engine": str, "at": str},
        pk="id",
        not_null={"action", "actor", "at"},
    )
    db.execute(
        "CREATE TRIGGER history_no_update BEFORE UPDATE ON history "
        "BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"
    )
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.table("segments").create_index(["article_id", "idx"], unique=True)
    db.table("human_sentences").create_index(["article_id", "lang", "idx"], unique=True)
    db.table("links").create_index(["article_id", "lang", "idx"], unique=True)
    db.table("suggestions").create_index(["segment_id", "lang", "engine"], unique=True)
    db.table("history").create_index(["segment_id", "lang"])
    for table, column in (("segments", "source"), ("translations", "text"),
                          ("human_sentences", "text")):
        db.table(table).enable_fts([column], create_triggers=True, tokenize=FTS_TOKENIZE)


def _v2(db: TableDatabase) -> None:
    """The machine-translation cache and per-engine daily usage."""
    db.table("mt_cache").create(
        {"key": str, "engine": str, "options": str, "source_lang": str, "target_lang": str,
         "source_hash": str, "text": str, "fetched_at": str},
        pk="key",
        not_null={"engine", "source_lang", "target_lang", "source_hash", "text", "fetched_at"},
    )
    db.table("engine_usage").create(
        {"engine": str, "day": str, "characters": int, "requests": int},
        pk=("engine", "day"),
        defaults={"characters": 0, "requests": 0},
    )


def _v3(db: TableDatabase) -> None:
    """Translation-memory units imported from TMX/XLIFF files of other tools (one per pair)."""
    db.table("tm_units").create(
        {"id": int, "source_lang": str, "target_lang": str, "source": str, "target": str,
         "origin": str, "tool": str, "author": str, "status": str, "note": str,
         "created_at": str, "changed_at": str, "imported_at": str},
        pk="id",
        not_null={"source_lang", "target_lang", "source", "target", "origin", "imported_at"},
        defaults={"tool": "", "author": "", "status": "", "note": "", "created_at": "",
                  "changed_at": ""},
    )
    db.table("tm_units").create_index(["source_lang", "target_lang", "source", "target"],
                                      unique=True)


def _v4(db: TableDatabase) -> None:
    """The project glossary: one row per source term, target language and target term."""
    db.table("glossary").create(
        {"id": int, "source": str, "lang": str, "target": str, "note": str, "origin": str,
         "added_at": str},
        pk="id",
        not_null={"source", "lang", "target", "added_at"},
        defaults={"note": "", "origin": ""},
    )
    db.table("glossary").create_index(["source", "lang", "target"], unique=True)


def _v5(db: TableDatabase) -> None:
    """An index of the history by article: an export, the statistics and the deletion of an
    article read an article's history rows, which without it meant a scan of the whole history
    for each article (so a library-wide command grew with the square of the library)."""
    db.table("history").create_index(["article_id", "segment_id", "lang"],
                                     index_name="idx_history_article")


def _v6(db: TableDatabase) -> None:
    """The editing aids: the library's own spelling dictionary (words people added, per
    language), and each segment's repeat key (its source up to numbers and names, indexed, so
    that repeats of approved segments are found without reading every source)."""
    from reviewer.core.repeat_keys import repeat_key  # noqa: PLC0415 - only when migrating

    db.table("spelling_words").create(
        {"lang": str, "word": str, "added_by": str, "added_at": str},
        pk=("lang", "word"), not_null={"lang", "word", "added_at"}, defaults={"added_by": ""},
    )
    db.execute("ALTER TABLE segments ADD COLUMN repeat_key TEXT")
    rows = db.conn.execute("SELECT id, source FROM segments").fetchall()
    db.conn.executemany("UPDATE segments SET repeat_key = ? WHERE id = ?",
                        [(repeat_key(source), sid) for sid, source in rows])
    db.table("segments").create_index(["repeat_key"], index_name="idx_segments_repeat_key")


def _v7(db: TableDatabase) -> None:
    """MQM error annotations: a span ``[span_start, span_end)`` of one text of a segment (the
    final translation, the human version or an engine's), with the words it covered, category,
    severity, note and author. They go with their segment when an article is deleted (the
    history keeps the record of them)."""
    db.execute(
        "CREATE TABLE annotations (id INTEGER PRIMARY KEY, "
        "segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE, "
        "lang TEXT NOT NULL, target TEXT NOT NULL, span_start INTEGER NOT NULL, "
        "span_end INTEGER NOT NULL, text TEXT NOT NULL, category TEXT NOT NULL, "
        "severity TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', "
        "author TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, changed_at TEXT NOT NULL)"
    )
    db.table("annotations").create_index(["segment_id", "lang", "target"])


def _v8(db: TableDatabase) -> None:
    """The translation memory's persistent index (:mod:`reviewer.storage.tm_index`): one row per
    approved (segment, language) and imported unit, kept by triggers on every write, filled in
    here for what the database already holds."""
    from reviewer.storage import tm_index  # noqa: PLC0415 - only when migrating

    for sql in tm_index.DDL + tm_index.FILL:
        db.execute(sql)
    tm_index.settle(db.conn)


def _v9(db: TableDatabase) -> None:
    """Post-editing effort: one row per approval made in the window, with the person, the text
    they started from and where it came from, the text approved, the source words, the active
    seconds and keystrokes. Append-only and without foreign keys, as the history: the record of
    work outlives a deleted article."""
    db.execute(
        "CREATE TABLE effort_log (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL, "
        "segment_id INTEGER NOT NULL, lang TEXT NOT NULL, actor TEXT NOT NULL, "
        "origin TEXT NOT NULL DEFAULT '', engine TEXT, start_text TEXT NOT NULL DEFAULT '', "
        "final_text TEXT NOT NULL, source_words INTEGER NOT NULL, "
        "active_seconds REAL NOT NULL, keystrokes INTEGER NOT NULL, started_at TEXT NOT NULL, "
        "approved_at TEXT NOT NULL)"
    )
    db.table("effort_log").create_index(["article_id", "lang"])


def _v10(db: TableDatabase) -> None:
    """Team review: each translation's ``version`` (raised by every write, so a change made on
    a stale version is refused exactly), and the claims of who is on which segment now."""
    from reviewer.storage import versions  # noqa: PLC0415 - only when migrating

    for sql in versions.DDL:
        db.execute(sql)


TEAM_DDL = (
    "CREATE TABLE reviewers (name TEXT PRIMARY KEY, role TEXT NOT NULL, added_at TEXT NOT NULL)",
    "CREATE TABLE signoffs (segment_id INTEGER NOT NULL REFERENCES segments(id) "
    "ON DELETE CASCADE, lang TEXT NOT NULL, signed_by TEXT NOT NULL, "
    "signed_at TEXT NOT NULL, PRIMARY KEY (segment_id, lang))",
)


def _v11(db: TableDatabase) -> None:
    """The review team: each name's role (translator, reviewer, editor) and the editors'
    sign-offs, one row per locked segment and language that goes with its segment
    (:mod:`reviewer.storage.team`). Plain SQL that PostgreSQL reads as well."""
    for sql in TEAM_DDL:
        db.execute(sql)


def _v12(db: TableDatabase) -> None:
    """Nothing on SQLite: on PostgreSQL, version 12 adds the triggers that notify listening
    windows of changes (:mod:`reviewer.storage.changes`); SQLite's ``data_version`` serves
    here. Counted on both so that one number names a library's schema on either engine."""


def _v13(db: TableDatabase) -> None:
    """Nothing on SQLite: on PostgreSQL, version 13 has the store notify windows of history
    rows after the commit instead of by a trigger inside it (:mod:`reviewer.storage.pgdb`), and
    notifies them when an article is imported or deleted, so their library lists follow
    (SQLite's ``data_version`` moves for those too)."""


MIGRATIONS: list[Callable[[TableDatabase], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8,
                                                      _v9, _v10, _v11, _v12, _v13]
LATEST = len(MIGRATIONS)


def migrate(db: TableDatabase) -> int:
    """Bring ``db`` up to ``LATEST``, one transaction per migration; return the version it had.

    A database newer than this program knows is refused rather than touched.
    """
    start: int = db.execute("PRAGMA user_version").fetchone()[0]
    if start > LATEST:
        raise RuntimeError(
            f"the database was written by a newer version of reviewer (schema {start}, "
            f"this program knows {LATEST})"
        )
    while start < LATEST:
        # Take the write lock before reading the version again: two processes creating one
        # database wait for each other here instead of both migrating and one failing.
        db.execute("BEGIN IMMEDIATE")
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version < LATEST:
                MIGRATIONS[version](db)
                db.execute(f"PRAGMA user_version = {version + 1}")
            db.execute("COMMIT")
        except BaseException:
            if db.conn.in_transaction:
                db.conn.rollback()
            raise
        if version >= LATEST:
            break
    return start
