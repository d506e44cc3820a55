"""Timing whole processes side by side: CPU, wall and peak memory of each run, medians, growth.

:func:`side_by_side` runs ours and a baseline in turn (A B A B ...), each as a fresh process
(``os.wait4`` gives its user+system CPU and its peak resident memory), with an optional step
before each run that is not timed (e.g. copying a fresh database). :func:`exponent` fits
``time = c * size ** k`` over sizes by least squares on the logarithms.
"""

from __future__ import annotations

import math
import os
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    """Medians of several runs of one command."""

    cpu: float
    wall: float
    rss_mib: float


def once(argv: Sequence[str], before: Callable[[], None] | None = None) -> tuple[float, ...]:
    """Run ``argv`` once (output discarded); return (CPU s, wall s, peak MiB)."""
    if before is not None:
        before()
    start = time.perf_counter()
    proc = subprocess.Popen(list(argv), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(argv)} exited {proc.returncode}: {err[-500:]}")
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024


def _median(samples: list[tuple[float, ...]]) -> Run:
    return Run(*(statistics.median(s[i] for s in samples) for i in range(3)))


def side_by_side(ours: Sequence[str], base: Sequence[str] | None, runs: int,
                 before: Callable[[], None] | None = None,
                 base_before: Callable[[], None] | None = None) -> tuple[Run, Run | None]:
    """Medians of ``runs`` runs of ``ours`` and ``base``, alternating."""
    a: list[tuple[float, ...]] = []
    b: list[tuple[float, ...]] = []
    for _ in range(runs):
        a.append(once(ours, before))
        if base is not None:
            b.append(once(base, base_before or before))
    return _median(a), (_median(b) if b else None)


def exponent(sizes: Sequence[int], times: Sequence[float]) -> float:
    """The growth exponent ``k`` of ``time ~ size ** k`` fitted over the sizes."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-6)) for t in times]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs)
