"""The figures behind the statistics charts, computed from the statistics (no Qt, no matplotlib).

The window only draws what these functions return: histogram bins of segment chrF per engine,
approvals per day with their running total, the split of review statuses and of how approved
texts were reached, and QA findings counted by check and severity. The progress, effort and
timeline records of :mod:`reviewer.storage.progress_queries` are read through the small protocols
below, so the core does not depend on the storage.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Protocol

from reviewer.core.leaderboard import LanguageBoard

CHRF_LOW, CHRF_HIGH, CHRF_BIN = 0.0, 100.0, 10.0
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")


@dataclass(frozen=True)
class Histogram:
    """Counts of values in consecutive bins: bin ``i`` is ``[edges[i], edges[i + 1])``.

    The last bin also holds its upper edge (a chrF of 100); values outside the range are
    counted in the first or last bin.
    """

    edges: tuple[float, ...]
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        """How many values were counted."""
        return sum(self.counts)


def histogram(values: Iterable[float], *, low: float = CHRF_LOW, high: float = CHRF_HIGH,
              width: float = CHRF_BIN) -> Histogram:
    """Count ``values`` in bins of ``width`` from ``low`` to ``high``."""
    if width <= 0 or high <= low:
        raise ValueError(f"histogram: bins need width > 0 and high > low (got {width}, "
                         f"{low}..{high})")
    bins = math.ceil((high - low) / width - 1e-9)
    counts = [0] * bins
    for v in values:
        counts[min(max(int((v - low) // width), 0), bins - 1)] += 1
    edges = tuple(min(low + i * width, high) for i in range(bins + 1))
    return Histogram(edges, tuple(counts))


def segment_chrf(board: LanguageBoard) -> dict[str, tuple[float, ...]]:
    """Each engine's sentence chrF of its scored units (segments, or groups of a 2-1 link)."""
    return {r.engine: tuple(u.scores.chrf for u in r.unit_scores) for r in board.engines}


def chrf_histograms(board: LanguageBoard, width: float = CHRF_BIN) -> dict[str, Histogram]:
    """A histogram of segment chrF per engine, engines in the board's order (best first)."""
    return {engine: histogram(values, width=width)
            for engine, values in segment_chrf(board).items()}


class _Day(Protocol):
    @property
    def day(self) -> str: ...
    @property
    def lang(self) -> str: ...
    @property
    def approved(self) -> int: ...
    @property
    def unapproved(self) -> int: ...


class _Progress(Protocol):
    @property
    def approved(self) -> int: ...
    @property
    def draft(self) -> int: ...
    @property
    def rejected(self) -> int: ...
    @property
    def new(self) -> int: ...


class _Effort(Protocol):
    @property
    def unchanged_mt(self) -> int: ...
    @property
    def unchanged_human(self) -> int: ...
    @property
    def edited(self) -> int: ...


@dataclass(frozen=True)
class DailySeries:
    """Approvals per day in one language, every day from the first to the last with activity.

    ``cumulative`` is the running count of approved translations (approvals minus un-approvals).
    """

    lang: str
    days: tuple[str, ...] = ()
    approved: tuple[int, ...] = ()
    unapproved: tuple[int, ...] = ()
    cumulative: tuple[int, ...] = ()


def daily_series(days: Iterable[_Day], lang: str, *, fill_gaps: bool = True) -> DailySeries:
    """The approvals of ``lang`` per day; quiet days in between get zeros with ``fill_gaps``."""
    mine = {d.day: d for d in days if d.lang == lang}
    if not mine:
        return DailySeries(lang)
    keys = sorted(mine)
    if fill_gaps:
        first, last = date.fromisoformat(keys[0]), date.fromisoformat(keys[-1])
        keys = [(first + timedelta(days=i)).isoformat() for i in range((last - first).days + 1)]
    approved = tuple(mine[k].approved if k in mine else 0 for k in keys)
    unapproved = tuple(mine[k].unapproved if k in mine else 0 for k in keys)
    running, cumulative = 0, []
    for a, u in zip(approved, unapproved, strict=True):
        running += a - u
        cumulative.append(running)
    return DailySeries(lang, tuple(keys), approved, unapproved, tuple(cumulative))


@dataclass(frozen=True)
class Part:
    """One part of a split: its key (a status or an effort kind) and its count."""

    key: str
    count: int


def status_parts(progress: _Progress) -> tuple[Part, ...]:
    """The segments of a language by review status: approved, draft, rejected, new."""
    return (Part("approved", progress.approved), Part("draft", progress.draft),
            Part("rejected", progress.rejected), Part("new", progress.new))


def effort_parts(effort: _Effort) -> tuple[Part, ...]:
    """How the approved texts were reached: unchanged MT, unchanged human version, edited."""
    return (Part("unchanged_mt", effort.unchanged_mt),
            Part("unchanged_human", effort.unchanged_human), Part("edited", effort.edited))


class _Finding(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def severity(self) -> str: ...


class _Report(Protocol):
    @property
    def lang(self) -> str: ...
    @property
    def findings(self) -> Sequence[_Finding]: ...


@dataclass(frozen=True)
class KindCount:
    """The findings of one QA check in one language, in all and by severity."""

    kind: str
    total: int
    by_severity: dict[str, int] = field(default_factory=dict)


def findings_by_kind(reports: Iterable[_Report], lang: str,
                     kinds: Sequence[str] = ()) -> tuple[KindCount, ...]:
    """Count the findings of ``lang`` per check: every kind of ``kinds`` (zeros included) in
    that order, then any other kind found, by name."""
    counts: dict[str, dict[str, int]] = {k: {} for k in kinds}
    for report in reports:
        if report.lang != lang:
            continue
        for f in report.findings:
            sev = counts.setdefault(f.kind, {})
            sev[str(f.severity)] = sev.get(str(f.severity), 0) + 1
    order = list(kinds) + sorted(k for k in counts if k not in kinds)
    out = []
    for k in order:
        by = counts[k]
        ranked = {s: by[s] for s in SEVERITIES if s in by}
        ranked.update({s: n for s, n in sorted(by.items()) if s not in ranked})
        out.append(KindCount(k, sum(by.values()), ranked))
    return tuple(out)
