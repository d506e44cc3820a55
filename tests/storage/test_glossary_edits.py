"""The glossary window's edits: entries by source term, a cell edited, removal and exact undo."""

from __future__ import annotations

from reviewer.core.qa.glossary import Term
from reviewer.storage.glossary import GlossaryStore
from reviewer.storage.glossary_edits import edited, entries, replace_terms
from reviewer.storage.store import Store

TERMS = [Term("air defense", "uk", "ППО", "military"), Term("air defense", "ru", "ПВО"),
         Term("Air Defense", "uk", "протиповітряна оборона"), Term("Kyiv", "uk", "Київ")]


def test_entries_group_by_source_any_case(db_target: str) -> None:
    with Store(db_target) as store:
        GlossaryStore(store).add(TERMS)
        found = entries(store)
        assert [e.source for e in found] == ["air defense", "Kyiv"]
        assert found[0].targets("uk") == "ППО; протиповітряна оборона"
        assert found[0].targets("ru") == "ПВО" and found[0].note == "military"


def test_edit_a_language_cell_and_undo(db_target: str) -> None:
    with Store(db_target) as store:
        GlossaryStore(store).add(TERMS)
        entry = entries(store)[0]
        after = edited(entry, "uk", "ППО;  протиповітряна   оборона ; ЗРК")
        added = replace_terms(store, entry.terms, after)
        assert entries(store)[0].targets("uk") == "ППО; протиповітряна оборона; ЗРК"
        assert entries(store)[0].targets("ru") == "ПВО"
        replace_terms(store, added, entry.terms)  # undo
        assert entries(store)[0].targets("uk") == "ППО; протиповітряна оборона"
        assert sorted(entries(store)[0].terms, key=str) == sorted(entry.terms, key=str)


def test_rename_note_and_remove(db_target: str) -> None:
    with Store(db_target) as store:
        GlossaryStore(store).add(TERMS)
        kyiv = entries(store)[1]
        replace_terms(store, kyiv.terms, edited(kyiv, "source", "Kyiv city"))
        replace_terms(store, entries(store)[1].terms, edited(entries(store)[1], "note", "capital"))
        assert GlossaryStore(store).terms("uk")[-1] == Term("Kyiv city", "uk", "Київ", "capital")
        assert edited(kyiv, "source", "  ") == list(kyiv.terms)  # an empty source: unchanged
        removed = entries(store)[1]
        replace_terms(store, removed.terms, [])
        assert [e.source for e in entries(store)] == ["air defense"]
        replace_terms(store, [], removed.terms)
        assert [e.source for e in entries(store)] == ["air defense", "Kyiv city"]
