"""Post-editing effort recorded by the window: a person focuses the final text (F2), types,
pauses for real, approves (Ctrl+Enter); the effort row in the store has the keys typed and an
active time bounded by the pauses waited and the idle cut-off. Turned off, nothing is written."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from reviewer.core.effort_measures import SCRATCH, EffortRecord
from reviewer.storage.effort_log import EffortLog
from reviewer.storage.store import Store

CTRL = Qt.KeyboardModifier.ControlModifier


def _rows(store: Store, article_id: int) -> list[EffortRecord]:
    return EffortLog(store).records(article_id)


def _focus_final(qtbot: Any, window: Any) -> None:
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    qtbot.waitUntil(window.editor.final.hasFocus)


def _approve(qtbot: Any, window: Any) -> None:
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Return, CTRL)


def test_typing_pausing_and_approving_records_keys_and_active_time(
        qtbot: Any, make_window: Any, store: Store) -> None:
    window = make_window()
    view = window.review.current_view()
    segment_id, lang = view.segment.id, window.editor.lang
    _focus_final(qtbot, window)
    qtbot.keyClicks(window.editor.final, "Kit")
    qtbot.wait(700)  # a real pause, shorter than the cut-off: it all counts
    qtbot.keyClicks(window.editor.final, " sydyt")
    _approve(qtbot, window)
    qtbot.waitUntil(lambda: len(_rows(store, window.article_id)) == 1)
    [row] = _rows(store, window.article_id)
    assert (row.segment_id, row.lang) == (segment_id, lang)
    assert row.keystrokes == len("Kit sydyt")  # Ctrl+Enter is the window's, not a keystroke
    events = 1 + row.keystrokes + 1  # focus in, the keys, the approval
    # The pause counts (Qt's coarse timers may end qtbot.wait up to 5 % early: 0.665 s).
    assert 0.66 <= row.active_seconds <= events * window.effort.idle_cutoff
    assert row.final_text == "Kit sydyt" and row.start_text == ""
    assert row.start == SCRATCH and row.actor == window.review.service.actor
    assert row.source_words > 0 and row.started_at <= row.approved_at


def test_a_pause_longer_than_the_cut_off_counts_as_the_cut_off(
        qtbot: Any, make_window: Any, store: Store) -> None:
    window = make_window()
    window.effort.idle_cutoff = 0.2  # seconds: the test's cut-off, so that waiting passes it
    qtbot.keyClick(window.grid, Qt.Key.Key_2, CTRL)  # the human version, into the final text
    human = window.editor.final_text()
    _focus_final(qtbot, window)
    qtbot.keyClick(window.editor.final, Qt.Key.Key_End, CTRL)
    qtbot.wait(900)  # far past the cut-off
    qtbot.keyClicks(window.editor.final, "!")
    _approve(qtbot, window)
    qtbot.waitUntil(lambda: len(_rows(store, window.article_id)) == 1)
    [row] = _rows(store, window.article_id)
    assert row.keystrokes == 2  # Ctrl+End and "!" (Ctrl alone is no keystroke)
    assert row.origin == "human" and row.start == "human" and row.start_text == human
    assert row.final_text == human + "!"
    gaps = row.keystrokes + 2  # at most: taking, focus, the keys, the approval
    assert 0.2 <= row.active_seconds <= gaps * 0.2 + 1e-6  # the 900 ms pause counted 0.2 s


def test_with_the_setting_off_no_effort_is_recorded(
        qtbot: Any, make_window: Any, store: Store) -> None:
    window = make_window({"record_effort": False})
    segment_id = window.review.current_view().segment.id
    _focus_final(qtbot, window)
    qtbot.keyClicks(window.editor.final, "tekst")
    _approve(qtbot, window)
    qtbot.waitUntil(lambda: window.review.current_view().segment.id != segment_id)
    qtbot.waitUntil(lambda: window.writer.settled)  # everything posted before has run
    approved = store.translation(segment_id, window.editor.lang)
    assert approved is not None and approved.text == "tekst"
    assert _rows(store, window.article_id) == []
