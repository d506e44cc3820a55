"""Translation-memory lookup: the best 5 matches among 100,000 units, ours beside rapidfuzz.

The memory: every distinct English line of NTREX-128 and the WMT23 news articles (about 2,500
real news sentences; 300 are held out as unseen queries), their British-spelling NTREX variants,
and, to reach 100,000 units, splices of two real sentences (the start of one, the end of another,
cut at random word boundaries) - real vocabulary, real lengths, and many partial near-duplicates,
which is harder for an index than a memory of distinct sentences.

Queries (seeded): real memory sentences with 1-3 words dropped, replaced or inserted
("perturbed"), held-out real sentences ("unseen") and memory sentences as they are ("exact").

Printed: the index build time; the median (and 90th percentile) time per query of
``FuzzyIndex.search`` (limit 5, >= 75%), of ``TranslationMemory.search`` (the same plus the word
diff of each match), of ``rapidfuzz.process.extract(q, units, scorer=fuzz.ratio, limit=5)`` and
of ``process.extract`` with our own scorer (Levenshtein normalised similarity, cutoff 0.75: the
brute force that gives our exact answer), each as a ratio to ours; and the recall of the true
top-5 (>= 75%) against an exhaustive scan on a sample of queries.

The same units are then stored in a database (the store's persistent index, migration 6) and
looked up as the window and the tm engine do (``IndexedMemory.search``: the pair's texts read on
its first lookup, whose time is printed, then kept) and as ``reviewer tm search`` does
(``search_store``: the texts of a fitting length read from the index for each lookup).

Run: ``uv run python bench/tm_lookup.py [--units 100000] [--queries 300] [--recall 60]``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from reviewer.core.fuzzy import FuzzyIndex, Hit, match_text
from reviewer.core.tm import IMPORTED, MemoryUnit, TranslationMemory

CORPORA = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora"


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


def brute(texts: list[str], lens: np.ndarray, q: str) -> list[Hit]:
    dist = process.cdist([q], texts, scorer=Levenshtein.distance, workers=1)[0]
    longer = np.maximum(lens, len(q))
    scores = 1.0 - dist / np.maximum(longer, 1)
    keep = np.flatnonzero(scores >= 0.75)
    return sorted((Hit(float(scores[i]), int(i)) for i in keep), reverse=True)[:5]


def stored(path: Path, units: list[MemoryUnit], qs: list[str]) -> dict[str, list[float]]:
    """Lookups in the store's persistent index: as the window does and as ``tm search`` does."""
    from reviewer.storage.export_queries import add_tm_units
    from reviewer.storage.store import Store
    from reviewer.storage.tm_indexed import IndexedMemory, search_store, settle

    with Store(path) as store:
        add_tm_units(store, units)
        settle(store)
        memory = IndexedMemory(path)
        start = time.perf_counter()
        memory.search(qs[0], "en", "uk")
        print(f"stored index: first lookup of a fresh IndexedMemory (reads the pair's texts) "
              f"{time.perf_counter() - start:.2f} s")
        out = {
            "ours: IndexedMemory.search (+ diff)": timed(
                lambda q: memory.search(q, "en", "uk", min_percent=75, limit=5), qs),
            "ours: search_store (tm search, + diff)": timed(
                lambda q: search_store(store, q, "en", "uk", min_percent=75, limit=5), qs),
        }
        memory.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--units", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--recall", type=int, default=60, help="queries checked exhaustively")
    args = parser.parse_args()
    units, queries = build(args.units, args.queries)
    texts = [match_text(u.source) for u in units]
    qs = [match_text(q) for _, q in queries]
    start = time.perf_counter()
    index = FuzzyIndex(texts)
    build_s = time.perf_counter() - start
    start = time.perf_counter()
    memory = TranslationMemory(units)
    memory_s = time.perf_counter() - start
    print(f"{len(units):,} units ({len(sentences()):,} real sentences), {len(qs)} queries; "
          f"index built in {build_s:.2f} s (memory with units: {memory_s:.2f} s)")
    runs = {
        "ours: FuzzyIndex.search": timed(lambda q: index.search(q, 5, 0.75), qs),
        "ours: TranslationMemory.search (+ diff)": timed(
            lambda q: memory.search(q, "en", "uk", min_percent=75, limit=5), qs),
        "rapidfuzz extract, fuzz.ratio, limit 5": timed(
            lambda q: process.extract(q, texts, scorer=fuzz.ratio, limit=5), qs),
        "rapidfuzz extract, Levenshtein >= 0.75": timed(
            lambda q: process.extract(q, texts, scorer=Levenshtein.normalized_similarity,
                                      score_cutoff=0.75, limit=5), qs),
    }
    with tempfile.TemporaryDirectory() as d:
        runs.update(stored(Path(d) / "tm.db", units, [q for _, q in queries]))
    ours = statistics.median(runs["ours: FuzzyIndex.search"])
    print(f"{'':42} {'median ms':>10} {'p90 ms':>8} {'max ms':>8} {'x ours':>8}")
    for name, ms in runs.items():
        med = statistics.median(ms)
        print(f"{name:42} {med:10.2f} {np.percentile(ms, 90):8.2f} {max(ms):8.2f} "
              f"{med / ours:8.1f}")
    kinds = sorted({k for k, _ in queries})
    per_kind = {k: statistics.median(t for (kind, _), t in
                                     zip(queries, runs["ours: FuzzyIndex.search"], strict=True)
                                     if kind == k) for k in kinds}
    print("ours by query kind (median ms): "
          + ", ".join(f"{k} {v:.2f}" for k, v in per_kind.items()))
    ratio = statistics.median(runs["rapidfuzz extract, fuzz.ratio, limit 5"]) / ours
    print(f"ratio: rapidfuzz.process.extract / ours = {ratio:.1f}x (medians)")
    lens = np.array([len(t) for t in texts])
    sample = qs[: args.recall]
    found = truth = same = 0
    for q in sample:
        expected = brute(texts, lens, q)
        got = index.search(q, 5, 0.75)
        truth += len(expected)
        found += len(set(expected) & set(got))
        same += expected == got
    print(f"recall of the true top-5 (>= 75%) on {len(sample)} queries: "
          f"{found}/{truth} = {found / max(truth, 1):.4f}; identical top-5 lists: "
          f"{same}/{len(sample)}")


if __name__ == "__main__":
    main()
