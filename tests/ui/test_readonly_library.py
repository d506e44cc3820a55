"""The window opens a library it cannot write (a read-only disk or folder): it shows the articles
and says that reviewing is off, instead of stopping at start (it used to try to import the sample
and end with a dialog). Runs the real app in a process of its own on a read-only bind mount."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reviewer import library
from reviewer.storage.store import Store
from tests.storage.mounts import read_only

CHILD = Path(__file__).with_name("readonly_child.py")
ROOT = Path(__file__).resolve().parents[2]


def test_a_read_only_library_opens_for_reading(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    db = folder / "r.db"
    with Store(db) as store:
        library.ensure_sample(store)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"),
               PYTHONPATH=str(ROOT))
    with read_only(folder):
        done = subprocess.run([sys.executable, str(CHILD), str(db)], capture_output=True,
                              text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = dict(line.split("=", 1) for line in done.stdout.splitlines() if "=" in line)
    assert int(lines["rows"]) > 0
    assert lines["badge"] == "Read-only library"  # stays in the status bar
    assert f"cannot write to {folder}" in lines["note"] and "read-only" in lines["note"]
