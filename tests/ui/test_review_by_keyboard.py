"""A whole review by keyboard: open the sample, fetch from a loopback engine, approve, undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer

from reviewer.core.model import Origin, Status
from reviewer.storage.store import Store
from tests.engines.servers import MTServer

CTRL = Qt.KeyboardModifier.ControlModifier


def _wait_idle(qtbot: Any, window: Any, timeout: int = 30000) -> None:
    qtbot.waitUntil(lambda: not window.runner.active, timeout=timeout)


def test_review_sample_by_keyboard(qtbot: Any, make_window: Any, store: Store) -> None:
    with MTServer("libre") as server:
        window = make_window({"engine": "libre", "engine_url": server.url, "timeout": 5.0})
        article_id = window.article_id
        segments = store.segments(article_id)
        assert window.model.rowCount() > 0 and window.current_row() == 0
        qtbot.keyClick(window.grid, Qt.Key.Key_F5)
        _wait_idle(qtbot, window)
        for seg in segments:
            langs = {s.lang for s in store.suggestions(seg.id) if s.text and not s.error}
            assert langs == {"uk", "ru"}, f"segment {seg.index + 1} has MT in {langs}"
        requests = server.requests
        # Segment 1: the human version; 2: the machine translation; 3: the human version again.
        qtbot.keyClick(window.grid, Qt.Key.Key_2, CTRL)
        qtbot.keyClick(window.grid, Qt.Key.Key_Return, CTRL)
        assert window.current_row() == 1
        qtbot.keyClick(window.grid, Qt.Key.Key_1, CTRL)
        qtbot.keyClick(window.grid, Qt.Key.Key_Return, CTRL)
        qtbot.keyClick(window.grid, Qt.Key.Key_2, CTRL)
        qtbot.keyClick(window.grid, Qt.Key.Key_Return, CTRL)
        assert window.current_row() == 3
        first, second, third = (store.translation(s.id, "uk") for s in segments[:3])
        assert first and first.status is Status.APPROVED and first.origin is Origin.HUMAN
        assert second and second.origin is Origin.MT and second.engine == "libre"
        assert second.text == f"[uk] {segments[1].source}"  # the loopback server's token
        assert third and third.status is Status.APPROVED
        # Undo steps back through what was done: the approval, then taking the human version.
        qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL)
        assert store.translation(segments[2].id, "uk").status is Status.DRAFT
        assert window.current_row() == 2  # undo shows the segment it changes
        assert "Approve segment 3" in window.message.text()
        qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL)
        assert store.translation(segments[2].id, "uk") is None
        assert store.translation(segments[1].id, "uk").status is Status.APPROVED
        qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
        assert store.translation(segments[2].id, "uk").status is Status.APPROVED
        qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL)
        qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL)
        # A second fetch costs no request: everything comes from the cache.
        qtbot.keyClick(window.grid, Qt.Key.Key_F5)
        _wait_idle(qtbot, window)
        assert server.requests == requests
    window.close()
    with Store(store.path) as reopened:  # quit and reopen: every approval where it was
        assert reopened.progress(article_id, ["uk"])["uk"][0] == 2
        assert reopened.translation(segments[2].id, "uk") is None


def test_ctrl_up_down_move_and_edit_saves_draft(qtbot: Any, make_window: Any,
                                                store: Store) -> None:
    window = make_window()
    qtbot.keyClick(window.grid, Qt.Key.Key_Down, CTRL)
    qtbot.keyClick(window.grid, Qt.Key.Key_Down, CTRL)
    assert window.current_row() == 2
    qtbot.keyClick(window.grid, Qt.Key.Key_Up, CTRL)
    assert window.current_row() == 1
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    window.editor.final.insertPlainText("Мій переклад")  # QTest types ASCII only
    qtbot.keyClicks(window.editor.final, " ok")
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Down, CTRL)  # leaving saves the draft
    seg = store.segments(window.article_id)[1]
    t = store.translation(seg.id, "uk")
    assert t is not None and t.status is Status.DRAFT and t.text == "Мій переклад ok"
    assert t.origin is Origin.EDITED and window.current_row() == 2


def test_cancel_during_fetch_keeps_gui_responsive(qtbot: Any, make_window: Any) -> None:
    with MTServer("libre") as server:
        server.fault("hang")
        window = make_window({"engine": "libre", "engine_url": server.url, "timeout": 30.0})
        qtbot.keyClick(window.grid, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: server.requests > 0, timeout=10000)
        ticks: list[int] = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(10)
        qtbot.waitUntil(lambda: len(ticks) >= 5)  # the event loop keeps answering...
        assert window.runner.active, "...while the fetch is still running"
        qtbot.keyClick(window.grid, Qt.Key.Key_Period, CTRL)  # Translate > Cancel background work
        _wait_idle(qtbot, window, timeout=15000)
        timer.stop()
        assert "cancelled" in window.message.text()
        window.close()


def test_approving_the_last_unapproved_segment_says_so(qtbot: Any, make_window: Any,
                                                       store: Store) -> None:
    """With every other segment approved, Ctrl+Enter on the first says that every shown one is
    approved (it said nothing unless that segment was the last row)."""
    from reviewer import library

    window = make_window()
    for index in range(1, len(window.model.views)):
        library.approve(store, window.article_id, index, "uk", text=f"Готово {index}")
    window.close()
    window = make_window()
    qtbot.waitUntil(lambda: window.quality.memory is not None)  # its message said first
    qtbot.keyClick(window.grid, Qt.Key.Key_Home, CTRL)  # the first segment
    assert window.current_row() == 0
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    qtbot.keyClicks(window.editor.final, "last one")
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert store.translation(window.model.views[0].segment.id, "uk").status is Status.APPROVED
    assert "Every shown segment is approved in UA." in window.message.text()


def test_reviewing_a_text_again_as_it_is_adds_no_undo_step(qtbot: Any, make_window: Any,
                                                           store: Store) -> None:
    """Ctrl+Shift+Enter on a segment already rejected with that text changes nothing: it moves on
    but leaves no undo step, so Ctrl+Z does not jump back to it (found by the model-based test:
    the window pushed an empty "Reject segment 1" and Ctrl+Z moved the row)."""
    from reviewer import library

    window = make_window()
    library.approve(store, window.article_id, 0, "uk", text="Відхилено", status=Status.REJECTED)
    window.close()
    window = make_window()
    qtbot.keyClick(window.grid, Qt.Key.Key_Home, CTRL)  # the first segment
    assert window.current_row() == 0 and window.review.undo_stack.count() == 0
    qtbot.keyClick(window.grid, Qt.Key.Key_Return, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.current_row() == 1
    assert window.review.undo_stack.count() == 0
    qtbot.keyClick(window.grid, Qt.Key.Key_Z, CTRL)
    assert window.current_row() == 1 and "Nothing to undo" in window.message.text()
