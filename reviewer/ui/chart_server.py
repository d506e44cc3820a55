"""The chart process's side (:mod:`reviewer.ui.chart_process`): read requests from standard
input, draw with :mod:`reviewer.ui.chart_render`, write the answers to standard output; stop at
the end of the input (the window closed its pipe or ended).

Run as ``python -m reviewer.ui.chart_server``. The interface's catalogues named in each request
are installed in a ``QCoreApplication`` (no GUI), so the charts' texts are in the window's
language. Anything printed while drawing goes to standard error, never into the answers.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from typing import Any

from reviewer.ui import chart_render
from reviewer.ui.chart_process import receive, send

#: What a request may ask for.
CALLS: dict[str, Callable[..., Any]] = {"render": chart_render.render, "save": chart_render.save,
                                        "warm": chart_render.warm}


class Catalogues:
    """The interface's catalogues installed now (in this process's QCoreApplication)."""

    def __init__(self) -> None:
        self.files: tuple[str, ...] = ()
        self.installed: list[Any] = []

    def use(self, files: tuple[str, ...]) -> None:
        if files == self.files:
            return
        from PySide6.QtCore import QCoreApplication, QTranslator

        app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
        while self.installed:
            app.removeTranslator(self.installed.pop())
        for path in files:
            translator = QTranslator(app)
            if translator.load(path):
                app.installTranslator(translator)
                self.installed.append(translator)
        self.files = files


def serve() -> int:
    """Answer requests until the input ends; 0 then."""
    # the pipes by their descriptors (a windowed bundle may have no sys.stdin or sys.stdout)
    requests, answers = os.fdopen(os.dup(0), "rb"), os.fdopen(os.dup(1), "wb")
    try:
        errors = sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):  # no standard error either
        errors = os.open(os.devnull, os.O_WRONLY)
    os.dup2(errors, 1)  # stray prints go to standard error, never into the answers
    catalogues = Catalogues()
    while True:
        try:
            name, args, files = receive(requests)
        except EOFError:
            return 0
        try:
            catalogues.use(files)
            answer: tuple[Any, ...] = (True, CALLS[name](*args))
        except Exception as exc:  # noqa: BLE001 - handed back to the window, never lost
            trace = traceback.format_exc()
            try:
                answer = (False, exc, trace)
                send(answers, answer)
                continue
            except Exception:  # noqa: BLE001 - an error that does not pickle: its text
                answer = (False, RuntimeError(f"{type(exc).__name__}: {exc}"), trace)
        send(answers, answer)


if __name__ == "__main__":
    sys.exit(serve())
