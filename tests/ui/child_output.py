"""Reading what an app process in a test prints, with a deadline.

``select.select`` refuses a descriptor numbered 1024 or more, which a long test session reaches;
``selectors`` (epoll here) has no such limit.
"""

from __future__ import annotations

import selectors
import subprocess


def first_line(child: subprocess.Popen[str], timeout_s: float) -> str:
    """The first line ``child`` prints, or ``""`` if none comes within ``timeout_s``."""
    assert child.stdout is not None
    with selectors.DefaultSelector() as chooser:
        chooser.register(child.stdout, selectors.EVENT_READ)
        ready = chooser.select(timeout_s)
    return child.stdout.readline() if ready else ""
