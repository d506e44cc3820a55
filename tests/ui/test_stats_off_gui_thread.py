"""The statistics charts are drawn outside the window's process: opening the view by its keys
shows every chart once the chart process has drawn it (a worker waits on it), and the window's
process never imports matplotlib (its drawing held Python's interpreter lock, freezing the GUI
thread), let alone its Qt backend; a window left alone after its start imports the view's
modules on a worker, so that opening it does not import them on the GUI thread.

The view runs in its own process (``stats_child.py``) so that ``sys.modules`` is its own; the
other test waits on the real task runner in this process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("matplotlib")

from PySide6.QtCore import Qt  # noqa: E402

from reviewer import library  # noqa: E402
from reviewer.core.chart_data import chrf_histograms  # noqa: E402
from reviewer.storage.stats_queries import article_stats  # noqa: E402
from reviewer.storage.store import Store  # noqa: E402
from tests.ui.test_stats_view import APPROVED, LANGS, add_test_engines  # noqa: E402

CHILD = Path(__file__).with_name("stats_child.py")


def _child(tmp_path: Path, *argv: str) -> dict[str, Any]:
    db = tmp_path / "library.db"
    with Store(db) as store:
        library.ensure_sample(store)
    done = subprocess.run([sys.executable, str(CHILD), str(db), *argv], capture_output=True,
                          text=True, timeout=300, env={**os.environ,
                                                       "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stdout + done.stderr
    seen: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return seen


def test_the_window_shows_charts_without_importing_matplotlib(tmp_path: Path) -> None:
    seen = _child(tmp_path)
    assert seen == {"imported_by": [], "view_imported_by": ["gui"], "in_window": [],
                    "qt_backend": False}  # the keys pressed at once: the view imported then


def test_an_idle_window_prepares_the_view_on_a_worker(tmp_path: Path) -> None:
    seen = _child(tmp_path, "idle")
    assert seen["view_imported_by"] == ["worker"]
    assert seen["imported_by"] == [] and seen["in_window"] == []


def test_the_view_shows_its_charts_after_opening_by_keys(make_window: Any, store: Store,
                                                         qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    window = make_window()  # the real thread pool
    add_test_engines(store, window.article_id)
    for lang, indices in APPROVED.items():
        for i in indices:
            library.approve(store, window.article_id, i, lang, source="human")
    qtbot.keyClick(window.grid, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.stats_view is not None
                    and window.stats_view.isVisible())
    view = window.stats_view
    with warnings.catch_warnings():  # offscreen activates no window by itself
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(view)
    qtbot.keyClick(view, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view.lang, Qt.Key.Key_Down)  # uk -> ru

    def drawn() -> bool:
        drawn = view.histogram.drawn
        return (view.current_lang() == "ru" and bool(view.stats) and not view.runner.active
                and drawn is not None and bool(drawn.axes) and bool(drawn.axes[0].bars)
                and not view.histogram.image.pixmap().isNull())

    qtbot.waitUntil(drawn, timeout=60000)
    hists = chrf_histograms(article_stats(store, window.article_id, LANGS).boards["ru"])
    bars = [tuple(int(height) for height in c) for c in view.histogram.drawn.axes[0].bars]
    assert bars == [h.counts for h in hists.values()]
    qtbot.waitUntil(lambda: view.progress.drawn is not None
                    and not view.progress.image.pixmap().isNull(), timeout=60000)
