"""Translation-memory lookup: the best 5 matches among 100,000 units, ours beside a plain scan.

The memory: every distinct English line of NTREX-128 and the WMT23 news articles (about 2,500
real news sentences; 300 are held out as unseen queries), their British-spelling NTREX variants,
and, to reach 100,000 units, splices of two real sentences (the start of one, the end of another,
cut at random word boundaries) - real vocabulary, real lengths, and many partial near-duplicates,
which is harder for an index than a memory of distinct sentences. The units are imported into a
database (the store's persistent index, ``tm_index``).

Queries (seeded): real memory sentences with 1-3 words dropped, replaced or inserted
("perturbed"), held-out real sentences ("unseen") and memory sentences as they are ("exact").

The baseline is the plain way: the pair's sources read once with sqlite3 (the time is printed)
and every lookup a ``rapidfuzz.process.extract`` over all of them with Levenshtein normalised
similarity, cutoff 0.75 (the brute force that gives our exact answer); beside it
``process.extract`` with ``fuzz.ratio``, limit 5. Ours: as the window and the tm engine look up
(``IndexedMemory.search``: the pair's texts read on its first lookup, whose time is printed, then
kept) and as ``reviewer tm search`` does (``search_store``: the texts of a fitting length read
from the index for each lookup), both with the word diff of each match. Printed: the median, 90th
percentile and maximum time per query, each median as a ratio to the baseline's; and the recall
of the true top 5 (>= 75%) on a sample of queries, against an exhaustive scan of the stored
units with rapidfuzz.

Run: ``uv run python bench/tm_lookup.py [--units 100000] [--queries 300] [--recall 60]``.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from reviewer.core.matching import match_text
from reviewer.core.tm import IMPORTED, MemoryUnit

CORPORA = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora"
BASELINE = "plain scan: rapidfuzz extract, Levenshtein >= 0.75"


def sentences() -> list[tuple[str, str, str]]:
    """(en, British en, uk) for every distinct English line of NTREX-128 and WMT23."""
    base = CORPORA / "ntrex128" / "NTREX-128"
    read = [(base / f"newstest2019-{n}.txt").read_text(encoding="utf-8").splitlines()
            for n in ("src.eng", "ref.eng-GB", "ref.ukr")]
    rows = list(zip(*read, strict=True))
    with open(CORPORA / "wmt23" / "news_articles.jsonl", encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            rows += [(e, e, u) for e, u in zip(doc["en"], doc["ref"]["uk"], strict=True)]
    seen: set[str] = set()
    out = []
    for en, gb, uk in rows:
        en = " ".join(en.split())
        if en and en not in seen:
            seen.add(en)
            out.append((en, " ".join(gb.split()), uk.strip()))
    return out


def perturb(words: list[str], rng: random.Random, vocab: list[str], edits: int) -> str:
    words = list(words)
    for _ in range(edits):
        op, i = rng.randrange(3), rng.randrange(len(words))
        if op == 0 and len(words) > 3:
            del words[i]
        elif op == 1:
            words[i] = rng.choice(vocab)
        else:
            words.insert(i, rng.choice(vocab))
    return " ".join(words)


def build(n_units: int, n_queries: int, seed: int = 1) -> tuple[list[MemoryUnit],
                                                                 list[tuple[str, str]]]:
    rng = random.Random(seed)
    rows = sentences()
    rng.shuffle(rows)
    unseen, kept = rows[:300], rows[300:]
    texts = [(en, uk) for en, _, uk in kept] + [(gb, uk) for en, gb, uk in kept if gb != en]
    while len(texts) < n_units:
        a, b = rng.choice(kept), rng.choice(kept)
        x, y = a[0].split(), b[0].split()
        texts.append((" ".join(x[:rng.randrange(1, len(x) + 1)] + y[rng.randrange(len(y)):]),
                      a[2]))
    units = [MemoryUnit("en", "uk", s, t, "bench", kind=IMPORTED, tm_id=i)
             for i, (s, t) in enumerate(texts[:n_units])]
    vocab = [w for en, _, _ in kept for w in en.split()]
    queries: list[tuple[str, str]] = []
    for k in range(n_queries):
        if k % 3 == 0:
            queries.append(("perturbed", perturb(rng.choice(kept)[0].split(), rng, vocab,
                                                 rng.randint(1, 3))))
        elif k % 3 == 1:
            queries.append(("unseen", unseen[k % len(unseen)][0]))
        else:
            queries.append(("exact", rng.choice(kept)[0]))
    return units, queries


def timed(fn: Callable[[str], object], queries: list[str]) -> list[float]:
    out = []
    for q in queries:
        start = time.perf_counter()
        fn(q)
        out.append((time.perf_counter() - start) * 1000)
    return out


def brute(texts: list[str], ids: np.ndarray, q: str) -> list[tuple[float, int]]:
    """The true top 5 (>= 75%) of ``q``: every text scored, ties to the newer unit."""
    dist = process.cdist([q], texts, scorer=Levenshtein.distance, workers=1)[0]
    longer = np.maximum(np.array([len(t) for t in texts]), len(q))
    scores = 1.0 - dist / np.maximum(longer, 1)
    keep = np.flatnonzero(scores >= 0.75)
    return sorted(((float(scores[i]), int(ids[i])) for i in keep), reverse=True)[:5]


def read_plainly(path: Path) -> tuple[list[str], np.ndarray]:
    """The pair's sources as they are compared, and their unit ids: sqlite3 and a loop."""
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT id, source FROM tm_units WHERE source_lang = 'en' "
                        "AND target_lang = 'uk'").fetchall()
    conn.close()
    return [match_text(s) for _, s in rows], np.array([i for i, _ in rows])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--units", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--recall", type=int, default=60, help="queries checked exhaustively")
    args = parser.parse_args()
    from reviewer.storage.export_queries import add_tm_units
    from reviewer.storage.store import Store
    from reviewer.storage.tm_indexed import IndexedMemory, search_store, settle

    units, queries = build(args.units, args.queries)
    raw = [q for _, q in queries]
    with tempfile.TemporaryDirectory() as d, Store(Path(d) / "tm.db") as store:
        start = time.perf_counter()
        add_tm_units(store, units)
        settle(store)
        print(f"{len(units):,} units ({len(sentences()):,} real sentences), {len(raw)} queries; "
              f"imported into the store in {time.perf_counter() - start:.2f} s")
        start = time.perf_counter()
        texts, ids = read_plainly(store.path)
        print(f"plain read of {len(texts):,} stored sources (sqlite3 + match_text): "
              f"{time.perf_counter() - start:.2f} s")
        qs = [match_text(q) for q in raw]
        memory = IndexedMemory(store.path)
        start = time.perf_counter()
        memory.search(raw[0], "en", "uk")
        print(f"stored index: first lookup of a fresh IndexedMemory (reads the pair's texts) "
              f"{time.perf_counter() - start:.2f} s")
        runs = {
            BASELINE: timed(
                lambda q: process.extract(q, texts, scorer=Levenshtein.normalized_similarity,
                                          score_cutoff=0.75, limit=5), qs),
            "rapidfuzz extract, fuzz.ratio, limit 5": timed(
                lambda q: process.extract(q, texts, scorer=fuzz.ratio, limit=5), qs),
            "ours: IndexedMemory.search (+ diff)": timed(
                lambda q: memory.search(q, "en", "uk", min_percent=75, limit=5), raw),
            "ours: search_store (tm search, + diff)": timed(
                lambda q: search_store(store, q, "en", "uk", min_percent=75, limit=5), raw),
        }
        base = statistics.median(runs[BASELINE])
        print(f"{'':52} {'median ms':>10} {'p90 ms':>8} {'max ms':>8} {'x plain':>8}")
        for name, ms in runs.items():
            med = statistics.median(ms)
            print(f"{name:52} {med:10.2f} {np.percentile(ms, 90):8.2f} {max(ms):8.2f} "
                  f"{med / base:8.2f}")
        ours = runs["ours: IndexedMemory.search (+ diff)"]
        per_kind = {k: statistics.median(t for (kind, _), t in zip(queries, ours, strict=True)
                                         if kind == k) for k in sorted({k for k, _ in queries})}
        print("IndexedMemory.search by query kind (median ms): "
              + ", ".join(f"{k} {v:.2f}" for k, v in per_kind.items()))
        found = truth = same = 0
        for text, q in zip(raw[: args.recall], qs[: args.recall], strict=True):
            expected = brute(texts, ids, q)
            got = [(m.score, m.unit.tm_id) for m in memory.search(text, "en", "uk", limit=5)]
            truth += len(expected)
            found += len({i for _, i in expected} & {i for _, i in got})
            same += [i for _, i in expected] == [i for _, i in got]
        memory.close()
    print(f"recall of the true top-5 (>= 75%) on {min(args.recall, len(qs))} queries: "
          f"{found}/{truth} = {found / max(truth, 1):.4f}; identical top-5 lists: "
          f"{same}/{min(args.recall, len(qs))}")


if __name__ == "__main__":
    main()
