"""Benchmark the review window on a 20,000-segment article against a bare ``QTableView``.

The article is built by ``bench/scale_data.py`` from real WMT23 news lines (source, uk/ru human
references linked 1-1, one WMT23 system's output per language as the suggestion, so every compare
cell paints a word diff) in a temporary store. Our side is the real window: ``MainWindow`` over a
store whose newest article is a small one, then ``open_article`` of the big one, as when a reviewer
picks it in the library. The bare side is a ``QTableView`` of the same size, font and column widths
over a trivial ``QAbstractTableModel`` holding the same texts as plain strings, read by plain SQL.

Printed, each ours beside bare with the ratio, as medians over ``--runs`` runs (``first`` is run 1,
when the process is cold: imports, caches):
- load: store open + ``segment_views`` / store open + plain queries of the texts;
- model: ``ReviewModel.set_article`` / building the trivial model;
- first paint: ``open_article`` call until the grid's viewport has painted / plain queries,
  model and ``setModel`` until painted; "fitted" adds the row fit (rows sized to their text,
  after the window's 30 ms timer) and its repaint;
- screenful: one forced ``viewport().repaint()`` with the diff and layout caches emptied (cold)
  and again at once (warm);
- page down: per page, scroll by one page and paint, then fit the rows now on screen and repaint,
  over ``--pages`` pages (the bare view fits with its plain delegate); the slowest page too.
  After each page the event loop idles ``--read-ms`` (100 ms: a reviewer reads far longer),
  when the window computes the next screenful's diffs; ``--read-ms 0`` is held-down PageDown;
- jump to the last row (``go_to_row``, which fetches the lazily loaded rows) / ``scrollToBottom``;
- ``segment_changed`` of one row (re-read it from the store, repaint), and ``next_unapproved``
  over every view when only the last is left (ours only).

Usage: ``QT_QPA_PLATFORM=offscreen uv run python bench/ui_scale.py [--size 20000] [--runs 5]
[--pages 50] [--read-ms 100]``. A benchmark that prints figures; it never passes or fails.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView  # noqa: E402
from scale_data import DEFAULT_CORPORA, build_article  # noqa: E402

from reviewer.core import diff  # noqa: E402
from reviewer.core.filters import next_unapproved  # noqa: E402
from reviewer.core.model import Origin, Status, Translation  # noqa: E402
from reviewer.storage.store import Store  # noqa: E402
from reviewer.ui.main_window import MainWindow  # noqa: E402
from reviewer.ui.review_model import ReviewModel  # noqa: E402
from reviewer.ui.settings import Settings  # noqa: E402
from reviewer.ui.tasks import TaskRunner  # noqa: E402

LANGS = ("uk", "ru")


class PaintWatch(QObject):
    """Counts paint events of a widget (the filter runs first; the paint is done when
    ``processEvents`` returns)."""

    def __init__(self, widget: Any) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False

    def wait(self, app: QApplication, since: int, limit_s: float = 60.0) -> None:
        end = time.perf_counter() + limit_s
        while self.count == since:
            app.processEvents()
            if time.perf_counter() > end:
                raise RuntimeError("the viewport never painted")


class BareModel(QAbstractTableModel):
    """The same texts as plain strings, every row at once."""

    def __init__(self, rows: list[tuple[str, ...]], headers: list[str]) -> None:
        super().__init__()
        self.rows, self.headers = rows, headers

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


def bare_load(path: Path, article_id: int) -> list[tuple[str, ...]]:
    """The grid's texts by plain SQL: number and role, source, then human text and final per
    language (the article's links are 1-1, so human sentence ``i`` sits on segment ``i``)."""
    store = Store(path)
    try:
        db = store.conn.db.conn
        segs = db.execute("SELECT idx, role, source FROM segments WHERE article_id = ? "
                          "ORDER BY idx", [article_id]).fetchall()
        cols: list[list[str]] = []
        for lang in LANGS:
            cols.append([r[0] for r in db.execute(
                "SELECT text FROM human_sentences WHERE article_id = ? AND lang = ? ORDER BY idx",
                [article_id, lang])])
        return [(f"{i + 1}\n{role}", src, cols[0][i], "", cols[1][i], "")
                for i, role, src in segs]
    finally:
        store.close()


def med(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:9.1f}"


def row(name: str, ours: list[float], bare: list[float] | None) -> None:
    first = f"{ours[0] * 1000:9.1f}"
    if bare:
        ratio = statistics.median(ours) / max(statistics.median(bare), 1e-9)
        print(f"{name:<34}{med(ours)} {first} {med(bare)} {ratio:8.1f}x")
    else:
        print(f"{name:<34}{med(ours)} {first} {'-':>9} {'-':>9}")


def page_down(app: QApplication, view: QTableView, watch: PaintWatch, fit: Any,
              pages: int, read_s: float) -> tuple[list[float], list[float]]:
    """Per page: scroll one page and paint; then fit the rows on screen and repaint; then let
    the event loop run for ``read_s`` (the reviewer reading the page; not timed)."""
    scrolls, fits = [], []
    bar = view.verticalScrollBar()
    fit()  # settle the screen the cold / warm repaints left, as a reader would see it
    view.viewport().repaint()
    start = time.perf_counter()
    while time.perf_counter() - start < read_s:
        app.processEvents()
    for _ in range(pages):
        t0 = time.perf_counter()
        since = watch.count
        bar.triggerAction(bar.SliderAction.SliderPageStepAdd)
        watch.wait(app, since)
        t1 = time.perf_counter()
        fit()
        view.viewport().repaint()
        t2 = time.perf_counter()
        scrolls.append(t1 - t0)
        fits.append(t2 - t1)
        while time.perf_counter() - t2 < read_s:
            app.processEvents()
    return scrolls, fits


def bare_fit(view: QTableView) -> None:
    first = view.rowAt(0)
    last = view.rowAt(view.viewport().height() - 1)
    last = view.model().rowCount() - 1 if last < 0 else last
    for r in range(max(first, 0), last + 1):
        view.resizeRowToContents(r)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--read-ms", type=float, default=100.0,
                        help="idle time after each page, as a reader takes (0: none)")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    m: dict[str, list[float]] = {}
    counts: dict[str, int] = {}

    def add(key: str, value: float) -> None:
        m.setdefault(key, []).append(value)

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "scale.db"
        with Store(path) as store:
            t = time.perf_counter()
            big = build_article(store, args.size, args.corpora)
            built = time.perf_counter() - t
            build_article(store, 5, args.corpora, title="small")  # newest: the window opens it
        print(f"built a {args.size}-segment article in {built:.1f} s; runs {args.runs}, "
              f"pages {args.pages}, {args.read_ms:g} ms idle after each; "
              f"Qt platform {app.platformName()}")
        for _ in range(args.runs):
            diff.cache_clear()
            t = time.perf_counter()
            with Store(path) as probe:
                views = probe.segment_views(big.id, list(LANGS))
            add("load", time.perf_counter() - t)

            store = Store(path)
            window = MainWindow(store, Settings({}), TaskRunner(synchronous=True))
            window.show()
            while not window.grid.viewport().isVisible():
                app.processEvents()
            for _ in range(20):
                app.processEvents()
            t = time.perf_counter()
            ReviewModel().set_article(views, "en", list(LANGS))
            add("model", time.perf_counter() - t)
            del views
            grid = window.grid
            watch = PaintWatch(grid.viewport())
            diff.cache_clear()
            since = watch.count
            t = time.perf_counter()
            window.open_article(big.id)
            add("open_call", time.perf_counter() - t)
            watch.wait(app, since)
            add("first", time.perf_counter() - t)
            while window.grid.fit_timer.isActive():
                app.processEvents()
            app.processEvents()  # the repaint the fit asked for, if rows changed height
            add("fitted", time.perf_counter() - t)

            bare = QTableView()
            bare.setFont(grid.font())
            bare.setWordWrap(True)
            bare.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            bare.verticalHeader().hide()
            bare.verticalHeader().setDefaultSectionSize(46)
            bare.resize(grid.size())
            bare.show()
            bare_watch = PaintWatch(bare.viewport())
            for _ in range(20):
                app.processEvents()
            since = bare_watch.count
            t = time.perf_counter()
            rows = bare_load(path, big.id)
            add("load_bare", time.perf_counter() - t)
            t_model = time.perf_counter()
            model = BareModel(rows, [str(window.model.headerData(c, Qt.Orientation.Horizontal))
                                     for c in range(window.model.columnCount())])
            add("model_bare", time.perf_counter() - t_model)
            bare.setModel(model)
            for c in range(model.columnCount()):
                bare.setColumnWidth(c, grid.columnWidth(c))
            bare_watch.wait(app, since)
            add("first_bare", time.perf_counter() - t)
            bare_fit(bare)
            bare.viewport().repaint()
            add("fitted_bare", time.perf_counter() - t)

            for name, view in (("", grid), ("_bare", bare)):
                diff.cache_clear()
                delegate = view.itemDelegate()
                if hasattr(delegate, "clear_cache"):
                    delegate.clear_cache()
                t = time.perf_counter()
                view.viewport().repaint()
                add("cold" + name, time.perf_counter() - t)
                t = time.perf_counter()
                view.viewport().repaint()
                add("warm" + name, time.perf_counter() - t)

            scroll, fit = page_down(app, grid, watch, window.grid.fit_visible_rows, args.pages,
                                    args.read_ms / 1000)
            window.grid.fit_timer.stop()
            add("scroll", statistics.median(scroll))
            add("scroll_max", max(scroll))
            add("fit", statistics.median(fit))
            add("page", statistics.median([a + b for a, b in zip(scroll, fit, strict=True)]))
            scroll, fit = page_down(app, bare, bare_watch, lambda v=bare: bare_fit(v), args.pages,
                                    args.read_ms / 1000)
            add("scroll_bare", statistics.median(scroll))
            add("scroll_max_bare", max(scroll))
            add("fit_bare", statistics.median(fit))
            add("page_bare", statistics.median([a + b for a, b in zip(scroll, fit, strict=True)]))
            counts["rows exposed after the pages"] = window.model.rowCount()
            counts["rows on screen"] = grid.rowAt(grid.viewport().height() - 1) - grid.rowAt(0) + 1

            since = watch.count
            t = time.perf_counter()
            window.go_to_row(len(window.model.visible) - 1)
            watch.wait(app, since)
            add("jump", time.perf_counter() - t)
            counts["rows exposed after the jump"] = window.model.rowCount()
            since = bare_watch.count
            t = time.perf_counter()
            bare.scrollToBottom()
            bare_watch.wait(app, since)
            add("jump_bare", time.perf_counter() - t)

            view = window.model.view_at(len(window.model.visible) - 2)
            since = watch.count
            t = time.perf_counter()
            window.segment_changed(view.segment.id)
            watch.wait(app, since)
            add("changed", time.perf_counter() - t)

            views = window.model.views
            for v in views[:-1]:
                v.translations["uk"] = Translation(v.segment.id, "uk", "x", Status.APPROVED,
                                                   Origin.HUMAN, None, "")
            t = time.perf_counter()
            found = next_unapproved(window.review.visible_views(), 0, ["uk"])
            add("next", time.perf_counter() - t)
            assert found == len(views) - 1
            window.runner.cancel_all(5000)
            window.close()
            window.deleteLater()
            bare.deleteLater()
            app.processEvents()
            store.close()

    print(f"\n{'ms (median of runs)':<34}{'ours':>9} {'first':>9} {'bare':>9} {'ratio':>9}")
    row("store open + segment_views", m["load"], m["load_bare"])
    row("model set_article", m["model"], m["model_bare"])
    row("open_article call returns", m["open_call"], None)
    row("open_article to first paint", m["first"], m["first_bare"])
    row("... rows fitted and repainted", m["fitted"], m["fitted_bare"])
    row("screenful repaint, cold caches", m["cold"], m["cold_bare"])
    row("screenful repaint, warm", m["warm"], m["warm_bare"])
    row("page down: scroll + paint", m["scroll"], m["scroll_bare"])
    row("page down: slowest scroll + paint", m["scroll_max"], m["scroll_max_bare"])
    row("page down: fit rows + repaint", m["fit"], m["fit_bare"])
    row("page down: total per page", m["page"], m["page_bare"])
    row("jump to the last row, painted", m["jump"], m["jump_bare"])
    row("segment_changed + repaint", m["changed"], None)
    row("next_unapproved, only last left", m["next"], None)
    print("\n" + "; ".join(f"{k}: {v}" for k, v in counts.items()) + f" (of {args.size})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
