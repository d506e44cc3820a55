"""SIGTERM and SIGINT close the app the way File > Quit does.

A desktop session that logs out, a system that shuts down, ``kill PID`` and Ctrl+C in the
terminal that ran ``uv run main.py`` all ask the process to stop with a signal. Python's default
would end it at once (SIGTERM) or raise ``KeyboardInterrupt`` wherever the interpreter happened
to be (SIGINT): the window's own closing would not run, so the text typed less than the draft
delay (0.8 s) before would be lost and this window's presence mark would linger on the others'
grids until it lapsed. Here the C-level signal handler writes the signal to a
socket (:func:`signal.set_wakeup_fd`) that the Qt event loop watches, and the GUI thread then
closes every window (each saves what it holds, releases its presence and drains its writer) and
quits; the process exits with status 0.
"""

from __future__ import annotations

import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

#: The signals that close the app.
STOPS = (signal.SIGTERM, signal.SIGINT)


class StopSignals(QObject):
    """Closes ``app``'s windows and quits when the process gets one of ``STOPS``."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self._read, self._write = socket.socketpair()
        self._read.setblocking(False)
        self._write.setblocking(False)
        signal.set_wakeup_fd(self._write.fileno())
        for stop in STOPS:  # a Python handler, so that the default (end, or raise) does not run;
            signal.signal(stop, lambda _signum, _frame: None)  # the wakeup byte says which
        self.notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self.on_notifier_activated)

    def on_notifier_activated(self) -> None:
        try:
            got = self._read.recv(64)
        except BlockingIOError:
            return
        if any(stop in got for stop in STOPS):
            self.app.closeAllWindows()
            self.app.quit()
