"""Each WMT23 system's corpus scores on the news articles: ours, sacrebleu's, the published ones.

For each target language (uk, ru) and each system, the 30 news articles' lines (516 per language)
are scored with :func:`reviewer.core.scores.score_lines` and with ``sacrebleu.corpus_bleu`` /
``corpus_chrf`` on the same lines; ``same`` says whether the two agree to the last bit. The
published figures of ``automatic-scores.tsv`` are printed beside them, but they are over the whole
WMT23 general test set (every domain), of which the shared corpus holds only the news part, so they
are not expected to be equal; the rank columns show whether the news lines order the systems as
the whole test set does. Then the time to score all systems (TER dominates: sacrebleu's TER is
pure Python) and, once the line statistics are cached, the time to score them again.

Usage: ``uv run python bench/wmt23_scores.py [--corpora PATH]``.
This is a benchmark that prints figures; it never passes or fails.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

import sacrebleu

from reviewer.core.scores import score_lines, signatures

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = ROOT / ".." / "shared" / "corpora"


def _ranks(values: dict[str, float]) -> dict[str, int]:
    order = sorted(values, key=lambda k: -values[k])
    return {k: i + 1 for i, k in enumerate(order)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    args = parser.parse_args()
    wmt = args.corpora / "wmt23"
    if not (wmt / "news_articles.jsonl").exists():
        print(f"no WMT23 corpus at {wmt}", file=sys.stderr)
        return 1
    with (wmt / "news_articles.jsonl").open(encoding="utf-8") as f:
        arts = [json.loads(line) for line in f]
    with (wmt / "automatic-scores.tsv").open(encoding="utf-8") as f:
        published = {(r["pair"], r["system"], r["metric"]): float(r["score"])
                     for r in csv.DictReader(f, delimiter="\t")}
    sig = signatures()
    print(f"BLEU {sig.bleu}\nchrF {sig.chrf}\n")
    started = time.perf_counter()
    jobs: list[tuple[list[str], list[str]]] = []
    for lang in ("uk", "ru"):
        refs = [line for a in arts for line in a["ref"][lang]]
        systems = sorted(arts[0]["mt"][lang])
        ours: dict[str, tuple[float, float]] = {}
        same: dict[str, bool] = {}
        for system in systems:
            hyps = [line for a in arts for line in a["mt"][lang][system]]
            jobs.append((hyps, refs))
            corpus = score_lines(hyps, refs).corpus
            assert corpus is not None
            ours[system] = (corpus.bleu, corpus.chrf)
            same[system] = (corpus.bleu == sacrebleu.corpus_bleu(hyps, [refs]).score
                            and corpus.chrf == sacrebleu.corpus_chrf(hyps, [refs]).score)
        pair = f"en-{lang}"
        pub = {s: (published.get((pair, s, "bleu-all")), published.get((pair, s, "chrf-all")))
               for s in systems}
        rank_news = _ranks({s: ours[s][1] for s in systems})
        rank_pub = _ranks({s: p[1] for s, p in pub.items() if p[1] is not None})
        print(f"{pair}: {len(refs)} news lines, {len(systems)} systems")
        print(f"  {'system':<15} {'same':>5} {'BLEU':>7} {'chrF':>7}   {'pub BLEU':>8} "
              f"{'pub chrF':>8}   rank news/pub (chrF)")
        for s in sorted(systems, key=lambda k: rank_news[k]):
            b, c = ours[s]
            pb, pc = pub[s]
            pb_s = f"{pb:8.2f}" if pb is not None else f"{'-':>8}"
            pc_s = f"{pc:8.2f}" if pc is not None else f"{'-':>8}"
            print(f"  {s:<15} {'yes' if same[s] else 'NO':>5} {b:7.2f} {c:7.2f}   {pb_s} {pc_s}"
                  f"   {rank_news[s]:>2}/{rank_pub.get(s, '-')}")
        print()
    first = time.perf_counter() - started
    again = time.perf_counter()
    for hyps, refs in jobs:
        score_lines(hyps, refs)
    cached = time.perf_counter() - again
    lines = sum(len(h) for h, _ in jobs)
    print(f"all four metrics on {len(jobs)} systems x 516 lines ({lines} lines): "
          f"{first:.1f} s with the sacrebleu checks, {cached:.2f} s again from cached line "
          f"statistics ({1000 * first / lines:.2f} / {1000 * cached / lines:.3f} ms per line)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
