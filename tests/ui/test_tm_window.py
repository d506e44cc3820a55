"""The translation memory in the window: loaded when it opens, an approval offered at 100% for
the same sentence in a new article, a near sentence with its diff, Ctrl+3 and Use taking the
translation with origin TM."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from reviewer import library
from reviewer.core.diff import Op
from reviewer.core.model import Origin, Status
from reviewer.storage.store import Store
from tests.ui.keys import go_to_segment, open_from_library, shown_by_poll

CTRL = Qt.KeyboardModifier.ControlModifier
SENTENCE = ("In this context, Stoltenberg noted the Italian government's decision to supply "
            "Ukraine with the Samp-T air defense system jointly with France.")


def _approve_in_sample(qtbot: Any, window: Any, store: Store, lang: str = "uk") -> str:
    view = next(v for v in window.model.views if v.segment.source == SENTENCE)
    text = view.human[lang]
    store.set_translation(view.segment.id, lang, text, Status.APPROVED, Origin.HUMAN)
    shown_by_poll(qtbot, window, view.segment.id, lang, text)  # as another program's approval
    qtbot.waitUntil(lambda: window.writer.settled)
    return text


def _open_new_article(qtbot: Any, window: Any, store: Store, tmp_path: Path, body: str) -> None:
    path = tmp_path / "second.txt"
    path.write_text(f"Defense assistance\n\n{body} Another sentence follows here.\n",
                    encoding="utf-8")
    article = library.import_article(store, str(path), lang="en")  # as another program does
    open_from_library(qtbot, window, article.id)  # listed after a poll, opened by keys


def _go_to(qtbot: Any, window: Any, source: str) -> None:
    index = next(v.segment.index for v in window.model.views if v.segment.source == source)
    go_to_segment(qtbot, window, index)


def test_memory_loads_when_the_window_opens(make_window: Any) -> None:
    window = make_window(synchronous=True)
    assert window.quality.memory is not None
    assert "Translation memory ready" in window.message.text()
    assert "no match of 75% or more" in window.quality.tm_panel.title.text()


def test_repeated_sentence_offered_at_100_percent_and_taken_by_ctrl_3(
        qtbot: Any, make_window: Any, store: Store, tmp_path: Path) -> None:
    # The memory is the subject here: the same sentence would otherwise be filled as a repeat
    # when the new article opens (tests/ui/test_repeats_window.py).
    window = make_window({"repeat_fill": False}, synchronous=True)
    approved = _approve_in_sample(qtbot, window, store)
    sample_title = store.article(window.article_id).title
    _open_new_article(qtbot, window, store, tmp_path, SENTENCE)
    _go_to(qtbot, window, SENTENCE)
    qtbot.waitUntil(lambda: bool(window.quality.tm_panel.matches))  # looked up by the writer
    matches = window.quality.tm_panel.matches
    assert matches[0].percent == 100 and matches[0].target == approved
    assert matches[0].unit.origin == sample_title
    row = window.quality.tm_panel.rows.itemAt(0).widget()
    assert "100%" in row.findChild(type(window.message)).text()
    assert window.editor.final_text() == ""
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_3, CTRL)
    qtbot.waitUntil(lambda: window.editor.final_text() == approved)  # when the match arrives
    assert window.editor.origin is Origin.TM
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Return, CTRL)
    segment = window.model.views[1].segment
    saved = store.translation(segment.id, "uk")
    assert saved is not None and saved.origin is Origin.TM and saved.status is Status.APPROVED
    assert saved.text == approved


def test_near_sentence_with_diff_and_use_button(qtbot: Any, make_window: Any, store: Store,
                                                tmp_path: Path) -> None:
    window = make_window(synchronous=True)
    approved = _approve_in_sample(qtbot, window, store, "ru")
    qtbot.keyClick(window.grid, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # RU
    near = SENTENCE.replace("jointly with France", "together with France")
    _open_new_article(qtbot, window, store, tmp_path, near)
    assert window.editor.lang == "ru"
    _go_to(qtbot, window, near)
    qtbot.waitUntil(lambda: bool(window.quality.tm_panel.matches))
    match = window.quality.tm_panel.matches[0]
    assert 75 <= match.percent < 100 and not match.exact
    assert {s.text.strip() for s in match.diff if s.op is Op.DELETE} == {"jointly"}
    row = window.quality.tm_panel.rows.itemAt(0).widget()
    label = row.findChild(type(window.message))
    assert "line-through" in label.text() and "jointly" in label.text()
    from PySide6.QtWidgets import QPushButton

    use = row.findChild(QPushButton)
    qtbot.mouseClick(use, Qt.MouseButton.LeftButton)  # Use (Ctrl+3 takes only the best match)
    assert window.editor.final_text() == approved and window.editor.origin is Origin.TM


def test_no_match_says_so(qtbot: Any, make_window: Any) -> None:
    window = make_window(synchronous=True)
    qtbot.keyClick(window.grid, Qt.Key.Key_3, CTRL)
    qtbot.waitUntil(lambda: "No translation-memory match" in window.message.text())
    assert window.editor.final_text() == ""


def test_memory_follows_approvals_in_the_window(qtbot: Any, make_window: Any, store: Store,
                                                tmp_path: Path) -> None:
    window = make_window(synchronous=True)
    assert len(window.quality.memory) == 0
    _approve_in_sample(qtbot, window, store)
    _open_new_article(qtbot, window, store, tmp_path, SENTENCE)
    _go_to(qtbot, window, SENTENCE)
    qtbot.waitUntil(lambda: bool(window.quality.tm_panel.matches))
    assert len(window.quality.memory) == 1


def test_background_loading_holds_up_nothing(qtbot: Any, make_window: Any) -> None:
    window = make_window()  # a real worker thread
    assert window.runner.active == []  # fetching and importing need not wait for the memory
    qtbot.waitUntil(lambda: window.quality.memory is not None and window.quality.qa_marks.ready,
                    timeout=20000)
    qtbot.waitUntil(lambda: "no match" in window.quality.tm_panel.title.text(), timeout=5000)


def test_matches_arrive_from_the_writer_in_the_real_window(qtbot: Any, make_window: Any,
                                                           store: Store, tmp_path: Path) -> None:
    """The window as a person runs it (work on threads): the lookup runs on the writer's thread
    and the matches are shown when they arrive."""
    window = make_window({"repeat_fill": False})
    qtbot.waitUntil(lambda: window.quality.memory is not None)
    approved = _approve_in_sample(qtbot, window, store)
    _open_new_article(qtbot, window, store, tmp_path, SENTENCE)
    _go_to(qtbot, window, SENTENCE)
    qtbot.waitUntil(lambda: bool(window.quality.tm_panel.matches))
    assert window.quality.tm_panel.matches[0].target == approved
