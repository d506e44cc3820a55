"""A long article in the window: rows load lazily, diffs come on demand, caches follow writes.

The article is 2,000 segments of news lines cycled (``bench/scale_data.py``: source, uk/ru
references as human versions, one system's output as each suggestion): the project's own
articles, and WMT23 news when the shared corpora are there. No timing is asserted here;
``bench/ui_scale.py`` measures.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QStyleOptionViewItem

from bench.scale_data import build_article, load_lines
from reviewer.core import diff
from reviewer.core.model import Origin, Status
from reviewer.storage.store import Store
from reviewer.ui.prefetch import DiffPrefetcher
from reviewer.ui.review_model import CHUNK
from tests.news_corpus import NewsCorpus
from tests.ui.keys import go_to_segment, shown_by_poll

SIZE = 2_000


@pytest.fixture
def long_window(make_window: Any, store: Store, news: NewsCorpus) -> Any:
    """The window opened on a 2,000-segment article (the newest, so it opens first), its lines
    cycled from the project's own articles, or from WMT23 news when the shared corpora are there."""
    lines = load_lines(path=news.path) if news.path.is_file() else news.articles()
    build_article(store, SIZE, lines=lines)
    diff.cache_clear()
    window = make_window()
    assert len(window.model.views) == SIZE
    return window


def test_rows_load_lazily_and_any_row_is_reachable(qtbot: Any, long_window: Any) -> None:
    window, model = long_window, long_window.model
    assert model.rowCount() == CHUNK < SIZE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * CHUNK
    go_to_segment(qtbot, window, SIZE - 1)  # Ctrl+G 2000 Enter
    assert window.current_row() == SIZE - 1
    assert model.rowCount() == SIZE and not model.canFetchMore(QModelIndex())
    assert window.editor.view.segment.index == SIZE - 1
    qtbot.waitUntil(lambda: window.grid.rowAt(0) > SIZE - 20)
    # Diffs are computed for the cells painted and the segment shown, not for every row.
    assert 0 < diff.word_diff.cache_info().currsize < 100


def test_a_write_reaches_the_row_and_its_painted_cell(qtbot: Any, long_window: Any,
                                                      store: Store) -> None:
    window, model = long_window, long_window.model
    go_to_segment(qtbot, window, SIZE - 2)
    row = window.current_row()
    view = model.view_at(row)
    final = model.index(row, 3)  # uk final
    delegate = window.grid.itemDelegate()
    option = QStyleOptionViewItem()
    option.initFrom(window.grid)
    option.rect.setWidth(window.grid.columnWidth(3))
    before = delegate.sizeHint(option, final).height()
    long_text = " ".join([view.human["uk"]] * 6)
    store.set_translation(view.segment.id, "uk", long_text, Status.APPROVED, Origin.HUMAN)
    shown_by_poll(qtbot, window, view.segment.id, "uk", long_text)  # as another program's
    assert model.view_at(row).translations["uk"].text == long_text
    assert delegate.sizeHint(option, final).height() > before  # the cached layout was dropped


def test_choosing_an_engine_repaints_every_loaded_row(qtbot: Any, long_window: Any) -> None:
    model = long_window.model
    with qtbot.waitSignal(model.dataChanged) as signal:
        model.engine = "wmt23:ONLINE-B"
    top, bottom = signal.args[:2]
    assert (top.row(), bottom.row()) == (0, model.rowCount() - 1)


def test_the_next_screenful_of_diffs_is_computed_while_idle(qtbot: Any, long_window: Any) -> None:
    model = long_window.model
    prefetch = DiffPrefetcher(model)
    diff.cache_clear()
    prefetch.ask(SIZE - 30, SIZE + 10)  # past the end is ignored; unloaded rows are fine
    assert prefetch.pending == 30
    qtbot.waitUntil(lambda: prefetch.pending == 0)
    before = diff.word_diff.cache_info()
    for row in range(SIZE - 30, SIZE):
        model.warm(row)
    after = diff.word_diff.cache_info()
    assert after.misses == before.misses  # every diff was ready
    assert after.hits - before.hits == 30 * len(model.langs)
