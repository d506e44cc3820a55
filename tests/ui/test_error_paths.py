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
from reviewer.engines import fetch  # noqa: E402
from reviewer.storage.errors import StoreLockedError  # noqa: E402
from tests.engines.servers import MTServer  # noqa: E402


def wait_for_memory(qtbot: Any, window: Any) -> None:
    """Wait until the translation memory has loaded: its message would cover the one tested."""
    qtbot.waitUntil(lambda: not window.quality.runner.active, timeout=10000)


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
    monkeypatch.setattr(fetch, "translate_article", failing_fetch)  # the window's at F5
    with MTServer("libre") as server:
        window = make_window({"engine": "libre", "engine_url": server.url, "timeout": 5.0})
        wait_for_memory(qtbot, window)
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


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("error, crashes", [
    (StoreLockedError("review.db: another program kept the database locked for 5 s"), False),
    (ValueError("article id of the wrong kind: a bug"), True),
])
def test_an_error_escaping_an_action_on_the_gui_thread(
        qtbot: Any, make_window: Any, store: Any, monkeypatch: pytest.MonkeyPatch,
        error: Exception, crashes: bool) -> None:
    """The app's exception hook: Ctrl+E looks the article's title up on the GUI thread, and that
    look-up fails."""
    import sys

    from reviewer.app import _install_crash_dialog

    dialogs: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: dialogs.append(box) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    _install_crash_dialog()
    window = make_window()
    wait_for_memory(qtbot, window)

    def failing_read(*_args: Any) -> Any:
        raise error

    monkeypatch.setattr(window.work, "title_of", failing_read)
    qtbot.keyClick(window.grid, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    if crashes:
        qtbot.waitUntil(lambda: len(dialogs) == 1)
        assert dialogs[0].informativeText() == f"ValueError: {error}"
        assert "Traceback" in dialogs[0].detailedText()
    else:
        qtbot.waitUntil(lambda: window.message.text() == str(error))
        assert dialogs == []
