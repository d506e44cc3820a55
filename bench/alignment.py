"""Benchmark the human-version aligner on perturbed line-aligned news corpora (WMT23, NTREX-128).

The gold sentences are the corpus lines. For each document and target language the human
version is perturbed with a fixed seed (see ``bench/alignment_data.py``): ~5% of adjacent
sentence pairs merged (2-1), ~5% of sentences split in two (1-2), and in the ``drop`` scenario
one paragraph removed (1-0 links), in the ``add`` scenario one paragraph of another document
inserted (0-1 links); the ``regroup`` scenario drops a paragraph and also changes the human
paragraphing (two paragraphs joined, one split), as a newsroom may. A link is (source index set,
human index set); precision / recall / F1 count exact matches. ``special`` tells in how many
documents every link of the dropped / added paragraph was found and flagged; ``flag%`` is the
share of the other links that were flagged (the reviewer's extra looks), ``err-fl%`` the share
of wrong links that were flagged (mistakes surfaced). Timing is CPU time (the machine may be
shared) per document, then
the best of three runs on one 2,000-sentence document.

Usage: ``uv run python bench/alignment.py [--corpora PATH] [--seed N] [--rate R] [--errors]``.
This is a benchmark that prints figures; it never passes or fails.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

from alignment_data import Case, load_ntrex, load_wmt23, perturb

from reviewer.core.alignment import align
from reviewer.core.model import Link

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = ROOT / ".." / "shared" / "corpora"
LOADERS = {"wmt23": load_wmt23, "ntrex128": load_ntrex}


def as_gold(link: Link) -> tuple[frozenset[int], frozenset[int]]:
    """Return a link as the benchmark's (source index set, human index set)."""
    return frozenset(range(link.src_start, link.src_end)), frozenset(
        range(link.hum_start, link.hum_end)
    )


def cases(root: Path, corpus: str, lang: str, scenario: str, seed: int, rate: float) -> list[Case]:
    """Build the perturbed cases of one corpus, language and scenario."""
    docs = list(LOADERS[corpus](root, lang))
    rng = random.Random(f"{seed}/{corpus}/{lang}/{scenario}")
    out = []
    for k, (docid, en, hum) in enumerate(docs):
        other = docs[(k + 1 + rng.randrange(len(docs) - 1)) % len(docs)][2]
        start = rng.randrange(max(1, len(other) - 4))
        extra = other[start : start + rng.randint(2, 4)]
        out.append(perturb(docid, en, hum, rng, scenario, extra, rate))
    return out


def evaluate(found: list[Case], show_errors: bool) -> dict[str, float]:
    """Align every case and return the scores and timings."""
    hits = n_pred = n_gold = special_ok = flagged_other = n_other = flagged_wrong = n_wrong = 0
    times = []
    for case in found:
        start = time.process_time()
        links = align(case.source, case.human)
        times.append(time.process_time() - start)
        pred = {as_gold(link): link.flagged for link in links}
        hits += len(pred.keys() & case.gold)
        n_pred += len(pred)
        n_gold += len(case.gold)
        special_ok += all(pred.get(link) for link in case.special)
        others = [flag for link, flag in pred.items() if link not in case.special]
        flagged_other += sum(others)
        n_other += len(others)
        wrong = [flag for link, flag in pred.items() if link not in case.gold]
        flagged_wrong += sum(wrong)
        n_wrong += len(wrong)
        if show_errors and pred.keys() != case.gold:
            missed = sorted(case.gold - pred.keys(), key=lambda g: min(g[0] | g[1]))
            wrong = sorted(pred.keys() - case.gold, key=lambda g: min(g[0] | g[1]))
            print(f"  {case.docid}: missed {_show(missed)} found {_show(wrong)}", file=sys.stderr)
    precision, recall = hits / max(n_pred, 1), hits / max(n_gold, 1)
    return {
        "docs": len(found),
        "gold": n_gold,
        "P": precision,
        "R": recall,
        "F1": 2 * precision * recall / max(precision + recall, 1e-9),
        "special": special_ok,
        "flag%": 100 * flagged_other / max(n_other, 1),
        "err-fl%": 100 * flagged_wrong / max(n_wrong, 1),
        "ms": 1000 * statistics.mean(times),
        "max_ms": 1000 * max(times),
    }


def _show(links: list[tuple[frozenset[int], frozenset[int]]]) -> str:
    return " ".join(f"{sorted(s)}-{sorted(h)}" for s, h in links)


def big_document(root: Path, lang: str) -> tuple[int, list[tuple[str, float, float]]]:
    """Time one document made of the first 2,000 NTREX lines, in three paragraph layouts.

    Each layout gives the best CPU time of three runs and the share of links that are right
    (the lines are parallel, so every right link is 1-1).
    """
    en, hum = [], []
    for _, e, h in load_ntrex(root, lang):
        en += e
        hum += h
    n = min(len(en), 2000)
    layouts = {
        "paragraphs of 4 on both sides": (4, 4),
        "one paragraph": (n, n),
        "paragraphs of 4 vs 3": (4, 3),
    }
    out = []
    for name, (a, b) in layouts.items():
        source = [en[k : k + a] for k in range(0, n, a)]
        human = [hum[k : k + b] for k in range(0, n, b)]
        links = align(source, human)
        right = sum(k.kind == "1-1" and k.src_start == k.hum_start for k in links) / n
        out.append((name, _best_time(source, human), right))
    return n, out


def _best_time(source: list[list[str]], human: list[list[str]], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        align(source, human)
        times.append(time.process_time() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rate", type=float, default=0.05, help="merge rate = split rate")
    parser.add_argument("--errors", action="store_true", help="print each document's misses")
    args = parser.parse_args(argv)
    if not (args.corpora / "wmt23").is_dir():
        parser.error(f"no corpora at {args.corpora} (expected wmt23/ and ntrex128/ there)")
    head = f"{'corpus':9} {'lang':4} {'scenario':8} {'docs':>4} {'links':>5} "
    head += f"{'P':>6} {'R':>6} {'F1':>6} {'special':>8} {'flag%':>6} {'err-fl%':>7} "
    head += f"{'ms/doc':>7} {'max ms':>7}"
    print(f"seed {args.seed}, merge/split rate {args.rate}")
    print(head)
    for corpus in LOADERS:
        for lang in ("uk", "ru"):
            for scenario in ("drop", "add", "regroup"):
                found = cases(args.corpora, corpus, lang, scenario, args.seed, args.rate)
                if args.errors:
                    print(f"{corpus} {lang} {scenario}", file=sys.stderr)
                r = evaluate(found, args.errors)
                print(
                    f"{corpus:9} {lang:4} {scenario:8} {r['docs']:>4} {r['gold']:>5} "
                    f"{r['P']:6.4f} {r['R']:6.4f} {r['F1']:6.4f} "
                    f"{r['special']:>3}/{r['docs']:<4} {r['flag%']:6.2f} {r['err-fl%']:7.1f} "
                    f"{r['ms']:7.1f} {r['max_ms']:7.1f}"
                )
    for lang in ("uk", "ru"):
        n, layouts = big_document(args.corpora, lang)
        for name, seconds, right in layouts:
            print(f"{n} sentences per side ({lang}), {name}: {seconds:.2f} s, {right:.1%} right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
