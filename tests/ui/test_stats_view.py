"""The statistics view: its leaderboard is the statistics core's, its charts draw the chart data,
each chart exports as PNG and SVG, QA findings are counted by check, and it works by keyboard.

The machine translations here are test tokens, never real MT: ``test-a`` is the human text with
its last word removed, ``test-b`` with its first word removed. A WMT23 article with real systems'
output is added when ``../shared/corpora`` is present.

Everything is done as a person does it, by keys: Ctrl+Shift+S opens the view; its tabs, scope
buttons and export buttons by their Alt keys; a list by its caption's Alt key and the arrows; an
article by choosing it in the library. What another program writes beside the window reaches it
by the window's own live poll, and the view's recomputing after a pause by real waiting.
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("matplotlib")

import sacrebleu  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QComboBox, QFileDialog  # noqa: E402

from reviewer import library  # noqa: E402
from reviewer.core.chart_data import chrf_histograms, daily_series, findings_by_kind  # noqa: E402
from reviewer.core.qa import CHECKS, Term, check_article  # noqa: E402
from reviewer.core.scores import METRICS  # noqa: E402
from reviewer.storage.glossary import GlossaryStore  # noqa: E402
from reviewer.storage.stats_queries import article_stats, library_stats  # noqa: E402
from reviewer.storage.store import Store  # noqa: E402
from reviewer.ui import stats_view  # noqa: E402
from reviewer.ui.stats_models import COLUMNS, VALUE_ROLE  # noqa: E402
from tests.news_corpus import NewsCorpus  # noqa: E402
from tests.seed import seed_mt
from tests.stats_helpers import add_news_article  # noqa: E402
from tests.ui.keys import (  # noqa: E402
    ALT,
    CTRL,
    SHIFT,
    activate,
    alt_key,
    open_from_library,
    press_by_alt,
    shown_by_poll,
)

LANGS = ["uk", "ru"]
APPROVED = {"uk": (0, 1, 2, 4), "ru": (0, 3)}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def add_test_engines(store: Store, article_id: int) -> None:
    """Two test-token "engines" for every segment with a human version."""
    with store.conn.transaction():
        for view in store.segment_views(article_id, LANGS):
            for lang, human in view.human.items():
                words = human.split()
                if len(words) > 2:
                    seed_mt(store, view.segment.id, lang, "test-a", " ".join(words[:-1]))
                    seed_mt(store, view.segment.id, lang, "test-b", " ".join(words[1:]))


def keep_crashes(window: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """``window`` with the crashes it would show kept in ``window.crashes``."""
    window.crashes = []
    monkeypatch.setattr(window, "show_crash",
                        lambda error, _trace: window.crashes.append(error))
    return window


@pytest.fixture
def window(make_window: Any, store: Store, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The window over the sample with test engines and a few approvals; crashes kept."""
    made = make_window(synchronous=True)
    add_test_engines(store, made.article_id)
    for lang, indices in APPROVED.items():
        for i in indices:
            library.approve(store, made.article_id, i, lang,
                            source="mt:test-a" if i % 2 else "human")
    return keep_crashes(made, monkeypatch)


def open_view(qtbot: Any, window: Any) -> Any:
    """Open the statistics window by its shortcut, Ctrl+Shift+S, in the grid; it is made the
    active window (the offscreen platform activates none by itself)."""
    activate(window)
    qtbot.keyClick(window.grid, Qt.Key.Key_S, CTRL | SHIFT)
    view = window.stats_view
    assert view.isVisible() and not view.isModal()
    qtbot.waitUntil(lambda: view.db_path is not None)  # the writes made before are in the file
    activate(view)
    return view


def choose(qtbot: Any, view: Any, caption: Qt.Key, combo: QComboBox, data: str) -> None:
    """Choose the item ``data`` of ``combo`` as a person does: the Alt key of its caption,
    Home, then Down until it is shown."""
    activate(view)
    qtbot.keyClick(view, caption, ALT)
    assert combo.hasFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            break
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


def choose_lang(qtbot: Any, view: Any, lang: str) -> None:
    """Show ``lang``: Alt+L (Language), then the arrows."""
    choose(qtbot, view, Qt.Key.Key_L, view.lang, lang)


def to_tab(qtbot: Any, view: Any, key: Qt.Key, tab: Any) -> None:
    """Show the view's tab ``tab`` by its Alt ``key``."""
    qtbot.keyClick(view, key, ALT)
    assert view.tabs.currentWidget() is tab


def table(view: Any) -> list[dict[str, Any]]:
    m = view.leaderboard.model
    return [{c: m.data(m.index(r, i), VALUE_ROLE) for i, c in enumerate(COLUMNS)}
            for r in range(m.rowCount())]


