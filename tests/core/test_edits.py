"""Edits as data: inverse, no-ops, which edits count as typing, and merging bursts of typing."""

from __future__ import annotations

from reviewer.core.edits import Edit, TranslationState, merge
from reviewer.core.model import Origin, Status, Translation

MT = TranslationState("Привіт світ", Status.DRAFT, Origin.MT, "deepl")
TYPED1 = TranslationState("Привіт, світ", Status.DRAFT, Origin.EDITED)
TYPED2 = TranslationState("Привіт, світе", Status.DRAFT, Origin.EDITED)
APPROVED = TranslationState("Привіт, світе", Status.APPROVED, Origin.EDITED)


def test_state_of_a_translation() -> None:
    t = Translation(7, "uk", "текст", Status.APPROVED, Origin.HUMAN, None, "2024-01-01", "ок")
    assert TranslationState.of(t) == TranslationState("текст", Status.APPROVED, Origin.HUMAN,
                                                      None, "ок")
    assert TranslationState.of(None) is None


def test_state_of_a_translation_keeps_its_engine() -> None:
    t = Translation(7, "uk", "текст", Status.DRAFT, Origin.MT, "deepl", "2024-01-01", "")
    assert TranslationState.of(t).engine == "deepl"


def test_inverse_swaps_and_is_an_involution() -> None:
    edit = Edit(1, "uk", None, MT, "Take machine translation")
    inv = edit.inverse()
    assert (inv.before, inv.after, inv.label) == (MT, None, edit.label)
    assert inv.inverse() == edit
    assert not edit.is_noop
    assert Edit(1, "uk", MT, MT, "x").is_noop


def test_text_edits() -> None:
    assert Edit(1, "uk", MT, TYPED1, "Edit").is_text_edit
    assert Edit(1, "uk", None, TYPED1, "Edit").is_text_edit
    assert Edit(1, "uk", APPROVED, TYPED1, "Edit").is_text_edit  # typing un-approves
    assert not Edit(1, "uk", TYPED2, APPROVED, "Approve").is_text_edit
    commented = TranslationState(TYPED1.text, Status.DRAFT, Origin.EDITED, None, "перевірити")
    assert not Edit(1, "uk", TYPED1, commented, "Comment").is_text_edit
    assert not Edit(1, "uk", MT, None, "Undo").is_text_edit


def test_merge_a_burst_of_typing() -> None:
    first = Edit(1, "uk", MT, TYPED1, "Edit segment 2")
    second = Edit(1, "uk", TYPED1, TYPED2, "Edit segment 2 again")
    merged = merge(first, second)
    assert merged == Edit(1, "uk", MT, TYPED2, "Edit segment 2")
    third = Edit(1, "uk", TYPED2, MT, "Edit")
    assert merged is not None
    back = merge(merged, Edit(1, "uk", TYPED2, TYPED1, "Edit"))
    assert back is not None and back.after == TYPED1
    # typing back to the start state is a merge, not a refusal
    first_draft = Edit(1, "uk", TYPED1, TYPED2, "Edit")
    noop = merge(first_draft, Edit(1, "uk", TYPED2, TYPED1, "Edit"))
    assert noop is not None and noop.is_noop
    assert merge(merged, third) == Edit(1, "uk", MT, MT, "Edit segment 2")


def test_no_merge_across_segments_languages_approvals_or_gaps() -> None:
    first = Edit(1, "uk", MT, TYPED1, "Edit")
    assert merge(first, Edit(2, "uk", TYPED1, TYPED2, "Edit")) is None
    assert merge(first, Edit(1, "ru", TYPED1, TYPED2, "Edit")) is None
    assert merge(first, Edit(1, "uk", TYPED1, APPROVED, "Approve")) is None
    assert merge(Edit(1, "uk", TYPED2, APPROVED, "Approve"),
                 Edit(1, "uk", APPROVED, TYPED1, "Edit")) is None
    assert merge(first, Edit(1, "uk", MT, TYPED2, "Edit")) is None  # does not follow on


# -- what the editor's contents stand for ------------------------------------------------------
from reviewer.core.edits import EditorContents, draft_state, review_state  # noqa: E402

LOADED = TranslationState("Текст.", Status.APPROVED, Origin.MT, "deepl", "ok")


def _contents(text: str, comment: str = "", origin: Origin = Origin.MT,
              engine: str | None = "deepl", origin_text: str = "Текст.") -> EditorContents:
    return EditorContents(text, comment, origin, engine, origin_text)


