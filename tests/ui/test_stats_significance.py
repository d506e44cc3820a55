"""The statistics window marks the closer engine only on a significant lead, by keyboard, with the
real thread pool: Ctrl+Shift+S opens it, the paired bootstrap runs on a worker, Alt+S and typed
digits change the resamples, Alt+V the level; the mark and the verdict follow.

The articles are the two of :mod:`tests.significance_fixtures` (test tokens, no real MT).
"""

from __future__ import annotations

import threading
import warnings
from typing import Any

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("matplotlib")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from reviewer.core.significance import BootstrapOptions  # noqa: E402
from reviewer.storage.stats_queries import article_stats  # noqa: E402
from reviewer.storage.store import Store  # noqa: E402
from reviewer.ui import stats_view  # noqa: E402
from tests.significance_fixtures import add_article  # noqa: E402

WAIT_MS = 60000  # scoring on a busy machine; the wait ends as soon as the figures are there


def open_by_keyboard(make_window: Any, store: Store, qtbot: Any, kind: str) -> tuple[Any, int]:
    """The window on the ``kind`` article; Ctrl+Shift+S; wait for the scores and the test."""
    aid = add_article(store, kind)
    window = make_window({"last_article": aid})  # the real thread pool
    assert window.article_id == aid
    qtbot.keyClick(window.grid, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    view = window.stats_view
    assert view.isVisible()
    with warnings.catch_warnings():  # offscreen activates no window by itself
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(view)
    qtbot.waitUntil(lambda: aid in view.stats and not view.busy.text(), timeout=WAIT_MS)
    return view, aid


def rows(view: Any) -> list[str]:
    m = view.leaderboard.model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


def test_a_slight_difference_is_no_significant_difference(make_window: Any, store: Store,
                                                          qtbot: Any) -> None:
    view, aid = open_by_keyboard(make_window, store, qtbot, "close")
    closest = view.stats[aid].boards["uk"].closest
    assert closest.significance.options == BootstrapOptions()
    assert not any(r.startswith("★") for r in rows(view))
    verdict = view.leaderboard.verdict.text()
    assert verdict.startswith("No significant difference from the published UA text:")
    assert f"{closest.engine} leads" in verdict
    assert "1000 paired bootstrap resamples, seed 12345" in verdict
    assert "not below 0.05" in verdict
    m = view.leaderboard.model
    p_column = m.columnCount() - 1
    assert m.headerData(p_column, Qt.Orientation.Horizontal) == "p (chrF)"
    runner_up = rows(view).index(closest.significance.runner_up)
    assert m.data(m.index(runner_up, p_column)) == f"{closest.significance.p_value:.3g}"
    assert "1000 resamples, seed 12345" in view.leaderboard.footnote.text()

    # A person asks for 2000 resamples: Alt+S, the digits, Enter; the test runs again.
    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    spin = view.leaderboard.test.resamples
    qtbot.waitUntil(spin.hasFocus)
    spin.selectAll()
    qtbot.keyClicks(spin, "2000")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.stats[aid].test.resamples == 2000 and not view.busy.text(),
                    timeout=WAIT_MS)
    assert "2000 paired bootstrap resamples" in view.leaderboard.verdict.text()
    expected = article_stats(store, aid, ["uk"], BootstrapOptions(resamples=2000))
    got = view.stats[aid].boards["uk"].closest.significance
    assert got.result == expected.boards["uk"].closest.significance.result
    assert not any(r.startswith("★") for r in rows(view))


def test_a_clear_difference_is_marked_and_the_level_is_the_persons(
        make_window: Any, store: Store, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[threading.Thread] = []
    real = stats_view.retest

    def spy(*args: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args)

    monkeypatch.setattr(stats_view, "retest", spy)
    view, aid = open_by_keyboard(make_window, store, qtbot, "clear")
    assert "★ test-good" in rows(view)
    verdict = view.leaderboard.verdict.text()
    assert verdict.startswith("★ Closer to the published UA text: test-good (chrF 95.61")
    assert "The lead over test-poor is significant: p = 0.000999 < 0.05" in verdict

    # Alt+V and Down: the next level (0.01); p = 0.000999 is still below it.
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    level = view.leaderboard.test.level
    qtbot.waitUntil(level.hasFocus)
    qtbot.keyClick(level, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: view.stats[aid].test.level == 0.01 and not view.busy.text(),
                    timeout=WAIT_MS)
    assert "< 0.01 (1000 paired bootstrap resamples" in view.leaderboard.verdict.text()
    assert "★ test-good" in rows(view)
    assert threads and all(t is not threading.main_thread() for t in threads)


def test_enter_in_a_field_throws_no_figure_away(make_window: Any, store: Store,
                                                qtbot: Any) -> None:
    """Enter in the language list or the resamples used to press Refresh (the dialog's default
    button): every figure was computed again, and the resamples typed were tested twice."""
    view, aid = open_by_keyboard(make_window, store, qtbot, "close")
    computed = view.stats[aid]
    qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(view.lang.hasFocus)
    qtbot.keyClick(view.lang, Qt.Key.Key_Return)
    qtbot.wait(300)
    assert view.stats.get(aid) is computed and not view.busy.text()
    assert view.isVisible()