def expected_rows(board: Any) -> list[dict[str, Any]]:
    test = board.closest.significance if board.closest else None
    chrf = {e: m["chrf"] for e, m in test.result.estimates.items()} if test else {}
    return [{"engine": r.engine, "units": r.units, "hter": r.hter,
             **{m: r.scores.get(m) for m in METRICS},
             "interval": (chrf[r.engine].lower, chrf[r.engine].upper) if r.engine in chrf
             else None,
             "p_value": chrf[r.engine].p_value if r.engine in chrf else None}
            for r in board.engines]


def test_leaderboard_is_the_article_statistics(qtbot: Any, window: Any, store: Store) -> None:
    view = open_view(qtbot, window)
    expected = article_stats(store, window.article_id, LANGS)
    assert [view.lang.itemText(i) for i in range(view.lang.count())] == ["UA", "RU"]
    for lang in LANGS:
        choose_lang(qtbot, view, lang)
        board = expected.boards[lang]
        assert table(view) == expected_rows(board)
        assert board.closest is not None and board.closest.significance is not None
        closest = board.closest.engine
        assert closest in ("test-a", "test-b")
        m = view.leaderboard.model
        row = [r.engine for r in board.engines].index(closest)
        marked = board.closest.marked == closest  # only a significant lead is marked
        assert m.data(m.index(row, 0)) == (f"★ {closest}" if marked else closest)
        assert (m.data(m.index(row, 0), Qt.ItemDataRole.BackgroundRole) is not None) == marked
        scores = board.engines[row].scores
        assert scores is not None and m.data(m.index(row, 2)) == f"{scores.chrf:.2f}"
        assert closest in view.leaderboard.verdict.text()
        assert ("No significant difference" in view.leaderboard.verdict.text()) != marked
        assert expected.signatures.chrf in view.leaderboard.footnote.text()
        assert expected.signatures.bleu in m.headerData(4, Qt.Orientation.Horizontal,
                                                        Qt.ItemDataRole.ToolTipRole)
    assert not window.crashes


def test_library_scope_and_mt_of_a_news_article(qtbot: Any, window: Any, store: Store,
                                                news: NewsCorpus) -> None:
    art = news.articles()[0]
    wmt_id = add_news_article(store, art, news.systems)  # as by another program
    view = open_view(qtbot, window)
    alt_key(qtbot, view, Qt.Key.Key_B, view.library_button.isChecked)  # Whole li&brary
    lib = library_stats(store, LANGS)
    assert view.scope_id() is None and len(lib.article_ids) == 2
    for lang in LANGS:
        choose_lang(qtbot, view, lang)
        assert table(view) == expected_rows(lib.boards[lang])
    open_from_library(qtbot, window, wmt_id)  # listed by the window's poll, chosen by keys
    assert view.article_id == wmt_id and art["docid"] in view.article_button.text()
    activate(view)
    alt_key(qtbot, view, Qt.Key.Key_A, view.article_button.isChecked)  # This &article
    assert view.scope_id() == wmt_id
    choose_lang(qtbot, view, "ru")
    rows = {r["engine"]: r for r in table(view)}
    refs = art["ref"]["ru"]
    for engine in news.systems:
        assert rows[engine]["chrf"] == sacrebleu.corpus_chrf(art["mt"]["ru"][engine], [refs]).score
        assert rows[engine]["bleu"] == sacrebleu.corpus_bleu(art["mt"]["ru"][engine], [refs]).score
    assert not window.crashes


def test_histogram_draws_the_chart_data(qtbot: Any, window: Any, store: Store) -> None:
    view = open_view(qtbot, window)
    choose_lang(qtbot, view, "ru")
    hists = chrf_histograms(article_stats(store, window.article_id, LANGS).boards["ru"])
    ax = view.histogram.drawn.axes[0]
    drawn = [tuple(int(height) for height in bars) for bars in ax.bars]
    assert drawn == [h.counts for h in hists.values()]
    assert [text.split(":")[0].lstrip("★ ") for text in ax.legend] == list(hists)


def test_progress_draws_approvals_per_day_and_the_effort_split(qtbot: Any, window: Any,
                                                                store: Store) -> None:
    view = open_view(qtbot, window)
    stats = article_stats(store, window.article_id, LANGS)
    series = daily_series(stats.timeline, "uk")
    assert sum(series.approved) == len(APPROVED["uk"])
    days_ax = view.progress.drawn.axes[0]
    assert [int(height) for height in days_ax.bars[0]] == list(series.approved)
    splits = view.progress.drawn.axes[1].legend
    effort = stats.effort["uk"]
    assert f"machine translation unchanged ({effort.unchanged_mt})" in splits
    assert f"human version unchanged ({effort.unchanged_human})" in splits
    assert f"approved ({stats.progress['uk'].approved})" in splits


