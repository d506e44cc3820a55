"""Translation versions: raised by every write, exact conflict checks between two connections,
and the migration that gives an old database its versions and the claims table."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reviewer.core.edits import Edit, TranslationState
from reviewer.core.model import Origin, Role, SegmentDraft, Status
from reviewer.storage.edits import EditConflictError, apply_edit, clear_translation, revert_edit
from reviewer.storage.schema import LATEST, MIGRATIONS
from reviewer.storage.store import Store

DRAFT = TranslationState("Київ.", Status.DRAFT, Origin.EDITED)
APPROVED = TranslationState("Київ.", Status.APPROVED, Origin.EDITED)


def _article(store: Store) -> int:
    article = store.add_article("A", "en", "a.txt", [SegmentDraft(0, Role.HEADLINE, "Title"),
                                                     SegmentDraft(1, Role.BODY, "Kyiv.")])
    return store.segment(article.id, 1).id


def test_every_write_raises_the_version_and_a_recreated_row_never_repeats_one(
        db_target: str) -> None:
    with Store(db_target) as store:
        seg = _article(store)
        first = store.set_translation(seg, "uk", "Київ", Status.DRAFT, Origin.EDITED)
        assert first.version == 1 == store.translation(seg, "uk").version
        edit = Edit(seg, "uk", TranslationState.of(first), APPROVED, "Approve")
        assert apply_edit(store, edit).version == 2
        revert_edit(store, edit)
        assert store.translation(seg, "uk").version == 3
        clear_translation(store, seg, "uk")
        again = store.set_translation(seg, "uk", "Київ", Status.DRAFT, Origin.EDITED)
        assert again.version > 3
        assert store.segment_views(store.articles()[0].article.id, ["uk"])[1] \
            .translations["uk"].version == again.version


def test_a_change_on_a_stale_version_is_refused_even_with_the_same_text(db_target: str) -> None:
    with Store(db_target) as mine, Store(db_target) as theirs:
        seg = _article(mine)
        mine.set_translation(seg, "uk", "Київ.", Status.DRAFT, Origin.EDITED)
        seen = TranslationState.of(mine.translation(seg, "uk"))
        # Another process writes the same text again (a comment added and removed, say).
        theirs.set_translation(seg, "uk", "Київ.", Status.DRAFT, Origin.EDITED, actor="olena")
        wanted = TranslationState("Київ!", Status.APPROVED, Origin.EDITED)
        with pytest.raises(EditConflictError) as caught:
            apply_edit(mine, Edit(seg, "uk", seen, wanted, "Approve segment 2"))
        error = caught.value
        assert str(error).startswith("segment 2 (UA): changed by olena at ")
        assert "since you read it" in str(error)
        assert (error.number, error.lang, error.by) == (2, "uk", "olena")
        assert error.theirs is not None and error.theirs.version == 2
        assert error.at == error.theirs.updated_at
        assert mine.translation(seg, "uk").version == 2  # nothing written
        # Based on the version now stored, the same change goes through.
        current = TranslationState.of(error.theirs)
        assert apply_edit(mine, Edit(seg, "uk", current, wanted, "Approve")).version == 3


def test_an_edit_the_store_already_holds_is_no_conflict(db_target: str) -> None:
    with Store(db_target) as store:
        seg = _article(store)
        seen = TranslationState.of(store.set_translation(seg, "uk", "Київ.", Status.DRAFT,
                                                         Origin.EDITED))
        store.set_translation(seg, "uk", "Київ.", Status.APPROVED, Origin.EDITED)
        stored = apply_edit(store, Edit(seg, "uk", seen, APPROVED, "Approve"))
        assert stored is not None and stored.version == 2


def test_a_removed_translation_is_named_as_removed(db_target: str) -> None:
    with Store(db_target) as store:
        seg = _article(store)
        seen = TranslationState.of(store.set_translation(seg, "uk", "Київ", Status.DRAFT,
                                                         Origin.EDITED))
        clear_translation(store, seg, "uk", actor="petro")
        with pytest.raises(EditConflictError, match="segment 2 \\(UA\\): removed by petro"):
            apply_edit(store, Edit(seg, "uk", seen, APPROVED, "Approve"))


def test_a_version_9_database_gets_versions_and_claims(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    import sqlite_utils

    conn = sqlite3.connect(path)
    db = sqlite_utils.Database(conn)
    for version, migration in enumerate(MIGRATIONS[:9], 1):
        migration(db)
        db.execute(f"PRAGMA user_version = {version}")
    db.execute("INSERT INTO articles VALUES (1, 'A', 'en', 'a.txt', 't')")
    db.execute("INSERT INTO segments (id, article_id, idx, paragraph, role, source) "
               "VALUES (1, 1, 0, 0, 'body', 'One.'), (2, 1, 1, 0, 'body', 'Two.')")
    db.execute("INSERT INTO translations (segment_id, lang, text, status, origin, updated_at) "
               "VALUES (1, 'uk', 'Один.', 'approved', 'edited', 't'), "
               "(2, 'uk', 'Два.', 'draft', 'edited', 't')")
    for action in ("draft", "approved"):
        db.execute("INSERT INTO history (article_id, segment_id, lang, action, actor, at) "
                   "VALUES (1, 1, 'uk', ?, 'reviewer', 't')", [action])
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.conn.db.execute("PRAGMA user_version").fetchone()[0] == LATEST >= 10
        assert store.translation(1, "uk").version == 3  # two writes recorded, plus one
        assert store.translation(2, "uk").version == 1
        assert store.set_translation(2, "uk", "Два!", Status.DRAFT, Origin.EDITED).version == 2
        assert store.conn.db.execute("SELECT count(*) FROM claims").fetchone()[0] == 0
