"""What the paired bootstrap test adds to the statistics: the time of ``article_stats`` with the
test (1000 resamples) beside the same call without it, run in turn in one process.

Cases: the 30-segment test article of ``tests/significance_fixtures.py`` (2 engines), and, when
``../shared/corpora`` is present, the largest WMT23 news article with every system (11 uk
engines) and the 30 WMT23 articles as one library (516 lines, 11 engines). Line statistics are
cached after the first call (as in the window after its first computation), so the medians are of
warm calls; the first, cold call of each case is printed too.

Usage: ``uv run python bench/significance.py [--runs 7] [--resamples 1000]``.
This is a benchmark that prints figures; it never passes or fails.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reviewer.core.model import HumanSentence, Link, Role, SegmentDraft  # noqa: E402
from reviewer.core.significance import BootstrapOptions  # noqa: E402
from reviewer.storage.mt_cache import MTRecord, record_mt  # noqa: E402
from reviewer.storage.stats_queries import article_stats, library_stats  # noqa: E402
from reviewer.storage.store import Store  # noqa: E402
from tests.significance_fixtures import add_article  # noqa: E402

WMT23 = ROOT / ".." / "shared" / "corpora" / "wmt23" / "news_articles.jsonl"


def add_wmt23(store: Store, art: dict, lang: str = "uk") -> int:
    lines = art["en"]
    a = store.add_article(art["docid"], "en", "wmt23",
                          [SegmentDraft(i, Role.BODY, t) for i, t in enumerate(lines)])
    store.set_human_version(a.id, lang, art["docid"], "wmt23",
                            [HumanSentence(i, i, t) for i, t in enumerate(art["ref"][lang])],
                            [Link(i, i + 1, i, i + 1) for i in range(len(lines))])
    segments = store.segments(a.id)
    record_mt(store, [MTRecord(seg.id, lang, engine, text)
                      for engine, hyps in art["mt"][lang].items()
                      for seg, text in zip(segments, hyps, strict=True)])
    return a.id


def timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def case(name: str, call: Callable[[BootstrapOptions | None], object], runs: int,
         options: BootstrapOptions) -> None:
    cold = timed(lambda: call(options))
    without: list[float] = []
    with_test: list[float] = []
    for _ in range(runs):
        without.append(timed(lambda: call(None)))
        with_test.append(timed(lambda: call(options)))
    a, b = statistics.median(without), statistics.median(with_test)
    print(f"| {name} | {a * 1000:.0f} ms | {b * 1000:.0f} ms | +{(b - a) * 1000:.0f} ms "
          f"| {b / a:.2f}x | {cold * 1000:.0f} ms |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--resamples", type=int, default=1000)
    args = parser.parse_args()
    options = BootstrapOptions(resamples=args.resamples)
    print(f"paired bootstrap, {options.resamples} resamples, medians of {args.runs} warm calls")
    print("| case | without the test | with the test | added | ratio | first (cold) call |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.db")
        aid = add_article(store, "close")
        case("30-segment article, 2 engines",
             lambda o: article_stats(store, aid, ["uk"], o), args.runs, options)
        if WMT23.exists():
            with WMT23.open(encoding="utf-8") as f:
                arts = [json.loads(line) for line in f]
            lib = Store(Path(tmp) / "wmt23.db")
            ids = [add_wmt23(lib, a) for a in arts]
            big = max(range(len(arts)), key=lambda i: len(arts[i]["en"]))
            case(f"WMT23 article of {len(arts[big]['en'])} lines, "
                 f"{len(arts[big]['mt']['uk'])} engines",
                 lambda o: article_stats(lib, ids[big], ["uk"], o), args.runs, options)
            case(f"WMT23 library, {sum(len(a['en']) for a in arts)} lines, "
                 f"{len(arts[0]['mt']['uk'])} engines",
                 lambda o: library_stats(lib, ["uk"], o), max(3, args.runs // 2), options)
        else:
            print("(../shared/corpora is absent: the WMT23 cases are left out)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
