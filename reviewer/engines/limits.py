"""Pacing an engine: a rate limit, retries with backoff and jitter, and a breaker for dead servers.

- :class:`RateLimiter` spaces requests evenly (``rate`` per second) across all worker threads.
- :class:`RetryPolicy` says how long to wait before another attempt: the server's ``Retry-After``
  when it gave one, else exponential backoff with full jitter.
- :class:`Breaker` stops a run from hammering a server that cannot help: a refused key or a
  used-up quota stops every request of the engine, an unsupported language every request into that
  language, and a server that never answered (timeouts or no connection before any success) stops
  the run, so that a hung server costs one timeout, not one per segment. Once a server has answered,
  a timeout is treated as a passing hiccup and retried.
"""

from __future__ import annotations

import random
import threading
import time
from dataclasses import dataclass

from reviewer.engines.errors import EngineError, ErrorKind


class RateLimiter:
    """At most ``rate`` request starts per second, shared by all threads (``None``/0: no limit)."""

    def __init__(self, rate: float | None):
        self.interval = 1.0 / rate if rate else 0.0
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self, cancel: threading.Event) -> bool:
        """Wait for this thread's turn; return ``False`` if the run was cancelled meanwhile."""
        if not self.interval:
            return not cancel.is_set()
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next)
            self._next = start + self.interval
        delay = start - time.monotonic()
        if delay > 0:
            return not cancel.wait(delay)
        return not cancel.is_set()


@dataclass(frozen=True)
class RetryPolicy:
    """How many more attempts after a retryable failure, and how long to wait before each."""

    retries: int = 3
    base_s: float = 0.5
    cap_s: float = 30.0
    max_wait_s: float = 60.0

    def delay(self, attempt: int, error: EngineError) -> float | None:
        """Seconds to wait before attempt ``attempt + 1`` (0-based), or ``None``: give up."""
        if not error.retryable or attempt >= self.retries:
            return None
        if error.retry_after is not None:
            return error.retry_after if error.retry_after <= self.max_wait_s else None
        return random.uniform(0.0, min(self.cap_s, self.base_s * 2**attempt))


_ENGINE_WIDE = frozenset({ErrorKind.KEY, ErrorKind.QUOTA})


class Breaker:
    """Which errors stop further requests in this run, and which targets they stop."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._answered = False
        self._open: dict[str | None, EngineError] = {}

    def tripped(self, target: str) -> EngineError | None:
        """The error that stops requests into ``target``, if one does."""
        with self._lock:
            return self._open.get(None) or self._open.get(target)

    def success(self) -> None:
        """The server answered: later timeouts are hiccups worth a retry."""
        with self._lock:
            self._answered = True

    def failure(self, error: EngineError, target: str) -> bool:
        """Record a failure; return whether it stops further requests (so: do not retry)."""
        with self._lock:
            if error.kind in _ENGINE_WIDE:
                self._open.setdefault(None, error)
                return True
            if error.kind is ErrorKind.LANGUAGE:
                self._open.setdefault(target, error)
                return True
            if error.kind in (ErrorKind.TIMEOUT, ErrorKind.OFFLINE) and not self._answered:
                self._open.setdefault(None, error)
                return True
            return False


def not_sent(error: EngineError) -> EngineError:
    """The error a segment carries when an earlier failure stopped its request from being sent."""
    return error.with_message(f"{error.message} (not sent: earlier requests failed this way)")
