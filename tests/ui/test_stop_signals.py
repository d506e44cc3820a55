"""SIGTERM (logout, shutdown, ``kill``) and SIGINT (Ctrl+C) close the app as File > Quit does.

The real app runs in a process of its own (``typing_child.py``); keys type a text and, at once,
well before the draft delay would save it, the test sends the signal. The process must exit by
itself with status 0, the text must be in the store, and the window's presence claim must be
gone (a signal that ended the process outright would leave it for the others' grids to show
until it lapsed).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.storage.store import Store
from tests.ui.child_output import first_line

CHILD = Path(__file__).with_name("typing_child.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_signal_closes_as_quit_does(tmp_path: Path, store: Store, stop: signal.Signals) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, str(CHILD), str(store.path), "kept on quit", "50"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = first_line(child, 120)
        assert line.strip() == "typed", child.stderr.read() if child.poll() is not None else line
        assert child.poll() is None, "the app exited by itself: the signal would prove nothing"
        with sqlite3.connect(store.path) as db:
            claimed = db.execute("SELECT count(*) FROM claims").fetchone()[0]
        os.kill(child.pid, stop)
        assert child.wait(60) == 0, child.stderr.read()
    finally:
        if child.poll() is None:
            child.kill()
    first = store.segments(store.articles()[0].article.id)[0]
    assert store.translation(first.id, "uk").text == "kept on quit"
    with sqlite3.connect(store.path) as db:
        assert db.execute("SELECT count(*) FROM claims").fetchone()[0] == 0
    assert claimed == 1, "the window had not claimed its segment: the release would prove nothing"
