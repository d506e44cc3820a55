"""The chart process: the window's charts are drawn by matplotlib in a process of their own.

Python runs one thread at a time in a process (its interpreter lock). matplotlib's import and
drawing hold that lock for long stretches (its C initialisation does not let go of it), so a
worker thread drawing a chart froze the window's GUI thread for up to a quarter of a second. The
chart process has its own interpreter: a worker of the window's task runner sends it a request
and waits on the pipe (waiting lets go of the lock), and the window never imports matplotlib.

:func:`render` and :func:`save` are what the window calls (on a worker); one
:class:`ChartProcess` is started with the first of them and serves every chart in turn, and it
ends when the window's process does (it stops at the end of its input). A request is a pickled
``(name, args, catalogues)``, an answer ``(True, value)`` or ``(False, error, trace)``, each
sent as 8 bytes of length and the pickle. No Qt here: the window imports this module.
"""

from __future__ import annotations

import atexit
import os
import pickle
import struct
import subprocess
import sys
import threading
from typing import IO, Any

from reviewer.ui.chart_render import ChartSpec, Rendered

_LENGTH = struct.Struct("!Q")
#: Set in the environment of a frozen bundle's own program to make it the chart process.
SERVER_ENV = "REVIEWER_CHART_PROCESS"


class ChartProcessError(RuntimeError):
    """The chart process stopped or could not start; the next request starts a new one."""


def send(stream: IO[bytes], message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_LENGTH.pack(len(data)) + data)
    stream.flush()


def receive(stream: IO[bytes]) -> Any:
    """The next message; EOFError when the other side has closed the pipe."""
    head = stream.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        raise EOFError
    size = _LENGTH.unpack(head)[0]
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)


def command() -> tuple[list[str], dict[str, str]]:
    """How to start the chart process: this Python with the server module, or, in a frozen
    bundle, the bundle's own program told so by :data:`SERVER_ENV`."""
    env = dict(os.environ)
    if getattr(sys, "frozen", False):
        return [sys.executable], {**env, SERVER_ENV: "1"}
    return [sys.executable, "-m", "reviewer.ui.chart_server"], env


class ChartProcess:
    """One chart process, started on the first request; requests take turns."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._child: subprocess.Popen[bytes] | None = None

    def started(self) -> subprocess.Popen[bytes]:
        if self._child is None or self._child.poll() is not None:
            argv, env = command()
            try:
                self._child = subprocess.Popen(argv, stdin=subprocess.PIPE,
                                               stdout=subprocess.PIPE, env=env)
            except OSError as exc:
                raise ChartProcessError(f"could not start the chart process: {exc}") from exc
        return self._child

    def call(self, name: str, *args: Any) -> Any:
        """Run ``chart_render.<name>(*args)`` in the chart process and return its value, or
        raise the error it raised there (with its trace as a note)."""
        from reviewer.ui.i18n import catalogue_files

        with self._lock:
            child = self.started()
            assert child.stdin is not None and child.stdout is not None
            try:
                send(child.stdin, (name, args, catalogue_files()))
                answer = receive(child.stdout)
            except (OSError, EOFError) as exc:
                code = child.poll()
                self._child = None
                raise ChartProcessError(
                    f"the chart process stopped (exit status {code}) while drawing") from exc
        if answer[0]:
            return answer[1]
        error, trace = answer[1], answer[2]
        error.add_note(f"in the chart process:\n{trace}")
        raise error

    def close(self, wait_s: float = 2.0) -> None:
        """End the process: it stops once its input is closed; killed if still busy after
        ``wait_s`` (a chart request waiting for it then fails at once instead of holding up
        whoever waits for that worker)."""
        child, self._child = self._child, None
        if child is None:
            return
        if child.stdin is not None:
            try:
                child.stdin.close()
            except OSError:  # a request was writing to it: its pipe is broken either way
                pass
        try:
            child.wait(timeout=wait_s)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        if child.stdout is not None:
            child.stdout.close()


PROCESS = ChartProcess()
atexit.register(PROCESS.close)


def warm() -> None:
    """Start the chart process and have it import matplotlib (the first chart is then quick).
    Blocks: call on a worker."""
    PROCESS.call("warm")


def render(spec: ChartSpec, width_px: int, height_px: int, dpi: float = 100.0) -> Rendered:
    """:func:`reviewer.ui.chart_render.render`, in the chart process. Blocks: call on a worker."""
    result: Rendered = PROCESS.call("render", spec, width_px, height_px, dpi)
    return result


def save(spec: ChartSpec, width_px: int, height_px: int, dpi: float, path: str, fmt: str,
         file_dpi: float) -> str:
    """:func:`reviewer.ui.chart_render.save`, in the chart process (an OSError names the
    file). Blocks: call on a worker."""
    saved: str = PROCESS.call("save", spec, width_px, height_px, dpi, path, fmt, file_dpi)
    return saved
