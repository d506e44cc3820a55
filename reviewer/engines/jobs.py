"""The work of a run's pool threads: requests made of text pieces, sent with retries and pacing.

:func:`make_jobs` groups the pieces of every text (cut to the engine's limit) into requests of at
most ``batch`` texts; :class:`Workers` sends one request on a pool thread, pacing it with the rate
limiter, retrying as the :class:`~reviewer.engines.limits.RetryPolicy` says and stopping when the
:class:`~reviewer.engines.limits.Breaker` has tripped; :func:`combine` puts a text's pieces back.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from reviewer.engines.base import Engine, EngineSettings, Result
from reviewer.engines.errors import EngineError, ErrorKind
from reviewer.engines.limits import Breaker, RateLimiter, RetryPolicy, not_sent
from reviewer.engines.splitting import Pieces, rejoin

if TYPE_CHECKING:  # requests is imported when the first request is made, not with the window
    from reviewer.engines.http import HttpClient


class _Item(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def target(self) -> str: ...


@dataclass(frozen=True)
class Unit:
    """One piece of one text, as sent: the item's position, the piece's position, its text."""

    item: int
    piece: int
    text: str


@dataclass(frozen=True)
class Job:
    """One request: pieces into one target language."""

    target: str
    units: tuple[Unit, ...]


@dataclass(frozen=True)
class Outcome:
    """A request's results (one per piece) and what it cost: HTTP requests and characters sent."""

    job: Job
    results: list[Result]
    requests: int
    characters: int


def make_jobs(items: Sequence[_Item], pieces: list[Pieces], batch: int,
          batch_chars: int | None) -> list[Job]:
    by_target: dict[str, list[Unit]] = {}
    for i, (item, cut) in enumerate(zip(items, pieces, strict=True)):
        for j, text in enumerate(cut.texts):
            by_target.setdefault(item.target, []).append(Unit(i, j, text))
    jobs: list[Job] = []
    for target, units in by_target.items():
        group: list[Unit] = []
        size = 0
        for unit in units:
            if group and (len(group) >= batch or
                          (batch_chars and size + len(unit.text) > batch_chars)):
                jobs.append(Job(target, tuple(group)))
                group, size = [], 0
            group.append(unit)
            size += len(unit.text)
        if group:
            jobs.append(Job(target, tuple(group)))
    return jobs


class Workers:
    """The shared state of one run's pool threads: engine, one HTTP client per thread, pacing,
    retries and the breaker; :meth:`abort_all` cuts every open request (from any thread)."""

    def __init__(self, engine: Engine, source: str, settings: EngineSettings,
                 cancel: threading.Event):
        spec = engine.spec
        self.engine, self.source, self.cancel = engine, source, cancel
        self.timeout = settings.timeout
        rate = spec.rate_per_s if settings.rate_per_s is None else settings.rate_per_s
        self.limiter = RateLimiter(rate)
        self.policy = RetryPolicy(settings.retries, settings.backoff_s,
                                  max_wait_s=settings.max_wait_s)
        self.breaker = Breaker()
        self._local = threading.local()
        self._clients: list[HttpClient] = []
        self._lock = threading.Lock()

    def client(self) -> HttpClient:
        client = getattr(self._local, "client", None)
        if client is None:
            from reviewer.engines.http import HttpClient  # noqa: PLC0415 - see the import above

            client = HttpClient(self.timeout, self.cancel, self.engine.spec.name)
            self._local.client = client
            with self._lock:
                self._clients.append(client)
        return client

    def abort_all(self) -> None:
        with self._lock:
            clients = list(self._clients)
        for client in clients:
            client.abort("cancelled")

    def close(self) -> None:
        with self._lock:
            clients, self._clients = list(self._clients), []
        for client in clients:
            client.close()

    def run_job(self, job: Job) -> Outcome:
        """Send one request (retrying as the policy says); runs on a pool thread."""
        client = self.client()
        cancel = self.cancel
        start, chars, attempt = client.requests, 0, 0
        texts = [u.text for u in job.units]

        def outcome(results: list[Result]) -> Outcome:
            return Outcome(job, results, client.requests - start, chars)

        def all_fail(error: EngineError) -> Outcome:
            return outcome([Result.fail(error)] * len(texts))

        while True:
            stop = self.breaker.tripped(job.target)
            if stop is not None:
                return all_fail(not_sent(stop))
            if not self.limiter.wait(cancel):
                return all_fail(EngineError(ErrorKind.CANCELLED, "stopped by the user"))
            chars += sum(len(t) for t in texts)
            try:
                results = self.engine.translate_many(texts, self.source, job.target, client)
            except EngineError as error:
                if cancel.is_set():
                    return all_fail(EngineError(ErrorKind.CANCELLED, "stopped by the user"))
                stops = self.breaker.failure(error, job.target)
                delay = None if stops else self.policy.delay(attempt, error)
                if delay is None:
                    if attempt:
                        error = error.with_message(f"{error.message} "
                                                   f"(after {attempt + 1} attempts)")
                    return all_fail(error)
                if cancel.wait(delay):
                    return all_fail(EngineError(ErrorKind.CANCELLED, "stopped by the user"))
                attempt += 1
                continue
            self.breaker.success()
            if len(results) != len(texts):
                raise RuntimeError(f"{self.engine.name} returned {len(results)} results "
                                   f"for {len(texts)} texts")
            return outcome(results)


def combine(results: list[Result | None], pieces: Pieces) -> Result:
    for result in results:
        if result is None or not result.ok:
            return result or Result.fail(EngineError(ErrorKind.BAD_ANSWER, "no answer"))
    return Result(rejoin([r.text or "" for r in results if r is not None], pieces))
