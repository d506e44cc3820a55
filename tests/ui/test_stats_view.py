"""The statistics view: its leaderboard is the statistics core's, its charts draw the chart data,
each chart exports as PNG and SVG, QA findings are counted by check, and it works by keyboard.

The machine translations here are test tokens, never real MT: ``test-a`` is the human text with
its last word removed, ``test-b`` with its first word removed. A WMT23 article with real systems'
output is added when ``../shared/corpora`` is present.
"""

from __future__ import annotations

import threading
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("matplotlib")

import sacrebleu  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

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
from tests.ui.keys import CTRL, SHIFT, activate  # noqa: E402

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


@pytest.fixture
def window(make_window: Any, store: Store, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The window over the sample with test engines and a few approvals; crashes kept."""
    made = make_window(synchronous=True)
    add_test_engines(store, made.article_id)
    for lang, indices in APPROVED.items():
        for i in indices:
            library.approve(store, made.article_id, i, lang,
                            source="mt:test-a" if i % 2 else "human")
    made.crashes = []
    monkeypatch.setattr(made, "show_crash", lambda error, _trace: made.crashes.append(error))
    return made


def open_view(window: Any) -> Any:
    """Open the statistics window by its shortcut, Ctrl+Shift+S, in the grid."""
    activate(window)
    QTest.keyClick(window.grid, Qt.Key.Key_S, CTRL | SHIFT)
    view = window.stats_view
    assert view.isVisible() and not view.isModal()
    return view


def choose_lang(view: Any, lang: str) -> None:
    view.lang.setCurrentIndex(view.lang.findData(lang))


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


def test_leaderboard_is_the_article_statistics(window: Any, store: Store) -> None:
    view = open_view(window)
    expected = article_stats(store, window.article_id, LANGS)
    assert [view.lang.itemText(i) for i in range(view.lang.count())] == ["UA", "RU"]
    for lang in LANGS:
        choose_lang(view, lang)
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


def test_library_scope_and_mt_of_a_news_article(window: Any, store: Store,
                                                news: NewsCorpus) -> None:
    art = news.articles()[0]
    wmt_id = add_news_article(store, art, news.systems)
    view = open_view(window)
    view.library_button.setChecked(True)
    lib = library_stats(store, LANGS)
    assert view.scope_id() is None and len(lib.article_ids) == 2
    for lang in LANGS:
        choose_lang(view, lang)
        assert table(view) == expected_rows(lib.boards[lang])
    view.set_article(wmt_id, art["docid"])
    view.article_button.setChecked(True)
    choose_lang(view, "ru")
    rows = {r["engine"]: r for r in table(view)}
    refs = art["ref"]["ru"]
    for engine in news.systems:
        assert rows[engine]["chrf"] == sacrebleu.corpus_chrf(art["mt"]["ru"][engine], [refs]).score
        assert rows[engine]["bleu"] == sacrebleu.corpus_bleu(art["mt"]["ru"][engine], [refs]).score
    assert not window.crashes


def test_histogram_draws_the_chart_data(window: Any, store: Store) -> None:
    view = open_view(window)
    choose_lang(view, "ru")
    hists = chrf_histograms(article_stats(store, window.article_id, LANGS).boards["ru"])
    ax = view.histogram.drawn.axes[0]
    drawn = [tuple(int(height) for height in bars) for bars in ax.bars]
    assert drawn == [h.counts for h in hists.values()]
    assert [text.split(":")[0].lstrip("★ ") for text in ax.legend] == list(hists)


def test_progress_draws_approvals_per_day_and_the_effort_split(window: Any, store: Store) -> None:
    view = open_view(window)
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


def test_every_chart_exports_as_png_and_svg(window: Any, tmp_path: Path) -> None:
    view = open_view(window)
    view.tabs.setCurrentWidget(view.qa_tab)
    for chart in view.charts():
        assert chart.png_button.isEnabled() and chart.svg_button.isEnabled()
        png = chart.export(tmp_path / f"{chart.name}.png", "png")
        assert png.read_bytes()[:8] == PNG_SIGNATURE
        svg = chart.export(tmp_path / f"{chart.name}.svg", "svg")
        assert ET.parse(svg).getroot().tag == "{http://www.w3.org/2000/svg}svg"


def test_export_buttons_ask_for_a_file_and_report(window: Any, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    view = open_view(window)
    answer = [str(tmp_path / "histogram")]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (answer[0], ""))
    view.histogram.svg_button.click()
    assert (tmp_path / "histogram.svg").read_bytes().lstrip().startswith(b"<?xml")
    assert str(tmp_path / "histogram.svg") in view.status.text()
    answer[0] = str(tmp_path / "missing" / "histogram.png")
    view.histogram.png_button.click()
    assert "Could not save" in view.status.text() and "histogram.png" in view.status.text()


def test_qa_findings_by_kind(window: Any, store: Store) -> None:
    views = store.segment_views(window.article_id, ["uk"])
    planted = next(i for i, v in enumerate(views) if "«" in v.human.get("uk", ""))
    library.approve(store, window.article_id, planted, "uk",
                    text=views[planted].human["uk"].replace("«", "\"").replace("»", "\""))
    GlossaryStore(store).add([Term("Secretary General", "uk", "генсек")])
    view = open_view(window)
    assert not view.qa  # counted only when the tab is shown
    view.tabs.setCurrentWidget(view.qa_tab)
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
    view.qa_tab.target.setCurrentIndex(view.qa_tab.target.findData("human"))
    assert view.qa[(window.article_id, "human")].checked["uk"] > summary.checked["uk"]


def test_keyboard_and_closing(window: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    view = open_view(window)
    with warnings.catch_warnings():  # offscreen activates no window by itself
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(view)
    qtbot.keyClick(view, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(view.library_button.isChecked)  # a mnemonic animates the click
    assert view.scope_id() is None and None in view.stats
    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert view.tabs.currentWidget() is view.progress
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()
    activate(window)
    qtbot.keyClick(window.grid, Qt.Key.Key_S, CTRL | SHIFT)
    assert view.isVisible() and window.stats_view is view


def test_a_deleted_article_is_a_message_not_a_crash(window: Any, store: Store) -> None:
    view = open_view(window)
    store.delete_article(window.article_id)
    view.refresh()
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
    view = open_view(window)
    qtbot.waitUntil(lambda: window.article_id in view.stats, timeout=60000)
    assert threads and threads[0] is not threading.main_thread()
    assert table(view) == expected_rows(article_stats(store, window.article_id, LANGS).boards["uk"])


def test_an_empty_library_shows_why_the_charts_are_empty(window: Any, store: Store) -> None:
    store.delete_article(window.article_id)
    window.article_id = None
    view = open_view(window)
    assert view.library_button.isChecked() and not view.article_button.isEnabled()
    assert view.leaderboard.model.rowCount() == 0
    assert "No machine translations into UA yet" in view.leaderboard.verdict.text()
    assert not view.histogram.png_button.isEnabled()
    view.tabs.setCurrentWidget(view.qa_tab)
    assert view.qa[(None, "final")].checked == {"uk": 0, "ru": 0}
    assert not view.qa_tab.chart.svg_button.isEnabled() and not window.crashes


def test_the_view_follows_the_article_chosen_in_the_library(qtbot: Any, window: Any,
                                                            store: Store) -> None:
    from reviewer.core.model import Role, SegmentDraft

    other = store.add_article("Second test article", "en", "test",
                              [SegmentDraft(0, Role.HEADLINE, "A test headline.")])
    window.reload_library(window.article_id)  # as after an import: the library lists it
    qtbot.waitUntil(lambda: window.writer.settled)  # once its rows are read
    view = open_view(window)
    window.library.article_chosen.emit(other.id)
    assert view.article_id == other.id and view.scope_id() == other.id
    assert "Second test article" in view.article_button.text()
    assert other.id in view.stats and view.stats[other.id].segments == 1


def test_an_open_view_follows_new_approvals(qtbot: Any, window: Any, store: Store) -> None:
    view = open_view(window)
    key = view.scope_id()
    before = view.stats[key].progress["uk"].approved
    segment = next(s for s in store.segments(window.article_id)
                   if store.translation(s.id, "uk") is None)
    library.approve(store, window.article_id, segment.index, "uk", text="Новий текст")
    window.segment_changed(segment.id)
    qtbot.waitUntil(window.stats_timer.isActive)  # once the writer has re-read it
    window.stats_timer.timeout.emit()  # the pause after the last write is over
    assert view.stats[key].progress["uk"].approved == before + 1
