"""The team load bench's figures (:mod:`bench.team_load`): latency percentiles of the
acknowledged changes, where the approvals spent their time (``--profile``), the lines printed
for a run, and the medians over several runs."""

from __future__ import annotations

import os
import statistics
from typing import Any


def latencies(records: list[dict[str, Any]]) -> dict[str, float]:
    """p50/p95/p99/max of the approvals and edits acknowledged at the first try."""
    figures: dict[str, float] = {}
    for kind in ("approve", "edit"):
        ms = sorted(r["ms"] for r in records if r["kind"] == kind and r["result"] == "ack"
                    and not r["in_doubt"])
        if len(ms) >= 2:
            cuts = statistics.quantiles(ms, n=100, method="inclusive")
            figures[f"{kind}_p50_ms"] = statistics.median(ms)
            figures[f"{kind}_p95_ms"] = cuts[94]
            figures[f"{kind}_p99_ms"] = cuts[98]
            figures[f"{kind}_max_ms"] = ms[-1]
    return figures


PHASES = ("lock", "commit", "statements", "begin")


def phases(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Where the acknowledged approvals spent their time, on average: all of them and the
    slowest 5% (``--profile``; empty without it). ``other`` is the rest of the measured time:
    the worker's own Python between statements and its waits for a CPU."""
    timed = sorted((r for r in records if r["kind"] == "approve" and r["result"] == "ack"
                    and not r["in_doubt"] and "phases" in r), key=lambda r: r["ms"])
    if len(timed) < 20:
        return {}
    out: dict[str, Any] = {}
    for group, rows in (("all", timed), ("slowest 5%", timed[-max(1, len(timed) // 20):])):
        means = {k: statistics.fmean(r["phases"].get(k, 0.0) for r in rows) for k in PHASES}
        means["other"] = statistics.fmean(r["ms"] for r in rows) - sum(means.values())
        out[f"phases {group}"] = means
    return out


def report(engine: str, figures: dict[str, Any]) -> str:
    """The figures as lines of text."""
    f = figures
    lines = [f"{engine}: {f['workers']} workers, {f['ops']} operations in {f['wall_s']:.1f} s "
             f"({f['throughput']:.0f} per s); {f['acks']} acknowledged, {f['conflicts']} "
             f"collisions reported to their authors; load average {f['load_before']:.1f} "
             f"before, {f['load_after']:.1f} after ({os.cpu_count()} CPUs)"]
    for kind in ("approve", "edit"):
        if f"{kind}_p50_ms" in f:
            lines.append(f"  {kind}: p50 {f[kind + '_p50_ms']:.1f} ms, p95 "
                         f"{f[kind + '_p95_ms']:.1f} ms, p99 {f[kind + '_p99_ms']:.1f} ms, "
                         f"max {f[kind + '_max_ms']:.1f} ms")
    for key in ("phases all", "phases slowest 5%"):
        if key in f:
            lines.append(f"  approvals, {key[7:]}: " + ", ".join(
                f"{name} {ms:.1f} ms" for name, ms in f[key].items()))
    if f["fault"] or f["reconnects"]:
        lines.append(f"  fault: server stopped after {f['fault'].get('done_before', '?')} "
                     f"operations, down and up again in {f['fault'].get('down_s', 0):.1f} s; "
                     f"{f['reconnects']} reconnects, {f['in_doubt']} operations resent "
                     f"({f['found_at_retry']} found committed before the cut, not written "
                     "again), "
                     f"{f['in_doubt_applied']} of them refused though applied before the cut")
    lines.append(f"  history: {f['history_rows']} rows ({f['token_rows']} from the burst); "
                 + ("every invariant holds" if not f["problems"] else
                    f"{len(f['problems'])} PROBLEMS:\n    " + "\n    ".join(f["problems"][:30])))
    return "\n".join(lines)


def medians(runs: list[dict[str, Any]]) -> str:
    """The median of each latency figure and of the throughput over ``runs``, as a line."""
    keys = [f"approve_{q}_ms" for q in ("p50", "p95", "p99", "max")]
    med = {k: statistics.median(r[k] for r in runs) for k in keys if all(k in r for r in runs)}
    each = ", ".join(f"{r['approve_p95_ms']:.1f}" for r in runs if "approve_p95_ms" in r)
    return (f"median of {len(runs)} runs: approve p50 {med.get(keys[0], 0):.1f} ms, p95 "
            f"{med.get(keys[1], 0):.1f} ms, p99 {med.get(keys[2], 0):.1f} ms, max "
            f"{med.get(keys[3], 0):.1f} ms; "
            f"{statistics.median(r['throughput'] for r in runs):.0f} per s (p95 of each run: "
            f"{each} ms)")
