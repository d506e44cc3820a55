"""Live between processes: another connection's approval, edit and comment appear in the open
window's grid by themselves, the approval counts and the library follow, and a change to the
segment being typed in is never shown over the unsaved text (its save is refused instead)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from reviewer.core.model import Origin, Status
from reviewer.storage.store import Store
from reviewer.ui.models import ArticleIdRole

WAIT_MS = 10_000


@pytest.fixture
def other(store: Store) -> Iterator[Store]:
    """Another reviewer's connection to the same database file."""
    with Store(store.path) as s:
        yield s


def _cell(window: Any, row: int, lang: str = "uk") -> tuple[str, Any]:
    """The final cell of ``row`` in ``lang`` as the grid shows it: its text and status."""
    model = window.grid.model()
    column = next(i for i in range(model.columnCount())
                  if (c := window.model.columns[i]).kind == "final" and c.lang == lang)
    index = model.index(row, column)
    from reviewer.ui.review_model import StatusRole
    return str(index.data(Qt.ItemDataRole.DisplayRole)), index.data(StatusRole)


def _library_text(window: Any, article_id: int) -> str:
    proxy = window.library.proxy
    for row in range(proxy.rowCount()):
        if proxy.index(row, 0).data(ArticleIdRole) == article_id:
            return str(proxy.index(row, 3).data(Qt.ItemDataRole.DisplayRole))
    raise AssertionError(f"article {article_id} is not in the library")


def test_another_process_approval_edit_and_comment_appear(qtbot: Any, make_window: Any,
                                                          store: Store, other: Store) -> None:
    window = make_window()
    segments = store.segments(window.article_id)
    total = len(segments)
    assert f"UA 0/{total}" in _library_text(window, window.article_id)
    seg = segments[3]
    other.set_translation(seg.id, "uk", "Затверджено іншим.", Status.APPROVED, Origin.EDITED,
                          actor="olena")
    qtbot.waitUntil(lambda: _cell(window, 3) == ("Затверджено іншим.", Status.APPROVED),
                    timeout=WAIT_MS)
    assert window.progress_label.text().startswith(f"UA approved 1/{total}")
    qtbot.waitUntil(lambda: f"UA 1/{total}" in _library_text(window, window.article_id),
                    timeout=WAIT_MS)
    other.set_translation(seg.id, "uk", "Виправлено.", Status.DRAFT, Origin.EDITED,
                          comment="перевірити назву", actor="olena")
    qtbot.waitUntil(lambda: _cell(window, 3) == ("Виправлено.", Status.DRAFT), timeout=WAIT_MS)
    t = window.model.views[3].translations["uk"]
    assert (t.comment, t.version) == ("перевірити назву", 2)
    qtbot.waitUntil(lambda: f"UA 0/{total}" in _library_text(window, window.article_id),
                    timeout=WAIT_MS)


def test_another_articles_counts_follow_in_the_library(qtbot: Any, make_window: Any,
                                                       store: Store, other: Store) -> None:
    from reviewer.core.model import Role, SegmentDraft
    window = make_window()
    article = other.add_article("Second", "en", "b.txt", [SegmentDraft(0, Role.BODY, "One.")])
    seg = other.segments(article.id)[0]
    other.set_translation(seg.id, "uk", "Один.", Status.APPROVED, Origin.EDITED)
    qtbot.waitUntil(lambda: "UA 1/1" in _library_text(window, article.id), timeout=WAIT_MS)


def test_a_change_to_the_segment_being_typed_in_waits_for_the_typing(
        qtbot: Any, make_window: Any, store: Store, other: Store) -> None:
    window = make_window()
    row = window.current_row()
    seg = store.segments(window.article_id)[row]
    qtbot.keyClick(window.grid, Qt.Key.Key_F2)
    qtbot.keyClicks(window.editor.final, "mine")
    other.set_translation(seg.id, "uk", "theirs", Status.APPROVED, Origin.EDITED,
                          actor="olena")
    qtbot.waitUntil(lambda: window.conflicts.dialog is not None, timeout=WAIT_MS)
    assert window.editor.final_text() == "mine"  # not replaced under the person's hands
    assert store.translation(seg.id, "uk").text == "theirs"
    qtbot.keyClick(window.conflicts.dialog.buttons["theirs"], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: _cell(window, row) == ("theirs", Status.APPROVED), timeout=WAIT_MS)
    assert window.editor.final_text() == "theirs"
