"""Benchmark the window's responsiveness: the longest event-loop stall during each of its slow
moments, its start as a whole process beside a bare Qt window, and its peak memory.

Every figure comes from a fresh process (``bench/window_child.py``), medians of ``--runs`` runs:
- stalls (a 10 ms ``QTimer`` on the GUI thread records the gaps between its ticks; stall = gap -
  10 ms; target <= 50 ms) during: window start to first paint on the sample and on a 200-article
  library; opening the statistics view (Ctrl+Shift+S) until its charts show; the first load of the
  translation memory (200-article library); QA badges of a 20,000-segment article as it opens,
  once the window's start has shown its article and while it is still reading it;
- window start to first paint as a whole process (wall and CPU) beside a bare ``QMainWindow`` +
  ``QTableView`` process, run in turn (target <= 2.5x);
- the window's peak resident memory with the 200-article library, the memory loaded (target
  <= 250 MiB).

The libraries are built from WMT23 lines (``bench/library_data.py``); without ``../shared/corpora``
only the sample's figures are printed. Usage: ``QT_QPA_PLATFORM=offscreen uv run python
bench/window_stalls.py [--runs 5] [--only stats|memory|qa]``. A benchmark that prints
figures; it never passes or fails.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from library_data import build_library
from scale_data import DEFAULT_CORPORA, build_article

from reviewer import library
from reviewer.storage.store import Store

CHILD = Path(__file__).with_name("window_child.py")
STALL_TARGET_MS, START_RATIO, MEMORY_MIB = 50, 2.5, 250


#: The children run as a person's window does: offscreen here, and with Python's bytecode cache
#: (a session that sets PYTHONDONTWRITEBYTECODE would compile every module at every start,
#: 0.14 s of the window's start, which no installed copy pays after its first run).
CHILD_ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
             "QT_QPA_PLATFORM": "offscreen"}


def child(*argv: str) -> tuple[dict, float, float]:
    """Run the child; its JSON, its wall time and its CPU time (user + system)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run([sys.executable, str(CHILD), *argv], capture_output=True, text=True,
                          timeout=600, env=CHILD_ENV)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"{argv}: {done.stderr[-2000:]}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    return (json.loads(lines[-1]) if lines else {}), wall, cpu


def sample_db(path: Path) -> Path:
    with Store(path) as store:
        library.ensure_sample(store)
    return path


def stall(name: str, runs: int, *argv: str) -> None:
    got = [child(*argv)[0] for _ in range(runs)]
    stalls = [g["stall_ms"] for g in got]
    med = statistics.median(stalls)
    extra = f", {got[0]['units']} units" if "units" in got[0] else ""
    verdict = "ok" if med <= STALL_TARGET_MS else "ABOVE TARGET"
    print(f"{name:<46} {med:8.0f} ms  (runs {min(stalls):.0f}-{max(stalls):.0f}{extra}) {verdict}",
          flush=True)


def whole_start(db: Path, runs: int) -> None:
    ours: list[tuple[float, float]] = []
    bare: list[tuple[float, float]] = []
    child("paint", str(db))  # the first start writes the bytecode cache; not counted
    child("bare", str(db))
    for _ in range(runs):
        ours.append(child("paint", str(db))[1:])
        bare.append(child("bare", str(db))[1:])
    for i, what in enumerate(("wall", "CPU")):
        o, b = statistics.median(x[i] for x in ours), statistics.median(x[i] for x in bare)
        print(f"window start to first paint, sample, {what:<4}: {o:.2f} s; bare QMainWindow + "
              f"QTableView {b:.2f} s; ratio {o / b:.1f}x (target <= {START_RATIO}x)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--only-memory", action="store_true",
                        help="only the memory's first load and the peak memory (200 articles)")
    parser.add_argument("--only", choices=("stats", "memory", "qa"),
                        help="only the statistics view (sample, 200 articles), the memory "
                        "(as --only-memory) or the 20,000-segment article")
    args = parser.parse_args()
    if args.only_memory:
        args.only = "memory"
    if args.only:
        only(args)
        return
    with tempfile.TemporaryDirectory() as tmp:
        sample = sample_db(Path(tmp) / "sample.db")
        print(f"medians of {args.runs} runs, each a fresh process; stall target "
              f"<= {STALL_TARGET_MS} ms", flush=True)
        stall("start to first paint, sample", args.runs, "start", str(sample))
        stall("statistics view (Ctrl+Shift+S), sample", args.runs, "stats", str(sample))
        whole_start(sample, args.runs)
        if not args.corpora.is_dir():
            print(f"skipped the 200-article library and the 20,000-segment article: "
                  f"{args.corpora} is absent")
            return
        lib = Path(tmp) / "library.db"
        build_library(lib, 200 * 40, per_article=40, corpora=args.corpora)
        big = sample_db(Path(tmp) / "big.db")
        with Store(big) as store:
            big_id = build_article(store, 20000, args.corpora, "big").id
        stall("start to first paint, 200 articles", args.runs, "start", str(lib))
        stall("statistics view (Ctrl+Shift+S), 200 articles", args.runs, "stats", str(lib))
        stall("first load of the memory, 200 articles", args.runs, "tm", str(lib))
        stall("QA badges, 20,000-segment article", args.runs, "qa", str(big), str(big_id))
        stall("the same while the start reads it", args.runs, "qa-overlap", str(big),
              str(big_id))
        memory_peak(lib, args.runs)


def only(args: argparse.Namespace) -> None:
    """One group of cases (``--only``)."""
    if args.only != "stats" and not args.corpora.is_dir():
        print(f"skipped: {args.corpora} is absent")
        return
    print(f"medians of {args.runs} runs, each a fresh process; stall target "
          f"<= {STALL_TARGET_MS} ms", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        if args.only == "qa":
            big = sample_db(Path(tmp) / "big.db")
            with Store(big) as store:
                big_id = str(build_article(store, 20000, args.corpora, "big").id)
            stall("QA badges, 20,000-segment article", args.runs, "qa", str(big), big_id)
            stall("the same while the start reads it", args.runs, "qa-overlap", str(big), big_id)
            return
        if args.only == "stats":
            sample = sample_db(Path(tmp) / "sample.db")
            stall("statistics view (Ctrl+Shift+S), sample", args.runs, "stats", str(sample))
            if not args.corpora.is_dir():
                return
        lib = Path(tmp) / "library.db"
        build_library(lib, 200 * 40, per_article=40, corpora=args.corpora)
        if args.only == "stats":
            stall("statistics view (Ctrl+Shift+S), 200 articles", args.runs, "stats", str(lib))
            return
        stall("first load of the memory, 200 articles", args.runs, "tm", str(lib))
        memory_peak(lib, args.runs)


def memory_peak(lib: Path, runs: int) -> None:
    """The window's peak memory with the library open and its translation memory loaded."""
    peaks = [child("memory", str(lib))[0]["peak_mib"] for _ in range(runs)]
    print(f"peak memory, 200 articles (8,000 segments), memory loaded: "
          f"{statistics.median(peaks):.0f} MiB (target <= {MEMORY_MIB} MiB)")


if __name__ == "__main__":
    main()
