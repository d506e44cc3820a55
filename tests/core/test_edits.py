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
