"""Load bench of a review team: several reviewer processes on one library, one 500-segment
article, thousands of approvals and edits with deliberate collisions.

The parent seeds the article (a draft in Ukrainian on every segment), starts ``--workers``
processes (:mod:`bench.team_worker`), each a named reviewer (``w0``, ``w1``...) doing its share
of ``--ops`` operations; a share of them (``--hot-share``) lands on a few hot segments that
everyone works on, with a short pause between reading and writing, so that changes collide.
Afterwards it checks the invariants (:mod:`bench.team_check`: every acknowledged change present
once, every refusal reported to its author naming a real newer change, versions and history
agree, no orphans) and prints p50/p95/p99/max latency of an approval's write, throughput and
collisions, and the machine's load average. ``--runs N`` repeats the burst on a fresh database
and prints the median of each figure over the runs. ``--profile`` has the workers time each
statement (:class:`bench.team_worker.Profile`) and prints where the approvals spent their time,
all of them and the slowest 5%: waiting for the write lock, the commit, the statements in
between, and the rest (the worker's own Python and waiting for a CPU). ``--no-notify`` turns
off the triggers that notify listening windows (a diagnosis: what ``NOTIFY`` costs).
``--fault`` stops the server (``pg_ctl stop -m immediate``) when a share of the operations are
done, starts it again a moment later, and the workers reconnect and resend.

Usage::

    uv run python bench/team_load.py                        # PostgreSQL (own server), 10 workers
    uv run python bench/team_load.py --sqlite --workers 3   # a SQLite file
    uv run python bench/team_load.py --fault                # the server stopped mid-burst
    uv run python bench/team_load.py --url postgresql://...  # an existing, empty database
    uv run python bench/team_load.py --runs 3 --profile     # medians of 3, where time goes

A benchmark that prints figures; it exits 1 only when an invariant does not hold.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.team_check import check  # noqa: E402
from bench.team_figures import latencies, medians, phases, report  # noqa: E402
from reviewer.core.model import Origin, Role, SegmentDraft, Status  # noqa: E402
from reviewer.storage.store import Store  # noqa: E402

WORKER = Path(__file__).with_name("team_worker.py")


def seed(target: str, segments: int) -> tuple[int, list[int]]:
    """One article of ``segments`` segments with a Ukrainian draft on each; its id, segment ids."""
    with Store(target) as store:
        article = store.add_article("Team load", "en", "bench", [
            SegmentDraft(i, Role.BODY, f"Sentence {i} of the article.") for i in range(segments)])
        ids = [s.id for s in store.segments(article.id)]
        for seg in ids:
            store.set_translation(seg, "uk", f"segment {seg}", Status.DRAFT, Origin.MT,
                                  actor="seed")
    return article.id, ids


def run(target: str, *, workers: int, ops: int, segments: int = 500, hot: int = 10,
        hot_share: float = 0.3, think_ms: float = 3.0, pace_ms: float = 0.0,
        profile: bool = False,
        fault: Callable[[], None] | None = None, fault_at: float = 0.4,
        folder: Path | None = None) -> dict[str, Any]:
    """Seed, run the burst, check; the figures and the problems found (empty: sound)."""
    article, ids = seed(target, segments)
    hot_ids = ids[:: max(1, len(ids) // hot)][:hot]
    tmp = tempfile.TemporaryDirectory() if folder is None else None
    where = Path(tmp.name) if tmp else folder
    assert where is not None
    outs = [where / f"w{w}.jsonl" for w in range(workers)]
    procs = []
    for w in range(workers):
        cfg = {"target": target, "name": f"w{w}", "seed": 1000 + w, "ops": ops // workers,
               "segments": ids, "hot": hot_ids, "hot_share": hot_share, "think_ms": think_ms,
               "pace_ms": pace_ms, "profile": profile, "out": str(outs[w])}
        procs.append(subprocess.Popen([sys.executable, str(WORKER), json.dumps(cfg)],
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, text=True))
    for p in procs:
        assert p.stdout is not None
        line = p.stdout.readline()
        if line.strip() != "ready":
            raise RuntimeError(f"a worker did not start: {line}{p.communicate()[1]}")
    fault_log: dict[str, Any] = {}
    watcher = None
    if fault is not None:
        total = (ops // workers) * workers
        watcher = threading.Thread(target=_fault_when, args=(outs, int(total * fault_at),
                                                             fault, fault_log), daemon=True)
        watcher.start()
    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    for p in procs:
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    reconnects = 0
    for p in procs:
        out, err = p.communicate(timeout=1800)
        if p.returncode != 0:
            raise RuntimeError(f"a worker failed ({p.returncode}): {err[-3000:]}")
        reconnects += json.loads(out.strip().splitlines()[-1])["reconnects"]
    wall = time.perf_counter() - start
    if watcher is not None:
        watcher.join(timeout=60)
    records = [json.loads(line) for path in outs for line in path.read_text().splitlines()]
    if tmp is not None:
        tmp.cleanup()
    with Store(target) as store:
        problems, counts = check(store, article, records)
    return {"article": article, "workers": workers, "ops": len(records), "wall_s": wall,
            "throughput": len(records) / wall, "reconnects": reconnects, **counts,
            "load_before": load_before, "load_after": os.getloadavg()[0],
            **latencies(records), **phases(records), "fault": fault_log,
            "problems": problems}


def _fault_when(outs: list[Path], after: int, fault: Callable[[], None],
                log: dict[str, Any]) -> None:
    """Call ``fault`` once ``after`` operations are recorded."""
    while sum(_lines(p) for p in outs) < after:
        time.sleep(0.01)
    log["done_before"] = sum(_lines(p) for p in outs)
    log["down_s"] = _timed(fault)


def _lines(path: Path) -> int:
    try:
        return path.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def _timed(fn: Callable[[], None]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=10)
    parser.add_argument("--ops", type=int, default=5000, help="operations in all")
    parser.add_argument("--segments", type=int, default=500)
    parser.add_argument("--hot-share", type=float, default=0.3)
    parser.add_argument("--pace-ms", type=float, default=0.0,
                        help="each worker's pause after each operation (0: back to back)")
    parser.add_argument("--sqlite", action="store_true", help="a SQLite file instead")
    parser.add_argument("--url", help="an existing empty PostgreSQL database instead")
    parser.add_argument("--fault", action="store_true", help="stop the server mid-burst")
    parser.add_argument("--fsync", choices=["on", "off"], default="on",
                        help="the own server's fsync (default on, as a real server)")
    parser.add_argument("--runs", type=int, default=1,
                        help="bursts, each on a fresh database; prints the medians")
    parser.add_argument("--profile", action="store_true",
                        help="time each statement: where the approvals spend their time")
    parser.add_argument("--no-notify", action="store_true",
                        help="turn off the live-update triggers (a diagnosis only)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    kwargs: dict[str, Any] = {"workers": args.workers, "ops": args.ops, "segments": args.segments,
              "hot_share": args.hot_share, "pace_ms": args.pace_ms, "profile": args.profile}
    engine = "sqlite" if args.sqlite else "postgresql"
    runs = []
    for _ in range(args.runs):
        if args.sqlite or args.url:
            if args.fault:
                parser.error("--fault needs the bench's own server")
            with tempfile.TemporaryDirectory(dir=Path.home()) as tmp:  # a disk, not tmpfs
                if args.url:
                    target = _fresh(args.url, runs)
                else:
                    target = str(Path(tmp) / "team.db")
                _quiet(target, args.no_notify)
                figures = run(target, **kwargs)
        else:
            figures = _own_server(args.fsync, args.fault, args.no_notify, kwargs)
        runs.append(figures)
        print(json.dumps(figures, indent=1) if args.json else report(engine, figures),
              flush=True)
    if len(runs) > 1:
        print(medians(runs))
    sys.exit(1 if any(f["problems"] for f in runs) else 0)


def _fresh(url: str, runs: list[Any]) -> str:
    """``url`` for the first run; a further run needs a fresh database, which it cannot make."""
    if runs:
        raise SystemExit("--runs over 1 needs the bench's own server (or --sqlite)")
    return url


def _quiet(target: str, no_notify: bool) -> None:
    """Turn the live-update triggers off on a server library, when asked to (from schema 13
    the history's notice is the store's, sent after the commit: only the claims' goes)."""
    if no_notify and target.startswith("postgresql"):
        with Store(target) as store:
            db = store.conn.db
            for table, trigger in db.execute(
                    "SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c "
                    "ON c.oid = t.tgrelid WHERE t.tgname LIKE '%\\_notify'").fetchall():
                db.execute(f"ALTER TABLE {table} DISABLE TRIGGER {trigger}")


def _own_server(fsync: str, fault: bool, no_notify: bool,
                kwargs: dict[str, Any]) -> dict[str, Any]:
    """Run on a throwaway server started as the tests start theirs (``tests/pg_server.py``)."""
    from contextlib import contextmanager

    import psycopg

    from tests.pg_server import start_server

    with contextmanager(start_server)() as server:
        with psycopg.connect(server.url("postgres"), autocommit=True) as conn:
            conn.execute(f"ALTER SYSTEM SET fsync = {fsync}".encode())
            conn.execute("SELECT pg_reload_conf()")
        url = server.new_database()
        _quiet(url, no_notify)

        def cut() -> None:
            server.crash()
            time.sleep(1.0)
            server.start_again()

        return run(url, fault=cut if fault else None, **kwargs)


if __name__ == "__main__":
    main()
