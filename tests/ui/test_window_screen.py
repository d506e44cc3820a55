"""The window on a real screen size: a laptop's 1366×768 shows every part of it, a saved size
from a bigger screen is fitted, and Ctrl+E works from the filter field where X11's key bindings
make Ctrl+E "end of line". Each runs in a fresh process (``tests/ui/screen_scenarios.py``)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6")

from tests.conftest import REPO  # noqa: E402


def run(scenario: str, tmp_path: Path, platform: str, *, xvfb: str = "") -> dict[str, Any]:
    """Run a scenario in a new process on ``platform``; what it saw."""
    env = {**os.environ, "QT_QPA_PLATFORM": platform}
    command = [sys.executable, "-m", "tests.ui.screen_scenarios", scenario,
               str(tmp_path / "review.db"), str(tmp_path / "settings.json")]
    if xvfb:
        command = ["xvfb-run", "-a", "-s", f"-screen 0 {xvfb}x24", *command]
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def offscreen(tmp_path: Path, width: int, height: int) -> str:
    """The offscreen platform with one screen of this size and window frames drawn."""
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={config}"


def inside(rect: list[int], area: list[int]) -> bool:
    x, y, w, h = rect
    ax, ay, aw, ah = area
    return ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah


def assert_all_on_screen(seen: dict[str, Any]) -> None:
    area = seen["available"]
    for part in ("frame", "last_column", "comment", "status_bar", "final"):
        assert inside(seen[part], area), (part, seen[part], area)


def test_a_first_run_on_a_laptop_screen_shows_everything(tmp_path: Path) -> None:
    seen = run("fit", tmp_path, offscreen(tmp_path, 1366, 768))
    assert_all_on_screen(seen)
    assert seen["library_shown"] and seen["library_width"] <= 260  # narrower than on a desktop


def test_a_size_saved_on_a_big_screen_is_fitted_to_a_small_one(tmp_path: Path) -> None:
    big = run("fit", tmp_path, offscreen(tmp_path, 1920, 1200))
    assert big["frame"][2] >= 1500 and big["library_width"] >= 320
    seen = run("fit", tmp_path, offscreen(tmp_path, 1366, 768))  # the same settings
    assert_all_on_screen(seen)


def test_a_narrow_screen_starts_without_the_library(tmp_path: Path) -> None:
    seen = run("fit", tmp_path, offscreen(tmp_path, 1024, 700))
    assert_all_on_screen(seen)
    assert not seen["library_shown"]


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run (package xvfb) is absent: "
                    "Ctrl+E is a text field's key only under X11's key bindings")
def test_ctrl_e_exports_from_the_filter_field_under_x11(tmp_path: Path) -> None:
    seen = run("ctrl_e_in_filter", tmp_path, "xcb", xvfb="1366x768")
    assert seen == {"focus": True, "opened": 1, "text": "NATO"}
