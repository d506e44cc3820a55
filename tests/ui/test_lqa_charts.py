"""The Quality (MQM) tab's chart, as a person reaches it: an error marked by keyboard, then
Ctrl+Shift+S, Alt+M; the chart shows the chosen text's errors by category and severity and the
scores against the threshold, scored on a worker thread; Alt+T and an arrow key chart the scores
per reviewer instead, or per day, week or month in time order."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt

from reviewer.core.lqa import period_of
from reviewer.core.mqm_chart_data import CategoryBar, ScoreChart
from reviewer.storage.store import Store
from reviewer.ui import lqa_tab
from tests.ui.keys import activate as _activate
from tests.ui.keys import mark_first_character, open_quality_tab, threads_of

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def _drawn(chart: Any) -> tuple[Any, ...] | None:
    """The arguments of the scorecard chart shown, once its image is there."""
    spec = chart.spec
    if spec is None or spec.function != "mqm_charts:draw_scorecard" or chart.drawn is None:
        return None
    return tuple(spec.args)


def test_scorecard_chart_by_category_and_score(qtbot: Any, make_window: Any, store: Store,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("matplotlib")
    threads = threads_of(monkeypatch, lqa_tab, "compute_lqa")
    window = make_window()
    mark_first_character(qtbot, window, store, "omission", Qt.Key.Key_J)  # major: 5 points

    view = open_quality_tab(qtbot, window)
    tab = view.lqa_tab
    qtbot.waitUntil(lambda: _drawn(tab.chart) is not None, timeout=60000)
    bars, names, _severities, chart, keys, titles, _empty = _drawn(tab.chart)
    assert bars == (CategoryBar("accuracy/omission", (0, 0, 1, 0)),)  # the final text's
    assert names["accuracy/omission"] == "Accuracy › Omission"
    assert isinstance(chart, ScoreChart) and chart.threshold == 90.0
    scores = {b.key: b for b in chart.bars}
    words = tab.shown[0].score.words
    assert scores["final"].score == pytest.approx(100 - 5 / words * 1000)
    assert scores["final"].passed is False and scores["human"].passed is True
    assert keys["final"] == "Final translation" and "Final translation" in titles[0]
    assert tab.chart.png_button.isEnabled()

    qtbot.keyClick(view, Qt.Key.Key_T, ALT)  # the grouping of the scores
    assert tab.grouping.hasFocus()
    qtbot.keyClick(tab.grouping, Qt.Key.Key_Down)
    qtbot.keyClick(tab.grouping, Qt.Key.Key_Down)
    assert tab.grouping.currentData() == "reviewer"
    qtbot.waitUntil(lambda: _drawn(tab.chart) is not None
                    and [b.key for b in _drawn(tab.chart)[3].bars]
                    == [window.review.service.actor],
                    timeout=60000)
    assert threads and threading.get_ident() not in threads  # scored on a worker


def test_scores_charted_per_day_week_and_month(qtbot: Any, make_window: Any, store: Store,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("matplotlib")
    threads: list[int] = []
    compute = lqa_tab.compute_lqa

    def noted(*args: Any) -> Any:
        threads.append(threading.get_ident())
        return compute(*args)

    monkeypatch.setattr(lqa_tab, "compute_lqa", noted)
    window = make_window()
    first = store.segments(window.article_id)[0]
    qtbot.keyClick(window.grid, Qt.Key.Key_2, CTRL)  # a final translation, written now
    qtbot.waitUntil(lambda: store.translation(first.id, "uk") is not None, timeout=5000)
    written = store.translation(first.id, "uk")
    assert written is not None

    qtbot.keyClick(window.grid, Qt.Key.Key_S, CTRL | SHIFT)
    view = window.stats_view
    qtbot.waitUntil(lambda: view is not None and view.isVisible())
    _activate(view)
    qtbot.keyClick(view, Qt.Key.Key_M, ALT)
    tab = view.lqa_tab
    qtbot.waitUntil(lambda: _drawn(tab.chart) is not None, timeout=60000)
    qtbot.keyClick(view, Qt.Key.Key_T, ALT)
    assert tab.grouping.hasFocus()
    for grouping in ("article", "reviewer", "day", "week", "month"):
        qtbot.keyClick(tab.grouping, Qt.Key.Key_Down)
        assert tab.grouping.currentData() == grouping
        if grouping in ("article", "reviewer"):
            continue
        period = period_of(written.updated_at, grouping)
        qtbot.waitUntil(lambda p=period: _drawn(tab.chart) is not None  # type: ignore[misc]
                        and [b.key for b in _drawn(tab.chart)[3].bars] == [p],
                        timeout=60000)
        bar = _drawn(tab.chart)[3].bars[0]
        assert bar.passed is True and bar.score == 100.0 and bar.words > 0
        assert "(final translations)" in tab.grouping.currentText()
    assert threads and threading.get_ident() not in threads  # scored on a worker


def test_many_period_bars_stay_readable() -> None:
    pytest.importorskip("matplotlib")
    from matplotlib.figure import Figure

    from reviewer.core.mqm_chart_data import ScoreBar
    from reviewer.ui.mqm_charts import draw_scorecard

    days = [ScoreBar(f"2026-11-{d:02d}", 100.0 if d % 10 else 12.5, d % 10 != 0, 0, 100)
            for d in range(1, 31)]  # a month of days, three of them failing
    figure = Figure(figsize=(8, 3))
    draw_scorecard(figure, [], {}, [], ScoreChart(tuple(days), 90.0, -100.0, 100.0), {},
                   ("errors", "scores"), "none")
    scores = figure.axes[1]
    labels = [t.get_text() for t in scores.get_xticklabels()]
    assert labels == [f"2026-11-{d:02d}" for d in range(1, 31, 2)]  # every other day
    written = [t.get_text() for t in scores.texts if not t.get_text().startswith("pass")]
    assert written == ["12", "12", "12"]  # only the failing days' scores, rounded
