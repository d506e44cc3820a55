"""The task runner: a job that finishes after the window that started it was deleted has nobody
to tell, and says nothing (it printed a Python error from the worker thread before)."""

from __future__ import annotations

import threading
from typing import Any

import pytest

pytest.importorskip("PySide6")

import shiboken6  # noqa: E402

from reviewer.ui.tasks import TaskRunner  # noqa: E402


def _late_job(release: threading.Event, fails: bool) -> Any:
    """A job that waits for ``release``, then returns "late" or raises."""

    def job(_report: Any) -> str:
        release.wait(10)
        if fails:
            raise ValueError("late")
        return "late"

    return job


@pytest.mark.parametrize("fails", [False, True])
def test_a_job_outliving_its_relay_ends_quietly(qapp: Any, capfd: pytest.CaptureFixture[str],
                                                fails: bool) -> None:
    release = threading.Event()

    job = _late_job(release, fails)

    runner = TaskRunner()
    task = runner.start("late job", job)
    assert task.relay is not None
    shiboken6.delete(task.relay)  # the window and its relay deleted while the job runs
    release.set()
    assert runner.pool.waitForDone(10000)
    assert "Signal source has been deleted" not in capfd.readouterr().err


@pytest.mark.parametrize("fails", [False, True])
def test_a_result_for_a_deleted_owner_is_not_delivered(qapp: Any, qtbot: Any,
                                                       fails: bool) -> None:
    """A statistics view closed while its job ran: the result would paint into deleted labels
    (a RuntimeError in the event loop, seen when a whole test run loaded the machine)."""
    from PySide6.QtWidgets import QLabel

    release = threading.Event()

    job = _late_job(release, fails)

    owner, kept = QLabel(), QLabel()
    called: list[str] = []
    runner = TaskRunner()
    for label, name in ((owner, "gone"), (kept, "kept")):
        runner.start(name, job, on_result=lambda _v, n=name: called.append(n),
                     on_error=lambda _e, _t, n=name: called.append(n), owner=label)
    shiboken6.delete(owner)  # the view deleted while the jobs run
    release.set()
    qtbot.waitUntil(lambda: not runner.active)
    assert called == ["kept"]
