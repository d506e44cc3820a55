"""The filter bar's new filters, by keyboard: only QA findings (checked once per segment, again
only where a segment changed), only repeats, only comments; the search text highlighted in the
grid's cells and in the editor's final text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from reviewer.core.edits import TranslationState
from reviewer.core.model import Origin, Status
from reviewer.services.review import ReviewService
from reviewer.storage.store import Store
from reviewer.ui import theme
from reviewer.ui.hit_marks import HIT_LIGHT
from tests.ui.keys import go_to_segment

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _set(store: Store, article_id: int, index: int, state: TranslationState) -> None:
    segment = store.segment(article_id, index)
    ReviewService(store).change(segment.id, "uk", state, "test setup")


def _prepare(store: Store) -> int:
    article_id = store.articles()[0].article.id
    # Segment 1 loses its names (QA findings); 4 is the human version (none); 6 has a comment
    # and the word NATO (in Latin letters: a finding too); 8 was filled from a repeat.
    _set(store, article_id, 0, TranslationState("Україна просить підтримки.", Status.APPROVED,
                                                Origin.EDITED))
    human = store.segment_views(article_id, ["uk"])[3].human["uk"]
    _set(store, article_id, 3, TranslationState(human, Status.APPROVED, Origin.HUMAN))
    _set(store, article_id, 5, TranslationState("Допомога NATO важлива.", Status.DRAFT,
                                                Origin.EDITED, None, "check the term"))
    _set(store, article_id, 7, TranslationState("Відправлення військ", Status.DRAFT,
                                                Origin.REPEAT))
    return article_id


def _shown(window: Any) -> list[int]:
    return list(window.model.visible)


def test_each_filter_narrows_the_grid(qtbot: Any, make_window: Any, store: Store,
                                      monkeypatch: Any) -> None:
    _prepare(store)
    window = make_window()
    total = len(window.model.views)
    qtbot.waitUntil(lambda: window.quality.qa_marks.ready, timeout=5000)
    qtbot.keyClick(window.grid, Qt.Key.Key_Q, CTRL | ALT)
    assert _shown(window) == [0, 5]
    assert window.filter_bar.qa.isChecked() and window.current_row() == 0
    qtbot.keyClick(window.grid, Qt.Key.Key_Q, CTRL | ALT)  # again: every segment
    assert len(_shown(window)) == total
    qtbot.keyClick(window.grid, Qt.Key.Key_R, CTRL | ALT)
    assert _shown(window) == [7]
    qtbot.keyClick(window.grid, Qt.Key.Key_R, CTRL | ALT)
    qtbot.keyClick(window.grid, Qt.Key.Key_C, CTRL | ALT)
    assert _shown(window) == [5]
    assert "1 of 30 segments shown" in window.message.text()
    qtbot.keyClick(window.grid, Qt.Key.Key_C, CTRL | ALT)
    assert len(_shown(window)) == total

    # QA findings come from the per-segment results: after an edit only that segment (and the
    # neighbours of an n-1 link) is checked again.
    checked: list[int] = []
    marks = window.quality.qa_marks
    compute = marks._compute
    monkeypatch.setattr(marks, "_compute",
                        lambda views, i: checked.append(i) or compute(views, i))
    qtbot.keyClick(window.grid, Qt.Key.Key_Q, CTRL | ALT)
    assert _shown(window) == [0, 5] and checked == []  # every segment was checked before
    qtbot.keyClick(window.grid, Qt.Key.Key_Up, CTRL)  # from segment 6 to segment 1
    assert window.review.current_view().segment.index == 0
    qtbot.keyClick(window.grid, Qt.Key.Key_2, CTRL)  # the human version: no finding left
    qtbot.waitUntil(lambda: store.translation(store.segment(window.article_id, 0).id, "uk")
                    .origin is Origin.HUMAN, timeout=5000)
    qtbot.keyClick(window.grid, Qt.Key.Key_Q, CTRL | ALT)
    qtbot.keyClick(window.grid, Qt.Key.Key_Q, CTRL | ALT)
    assert _shown(window) == [5]
    # segment 1 again, and the neighbours an n-1 link may make depend on it; not the article
    assert 0 in checked and set(checked) <= set(range(5))


def test_filter_text_is_highlighted_in_grid_and_editor(qtbot: Any, make_window: Any,
                                                       store: Store) -> None:
    _prepare(store)
    window = make_window()
    qtbot.keyClick(window.grid, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.filter_bar.text, "nato")
    shown = _shown(window)
    assert 5 in shown and 3 not in shown
    delegate = window.grid.itemDelegate()
    row = shown.index(5)
    model = window.model
    final = next(i for i, c in enumerate(model.columns) if c.kind == "final" and c.lang == "uk")
    source_html = delegate._html(model.index(0, 1), "source", False, theme.LIGHT)
    assert f"background-color:{HIT_LIGHT};\">NATO</span>" in source_html
    final_html = delegate._html(model.index(row, final), "final", False, theme.LIGHT)
    assert f"background-color:{HIT_LIGHT};\">NATO</span>" in final_html

    qtbot.keyClick(window.filter_bar.text, Qt.Key.Key_Down, CTRL)  # moves the grid
    go_to_segment(qtbot, window, window.model.view_at(row).segment.index)
    qtbot.waitUntil(lambda: window.editor.final_text() == "Допомога NATO важлива.",
                    timeout=5000)
    hits = [s for s in window.editor.final.extraSelections()
            if s.format.background().color() == QColor(HIT_LIGHT)]
    assert [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in hits] == [(9, 13)]
    qtbot.keyClick(window.filter_bar.text, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not any(s.format.background().color() == QColor(HIT_LIGHT)
                                    for s in window.editor.final.extraSelections()),
                    timeout=5000)
