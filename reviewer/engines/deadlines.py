"""One watchdog thread that calls a function when a deadline passes, for every request at once.

A ``threading.Timer`` per request costs a thread start (about 2 ms on a busy machine, more than
the request's own work on a loopback server); this keeps one daemon thread, started on demand, that
sleeps until the earliest live deadline and ends itself after :data:`IDLE_EXIT_S` seconds with no
live deadline. Cancelling a deadline is a flag (cheap, from any thread).
"""

from __future__ import annotations

import heapq
import itertools
import threading
import time
from collections.abc import Callable

IDLE_EXIT_S = 2.0
THREAD_NAME = "reviewer-deadlines"


class Deadline:
    """A scheduled call; :meth:`cancel` it once the guarded work is over."""

    __slots__ = ("cancelled", "fn", "watchdog")

    def __init__(self, fn: Callable[[], None], watchdog: Watchdog):
        self.fn, self.watchdog, self.cancelled = fn, watchdog, False

    def cancel(self) -> None:
        """Do not call the function (a no-op if it already ran)."""
        self.watchdog._cancel(self)


class Watchdog:
    """Deadlines kept in a heap and fired by one thread."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, Deadline]] = []
        self._seq = itertools.count()
        self._live = 0
        self._thread: threading.Thread | None = None

    def schedule(self, delay: float, fn: Callable[[], None]) -> Deadline:
        """Call ``fn`` on the watchdog thread in ``delay`` seconds unless cancelled first."""
        deadline = Deadline(fn, self)
        when = time.monotonic() + delay
        with self._cond:
            earliest = not self._heap or when < self._heap[0][0]
            heapq.heappush(self._heap, (when, next(self._seq), deadline))
            self._live += 1
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=THREAD_NAME, daemon=True)
                self._thread.start()
            elif earliest:
                self._cond.notify()
        return deadline

    def _cancel(self, deadline: Deadline) -> None:
        with self._cond:
            if deadline.cancelled:
                return
            deadline.cancelled = True
            self._live -= 1
            if self._live == 0:
                self._heap.clear()
                self._cond.notify()

    def _run(self) -> None:
        with self._cond:
            while True:
                while self._heap and self._heap[0][2].cancelled:
                    heapq.heappop(self._heap)
                if not self._heap:
                    self._cond.wait(IDLE_EXIT_S)
                    if not self._heap:
                        self._thread = None
                        return
                    continue
                when, _, deadline = self._heap[0]
                wait = when - time.monotonic()
                if wait > 0:
                    self._cond.wait(wait)
                    continue
                heapq.heappop(self._heap)
                deadline.cancelled = True
                self._live -= 1
                self._cond.release()
                try:
                    deadline.fn()
                finally:
                    self._cond.acquire()


WATCHDOG = Watchdog()
