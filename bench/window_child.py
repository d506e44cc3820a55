"""One measured window session for ``bench/window_stalls.py``, run as its own process.

``python bench/window_child.py SCENARIO DB [ARTICLE]`` prints one JSON line. Scenarios:
- ``start``: the longest event-loop stall from before the window is built to its grid's first
  paint (the window is built from a zero timer, so the meter is already ticking);
- ``stats``: once the window's start has settled (its article shown and checked, no background
  work left: the memory and dictionaries loaded, the statistics view prepared), Ctrl+Shift+S
  until every chart shows an image;
- ``tm``: from the first paint until the translation memory has loaded;
- ``qa``: once the article opened at the start is shown, opening ARTICLE until every painted
  row's QA badge is checked; ``qa-overlap``: the same without waiting for the start's article
  (the window may still be reading it: the read under way shows it, with the start's other
  work beside it);
- ``paint``: the real window's process, to its first paint; ``bare``: a bare ``QMainWindow``
  with a ``QTableView`` of the same size, to its first paint; ``memory``: the window on DB until
  the memory is loaded, then the process's peak resident memory.

A stall is a gap between two ticks of a 10 ms ``QTimer`` on the GUI thread, less 10 ms.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

INTERVAL_MS = 10


class StallMeter(QObject):
    """The longest gap between ticks of a 10 ms timer, less its interval (ms)."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self._tick)
        self.reset()
        self.timer.start()

    def reset(self) -> None:
        self.last, self.worst = time.perf_counter(), 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, (now - self.last) * 1000 - INTERVAL_MS)
        self.last = now

    def finish(self) -> float:
        """The longest stall, counting the gap still open now."""
        self._tick()
        return self.worst


class Painted(QObject):
    """Set once ``widget`` has received a paint event."""

    def __init__(self, widget: Any) -> None:
        super().__init__()
        self.done = False
        widget.installEventFilter(self)

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.done = True
        return False


def shown(chart: Any) -> bool:
    """The chart is drawn and, when shown as an image (not a matplotlib canvas), it is there."""
    image = getattr(chart, "image", None)
    return (chart.drawn is not None and bool(chart.drawn.axes)
            and (image is None or not image.pixmap().isNull()))


def settled(window: Any) -> bool:
    """The window shows its article, its writer has no work left and its QA marks are done."""
    return (window.article_id is not None and window.loader.opening is None
            and window.writer.settled and not window.quality.names_timer.isActive()
            and window.quality.grid_marks.pending == 0)


def wait(app: QApplication, ready: Callable[[], bool], limit_s: float = 300.0) -> None:
    end = time.perf_counter() + limit_s
    while not ready():
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() > end:
            raise RuntimeError("timed out")


def idle(app: QApplication, ms: int) -> None:
    end = time.perf_counter() + ms / 1000
    wait(app, lambda: time.perf_counter() > end)


def bare(app: QApplication) -> None:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QMainWindow, QTableView

    window = QMainWindow()
    table = QTableView()
    model = QStandardItemModel(20, 6)
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1280, 800)
    painted = Painted(table.viewport())
    window.show()
    wait(app, lambda: painted.done)
    os._exit(0)


def main() -> None:
    scenario, db = sys.argv[1], sys.argv[2]
    app = QApplication.instance() or QApplication([])
    if scenario == "bare":
        bare(app)
    meter = StallMeter() if scenario != "paint" else None
    made: dict[str, Any] = {}

    def build() -> None:
        from reviewer.storage.store import Store
        from reviewer.ui.main_window import MainWindow
        from reviewer.ui.settings import Settings

        window = made["window"] = MainWindow(Store(db), Settings({}))
        window.resize(1280, 800)
        made["painted"] = Painted(window.grid.viewport())
        window.show()

    QTimer.singleShot(0, build)
    wait(app, lambda: "painted" in made and made["painted"].done)
    if scenario == "paint":
        os._exit(0)
    window, result = made["window"], {}
    if scenario == "start":
        result["stall_ms"] = meter.finish()
    elif scenario == "tm":
        result["loaded_before_paint"] = window.quality.memory is not None
        meter.reset()
        wait(app, lambda: window.quality.memory is not None)
        idle(app, 100)
        result["stall_ms"], result["units"] = meter.finish(), len(window.quality.memory)
    elif scenario == "memory":
        wait(app, lambda: window.quality.memory is not None)
        idle(app, 500)
        result["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    else:
        wait(app, lambda: window.quality.memory is not None)
        idle(app, 300)
        meter.reset()
        if scenario == "stats":
            from PySide6.QtTest import QTest

            # the window's start has settled (its article shown and checked, no background
            # work left): what is measured is the statistics view alone
            preparer = getattr(window, "stats_preparer", None)  # none in older code
            wait(app, lambda: settled(window) and not window.quality.runner.active
                 and (preparer is None or preparer.started) and not window.runner.active)
            idle(app, 300)
            meter.reset()

            window.activateWindow()
            QTest.keyClick(window, Qt.Key.Key_S,
                           Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
            wait(app, lambda: window.stats_view is not None and bool(window.stats_view.stats))
            view = window.stats_view
            wait(app, lambda: not view.runner.active and all(
                shown(c) for c in view.charts()[:2]))
        elif scenario in ("qa", "qa-overlap"):
            wanted = int(sys.argv[3])
            if scenario == "qa":
                # the article the window opened at its start is shown first: what is measured
                # is one opening, not two reads of the same article overlapping
                wait(app, lambda: window.article_id is not None
                     and window.loader.opening is None and window.writer.settled)
                idle(app, 300)
                meter.reset()
            window.open_article(wanted)  # read on the writer's thread, shown when it arrives
            wait(app, lambda: window.article_id == wanted and settled(window))
        idle(app, 100)
        result["stall_ms"] = meter.finish()
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