def test_every_chart_exports_as_png_and_svg(qtbot: Any, window: Any, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    view = open_view(qtbot, window)
    answer: list[str] = []  # the file named in the save dialog
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (answer[0], ""))
    tab_of = {view.histogram: (Qt.Key.Key_H, view.histogram),  # chrF &histogram
              view.progress: (Qt.Key.Key_P, view.progress),  # &Progress and effort
              view.qa_tab.chart: (Qt.Key.Key_Q, view.qa_tab)}  # &QA findings
    for chart in view.charts():
        to_tab(qtbot, view, *tab_of[chart])
        assert chart.png_button.isEnabled() and chart.svg_button.isEnabled()
        png, svg = tmp_path / f"{chart.name}.png", tmp_path / f"{chart.name}.svg"
        answer[:] = [str(png)]
        press_by_alt(qtbot, view, Qt.Key.Key_N, chart.png_button)  # Export P&NG…
        saved(qtbot, view, png)
        assert png.read_bytes()[:8] == PNG_SIGNATURE
        answer[:] = [str(svg)]
        press_by_alt(qtbot, view, Qt.Key.Key_V, chart.svg_button)  # Export S&VG…
        saved(qtbot, view, svg)
        assert ET.parse(svg).getroot().tag == "{http://www.w3.org/2000/svg}svg"


def saved(qtbot: Any, view: Any, path: Path) -> None:
    """Wait, as a person does, until the status line names the file saved: the chart is
    written on a worker, so the button is up before the file is there."""
    qtbot.waitUntil(lambda: str(path) in view.status.text(), timeout=10000)


def test_export_buttons_ask_for_a_file_and_report(qtbot: Any, window: Any, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    view = open_view(qtbot, window)
    answer = [str(tmp_path / "histogram")]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (answer[0], ""))
    to_tab(qtbot, view, Qt.Key.Key_H, view.histogram)
    press_by_alt(qtbot, view, Qt.Key.Key_V, view.histogram.svg_button)
    saved(qtbot, view, tmp_path / "histogram.svg")  # the ".svg" added to the name typed
    assert (tmp_path / "histogram.svg").read_bytes().lstrip().startswith(b"<?xml")
    answer[0] = str(tmp_path / "missing" / "histogram.png")
    press_by_alt(qtbot, view, Qt.Key.Key_N, view.histogram.png_button)
    qtbot.waitUntil(lambda: "Could not save" in view.status.text(), timeout=10000)
    assert "histogram.png" in view.status.text()


