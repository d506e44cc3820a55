"""The glossary table (schema migration 4): adding, replacing, removing, listing terms."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reviewer.core.qa.glossary import Term
from reviewer.storage.glossary import GlossaryImport, GlossaryStore
from reviewer.storage.store import Store

TERMS = [Term("air defense", "uk", "ППО", "military"), Term("air defense", "ru", "ПВО"),
         Term("Kyiv", "ua", "Київ"), Term("Kyiv", "ru", "Киев")]


def test_migration_4_creates_the_table(db_path: Path) -> None:
    # SQLite only: an old SQLite file upgraded (no PostgreSQL library predates schema 9).
    Store(db_path).close()
    conn = sqlite3.connect(db_path)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(glossary)")]
    conn.close()
    assert columns == ["id", "source", "lang", "target", "note", "origin", "added_at"]


def test_add_skips_what_is_there_and_keeps_languages(db_target: str) -> None:
    with Store(db_target) as store:
        table = GlossaryStore(store)
        assert table.add(TERMS, origin="terms.csv") == GlossaryImport(4, 0)
        assert table.add([Term("Kyiv", "uk", "Київ", "city"), Term("  air   defense ", "uk",
                                                                  "ППО")]) == GlossaryImport(0, 2)
    with Store(db_target) as again:  # committed
        terms = GlossaryStore(again).terms()
        assert Term("Kyiv", "uk", "Київ", "city") in terms
        assert Term("air defense", "uk", "ППО", "military") in terms
        assert GlossaryStore(again).terms("ua") == [Term("air defense", "uk", "ППО", "military"),
                                                    Term("Kyiv", "uk", "Київ", "city")]
        entry = next(e for e in GlossaryStore(again).glossary().entries if e.source == "Kyiv")
        assert entry.targets == {"ru": ("Киев",), "uk": ("Київ",)}


def test_replace_remove_clear(db_target: str) -> None:
    with Store(db_target) as store:
        table = GlossaryStore(store)
        table.add(TERMS)
        assert table.replace([Term("shell", "uk", "снаряд")]) == GlossaryImport(1, 0)
        assert table.terms() == [Term("shell", "uk", "снаряд")]
        table.add(TERMS)
        assert table.remove("KYIV", "ru") == 1
        assert table.remove("kyiv") == 1
        assert table.clear() == 3
        assert table.terms() == []
