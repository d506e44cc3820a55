"""Edits on a real store: approve, undo, redo, undo to nothing, conflicts, and the history rows."""

from __future__ import annotations

import pytest

from reviewer.core.edits import Edit, TranslationState, merge
from reviewer.core.model import Origin, Role, SegmentDraft, Status
from reviewer.storage.edits import EditConflictError, apply_edit, clear_translation, revert_edit
from reviewer.storage.store import Store

DRAFT = TranslationState("Столтенберг відвідав Київ.", Status.DRAFT, Origin.MT, "deepl")
APPROVED = TranslationState("Столтенберг відвідав Київ.", Status.APPROVED, Origin.MT, "deepl")


@pytest.fixture
def store(db_target: str):
    with Store(db_target) as s:
        yield s


def _segment(store: Store) -> int:
    art = store.add_article("NATO", "en", "/tmp/a.txt", [
        SegmentDraft(0, Role.HEADLINE, "NATO chief in Kyiv"),
        SegmentDraft(1, Role.BODY, "Stoltenberg visited Kyiv."),
    ])
    return store.segment(art.id, 1).id


def _state(store: Store, seg: int) -> TranslationState | None:
    return TranslationState.of(store.translation(seg, "uk"))


def _actions(store: Store, seg: int) -> list[tuple[str, str | None, str | None]]:
    return [(h.action, h.old_status, h.new_status) for h in store.history(seg, "uk")]


def test_approve_undo_redo_undo_to_nothing(store: Store) -> None:
    seg = _segment(store)
    take = Edit(seg, "uk", None, DRAFT, "Take machine translation")
    approve = Edit(seg, "uk", DRAFT, APPROVED, "Approve segment 2")
    apply_edit(store, take)
    apply_edit(store, approve)
    assert _state(store, seg) == APPROVED
    revert_edit(store, approve)
    assert _state(store, seg) == DRAFT
    apply_edit(store, approve, redo=True)
    assert _state(store, seg) == APPROVED
    revert_edit(store, approve)
    revert_edit(store, take)
    assert store.translation(seg, "uk") is None
    assert store.progress(store.articles()[0].article.id, ["uk"]) == {"uk": (0, 2)}
    assert _actions(store, seg) == [
        ("draft", None, "draft"), ("approved", "draft", "approved"),
        ("undo", "approved", "draft"), ("redo", "draft", "approved"),
        ("undo", "approved", "draft"), ("undo", "draft", None),
    ]
    last = store.history(seg, "uk")[-1]
    assert (last.old_text, last.new_text, last.origin, last.engine) == (DRAFT.text, None, None,
                                                                         None)
    apply_edit(store, take, redo=True)  # redo after undoing to nothing brings it back
    assert _state(store, seg) == DRAFT
    assert _actions(store, seg)[-1] == ("redo", None, "draft")


def test_comment_and_provenance_round_trip(store: Store) -> None:
    seg = _segment(store)
    apply_edit(store, Edit(seg, "uk", None, DRAFT, "Take"))
    noted = TranslationState(DRAFT.text, Status.REJECTED, Origin.MT, "deepl", "неточно")
    edit = Edit(seg, "uk", DRAFT, noted, "Reject")
    apply_edit(store, edit)
    assert store.translation(seg, "uk").comment == "неточно"  # type: ignore[union-attr]
    revert_edit(store, edit)
    assert _state(store, seg) == DRAFT  # the comment is gone again, the engine kept


def test_a_merged_burst_undoes_in_one_step(store: Store) -> None:
    seg = _segment(store)
    apply_edit(store, Edit(seg, "uk", None, APPROVED, "Approve"))
    typed = [TranslationState(t, Status.DRAFT, Origin.EDITED) for t in
             ("Столтенберг відвідав Київ", "Столтенберг відвідав Київ у", "Столтенберг у Києві")]
    burst: Edit | None = None
    before = APPROVED
    for state in typed:
        edit = Edit(seg, "uk", before, state, "Edit segment 2")
        apply_edit(store, edit)
        burst = edit if burst is None else merge(burst, edit)
        before = state
    assert burst is not None and burst.before == APPROVED and burst.after == typed[-1]
    revert_edit(store, burst)
    assert _state(store, seg) == APPROVED


def test_conflicts_are_refused(store: Store) -> None:
    seg = _segment(store)
    take = Edit(seg, "uk", None, DRAFT, "Take machine translation")
    apply_edit(store, take)
    store.set_translation(seg, "uk", "Інший текст", Status.DRAFT, Origin.EDITED)  # elsewhere
    rows = len(store.history(seg, "uk"))
    with pytest.raises(EditConflictError, match="Take machine translation"):
        revert_edit(store, take)
    with pytest.raises(EditConflictError):
        apply_edit(store, take, redo=True)
    assert store.translation(seg, "uk").text == "Інший текст"  # type: ignore[union-attr]
    assert len(store.history(seg, "uk")) == rows