def test_typed_text_is_an_edited_draft_and_taken_text_keeps_its_origin() -> None:
    typed = draft_state(LOADED, LOADED, _contents("Текст!", "ok"))
    assert typed == TranslationState("Текст!", Status.DRAFT, Origin.EDITED, None, "ok")
    taken = draft_state(None, None, _contents("Машина.", origin_text="Машина."))
    assert taken == TranslationState("Машина.", Status.DRAFT, Origin.MT, "deepl", "")


def test_text_brought_back_restores_the_loaded_state_and_nothing_stays_nothing() -> None:
    draft = TranslationState("Текст!", Status.DRAFT, Origin.EDITED, None, "ok")
    assert draft_state(draft, LOADED, _contents("Текст.", "ok")) == LOADED
    assert draft_state(draft, None, _contents("", origin_text="")) is None


def test_a_comment_alone_keeps_the_status_and_is_kept_without_text() -> None:
    assert draft_state(LOADED, LOADED, _contents("Текст.", "new note")) == \
        TranslationState("Текст.", Status.APPROVED, Origin.MT, "deepl", "new note")
    assert draft_state(None, None, _contents("", "ask", origin_text="")) == \
        TranslationState("", Status.NEW, Origin.EDITED, None, "ask")
    assert draft_state(None, None, _contents("", "", origin_text="")) is None


def test_text_cleared_after_a_save_is_an_empty_new_translation() -> None:
    draft = TranslationState("abc", Status.DRAFT, Origin.EDITED, None, "")
    loaded = TranslationState("x", Status.DRAFT, Origin.EDITED, None, "")
    assert draft_state(draft, loaded, _contents("", origin_text="x")) == \
        TranslationState("", Status.NEW, Origin.EDITED, None, "")


def test_text_equal_to_the_stored_one_keeps_its_state() -> None:
    draft = TranslationState("abc", Status.DRAFT, Origin.EDITED, None, "")
    assert draft_state(draft, None, _contents("abc", origin_text="")) == draft


def test_text_equal_to_the_stored_one_takes_the_new_comment() -> None:
    draft = TranslationState("abc", Status.DRAFT, Origin.EDITED, None, "old note")
    assert draft_state(draft, None, _contents("abc", "new note", origin_text="")) == \
        TranslationState("abc", Status.DRAFT, Origin.EDITED, None, "new note")


def test_review_state_writes_the_text_comment_and_engine_as_they_stand() -> None:
    assert review_state(_contents("Текст.", "перевірено"), Status.APPROVED) == \
        TranslationState("Текст.", Status.APPROVED, Origin.MT, "deepl", "перевірено")


def test_review_state_keeps_provenance_only_for_untouched_text() -> None:
    assert review_state(_contents("Текст."), Status.APPROVED).origin is Origin.MT
    edited = review_state(_contents("Текст, правлений."), Status.REJECTED)
    assert (edited.origin, edited.engine, edited.status) == (Origin.EDITED, None,
                                                             Status.REJECTED)


def test_a_burst_that_returns_to_its_start_merges_into_nothing() -> None:
    typed = Edit(1, "uk", LOADED, TranslationState("Т", Status.DRAFT, Origin.EDITED, None, "ok"),
                 "Edit")
    back = Edit(1, "uk", typed.after, LOADED, "Edit")
    merged = merge(typed, back)
    assert merged is not None and merged.is_noop
    removed = Edit(1, "uk", TranslationState("a", Status.DRAFT, Origin.EDITED), None, "Edit")
    assert merge(Edit(1, "uk", None, removed.before, "Edit"), removed).is_noop
    assert merge(back, typed) is None  # an approval restored is no typing to merge into


def test_a_state_read_from_the_store_carries_its_version_and_compares_without_it() -> None:
    stored = Translation(7, "uk", "Київ.", Status.DRAFT, Origin.EDITED, "deepl",
                         "2026-12-05T08:00:00+00:00", "note", 3)
    state = TranslationState.of(stored)
    assert state is not None and state.version == 3
    assert (state.text, state.status, state.origin, state.engine, state.comment) == (
        "Київ.", Status.DRAFT, Origin.EDITED, "deepl", "note")
    unread = TranslationState.of(Translation(7, "uk", "Київ.", Status.DRAFT, Origin.EDITED,
                                             "deepl", "", "note"))
    assert unread is not None and unread.version is None  # 0: not read from a store
    assert unread == state  # the version takes no part in comparisons
    assert TranslationState.of(None) is None
