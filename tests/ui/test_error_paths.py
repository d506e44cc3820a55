"""Two kinds of error in the window: a known error of a background job lands in the status bar; any
other exception, ``ValueError`` included, is a bug and opens the crash dialog with its traceback.

The job is started as a person starts it (F5 on the grid) and runs on a real worker thread; only
the fetch itself is replaced by one that fails, and the crash dialog's ``exec`` records the dialog
instead of blocking.
"""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from reviewer.core.errors import ReviewerError  # noqa: E402
from reviewer.storage.errors import StoreLockedError  # noqa: E402
from reviewer.ui import window_work  # noqa: E402
from tests.engines.servers import MTServer  # noqa: E402


def press_f5_with_a_failing_fetch(qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch,
                                  error: BaseException) -> tuple[Any, list[QMessageBox]]:
    """Open the window, make the fetch job raise ``error``, press F5 and wait for the job."""
    dialogs: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        dialogs.append(box)
        return 0

    def failing_fetch(*_args: Any, **_kwargs: Any) -> Any:
        raise error

    monkeypatch.setattr(QMessageBox, "exec", record)
    monkeypatch.setattr(window_work, "translate_article", failing_fetch)
    with MTServer("libre") as server:
        window = make_window({"engine": "libre", "engine_url": server.url, "timeout": 5.0})
        qtbot.keyClick(window.grid, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: not window.runner.active, timeout=10000)
    return window, dialogs


def test_a_value_error_in_a_job_is_a_bug_with_its_traceback(
        qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    window, dialogs = press_f5_with_a_failing_fetch(
        qtbot, make_window, monkeypatch, ValueError("step 3 of 2: a bug, not the user's fault"))
    assert len(dialogs) == 1, "a ValueError must open the crash dialog"
    box = dialogs[0]
    assert box.informativeText() == "ValueError: step 3 of 2: a bug, not the user's fault"
    assert "Traceback" in box.detailedText() and "failing_fetch" in box.detailedText()
    assert "step 3 of 2" not in window.message.text()


def test_a_known_error_in_a_job_lands_in_the_status_bar(
        qtbot: Any, make_window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    error = StoreLockedError("review.db: another program kept the database locked for 5 s")
    assert isinstance(error, ReviewerError)
    window, dialogs = press_f5_with_a_failing_fetch(qtbot, make_window, monkeypatch, error)
    assert dialogs == []
    assert window.message.text() == str(error)