def test_noop_edit_writes_nothing(store: Store) -> None:
    seg = _segment(store)
    apply_edit(store, Edit(seg, "uk", None, DRAFT, "Take"))
    rows = len(store.history(seg, "uk"))
    apply_edit(store, Edit(seg, "uk", DRAFT, DRAFT, "Edit"))
    assert len(store.history(seg, "uk")) == rows


def test_clear_translation(store: Store) -> None:
    seg = _segment(store)
    clear_translation(store, seg, "uk")  # nothing there: nothing recorded
    assert store.history(seg, "uk") == []
    apply_edit(store, Edit(seg, "uk", None, DRAFT, "Take"))
    clear_translation(store, seg, "uk", actor="anna", action="clear")
    assert store.translation(seg, "uk") is None
    entry = store.history(seg, "uk")[-1]
    assert (entry.action, entry.actor, entry.new_status, entry.new_text) == ("clear", "anna",
                                                                            None, None)
    assert store.search("Столтенберг") == []  # the full-text index follows the deletion
    apply_edit(store, Edit(seg, "uk", None, DRAFT, "Take"))
    apply_edit(store, Edit(seg, "uk", DRAFT, None, "Clear"))  # an edit that removes, done once
    assert store.translation(seg, "uk") is None
    assert store.history(seg, "uk")[-1].action == "clear"


def test_undo_to_nothing_records_what_was_removed_by_whom_and_when(store: Store) -> None:
    seg = _segment(store)
    take = Edit(seg, "uk", None, DRAFT, "Take")
    apply_edit(store, take)
    revert_edit(store, take)
    entry = store.history(seg, "uk")[-1]
    assert (entry.segment_id, entry.lang, entry.action, entry.actor) == (seg, "uk", "undo",
                                                                         "reviewer")
    assert (entry.old_text, entry.old_status, entry.new_text, entry.new_status) == \
        (DRAFT.text, "draft", None, None)
    assert entry.at.endswith("+00:00")  # a UTC timestamp, as every one in the store
    with store.conn.reading() as db:  # the row belongs to the segment's article
        article_ids = {r[0] for r in db.execute(
            "SELECT article_id FROM history WHERE segment_id = ?", [seg]).fetchall()}
    assert article_ids == {store.articles()[0].article.id}


def test_edits_are_recorded_as_the_reviewer_unless_an_actor_is_named(store: Store) -> None:
    seg = _segment(store)
    take = Edit(seg, "uk", None, DRAFT, "Take")
    apply_edit(store, take)
    revert_edit(store, take)
    apply_edit(store, take, redo=True)
    approve = Edit(seg, "uk", DRAFT, APPROVED, "Approve")
    apply_edit(store, approve, actor="anna")
    revert_edit(store, approve, actor="anna")
    assert [(h.action, h.actor) for h in store.history(seg, "uk")] == [
        ("draft", "reviewer"), ("undo", "reviewer"), ("redo", "reviewer"),
        ("approved", "anna"), ("undo", "anna"),
    ]


def test_a_conflict_names_what_was_refused_and_the_language(store: Store) -> None:
    seg = _segment(store)
    take = Edit(seg, "uk", None, DRAFT, "Take machine translation")
    apply_edit(store, take)
    store.set_translation(seg, "uk", "Інший текст", Status.DRAFT, Origin.EDITED)
    with pytest.raises(EditConflictError, match=r"segment \d+ \(UA\): changed by reviewer at .* "
                       "since you read it; cannot undo \u201cTake machine translation\u201d"):
        revert_edit(store, take)
    with pytest.raises(EditConflictError, match="cannot redo \u201cTake machine translation"):
        apply_edit(store, take, redo=True)
    with pytest.raises(EditConflictError, match="cannot apply \u201cApprove\u201d"):
        apply_edit(store, Edit(seg, "uk", DRAFT, APPROVED, "Approve"))


def test_apply_returns_the_translation_now_stored(store: Store) -> None:
    seg = _segment(store)
    taken = apply_edit(store, Edit(seg, "uk", None, DRAFT, "Take"))
    assert taken is not None and TranslationState.of(taken) == DRAFT
    unchanged = apply_edit(store, Edit(seg, "uk", DRAFT, DRAFT, "Edit"))
    assert unchanged == store.translation(seg, "uk")
    assert apply_edit(store, Edit(seg, "uk", DRAFT, None, "Clear")) is None


