"""Alignment time as articles grow: N source sentences against a human version of ~1.25 N.

The issue's case: 4,000 source sentences against 5,000 human ones, paragraphed differently (the
human version re-paragraphed, every fourth sentence followed by an editor's sentence taken from
elsewhere). Sentences come from NTREX-128 (English and Ukrainian, line-aligned), repeated with a
running number so that sizes past the corpus stay distinct text. Prints the median of 3 runs per
size and the growth exponent between sizes (time ~ size^k).

    uv run python bench/alignment_growth.py [--sizes 1000,2000,4000]
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
from pathlib import Path

from reviewer.core.build import align_human
from reviewer.core.model import HumanSentence, Role, SegmentDraft

NTREX = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "ntrex128" / "NTREX-128"


def _lines(name: str) -> list[str]:
    return (NTREX / name).read_text(encoding="utf-8").splitlines()


def build(n: int, en: list[str], uk: list[str], flat: bool = False
          ) -> tuple[list[SegmentDraft], list[HumanSentence]]:
    """``flat``: one paragraph on each side (text pasted without blank lines)."""
    source, human = [], []
    for i in range(n):
        k = i % len(en)
        tag = f" ({i // len(en)})" if i >= len(en) else ""
        source.append(SegmentDraft(0 if flat else i // 4, Role.BODY, en[k] + tag))
        human.append(HumanSentence(len(human), 0 if flat else i // 3, uk[k] + tag))
        if i % 4 == 3:  # an editor's sentence, from far away in the corpus
            human.append(HumanSentence(len(human), 0 if flat else i // 3,
                                       uk[(k + 997) % len(uk)]))
    return source, human


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,2000,4000")
    parser.add_argument("--flat", action="store_true", help="one paragraph on each side")
    args = parser.parse_args()
    if not NTREX.exists():
        print(f"skipped: {NTREX} is absent (the shared corpora sit beside the repository)")
        return 0
    en, uk = _lines("newstest2019-src.eng.txt"), _lines("newstest2019-ref.ukr.txt")
    sizes = [int(x) for x in args.sizes.split(",")]
    medians = []
    print("source  human  median s  (3 runs)")
    for n in sizes:
        source, human = build(n, en, uk, args.flat)
        runs = []
        for _ in range(3):
            start = time.process_time()
            align_human(source, human)
            runs.append(time.process_time() - start)
        medians.append(statistics.median(runs))
        shown = ", ".join(f"{r:.2f}" for r in runs)
        print(f"{n:6d} {len(human):6d}  {medians[-1]:8.2f}  ({shown})")
    pairs = list(zip(sizes, medians, strict=True))
    for (a, ta), (b, tb) in zip(pairs, pairs[1:], strict=False):
        print(f"growth {a}->{b}: exponent {math.log(tb / ta) / math.log(b / a):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
