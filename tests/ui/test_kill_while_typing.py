"""Type, pause past the draft delay, ``kill -9`` the app: the reopened window shows the text.

The app runs in a process of its own (``typing_child.py``: the real ``reviewer.app.main`` with
keys sent to its window); the test kills it only once it has printed that the pause is over,
checks it was still running (a process that had exited on its own would prove nothing), then
reopens the database in a window here.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from reviewer.storage.store import Store
from tests.ui.child_output import first_line

CHILD = Path(__file__).with_name("typing_child.py")
ROOT = Path(__file__).resolve().parents[2]


def test_text_typed_then_paused_survives_kill_9(tmp_path: Path, make_window: Any,
                                                store: Store) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, str(CHILD), str(store.path), "kept after kill"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = first_line(child, 120)
        assert line.strip() == "typed", child.stderr.read() if child.poll() is not None else line
        assert child.poll() is None, "the app exited by itself: the kill would prove nothing"
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
    first = store.segments(store.articles()[0].article.id)[0]
    assert store.translation(first.id, "uk").text == "kept after kill"
    window = make_window()
    assert window.current_row() == 0 and window.editor.final_text() == "kept after kill"
