"""Benchmark the engine layer against deep-translator's own ``translate_batch``, side by side.

200 English segments (the first 200 lines of the WMT23 news articles) into Ukrainian and Russian,
against a loopback server that answers every request after 100 ms with the real MT output of one
WMT23 system (the server of ``tests/engines/servers.py``, run in its own process as a real server
would be, so that its work does not compete with the client for this process's GIL), speaking
Google's ``/m`` protocol, then LibreTranslate's. On Google both sides run deep-translator's
``GoogleTranslator`` code: its ``translate_batch`` sends one request after another; our layer
sends the same requests from ``--concurrency`` threads and stores each result in a SQLite database
(cache, suggestion, usage) as it arrives. The rate limit that protects Google's free endpoint is
off (``rate_per_s = 0``): the server is on this machine and the benchmark measures the layer.

Printed for each engine: both wall times and their ratio (target >= 8x at concurrency 8), our
time against the latency bound ``requests x 100 ms / concurrency`` (target within 1.25x), and the
requests of a second run over the same article (target 0: all from the cache). The Google row is
the like-for-like one (the same client code, the same 400 requests; only concurrency differs). On
LibreTranslate our client also batches 16 segments per request; deep-translator's client cannot
target Ukrainian at all, so for timing its target attribute is set directly.

Usage: ``uv run python bench/mt_throughput.py [--segments 200] [--concurrency 8] [--delay 0.1]``.
This is a benchmark that prints figures; it never passes or fails.
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

from deep_translator import GoogleTranslator, LibreTranslator

from reviewer.core.model import Role, SegmentDraft
from reviewer.engines.base import EngineSettings
from reviewer.engines.fetch import translate_article
from reviewer.engines.registry import create_engine
from reviewer.storage.store import Store
from tests.engines.servers import WMT23, MTServer, Wmt23

TARGETS = ("uk", "ru")


def _serve(protocol: str, delay: float, pipe: Connection) -> None:
    with MTServer(protocol, Wmt23("ONLINE-B"), delay=delay) as server:
        pipe.send(server.url)
        while pipe.recv() == "count":
            pipe.send(server.requests)


class RemoteServer:
    """An ``MTServer`` in a child process; ``requests`` asks it how many it has answered."""

    def __init__(self, protocol: str, delay: float):
        self.pipe, child = multiprocessing.Pipe()
        self.process = multiprocessing.get_context("fork").Process(
            target=_serve, args=(protocol, delay, child), daemon=True)

    def __enter__(self) -> RemoteServer:
        self.process.start()
        self.url: str = self.pipe.recv()
        return self

    @property
    def requests(self) -> int:
        self.pipe.send("count")
        count: int = self.pipe.recv()
        return count

    def __exit__(self, *exc: object) -> None:
        self.pipe.send("stop")
        self.process.join(5)
        if self.process.is_alive():
            self.process.terminate()


def baseline(protocol: str, lines: list[str], delay: float,
             wmt: Wmt23) -> tuple[float, int, bool]:
    """deep-translator's ``translate_batch``, one language after the other."""
    with RemoteServer(protocol, delay) as server:
        start = time.perf_counter()
        outputs = {}
        for target in TARGETS:
            if protocol == "google":
                client = GoogleTranslator(source="en", target=target)
                client._base_url = server.url
            else:
                # Its language list lacks uk and it will not start without a key: give it a
                # dummy key and set the target it refuses, so that it can be timed at all.
                client = LibreTranslator(source="en", target="ru", api_key="unused",
                                         custom_url=server.url + "/")
                client._target = target
            outputs[target] = client.translate_batch(lines)
        elapsed = time.perf_counter() - start
        sent = server.requests
    right = all(outputs[t] == [wmt.mt[x][t] for x in lines] for t in TARGETS)
    return elapsed, sent, right


def ours(protocol: str, lines: list[str], delay: float, wmt: Wmt23,
         concurrency: int) -> tuple[float, int, int, int, bool]:
    """Our layer on a fresh database: first run (timed), then a second run over the cache."""
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store, \
            RemoteServer(protocol, delay) as server:
        article = store.add_article("bench", "en", "wmt23",
                                    [SegmentDraft(0, Role.BODY, x) for x in lines])
        settings = EngineSettings(url=server.url, concurrency=concurrency, rate_per_s=0)
        engine = create_engine(protocol, settings)
        start = time.perf_counter()
        first = translate_article(store, article.id, engine, TARGETS, settings=settings)
        elapsed = time.perf_counter() - start
        sent = server.requests
        second = translate_article(store, article.id, engine, TARGETS, settings=settings)
        again = server.requests - sent
        right = first.failed == 0 and all(
            store.suggestions(s.id, t)[0].text == wmt.mt[s.source][t]
            for s in store.segments(article.id) for t in TARGETS)
        assert second.requests == again
    return elapsed, sent, first.requests, again, right


def compare(protocol: str, lines: list[str], delay: float, wmt: Wmt23, c: int) -> None:
    """Both sides on one protocol, and the figures against the targets."""
    base_t, base_req, base_ok = baseline(protocol, lines, delay, wmt)
    our_t, our_req, counted, again, our_ok = ours(protocol, lines, delay, wmt, c)
    bound = our_req * delay / c
    print(f"{protocol}:")
    print(f"  {'':36} {'wall':>8} {'requests':>9}  correct")
    print(f"  {'deep-translator translate_batch':36} {base_t:7.2f}s {base_req:>9}  {base_ok}")
    print(f"  {f'reviewer engines, concurrency {c}':36} {our_t:7.2f}s {our_req:>9}  {our_ok}"
          f"   (the layer counted {counted})")
    print(f"  speed-up: {base_t / our_t:.2f}x (target >= 8x at concurrency 8)")
    print(f"  latency bound: {our_req} requests x {delay * 1000:.0f} ms / {c} = {bound:.2f}s; "
          f"ours is {our_t / bound:.2f}x of it (target <= 1.25x)")
    waves = math.ceil(our_req / c)
    if waves * c != our_req:
        print(f"  (in whole waves of {c} requests: {waves} x {delay * 1000:.0f} ms = "
              f"{waves * delay:.2f}s; ours is {our_t / (waves * delay):.2f}x of that)")
    print(f"  second run over the same article: {again} requests (target 0)\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--segments", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--delay", type=float, default=0.1, help="server latency in seconds")
    parser.add_argument("--protocols", default="google,libre",
                        help="which engines to compare (google, libre)")
    args = parser.parse_args()
    if not WMT23.exists():
        print(f"bench: {WMT23} is absent; this benchmark reads the shared WMT23 corpus",
              file=sys.stderr)
        return 1
    wmt = Wmt23("ONLINE-B")
    lines = list(dict.fromkeys(wmt.lines))[: args.segments]
    print(f"{len(lines)} segments into {', '.join(TARGETS)}; a loopback server (own process) "
          f"answers each request after {args.delay * 1000:.0f} ms with WMT23 ONLINE-B output\n")
    for protocol in args.protocols.split(","):
        compare(protocol.strip(), lines, args.delay, wmt, args.concurrency)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
