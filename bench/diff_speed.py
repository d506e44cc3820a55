"""Benchmark the word diff on real machine translations against their human references.

Every line of every WMT23 system's output (11 uk, 12 ru systems over the 30 news articles; about
11,900 pairs) is diffed against its reference line with ``reviewer.core.diff.word_diff`` (cache
bypassed) and, beside it, with diff-match-patch's plain character-level ``diff_main`` plus
``diff_cleanupSemantic`` at its defaults (one-second timeout). For each it prints segments per
second, median / 95th percentile / max milliseconds per segment, total wall and CPU time, the
median number of changed runs a reader sees per segment, and the mean share of changed characters.

``--long N`` also diffs N whole articles (every line of one system's output joined against the
joined reference, ~350 words each), and one 5,000-word text made of a system's output for the
whole test set, where the character-level diff reaches its timeout and marks nearly all changed.

Usage: ``uv run python bench/diff_speed.py [--corpora PATH] [--long N]``.
A benchmark that prints figures; it never passes or fails.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from diff_match_patch import diff_match_patch

from reviewer.core.diff import Op, changed_ratio, word_diff

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = ROOT / ".." / "shared" / "corpora"

Pair = tuple[str, str]
Differ = Callable[[str, str], tuple[int, float]]  # -> (changed runs, changed share)


def load(corpora: Path) -> tuple[list[Pair], list[Pair], Pair]:
    """Line pairs (MT, reference), whole-article pairs, and one 5,000-word pair."""
    lines: list[Pair] = []
    articles: list[Pair] = []
    whole_mt: list[str] = []
    whole_ref: list[str] = []
    with (corpora / "wmt23" / "news_articles.jsonl").open(encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    for doc in docs:
        for lang in ("uk", "ru"):
            ref = doc["ref"][lang]
            for system, out in sorted(doc["mt"][lang].items()):
                lines.extend(zip(out, ref, strict=True))
                articles.append((" ".join(out), " ".join(ref)))
                if lang == "uk" and system == "ONLINE-B":
                    whole_mt.extend(out)
                    whole_ref.extend(ref)
    five_k = (" ".join(" ".join(whole_mt).split()[:5000]),
              " ".join(" ".join(whole_ref).split()[:5000]))
    return lines, articles, five_k


def words(old: str, new: str) -> tuple[int, float]:
    spans = word_diff.__wrapped__(old, new)  # type: ignore[attr-defined]
    return sum(1 for s in spans if s.op is not Op.EQUAL), changed_ratio(spans)


def chars(old: str, new: str) -> tuple[int, float]:
    dmp = diff_match_patch()
    diffs = dmp.diff_main(old, new)
    dmp.diff_cleanupSemantic(diffs)
    changed = sum(len(t) for op, t in diffs if op)
    total = changed + 2 * sum(len(t) for op, t in diffs if not op)
    return sum(1 for op, _ in diffs if op), (changed / total if total else 0.0)


def run(differ: Differ, pairs: list[Pair]) -> dict[str, float]:
    """Time ``differ`` on every pair; figures as a dict."""
    times: list[float] = []
    runs: list[int] = []
    shares: list[float] = []
    wall0, cpu0 = time.perf_counter(), time.process_time()
    for old, new in pairs:
        t0 = time.perf_counter()
        n, share = differ(old, new)
        times.append((time.perf_counter() - t0) * 1000)
        runs.append(n)
        shares.append(share)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    times.sort()
    return {"n": len(pairs), "per_s": len(pairs) / wall if wall else 0.0,
            "median_ms": statistics.median(times), "p95_ms": times[int(0.95 * (len(times) - 1))],
            "max_ms": times[-1], "wall_s": wall, "cpu_s": cpu,
            "runs": statistics.median(runs), "changed": statistics.fmean(shares)}


def report(title: str, pairs: list[Pair]) -> None:
    """Print word and character figures side by side for ``pairs``."""
    w, c = run(words, pairs), run(chars, pairs)
    print(f"\n{title}: {len(pairs)} pairs")
    print(f"{'':22}{'word_diff':>14}{'dmp chars':>14}{'word/char':>11}")
    rows = [("segments/s", "per_s", "{:.0f}"), ("median ms/segment", "median_ms", "{:.3f}"),
            ("p95 ms/segment", "p95_ms", "{:.3f}"), ("max ms/segment", "max_ms", "{:.1f}"),
            ("total wall s", "wall_s", "{:.2f}"), ("total CPU s", "cpu_s", "{:.2f}"),
            ("median changed runs", "runs", "{:.0f}"), ("mean changed share", "changed", "{:.3f}")]
    for label, key, fmt in rows:
        ratio = w[key] / c[key] if c[key] else float("nan")
        print(f"{label:22}{fmt.format(w[key]):>14}{fmt.format(c[key]):>14}{ratio:>11.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--long", type=int, default=20, metavar="N",
                        help="whole articles to diff as single texts (default 20; 0: none)")
    args = parser.parse_args(argv)
    path = args.corpora / "wmt23" / "news_articles.jsonl"
    if not path.exists():
        print(f"{path} is absent: this benchmark needs the shared corpora", file=sys.stderr)
        return 2
    lines, articles, five_k = load(args.corpora)
    report("WMT23 MT lines against reference lines (uk + ru, every system)", lines)
    if args.long:
        step = max(1, len(articles) // args.long)
        report("Whole articles as one text (every k-th system output)",
               articles[::step][:args.long])
        report("One 5,000-word text (ONLINE-B uk, whole test set)", [five_k])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
