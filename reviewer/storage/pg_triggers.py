"""The store's triggers on PostgreSQL, in plpgsql: the history's append-only guard and the
translation memory's index (the same rules as the SQLite triggers of
:mod:`reviewer.storage.tm_index`: an approval adds its (segment, language) row, anything that
changes or removes it replaces or removes the row, an imported unit adds a ``tm`` row)."""

from __future__ import annotations

HISTORY_GUARD = [
    "CREATE FUNCTION history_no_update() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "RAISE EXCEPTION 'history is append-only'; END $$",
    "CREATE TRIGGER history_no_update BEFORE UPDATE ON history "
    "FOR EACH ROW EXECUTE FUNCTION history_no_update()",
]

_SEGMENT_ROW = (
    "INSERT INTO tm_index (kind, ref, lang, source_lang) SELECT 'segment', s.id, NEW.lang, "
    "a.source_lang FROM segments s JOIN articles a ON a.id = s.article_id "
    "WHERE s.id = NEW.segment_id;"
)


CHANNEL = "reviewer_changes"

# Live updates (reviewer.storage.changes): every statement that adds history rows or changes the
# claims sends one notice on CHANNEL when it commits (a transaction's equal notices are sent
# once), so a window listening learns that something changed without asking. Schema 13 drops
# the history's trigger: a transaction that notifies holds a server-wide lock across its commit's
# flush, which queued the team's approvals one behind another; the store now notifies after
# the commit instead (reviewer.storage.pgdb). The claims' trigger stays (a claim is no approval).
CHANGE_NOTICES = [
    "CREATE FUNCTION reviewer_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    f"PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME); RETURN NULL; END $$",
    "CREATE TRIGGER history_notify AFTER INSERT ON history "
    "FOR EACH STATEMENT EXECUTE FUNCTION reviewer_notify()",
    "CREATE TRIGGER claims_notify AFTER INSERT OR UPDATE OR DELETE ON claims "
    "FOR EACH STATEMENT EXECUTE FUNCTION reviewer_notify()",
]
#: Version 13: the history's notice is sent after the commit (:mod:`reviewer.storage.pgdb`), and
#: an article imported or deleted elsewhere is noticed too (the library list; imports are rare,
#: so their notice inside the transaction holds up no approval).
NOTICES_AFTER_COMMIT = [
    "DROP TRIGGER history_notify ON history",
    "CREATE TRIGGER articles_notify AFTER INSERT OR DELETE ON articles "
    "FOR EACH STATEMENT EXECUTE FUNCTION reviewer_notify()",
]


def _trigger(name: str, when: str, body: str, condition: str = "") -> list[str]:
    """A plpgsql function ``name`` with ``body`` and the row trigger that calls it."""
    cond = f" WHEN ({condition})" if condition else ""
    return [
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} "
        "RETURN NULL; END $$",
        f"CREATE TRIGGER {name} {when} FOR EACH ROW{cond} EXECUTE FUNCTION {name}()",
    ]


TM_INDEX_DDL = [
    "CREATE TABLE tm_index (id BIGSERIAL PRIMARY KEY, kind TEXT NOT NULL, "
    "ref BIGINT NOT NULL, lang TEXT NOT NULL, source_lang TEXT NOT NULL, norm TEXT, "
    "length BIGINT)",
    "CREATE UNIQUE INDEX tm_index_unit ON tm_index (kind, ref, lang)",
    "CREATE INDEX tm_index_window ON tm_index (source_lang, lang, length, kind, ref)",
    "CREATE INDEX tm_index_pending ON tm_index (id) WHERE norm IS NULL",
    *_trigger(
        "tm_index_translation_insert", "AFTER INSERT ON translations",
        "DELETE FROM tm_index WHERE kind = 'segment' AND ref = NEW.segment_id "
        "AND lang = NEW.lang; " + _SEGMENT_ROW, "NEW.status = 'approved'"),
    *_trigger(
        "tm_index_translation_update",
        "AFTER UPDATE OF segment_id, lang, text, status ON translations",
        "DELETE FROM tm_index WHERE kind = 'segment' AND ref = OLD.segment_id "
        "AND lang = OLD.lang; IF NEW.status = 'approved' THEN " + _SEGMENT_ROW + " END IF;",
        "OLD.status = 'approved' OR NEW.status = 'approved'"),
    *_trigger(
        "tm_index_translation_delete", "AFTER DELETE ON translations",
        "DELETE FROM tm_index WHERE kind = 'segment' AND ref = OLD.segment_id "
        "AND lang = OLD.lang;", "OLD.status = 'approved'"),
    *_trigger(
        "tm_index_segment_update", "AFTER UPDATE OF source, article_id ON segments",
        "DELETE FROM tm_index WHERE kind = 'segment' AND ref = OLD.id; "
        "INSERT INTO tm_index (kind, ref, lang, source_lang) SELECT 'segment', NEW.id, t.lang, "
        "a.source_lang FROM translations t JOIN articles a ON a.id = NEW.article_id "
        "WHERE t.segment_id = NEW.id AND t.status = 'approved';"),
    *_trigger(
        "tm_index_article_update", "AFTER UPDATE OF source_lang ON articles",
        "DELETE FROM tm_index WHERE kind = 'segment' "
        "AND ref IN (SELECT id FROM segments WHERE article_id = NEW.id); "
        "INSERT INTO tm_index (kind, ref, lang, source_lang) SELECT 'segment', s.id, t.lang, "
        "NEW.source_lang FROM segments s JOIN translations t ON t.segment_id = s.id "
        "WHERE s.article_id = NEW.id AND t.status = 'approved';"),
    *_trigger(
        "tm_index_unit_insert", "AFTER INSERT ON tm_units",
        "INSERT INTO tm_index (kind, ref, lang, source_lang) "
        "VALUES ('tm', NEW.id, NEW.target_lang, NEW.source_lang);"),
    *_trigger(
        "tm_index_unit_update", "AFTER UPDATE OF source, source_lang, target_lang ON tm_units",
        "DELETE FROM tm_index WHERE kind = 'tm' AND ref = OLD.id; "
        "INSERT INTO tm_index (kind, ref, lang, source_lang) "
        "VALUES ('tm', NEW.id, NEW.target_lang, NEW.source_lang);"),
    *_trigger(
        "tm_index_unit_delete", "AFTER DELETE ON tm_units",
        "DELETE FROM tm_index WHERE kind = 'tm' AND ref = OLD.id;"),
]

# An empty database has nothing to fill in; kept for a migration over existing rows.
TM_INDEX_FILL: list[str] = []
