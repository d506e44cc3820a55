"""Export queries: review records from the history, translation-memory units, migration 3."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reviewer.core.model import Origin, Role, SegmentDraft, Status
from reviewer.storage.export_queries import (
    TmUnit,
    add_tm_units,
    review_records,
    tm_lookup,
    tm_units,
)
from reviewer.storage.schema import LATEST, MIGRATIONS
from reviewer.storage.store import Store


def test_review_records_first_and_last_change(db_target: str, tmp_path: Path) -> None:
    with Store(db_target) as store:
        a = store.add_article("T", "en", "x", [SegmentDraft(0, Role.BODY, "One."),
                                               SegmentDraft(0, Role.BODY, "Two.")])
        one, two = store.segments(a.id)
        store.set_translation(one.id, "uk", "Один.", Status.DRAFT, Origin.MT, actor="olena")
        store.set_translation(one.id, "uk", "Один!", Status.APPROVED, Origin.EDITED,
                              actor="mykola")
        store.set_translation(one.id, "ru", "Один.", Status.APPROVED, Origin.MT, actor="irina")
        records = review_records(store, a.id)
    assert set(records) == {(one.id, "uk"), (one.id, "ru")}
    uk = records[(one.id, "uk")]
    assert (uk.created_by, uk.changed_by) == ("olena", "mykola")
    assert uk.created_at <= uk.changed_at
    assert (two.id, "uk") not in records


def test_tm_units_are_stored_once_and_found_by_normalised_source(db_target: str) -> None:
    unit = TmUnit("en", "uk", "Good morning.", "Доброго ранку.", "a.tmx", "OmegaT 6",
                  "olena", "approved", "note", "2024-01-01T00:00:00+00:00")
    with Store(db_target) as store:
        assert add_tm_units(store, [unit, unit]) == (1, 1)
        assert add_tm_units(store, [unit]) == (0, 1)
        assert add_tm_units(store, [TmUnit("en", "ru", "Good morning.", "Доброе утро.",
                                           "b.tmx")]) == (1, 0)
        assert tm_units(store, target_lang="uk") == [unit]
        assert len(tm_units(store)) == 2
        assert tm_lookup(store, " Good   morning. ", "en", "uk") == [unit]
        assert tm_lookup(store, "Good morning", "en", "uk") == []


def test_migration_3_upgrades_a_version_2_database(tmp_path: Path) -> None:
    # SQLite only: an old SQLite file upgraded (no PostgreSQL library predates schema 9).
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    for version, migration in enumerate(MIGRATIONS[:2], 1):
        migration(db)
        db.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    with Store(path) as store:
        version = store.conn.db.execute("PRAGMA user_version").fetchone()[0]
        assert version == LATEST >= 3
        assert "tm_units" in store.conn.db.table_names()
