"""MQM errors marked in a segment's machine translation and human version, by keyboard:
Ctrl+Shift+M shows the next of them under the final text with the cursor in it, Shift+arrows
select, Ctrl+Shift+E and the picker mark the words as an error of that text (``mt:ENGINE`` or
``human``), underlined there and counted by ``reviewer lqa --target``; Esc goes back."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from reviewer.storage.annotations import Annotations
from reviewer.storage.store import Store
from reviewer.ui.annotation_marks import GROUP
from tests.cli_helpers import run_json
from tests.seed import seed_mt
from tests.ui.keys import activate as _activate
from tests.ui.keys import picker_on

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
MT = "Україна просить більше підтримки"


def _marks(edit: Any) -> list[str]:
    return [s.cursor.selectedText() for s in getattr(edit, "_selection_groups", {}).get(GROUP, [])]


def _mark(qtbot: Any, window: Any, text_view: Any, chars: int, category: str) -> None:
    picker = picker_on(qtbot, window, text_view, chars)
    qtbot.keyClicks(picker.filter, category)
    qtbot.keyClick(picker.filter, Qt.Key.Key_J, ALT)  # major
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.annotations.picker is None, timeout=5000)


def test_mark_errors_in_the_machine_translation_and_the_human_version(
        qtbot: Any, make_window: Any, store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    article = store.articles()[0].article.id
    first = store.segments(article)[0]
    seed_mt(store, first.id, "uk", "deepl", MT)  # fetched before the window opened
    human = store.segment_views(article, ["uk"])[0].human["uk"]
    window = make_window()
    qtbot.keyClick(window.grid, Qt.Key.Key_M, CTRL | SHIFT)
    other = window.annotations.other
    qtbot.waitUntil(lambda: other.isVisible() and other.text.hasFocus(), timeout=5000)
    assert other.text.toPlainText() == MT and "deepl" in other.title.text()

    _mark(qtbot, window, other.text, len("Україна"), "mistrans")
    qtbot.waitUntil(lambda: len(Annotations(store).of_segment(first.id, "uk")) == 1,
                    timeout=5000)
    marked = Annotations(store).of_segment(first.id, "uk")[0]
    assert (marked.target, marked.start, marked.end, marked.text) == (
        "mt:deepl", 0, len("Україна"), "Україна")
    assert marked.category == "accuracy/mistranslation"
    qtbot.waitUntil(lambda: _marks(other.text) == ["Україна"], timeout=5000)  # underlined there
    assert _marks(window.editor.final) == []  # not in the final text
    assert window.focusWidget() is other.text  # back where the words were chosen
    qtbot.waitUntil(lambda: window.annotations.list.count() == 1, timeout=5000)
    assert "(mt:deepl)" in window.annotations.list.item(0).text()

    _activate(window)
    qtbot.keyClick(other.text, Qt.Key.Key_M, CTRL | SHIFT)  # the next text: the human version
    qtbot.waitUntil(lambda: other.text.toPlainText() == human, timeout=5000)
    assert _marks(other.text) == []  # the machine translation's error is not underlined here
    word = human.split()[0]
    _mark(qtbot, window, other.text, len(word), "spelling")
    qtbot.waitUntil(lambda: len(Annotations(store).of_segment(first.id, "uk")) == 2,
                    timeout=5000)
    stored = {a.target: a for a in Annotations(store).of_segment(first.id, "uk")}
    assert stored["human"].text == word
    assert stored["human"].category == "linguistic-conventions/spelling"

    _activate(window)
    qtbot.keyClick(other.text, Qt.Key.Key_Escape)  # back to the final text, the view hidden
    qtbot.waitUntil(lambda: not other.isVisible() and window.editor.final.hasFocus(),
                    timeout=5000)
    qtbot.keyClick(window.editor.final, Qt.Key.Key_Z, CTRL)  # one undo step: the last mark
    assert [a.target for a in Annotations(store).of_segment(first.id, "uk")] == ["mt:deepl"]

    found = run_json(capsys, "--db", str(store.path), "lqa", str(article),
                     "--target", "mt:deepl")
    card = found["scorecards"][0]
    assert card["group"]["target"] == "mt:deepl" and card["errors"] == 1
    assert card["by_severity"]["major"] == 1
