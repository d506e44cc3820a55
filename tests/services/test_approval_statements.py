"""One approval through the review service costs the minimum of SQL statements.

Every statement the store's connection runs is traced with ``set_trace_callback``. SQLite reports
the statements triggers run inside one (the full-text index) as ``-- ...`` and the outer statement
again for each trigger program; both are left out, so what is counted is what the service asks
for. An approval is: ``BEGIN IMMEDIATE``, one read of the translation with its sign-off lock (the
conflict and lock checks), the upsert, the history row, ``COMMIT``; it never grows unnoticed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer import library
from reviewer.core.edits import Edit, TranslationState
from reviewer.core.model import Origin, Status
from reviewer.core.people import TeamRole
from reviewer.services.review import ReviewService
from reviewer.storage.edits import EditConflictError
from reviewer.storage.store import Store
from reviewer.storage.team import SignedOffError, Team


def statements(traced: list[str]) -> list[str]:
    """The statements asked for: trigger lines and a trigger program's repeats left out."""
    asked: list[str] = []
    for sql in traced:
        if sql.startswith("--") or (asked and asked[-1] == sql):
            continue
        asked.append(sql)
    return asked


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "review.db")
    library.ensure_sample(s)
    return s


def _approve(store: Store, actor: str = "olena") -> tuple[list[str], Edit]:
    segment = store.segments(store.articles()[0].article.id)[0]
    service = ReviewService(store, actor)
    draft = TranslationState("Текст", Status.DRAFT, Origin.EDITED, None, "")
    service.change(segment.id, "uk", draft, "Draft")
    before = service.state(segment.id, "uk")
    assert before is not None
    edit = Edit(segment.id, "uk", before, TranslationState(
        "Текст", Status.APPROVED, Origin.EDITED, None, ""), "Approve segment 1")
    traced: list[str] = []
    store.conn.db.conn.set_trace_callback(traced.append)
    try:
        service.apply(edit)
    finally:
        store.conn.db.conn.set_trace_callback(None)
    return statements(traced), edit


def test_one_approval_is_five_statements(store: Store) -> None:
    asked, edit = _approve(store)
    kinds = [" ".join(sql.split()[:3]) for sql in asked]
    assert kinds == ["BEGIN IMMEDIATE", "SELECT t.segment_id, t.lang,", "INSERT INTO translations",
                     "INSERT INTO history", "COMMIT"], asked
    saved = store.translation(edit.segment_id, "uk")
    assert saved is not None and saved.status is Status.APPROVED and saved.version == 2
    assert [h.action for h in store.history(edit.segment_id, "uk")] == ["draft", "approved"]


def test_the_one_read_still_refuses_a_conflict_and_a_lock(store: Store) -> None:
    segment = store.segments(store.articles()[0].article.id)[0]
    service = ReviewService(store, "olena")
    draft = TranslationState("Текст", Status.DRAFT, Origin.EDITED, None, "")
    service.change(segment.id, "uk", draft, "Draft")
    seen = service.state(segment.id, "uk")
    ReviewService(store, "taras").change(segment.id, "uk", TranslationState(
        "Інший", Status.DRAFT, Origin.EDITED, None, ""), "Theirs")
    approve = TranslationState("Текст", Status.APPROVED, Origin.EDITED, None, "")
    with pytest.raises(EditConflictError, match="changed by taras"):
        service.apply(Edit(segment.id, "uk", seen, approve, "Approve"))
    article = store.articles()[0].article.id
    Team(store, "ed").add("ed", TeamRole.EDITOR)
    editor = ReviewService(store, "ed")
    theirs = service.state(segment.id, "uk")
    approved = editor.apply(Edit(segment.id, "uk", theirs, approve, "Approve"))
    assert approved is not None and approved.status is Status.APPROVED
    assert Team(store, "ed").sign_off(article, "uk") == [0]
    locked = service.state(segment.id, "uk")
    draft_again = TranslationState("Текст", Status.DRAFT, Origin.EDITED, None, "")
    with pytest.raises(SignedOffError, match="signed off by ed"):
        service.apply(Edit(segment.id, "uk", locked, draft_again, "Reopen"))
    stored = editor.apply(Edit(segment.id, "uk", locked, draft_again, "Reopen"))
    assert stored is not None and stored.status is Status.DRAFT
