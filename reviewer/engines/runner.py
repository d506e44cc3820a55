"""Running an engine over many texts: split, batch, a thread pool, retries, results as they arrive.

:func:`run_items` is a plain function over a :class:`RunState` (progress counters, a cancel flag,
a per-result callback), so a window can drive it from a worker thread and tests need no Qt. The
network work runs in a pool of ``concurrency`` threads, each with its own
:class:`~reviewer.engines.http.HttpClient`; results are handed to ``sink`` and ``on_result`` on the
*calling* thread, one finished request at a time, so a caller that owns a database connection
writes them there (sqlite connections belong to their thread). Cancelling sets the flag and shuts
every open connection down, so no worker stays blocked.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Hashable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from reviewer.engines.base import Engine, EngineSettings, Result
from reviewer.engines.errors import EngineError, ErrorKind
from reviewer.engines.jobs import Job, Outcome, Workers, combine, make_jobs
from reviewer.engines.splitting import split_to_limit

#: The caller's key of a work item: a text's index, a segment (``fetch.SegmentItem``)...
K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class WorkItem(Generic[K]):
    """One text to translate into one language; ``key`` is the caller's (e.g. a segment id)."""

    key: K
    text: str
    target: str


@dataclass(frozen=True)
class ItemDone(Generic[K]):
    """A finished item: its result, and whether it came from the cache."""

    item: WorkItem[K]
    result: Result
    cached: bool = False


@dataclass
class RunState(Generic[K]):
    """Progress, results and cancellation of one run; read it from any thread, cancel from any.

    ``K`` is the type of the items' keys, which ``on_result`` gets back."""

    total: int = 0
    done: int = 0
    failed: int = 0
    cached: int = 0
    cancelled: int = 0
    requests: int = 0
    characters: int = 0
    on_result: Callable[[ItemDone[K]], None] | None = None
    cancel_event: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        """Ask the run to stop: nothing new is sent and open requests are cut."""
        self.cancel_event.set()

    def record(self, done: ItemDone[K]) -> None:
        """Count a finished item and pass it to ``on_result`` (on the run's calling thread)."""
        self.done += 1
        self.cached += done.cached
        self.failed += not done.result.ok
        if self.on_result is not None:
            self.on_result(done)


#: Where finished items go first: ``sink(items, requests, characters)``.
Sink = Callable[[list[ItemDone[K]], int, int], None]


def run_items(engine: Engine, items: Sequence[WorkItem[K]], source: str, *,
              settings: EngineSettings | None = None, state: RunState[K] | None = None,
              sink: Sink[K] | None = None) -> RunState[K]:
    """Translate ``items`` from ``source``; return the state with its counters.

    Long texts are split to the engine's limit and rejoined; texts are grouped into batches for
    engines that batch. As each request finishes, its completed items go to ``sink(items,
    requests, characters)`` and then, one by one, to ``state.on_result``, both on this thread.
    Cancelled items go to neither (they were not answered).
    """
    settings = settings or EngineSettings()
    state = state or RunState()
    state.total += len(items)
    spec = engine.spec
    pieces = [split_to_limit(item.text, spec.max_chars, source) for item in items]
    batch = max(1, min(settings.batch or spec.batch, spec.batch))
    jobs = make_jobs(items, pieces, batch, spec.batch_chars)
    got: list[list[Result | None]] = [[None] * len(p.texts) for p in pieces]
    left = [len(p.texts) for p in pieces]
    run = Workers(engine, source, settings, state.cancel_event)
    workers = max(1, settings.concurrency or spec.concurrency)
    executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="reviewer-mt")
    clean = False
    # Finished requests come back through a queue: O(1) per result, where waiting on the set of
    # pending futures would walk all of them (and take each one's lock) at every wake-up.
    finished: queue.SimpleQueue[tuple[Outcome | None, BaseException | None]] = queue.SimpleQueue()

    def work(job: Job) -> None:
        try:
            finished.put((run.run_job(job), None))
        except BaseException as exc:  # a bug: handed to the calling thread, raised there
            finished.put((None, exc))

    try:
        for job in jobs:
            executor.submit(work, job)
        remaining = len(jobs)
        while remaining:
            try:
                out, bug = finished.get(timeout=0.1)
            except queue.Empty:
                if state.cancel_event.is_set():
                    run.abort_all()
                continue
            remaining -= 1
            if bug is not None:
                raise bug
            assert out is not None
            if state.cancel_event.is_set():
                run.abort_all()
            state.requests += out.requests
            state.characters += out.characters
            ready: list[ItemDone[K]] = []
            for unit, result in zip(out.job.units, out.results, strict=True):
                got[unit.item][unit.piece] = result
                left[unit.item] -= 1
                if left[unit.item] == 0:
                    ready.append(ItemDone(items[unit.item],
                                          combine(got[unit.item], pieces[unit.item])))
            answered = [d for d in ready
                        if not (d.result.error and d.result.error.kind is ErrorKind.CANCELLED)]
            state.cancelled += len(ready) - len(answered)
            if sink is not None:
                sink(answered, out.requests, out.characters)
            for done in answered:
                state.record(done)
        clean = True
    finally:
        if not clean:
            state.cancel()
            run.abort_all()
        executor.shutdown(wait=clean, cancel_futures=True)
        run.close()
    return state


def translate_many(engine: Engine, texts: Sequence[str], source: str, target: str, *,
                   settings: EngineSettings | None = None,
                   state: RunState[int] | None = None) -> list[Result]:
    """Translate ``texts`` concurrently (no cache, no store); one :class:`Result` per text."""
    items = [WorkItem(i, text, target) for i, text in enumerate(texts)]
    results: list[Result] = [Result.fail(EngineError(ErrorKind.CANCELLED, "not translated"))
                             ] * len(texts)

    def sink(done: list[ItemDone[int]], requests: int, characters: int) -> None:
        for d in done:
            results[d.item.key] = d.result

    run_items(engine, items, source, settings=settings, state=state, sink=sink)
    return results
