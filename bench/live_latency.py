"""Benchmark live updates between processes: how long after another process commits an
approval the open window's grid holds it, on SQLite or (``--db URL``) a PostgreSQL server.

The window (offscreen) runs here on a copy of the sample (a temporary file, or the sample
imported into the server database given); a second process approves one segment
each time it is asked (at a random moment of the poll's period) and prints the wall-clock time of
its commit; a 2 ms timer here notes when the grid's memory first holds the approval. Printed:
median, 95th percentile and maximum of ``--runs`` approvals (target: within 1 s; the window
polls every ``POLL_MS``). Usage: ``QT_QPA_PLATFORM=offscreen uv run python
bench/live_latency.py [--runs 30] [--db postgresql://...]``. A benchmark that prints figures;
it never passes or fails.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from reviewer import library  # noqa: E402
from reviewer.core.model import Status  # noqa: E402
from reviewer.storage.store import Store  # noqa: E402
from reviewer.ui.live_updates import POLL_MS  # noqa: E402
from reviewer.ui.main_window import MainWindow  # noqa: E402
from reviewer.ui.settings import Settings  # noqa: E402

WRITER = """
import sys, time
from reviewer.core.model import Origin, Status
from reviewer.storage.store import Store
with Store(sys.argv[1]) as store:
    for line in sys.stdin:
        seg = int(line)
        store.set_translation(seg, "uk", f"approved {seg}", Status.APPROVED, Origin.EDITED,
                              actor="bench")
        print(time.time(), flush=True)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--db", help="a postgresql:// URL of an empty database (default: a "
                                     "temporary SQLite file)")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        path: Path | str = args.db or Path(tmp) / "live.db"
        with Store(path) as store:
            library.ensure_sample(store)
        store = Store(path)
        window = MainWindow(store, Settings({}))
        window.show()
        while window.article_id is None or not window.writer.settled:  # read on its writer
            app.processEvents()
            time.sleep(0.001)
        article = window.article_id
        views = window.model.views
        where = store.path  # a server's URL keeps its password for the second process
        target = getattr(where, "secret", str(where))
        writer = subprocess.Popen([sys.executable, "-c", WRITER, target], text=True,
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert writer.stdin is not None and writer.stdout is not None
        latencies: list[float] = []
        pause = random.Random(14)
        for n in range(min(args.runs, len(views))):
            view = views[n]
            # At a random moment of the poll's period, as a person's approval comes.
            until = time.monotonic() + pause.uniform(0.05, 0.05 + POLL_MS / 1000)
            while time.monotonic() < until:
                app.processEvents()
                time.sleep(0.001)
            writer.stdin.write(f"{view.segment.id}\n")
            writer.stdin.flush()
            committed = float(writer.stdout.readline())
            seen: list[float] = []
            timer = QTimer()
            timer.setInterval(2)

            def check(view=view, seen=seen) -> None:
                t = view.translations.get("uk")
                if not seen and t is not None and t.status is Status.APPROVED:
                    seen.append(time.time())
            timer.timeout.connect(check)
            timer.start()
            deadline = time.monotonic() + 10
            while not seen and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.001)
            timer.stop()
            if seen:
                latencies.append((seen[0] - committed) * 1000)
        writer.stdin.close()
        writer.wait()
        window.close()
        store.close()
    latencies.sort()
    p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
    print(f"{store.engine}, article {article}: {len(latencies)} approvals from another "
          f"process, poll every "
          f"{POLL_MS} ms: median {statistics.median(latencies):.0f} ms, p95 {p95:.0f} ms, "
          f"max {latencies[-1]:.0f} ms")


if __name__ == "__main__":
    main()
