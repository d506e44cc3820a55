"""The team in the library: roles, sign-off locks on approved segments, reopening with a reason,
the history rows, and migration 10 on an old database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reviewer.core.edits import Edit, TranslationState
from reviewer.core.model import Origin, Role, SegmentDraft, Status
from reviewer.core.people import TeamRole
from reviewer.services.review import ReviewService
from reviewer.storage.schema import LATEST, MIGRATIONS
from reviewer.storage.store import Store
from reviewer.storage.team import NotAnEditorError, SignedOffError, Team


@pytest.fixture
def store(db_target: str):
    with Store(db_target) as s:
        yield s


def _article(store: Store) -> int:
    art = store.add_article("NATO", "en", "a.txt", [
        SegmentDraft(0, Role.HEADLINE, "NATO chief in Kyiv"),
        SegmentDraft(1, Role.BODY, "Stoltenberg visited Kyiv."),
        SegmentDraft(2, Role.BODY, "He met the president."),
    ])
    segs = store.segments(art.id)
    store.set_translation(segs[0].id, "uk", "Голова НАТО у Києві", Status.APPROVED, Origin.EDITED,
                          actor="Taras")
    store.set_translation(segs[1].id, "uk", "Столтенберг відвідав Київ.", Status.APPROVED,
                          Origin.MT, actor="Taras")
    store.set_translation(segs[2].id, "uk", "Він зустрівся.", Status.DRAFT, Origin.MT,
                          actor="Taras")
    return art.id


def _edit(store: Store, seg: int, text: str, label: str = "Edit") -> Edit:
    before = TranslationState.of(store.translation(seg, "uk"))
    assert before is not None
    return Edit(seg, "uk", before, TranslationState(text, Status.DRAFT, Origin.EDITED, None),
                label)


def test_roles_default_to_translator_and_the_first_editor_is_free(store: Store) -> None:
    team = Team(store, "Olena")
    assert team.role("nobody") is TeamRole.TRANSLATOR
    team.add("Olena", TeamRole.EDITOR)
    team.add("Taras", TeamRole.REVIEWER)
    assert [(m.name, m.role) for m in team.members()] == [("Olena", TeamRole.EDITOR),
                                                          ("Taras", TeamRole.REVIEWER)]
    with pytest.raises(NotAnEditorError, match="Taras: only an editor can change roles"):
        Team(store, "Taras").add("Taras", TeamRole.EDITOR)
    assert team.remove("Taras") and not team.remove("Taras")
    assert team.role("Taras") is TeamRole.TRANSLATOR


def test_sign_off_locks_approved_segments_against_others(store: Store) -> None:
    article = _article(store)
    Team(store, "Olena").add("Olena", TeamRole.EDITOR)
    with pytest.raises(NotAnEditorError, match="only an editor can sign off"):
        Team(store, "Taras").sign_off(article, "uk")
    assert Team(store, "Olena").sign_off(article, "uk") == [0, 1]  # the draft stays open
    assert Team(store, "Olena").sign_off(article, "uk") == []  # nothing new to lock
    segs = store.segments(article)
    locked = Team(store, "Taras").signoffs(article, "uk")
    assert sorted(k[0] for k in locked) == [segs[0].id, segs[1].id]
    assert locked[segs[1].id, "uk"].signed_by == "Olena"
    with pytest.raises(SignedOffError,
                       match=r"segment 2 \(UA\): signed off by Olena on .* UTC; only an editor"):
        ReviewService(store, "Taras").apply(_edit(store, segs[1].id, "Інше."))
    assert store.translation(segs[1].id, "uk").text == "Столтенберг відвідав Київ."
    ReviewService(store, "Taras").apply(_edit(store, segs[2].id, "Він зустрівся з президентом."))
    # An editor may still change a signed-off segment; the history names her.
    ReviewService(store, "Olena").apply(_edit(store, segs[1].id, "Столтенберг приїхав до Києва."))
    assert store.history(segs[1].id, "uk")[-1].actor == "Olena"


def test_reopen_needs_an_editor_and_a_reason_recorded_in_the_history(store: Store) -> None:
    article = _article(store)
    Team(store, "Olena").add("Olena", TeamRole.EDITOR)
    Team(store, "Olena").sign_off(article, "uk")
    with pytest.raises(NotAnEditorError):
        Team(store, "Taras").reopen(article, "uk", "typo")
    with pytest.raises(Exception, match="give the reason"):
        Team(store, "Olena").reopen(article, "uk", "  ")
    assert Team(store, "Olena").reopen(article, "uk", "the minister's name changed") == [0, 1]
    seg = store.segments(article)[1].id
    ReviewService(store, "Taras").apply(_edit(store, seg, "Інше."))  # open again
    rows = list(store.conn.db.query(
        "SELECT action, old_text, new_text, actor FROM history WHERE segment_id IS NULL "
        "AND article_id = ? ORDER BY id", [article]))
    assert [(r["action"], r["old_text"], r["new_text"], r["actor"]) for r in rows] == [
        ("signoff", "1 2", "", "Olena"), ("reopen", "1 2", "the minister's name changed", "Olena")]
    # The segment's own versions are untouched by the article-level rows.
    assert [h.action for h in store.history(seg, "uk")] == ["approved", "draft"]


def test_deleting_an_article_takes_its_locks(store: Store) -> None:
    article = _article(store)
    Team(store, "Olena").add("Olena", TeamRole.EDITOR)
    Team(store, "Olena").sign_off(article, "uk")
    store.delete_article(article)
    assert store.conn.db.execute("SELECT count(*) FROM signoffs").fetchone()[0] == 0


def test_a_version_9_database_gets_the_team_tables_and_keeps_its_rows(tmp_path: Path) -> None:
    import sqlite_utils

    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    db = sqlite_utils.Database(conn)
    for version, migration in enumerate(MIGRATIONS[:9], 1):
        migration(db)
        db.execute(f"PRAGMA user_version = {version}")
    db.execute("INSERT INTO articles (id, title, source_lang, origin, imported_at) "
               "VALUES (1, 'Old', 'en', 'a.txt', '2025-01-01T00:00:00+00:00')")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.conn.db.execute("PRAGMA user_version").fetchone()[0] == LATEST >= 10
        assert store.article(1).title == "Old"
        Team(store, "Olena").add("Olena", TeamRole.EDITOR)
        assert Team(store, "x").role("Olena") is TeamRole.EDITOR