def test_clear_translation_by_default_is_the_reviewers_undo(store: Store) -> None:
    seg = _segment(store)
    apply_edit(store, Edit(seg, "uk", None, DRAFT, "Take"))
    clear_translation(store, seg, "uk")
    entry = store.history(seg, "uk")[-1]
    assert (entry.action, entry.actor) == ("undo", "reviewer")


def test_a_conflict_names_the_segment_who_and_when_exactly(db_target: str) -> None:
    """The refusal's words and fields, as the window's dialog and the CLI show them."""
    from reviewer.storage.edits import conflict_error

    with Store(db_target) as mine, Store(db_target) as theirs:
        seg = _segment(mine)
        seen = TranslationState.of(mine.set_translation(seg, "ru", "Один.", Status.DRAFT,
                                                        Origin.EDITED))
        stored = theirs.set_translation(seg, "ru", "Два.", Status.APPROVED, Origin.EDITED,
                                        actor="olena")
        wanted = TranslationState("Три.", Status.DRAFT, Origin.EDITED)
        with pytest.raises(EditConflictError) as caught:
            apply_edit(mine, Edit(seg, "ru", seen, wanted, "Edit"))
        error = caught.value
        number = mine.segments(mine.articles()[0].article.id).index(
            next(s for s in mine.segments(mine.articles()[0].article.id) if s.id == seg)) + 1
        at = theirs.history(seg, "ru")[-1].at
        assert (error.segment_id, error.lang, error.number, error.by, error.at) == (
            seg, "ru", number, "olena", at)
        assert error.theirs == stored
        assert str(error).startswith(f"segment {number} (RU): changed by olena at {at} since "
                                     "you read it")
        with mine.conn.reading() as db:
            removed = conflict_error(db, seg, "ru", None, "cannot apply it")
            assert str(removed) == (f"segment {number} (RU): removed by olena at {at} since "
                                    "you read it; cannot apply it")
            assert removed.theirs is None and removed.segment_id == seg
            unknown = conflict_error(db, seg, "uk", stored)  # no history in that language
            assert (unknown.by, unknown.at, unknown.lang) == ("someone", stored.updated_at, "uk")
            assert str(unknown) == (f"segment {number} (UA): changed by someone at "
                                    f"{stored.updated_at} since you read it")
            nowhere = conflict_error(db, 10**9, "uk", None)
            assert (nowhere.number, nowhere.at) == (0, "?")


def test_a_conflict_error_made_from_a_message_alone_names_nothing_else() -> None:
    error = EditConflictError("changed")
    assert (str(error), error.segment_id, error.lang, error.number) == ("changed", 0, "", 0)
    assert (error.theirs, error.by, error.at) == (None, "", "")


def _signed_off(store: Store) -> int:
    """A segment approved and signed off in uk by the editor olena (taras is a translator)."""
    from reviewer.core.people import TeamRole
    from reviewer.storage.team import Team

    seg = _segment(store)
    store.set_translation(seg, "uk", "Столтенберг відвідав Київ.", Status.APPROVED,
                          Origin.EDITED, actor="taras")
    Team(store, "olena").add("olena", TeamRole.EDITOR)
    Team(store, "olena").sign_off(store.articles()[0].article.id, "uk")
    return seg


def test_every_write_of_a_signed_off_segment_is_refused_to_all_but_an_editor(
        store: Store) -> None:
    """set_translation, apply_edit and clear_translation all check the editor's lock; the
    refusal names the segment, the language and who signed it off; an editor gets through."""
    from reviewer.storage.locks import SignedOffError

    seg = _signed_off(store)
    before = TranslationState.of(store.translation(seg, "uk"))
    draft = TranslationState("Інше.", Status.DRAFT, Origin.EDITED)
    refusals = [
        lambda: store.set_translation(seg, "uk", "Інше.", Status.DRAFT, Origin.EDITED,
                                      actor="taras"),
        lambda: apply_edit(store, Edit(seg, "uk", before, draft, "Edit"), actor="taras"),
        lambda: clear_translation(store, seg, "uk", actor="taras"),
    ]
    for refused in refusals:
        with pytest.raises(SignedOffError, match=r"^segment 2 \(UA\): signed off by olena on "):
            refused()
        assert store.translation(seg, "uk").text == "Столтенберг відвідав Київ."
    assert len(store.history(seg, "uk")) == 1
    stored = apply_edit(store, Edit(seg, "uk", before, draft, "Edit"), actor="olena")
    assert stored is not None and stored.text == "Інше."
    store.set_translation(seg, "uk", "Знову.", Status.DRAFT, Origin.EDITED, actor="olena",
                          action="restore")
    assert [(h.actor, h.action) for h in store.history(seg, "uk")][-1] == ("olena", "restore")
    clear_translation(store, seg, "uk", actor="olena")
    assert store.translation(seg, "uk") is None
