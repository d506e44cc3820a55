"""A segment's versions read from its history rows, and the state that restores one."""

from __future__ import annotations

from reviewer.core.diff import Op
from reviewer.core.edits import TranslationState
from reviewer.core.model import HistoryEntry, Origin, Status
from reviewer.core.versions import restore, versions


def row(i: int, old: str | None, new: str | None, status: str | None, origin: str | None,
        engine: str | None = None, action: str = "edit") -> HistoryEntry:
    return HistoryEntry(i, 7, "uk", action, old, new, None, status, f"p{i}", origin, engine,
                        f"2026-12-0{i}")


HISTORY = [row(1, None, "Київ сьогодні", "draft", "mt", "google", "mt"),
           row(2, "Київ сьогодні", "Київ сьогодні", "approved", "mt", "google", "approve"),
           row(3, "Київ сьогодні", "Київ вчора", "draft", "edited"),
           row(4, "Київ вчора", None, None, None, action="clear")]


def test_each_row_is_a_version_with_its_diff_from_the_one_before() -> None:
    found = versions(HISTORY)
    assert [(v.number, v.text, v.status, v.origin, v.engine, v.actor, v.at, v.action)
            for v in found] == [
        (1, "Київ сьогодні", "draft", "mt", "google", "p1", "2026-12-01", "mt"),
        (2, "Київ сьогодні", "approved", "mt", "google", "p2", "2026-12-02", "approve"),
        (3, "Київ вчора", "draft", "edited", None, "p3", "2026-12-03", "edit"),
        (4, "", "new", "", None, "p4", "2026-12-04", "clear")]
    assert [v.text_changed for v in found] == [True, False, True, True]
    assert [(s.op, s.text.strip()) for s in found[2].diff if s.op != Op.EQUAL] == [
        (Op.DELETE, "сьогодні"), (Op.INSERT, "вчора")]
    assert versions([]) == []


def test_restore_takes_the_versions_text_status_and_provenance_and_keeps_the_comment() -> None:
    first = versions(HISTORY)[0]
    now = TranslationState("Київ вчора", Status.DRAFT, Origin.EDITED, None, "check")
    assert restore(first, now) == TranslationState("Київ сьогодні", Status.DRAFT, Origin.MT,
                                                   "google", "check")
    assert restore(versions(HISTORY)[1], None).comment == ""
    odd = versions([row(1, None, "x", "weird", "alien")])[0]
    assert restore(odd, None) == TranslationState("x", Status.DRAFT, Origin.EDITED, None, "")


def test_the_first_version_is_all_new_text() -> None:
    first = versions(HISTORY)[0]
    assert [(s.op, s.text) for s in first.diff] == [(Op.INSERT, "Київ сьогодні")]


def test_restoring_an_approved_version_brings_its_approval_back() -> None:
    approved = versions(HISTORY)[1]
    assert restore(approved, None) == TranslationState("Київ сьогодні", Status.APPROVED,
                                                       Origin.MT, "google", "")
