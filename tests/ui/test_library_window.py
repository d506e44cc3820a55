"""The library window: the sample appears on first run, and both models pass Qt's model tester."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from reviewer import library  # noqa: E402
from reviewer.storage.store import Store  # noqa: E402
from reviewer.ui.library_window import LibraryWindow  # noqa: E402


@pytest.fixture
def store() -> Store:
    s = Store()
    yield s
    s.close()


def test_first_run_shows_the_sample(qtbot, qtmodeltester, store: Store) -> None:
    article = library.ensure_sample(store)
    assert article is not None
    assert library.ensure_sample(store) is None  # once per database
    window = LibraryWindow(store)
    qtbot.addWidget(window)
    assert window.articles.rowCount() == 1
    segments = window.segments
    assert segments.rowCount() == len(store.segments(article.id))
    assert segments.headers() == ["#", "Role", "EN source", "UA human version",
                                  "RU human version"]
    first = [segments.data(segments.index(0, c)) for c in range(segments.columnCount())]
    assert first[1] == "headline" and first[2] == article.title
    assert "Столтенберг" in first[3] and "Столтенберг" in first[4]
    qtmodeltester.check(window.articles)
    qtmodeltester.check(segments)


def test_deleted_sample_does_not_come_back(store: Store) -> None:
    article = library.ensure_sample(store)
    assert article is not None
    store.delete_article(article.id)
    assert library.ensure_sample(store) is None
    assert store.articles() == []