def test_a_saved_charts_message_outlives_a_recompute(qtbot: Any, window: Any, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The status line tells what the person did; figures computed again after it (F5, or a
    write in the window) clear only the line that said they were being computed."""
    view = open_view(qtbot, window)
    png = tmp_path / "histogram.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(png), ""))
    to_tab(qtbot, view, Qt.Key.Key_H, view.histogram)
    press_by_alt(qtbot, view, Qt.Key.Key_N, view.histogram.png_button)
    saved(qtbot, view, png)
    computed = view.stats[window.article_id]
    qtbot.keyClick(view, Qt.Key.Key_F5)  # Refresh
    qtbot.waitUntil(lambda: window.article_id in view.stats and not view.busy.text()
                    and view.stats[window.article_id] is not computed, timeout=10000)
    assert str(png) in view.status.text()


def test_a_failure_to_compute_goes_once_computing_works_again(
        qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    view = open_view(qtbot, window)
    real = stats_view.compute_stats
    monkeypatch.setattr(stats_view, "compute_stats", broken_stats)
    qtbot.keyClick(view, Qt.Key.Key_F5)
    assert "Could not compute the statistics: the disk is gone" in view.status.text()
    assert not view.busy.text()
    monkeypatch.setattr(stats_view, "compute_stats", real)
    qtbot.keyClick(view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.article_id in view.stats, timeout=10000)
    assert not view.status.text() and not view.busy.text()


def broken_stats(*_args: Any) -> Any:
    raise OSError("the disk is gone")


def test_qa_findings_by_kind(qtbot: Any, window: Any, store: Store) -> None:
    views = store.segment_views(window.article_id, ["uk"])
    planted = next(i for i, v in enumerate(views) if "«" in v.human.get("uk", ""))
    library.approve(store, window.article_id, planted, "uk",
                    text=views[planted].human["uk"].replace("«", "\"").replace("»", "\""))
    GlossaryStore(store).add([Term("Secretary General", "uk", "генсек")])
    view = open_view(qtbot, window)
    assert not view.qa  # counted only when the tab is shown
    to_tab(qtbot, view, Qt.Key.Key_Q, view.qa_tab)
    summary = view.qa[(window.article_id, "final")]
    reports = check_article(store.segment_views(window.article_id, LANGS), LANGS,
                            glossary=GlossaryStore(store).glossary())
    for lang in LANGS:
        assert summary.counts[lang] == findings_by_kind(reports, lang, tuple(CHECKS))
    found = {k.kind: k.total for k in summary.counts["uk"]}
    assert found["quotes"] >= 1 and found["glossary"] >= 1
    assert view.qa_tab.summary.text().startswith(f"UA: {summary.checked['uk']} texts checked")
    ax = view.qa_tab.chart.drawn.axes[0]
    assert list(ax.yticklabels) == [c.title for c in CHECKS.values()]
    choose(qtbot, view, Qt.Key.Key_K, view.qa_tab.target, "human")  # Chec&k: the arrows
    assert view.qa[(window.article_id, "human")].checked["uk"] > summary.checked["uk"]


def test_keyboard_and_closing(window: Any, qtbot: Any) -> None:
    view = open_view(qtbot, window)  # made active: offscreen activates no window by itself
    alt_key(qtbot, view, Qt.Key.Key_B, view.library_button.isChecked)  # the click animates
    assert view.scope_id() is None and None in view.stats
    to_tab(qtbot, view, Qt.Key.Key_P, view.progress)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()
    activate(window)
    qtbot.keyClick(window.grid, Qt.Key.Key_S, CTRL | SHIFT)
    assert view.isVisible() and window.stats_view is view


def test_a_deleted_article_is_a_message_not_a_crash(qtbot: Any, window: Any,
                                                    store: Store) -> None:
    view = open_view(qtbot, window)
    store.delete_article(window.article_id)  # by another program
    qtbot.keyClick(view, Qt.Key.Key_F5)  # Refresh: computed again from the database
    assert "Could not compute the statistics" in view.status.text()
    assert window.message.text() and not window.crashes


def test_scores_are_computed_off_the_gui_thread(make_window: Any, store: Store, qtbot: Any,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()  # the real thread pool
    threads: list[threading.Thread] = []
    real = stats_view.compute_stats

    def spy(*args: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args)

    monkeypatch.setattr(stats_view, "compute_stats", spy)
    view = open_view(qtbot, window)
    qtbot.waitUntil(lambda: window.article_id in view.stats, timeout=60000)
    assert threads and threads[0] is not threading.main_thread()
    assert table(view) == expected_rows(article_stats(store, window.article_id, LANGS).boards["uk"])


def test_an_empty_library_shows_why_the_charts_are_empty(
        qtbot: Any, make_window: Any, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    for row in store.articles():  # the window is started over an empty library
        store.delete_article(row.article.id)
    window = keep_crashes(make_window(synchronous=True), monkeypatch)
    assert window.article_id is None
    view = open_view(qtbot, window)
    assert view.library_button.isChecked() and not view.article_button.isEnabled()
    assert view.leaderboard.model.rowCount() == 0
    assert "No machine translations into UA yet" in view.leaderboard.verdict.text()
    assert not view.histogram.png_button.isEnabled()
    to_tab(qtbot, view, Qt.Key.Key_Q, view.qa_tab)
    assert view.qa[(None, "final")].checked == {"uk": 0, "ru": 0}
    assert not view.qa_tab.chart.svg_button.isEnabled() and not window.crashes


def test_the_view_follows_the_article_chosen_in_the_library(qtbot: Any, window: Any,
                                                            store: Store) -> None:
    from reviewer.core.model import Role, SegmentDraft

    other = store.add_article("Second test article", "en", "test",
                              [SegmentDraft(0, Role.HEADLINE, "A test headline.")])
    view = open_view(qtbot, window)  # added by another program: the window's poll lists it
    open_from_library(qtbot, window, other.id)  # chosen in the library by keys
    assert view.article_id == other.id and view.scope_id() == other.id
    assert "Second test article" in view.article_button.text()
    assert other.id in view.stats and view.stats[other.id].segments == 1


def test_an_open_view_follows_new_approvals(qtbot: Any, window: Any, store: Store) -> None:
    view = open_view(qtbot, window)
    key = view.scope_id()
    before = view.stats[key].progress["uk"].approved
    segment = next(s for s in store.segments(window.article_id)
                   if store.translation(s.id, "uk") is None)
    library.approve(store, window.article_id, segment.index, "uk", text="Новий текст")
    shown_by_poll(qtbot, window, segment.id, "uk", "Новий текст")  # by another program
    # the view computes again once the writes have paused (the window's stats timer)
    qtbot.waitUntil(lambda: key in view.stats
                    and view.stats[key].progress["uk"].approved == before + 1, timeout=10000)
