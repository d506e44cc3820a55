"""The chart process draws the window's charts: its pixels and an account of what they show come
back through a pipe, errors come back as the errors they were (an unwritable file is an
``OSError`` naming it), the chart's texts are in the window's language, and a process that
stopped is started again by the next chart.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("matplotlib")

from reviewer.core.chart_data import DailySeries, Part  # noqa: E402
from reviewer.ui import chart_process  # noqa: E402
from reviewer.ui.chart_render import ChartSpec  # noqa: E402

SERIES = DailySeries("uk", ("2026-11-02", "2026-11-03"), (2, 1), (0, 0), (2, 3))
PROGRESS = ChartSpec("draw_progress", (SERIES, (Part("approved", 3), Part("new", 2)),
                                       (Part("edited", 3),), "progress"))


def test_a_chart_comes_back_as_pixels_and_what_it_shows() -> None:
    shown = chart_process.render(PROGRESS, 400, 300)
    assert (shown.width, shown.height) == (400, 300)
    assert len(shown.rgba) == 400 * 300 * 4
    days = shown.drawn.axes[0]
    assert days.bars == ((2.0, 1.0),)
    assert "approved that day" in days.legend


def test_an_unwritable_file_is_an_oserror_naming_it(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "chart.png"
    with pytest.raises(OSError) as caught:
        chart_process.save(PROGRESS, 400, 300, 100.0, str(target), "png", 150)
    assert caught.value.strerror and "chart.png" in str(caught.value)
    svg = chart_process.save(PROGRESS, 400, 300, 100.0, str(tmp_path / "c.svg"), "svg", 150)
    assert Path(svg).read_bytes().lstrip().startswith(b"<?xml")


def test_the_texts_are_in_the_windows_language(qapp: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    from reviewer.ui.i18n import install_translator, remove_translators

    assert install_translator(qapp, "uk") == "uk"
    try:
        legend = chart_process.render(PROGRESS, 400, 300).drawn.axes[0].legend
        wanted = QCoreApplication.translate("StatsCharts", "approved that day")
    finally:
        remove_translators(qapp)
    assert wanted != "approved that day" and wanted in legend
    assert "approved that day" in chart_process.render(PROGRESS, 400, 300).drawn.axes[0].legend


def test_a_stopped_process_is_started_again() -> None:
    chart_process.render(PROGRESS, 400, 300)
    child = chart_process.PROCESS.started()
    child.kill()
    child.wait()
    assert chart_process.render(PROGRESS, 400, 300).drawn.axes[0].bars == ((2.0, 1.0),)
    assert chart_process.PROCESS.started().pid != child.pid


def test_quitting_while_the_chart_process_warms_stops_it_and_waits_for_nothing(
        qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window prepares the statistics view when idle (the chart process started, asked to
    import matplotlib); a person who quits then must not wait for it, and no chart process may
    outlive the window (it would hold the window's output open)."""
    import subprocess
    import sys

    from PySide6.QtCore import Qt

    from tests.ui.keys import activate

    stuck = [sys.executable, "-c", "import time; time.sleep(600)"]  # never answers
    monkeypatch.setattr(chart_process, "command", lambda: (stuck, {}))
    process = chart_process.ChartProcess()
    monkeypatch.setattr(chart_process, "PROCESS", process)
    window = make_window()  # its own task runners on workers, as the app has them
    qtbot.waitUntil(lambda: process._child is not None, timeout=20000)  # idle: warming
    child: subprocess.Popen[bytes] = process._child
    activate(window)
    qtbot.keyClick(window.grid, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert child.poll() is not None  # stopped with the window
    assert window.runner.pool.activeThreadCount() == 0  # its worker gave up at once
