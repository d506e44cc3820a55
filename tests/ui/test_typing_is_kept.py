"""Typed text and comments survive as a translator works: pauses, moves, quitting, undo.

Each test replays keys on the focused widget and waits on the window's real timers (until the
store holds what the draft delay saves), then reads the store. A fixed ``qtbot.wait`` is left only
where it is a person's pause before the next key, or before a check that nothing happened.
Each failed before the fix of issue 9's defects 1-3: the draft timer's own timeout found the
timer inactive and saved nothing, Ctrl+Z undid another segment's approval while typing, and a
comment without text was dropped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from reviewer.core.model import Origin, Status
from reviewer.storage.store import Store
from reviewer.ui.main_window import DRAFT_DELAY_MS

CTRL = Qt.KeyboardModifier.ControlModifier
PAUSE_MS = DRAFT_DELAY_MS * 2 + 400  # a translator's pause: longer than any timer of the editor


SAVED_MS = 10_000  # how long a slow machine may take to save after the draft delay


def _saved(qtbot: Any, store: Store, segment_id: int, text: str | None,
           lang: str = "uk") -> None:
    """Wait until the store holds ``text`` (``None``: no translation) for the segment."""
    def holds() -> bool:
        t = store.translation(segment_id, lang)
        return (t.text if t is not None else None) == text
    qtbot.waitUntil(holds, timeout=SAVED_MS)


def _comment(store: Store, segment_id: int) -> str | None:
    t = store.translation(segment_id, "uk")
    return t.comment if t is not None else None


def _type(qtbot: Any, window: Any, text: str) -> None:
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)  # F2: edit the final text
    qtbot.keyClick(window.editor.final, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(window.editor.final, text)


def test_text_typed_then_paused_is_saved_before_moving_on(qtbot: Any, make_window: Any,
                                                          store: Store) -> None:
    window = make_window()
    seg = store.segments(window.article_id)[window.current_row()]
    _type(qtbot, window, "my draft")
    _saved(qtbot, store, seg.id, "my draft")  # by the pause alone, before any move
    assert store.translation(seg.id, "uk").status is Status.DRAFT
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Down, CTRL)
    qtbot.keyClick(window.grid, Qt.Key.Key_Up, CTRL)
    assert window.editor.final_text() == "my draft"
    assert [h.new_text for h in store.history(seg.id, "uk")] == ["my draft"]


def test_typing_on_after_the_pause_continues_at_the_cursor(qtbot: Any, make_window: Any,
                                                           store: Store) -> None:
    window = make_window()
    seg = store.segments(window.article_id)[window.current_row()]
    _type(qtbot, window, "first")
    _saved(qtbot, store, seg.id, "first")  # the editor must keep its cursor where it was
    qtbot.keyClicks(window.editor.final, " second")
    _saved(qtbot, store, seg.id, "first second")
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Z, CTRL)  # one burst: one step of undo
    assert window.editor.final_text() == ""
    _saved(qtbot, store, seg.id, None)


def test_quitting_after_a_pause_keeps_the_text(qtbot: Any, make_window: Any,
                                               store: Store) -> None:
    window = make_window()
    seg = store.segments(window.article_id)[window.current_row()]
    _type(qtbot, window, "typed then quit")
    qtbot.wait(PAUSE_MS)  # the scenario itself: the draft timer fires, then the person quits
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()
    with Store(store.path) as reopened:
        t = reopened.translation(seg.id, "uk")
    assert t is not None and t.text == "typed then quit" and t.origin is Origin.EDITED


def test_quitting_at_once_keeps_the_text(qtbot: Any, make_window: Any, store: Store) -> None:
    window = make_window()
    seg = store.segments(window.article_id)[window.current_row()]
    _type(qtbot, window, "no pause")
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Q, CTRL)
    with Store(store.path) as reopened:
        assert reopened.translation(seg.id, "uk").text == "no pause"


def test_undo_while_typing_undoes_the_typing_then_the_last_change_where_it_was(
        qtbot: Any, make_window: Any, store: Store) -> None:
    window = make_window()
    qtbot.keyClick(window.grid, Qt.Key.Key_L, CTRL)  # RU
    for _ in range(2):
        qtbot.keyClick(window.grid, Qt.Key.Key_Down, CTRL)
    row = window.current_row()
    seg3, seg4 = store.segments(window.article_id)[row:row + 2]
    qtbot.keyClick(window.grid, Qt.Key.Key_2, CTRL)  # the human version
    qtbot.keyClick(window.editor.final, Qt.Key.Key_M, CTRL)
    qtbot.keyClicks(window.editor.comment, "checked")
    qtbot.keyClick(window.editor.comment, Qt.Key.Key_Return, CTRL)  # approve, next segment
    approved = store.translation(seg3.id, "ru")
    assert approved.status is Status.APPROVED and approved.comment == "checked"
    assert window.current_row() == row + 1
    _type(qtbot, window, "abc")
    qtbot.wait(PAUSE_MS)  # a person's pause before undoing: the draft timer fires in it
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Z, CTRL)
    assert window.editor.final_text() == "" and window.current_row() == row + 1
    assert store.translation(seg3.id, "ru") == approved  # the other segment is untouched
    _saved(qtbot, store, seg4.id, None, lang="ru")  # the undone typing is gone from the store
    qtbot.wait(PAUSE_MS)  # and no timer brings it back: a check that nothing happens
    assert store.translation(seg4.id, "ru") is None
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Z, CTRL)  # now the approval: shown where
    assert window.current_row() == row and window.editor.lang == "ru"
    assert "Approve segment 3" in window.message.text()
    assert store.translation(seg3.id, "ru").status is Status.DRAFT
    assert window.editor.status.text().count("RU") == 1
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert store.translation(seg3.id, "ru").status is Status.APPROVED
    assert store.translation(seg3.id, "ru").comment == "checked"


def test_a_comment_on_a_segment_without_text_is_kept(qtbot: Any, make_window: Any,
                                                    store: Store) -> None:
    window = make_window()
    seg = store.segments(window.article_id)[window.current_row()]
    qtbot.keyClick(window.grid, Qt.Key.Key_M, CTRL)
    qtbot.keyClicks(window.editor.comment, "ask the editor about the name")
    qtbot.keyClick(window.editor.comment, Qt.Key.Key_Down, CTRL)  # move on without Enter
    t = store.translation(seg.id, "uk")
    assert t is not None and t.comment == "ask the editor about the name"
    assert t.text == "" and t.status is Status.NEW
    qtbot.keyClick(window.grid, Qt.Key.Key_Up, CTRL)
    assert window.editor.comment.text() == "ask the editor about the name"
    qtbot.keyClick(window.grid, Qt.Key.Key_2, CTRL)
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Return, CTRL)
    t = store.translation(seg.id, "uk")
    assert t.status is Status.APPROVED and t.comment == "ask the editor about the name"


def test_a_comment_typed_then_paused_is_saved_without_leaving_the_field(
        qtbot: Any, make_window: Any, store: Store) -> None:
    window = make_window()
    seg = store.segments(window.article_id)[window.current_row()]
    qtbot.keyClick(window.grid, Qt.Key.Key_M, CTRL)
    qtbot.keyClicks(window.editor.comment, "later")
    qtbot.waitUntil(lambda: _comment(store, seg.id) == "later", timeout=SAVED_MS)


def test_pasted_no_break_spaces_survive_the_pause_and_typing_goes_on_at_the_cursor(
        qtbot: Any, make_window: Any, store: Store) -> None:
    from PySide6.QtWidgets import QApplication

    window = make_window()
    seg = store.segments(window.article_id)[window.current_row()]
    _type(qtbot, window, "18")
    QApplication.clipboard().setText("\u00a0місяців")
    qtbot.keyClick(window.editor.final, Qt.Key.Key_V, CTRL)
    _saved(qtbot, store, seg.id, "18\u00a0місяців")
    qtbot.keyClicks(window.editor.final, " ok")
    _saved(qtbot, store, seg.id, "18\u00a0місяців ok")


def test_a_refused_approval_keeps_the_comment_being_typed(qtbot: Any, make_window: Any,
                                                         store: Store) -> None:
    window = make_window()
    seg = store.segments(window.article_id)[window.current_row()]
    qtbot.keyClick(window.grid, Qt.Key.Key_M, CTRL)
    qtbot.keyClicks(window.editor.comment, "why?")
    qtbot.keyClick(window.editor.comment, Qt.Key.Key_Return, CTRL)  # no text: nothing to approve
    assert "Nothing to approve" in window.message.text()
    # the comment is saved after its pause all the same
    qtbot.waitUntil(lambda: _comment(store, seg.id) == "why?", timeout=SAVED_MS)


def test_typing_undone_back_to_a_taken_text_then_undoing_the_take(
        qtbot: Any, make_window: Any, store: Store) -> None:
    window = make_window()
    seg = store.segments(window.article_id)[window.current_row()]
    qtbot.keyClick(window.grid, Qt.Key.Key_2, CTRL)  # the human version, saved at once
    _type(qtbot, window, "abc")
    qtbot.wait(PAUSE_MS)  # a person's pause before undoing: the draft timer fires in it
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Z, CTRL)  # the typing
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Z, CTRL)  # then taking the human version
    assert store.translation(seg.id, "uk") is None and window.editor.final_text() == ""
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    t = store.translation(seg.id, "uk")
    assert t.origin is Origin.HUMAN and t.status is Status.DRAFT  # found by the model-based test


def test_typing_after_taking_the_human_version_adds_to_its_end(qtbot: Any, make_window: Any,
                                                                store: Store) -> None:
    # Ctrl+2 puts the human version in the final text and the cursor there: what the
    # translator types next goes after it, as in a text they had typed themselves
    window = make_window()
    seg = store.segments(window.article_id)[window.current_row()]
    human = window.editor.view.human["uk"]
    qtbot.keyClick(window.grid, Qt.Key.Key_2, CTRL)
    qtbot.waitUntil(lambda: window.editor.final.hasFocus())
    qtbot.wait(PAUSE_MS)  # the taken text is saved as a draft meanwhile
    qtbot.keyClicks(window.editor.final, " (checked)")
    _saved(qtbot, store, seg.id, human + " (checked)")
