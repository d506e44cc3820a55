"""Team review in the schema: each translation's version and the claims of who is where.

Every write of a final translation raises its ``version`` by one
(:func:`reviewer.storage.translations.write_translation`), so an edit that carries the version it
was based on is refused exactly and cheaply when someone else wrote in between
(:mod:`reviewer.storage.edits`). A translation created anew (after an undo removed it) starts
above every version it had before: at the number of history rows of its segment and language
plus one, as each write appends one history row.

``claims`` says who is on which segment right now: one row per open window (``session``), with
the reviewer's name, the article, segment and language, and when the claim lapses unless
refreshed (:mod:`reviewer.storage.claims`). The SQL is plain enough for SQLite and PostgreSQL.
"""

from __future__ import annotations

DDL = (
    "ALTER TABLE translations ADD COLUMN version INTEGER NOT NULL DEFAULT 1",
    # Above the number of writes recorded, so a row re-created later never repeats a version.
    "UPDATE translations SET version = 1 + (SELECT count(*) FROM history h "
    "WHERE h.segment_id = translations.segment_id AND h.lang = translations.lang)",
    "CREATE TABLE claims (session TEXT PRIMARY KEY, name TEXT NOT NULL, "
    "article_id INTEGER NOT NULL, segment_id INTEGER NOT NULL, lang TEXT NOT NULL, "
    "expires_at TEXT NOT NULL)",
    "CREATE INDEX idx_claims_article ON claims (article_id)",
)

# The version a translation written now gets: one more than it has, or, for a new row, one more
# than the writes its segment and language ever had (parameters: segment id, language).
NEW_ROW_VERSION = "(SELECT count(*) + 1 FROM history WHERE segment_id = ? AND lang = ?)"
