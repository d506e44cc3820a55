"""What the sentence encoder says about links the check keeps: data for choosing its flag rule.

For every edited document of a split (``bench/align_eval``: the same documents, seeds and edits
as the alignment benches), the article is imported as a user does, its links checked by
:func:`reviewer.core.encoder_check.check_links` with the encoder's cosines, and every two-sided
link after the check written as one JSON line (``dump``): whether it is right or wrong (links in
unsure stretches are left out), its shape, whether it is flagged (and why), the cosines of its
segments and sentences, the article's median cosine of 1-1 links, and the cosines of the segment
with the neighbouring sentences and of the sentence with the neighbouring segments. ``rule``
reads such a file and prints, for a flag on unflagged 1-1 links whose cosine is ``A`` below the
median or whose best neighbour's is above theirs less ``B``, how many more wrong and right links it
would flag (measured, not adopted: docs/alignment-measurements.md).

    uv run python bench/encoder_flags.py dump --split tuning --out /tmp/flags-tuning.jsonl
    uv run python bench/encoder_flags.py rule --out /tmp/flags-tuning.jsonl

Tune only on ``tuning``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from align_eval.corpus import LANGS, documents, parse_seeds, part_seeds  # noqa: E402
from align_eval.gold import gold_links, owners_human, owners_source, unit_sets  # noqa: E402
from align_eval.run import imported_docs  # noqa: E402
from encoder_bridge import DEFAULT_CORPORA, Encoder  # noqa: E402

from reviewer.core.encoder_check import check_links  # noqa: E402
from reviewer.storage.store import Store  # noqa: E402


def labels(doc: Any, edited: Any, lang: str, segments: list[str], sentences: list[str]
           ) -> tuple[set[Any], set[int], set[int]] | None:
    """The gold links, and the segments and sentences of unsure stretches (None: unscorable)."""
    pairs = [p for para in doc.pairs[lang] for p in para]
    seg = unit_sets(segments, owners_source([p.en for p in pairs]))
    hum = unit_sets(sentences, owners_human(edited[lang]))
    if seg is None or hum is None:
        return None
    gold = gold_links(seg, hum)
    unsure_ids = {k for k, p in enumerate(pairs) if not p.sure}
    unsure = [g for g in gold if any(seg[i] & unsure_ids for i in g[0])
              or any(hum[j] & unsure_ids for j in g[1])]
    return ({g for g in gold if g not in unsure}, {i for s, _ in unsure for i in s},
            {j for _, h in unsure for j in h})


def _dump_links(out: Any, store: Store, doc: Any, edited: Any, imported: Any, lang: str,
                encoder: Encoder) -> int:
    """Write a line for each two-sided link of ``lang`` after the check; return how many."""
    segments, sentences = imported.segments, imported.sentences[lang]
    known = labels(doc, edited, lang, segments, sentences)
    if known is None:
        return 0
    gold, skip_s, skip_h = known
    cos = (encoder(segments) @ encoder(sentences).T).tolist()
    before = store.links(imported.article, lang)
    after = check_links(before, [False] * len(before), lambda i, j: cos[i][j])
    ones = sorted(cos[k.src_start][k.hum_start] for k in before if k.kind == "1-1")
    median = ones[len(ones) // 2] if ones else 0.0
    rows = 0
    for at, k in enumerate(after):
        s, h = range(k.src_start, k.src_end), range(k.hum_start, k.hum_end)
        if not s or not h or set(s) & skip_s or set(h) & skip_h:
            continue
        out.write(json.dumps({
            "corpus": doc.corpus, "doc": doc.docid, "lang": lang,
            "right": (frozenset(s), frozenset(h)) in gold, "kind": k.kind,
            "flagged": k.flagged, "reason": k.reason, "median": median, "n": len(segments),
            "cos": [[cos[i][j] for j in h] for i in s],
            "up": cos[s[0]][h[0] - 1] if h[0] > 0 else None,
            "down": cos[s[-1]][h[-1] + 1] if h[-1] + 1 < len(sentences) else None,
            "left": cos[s[0] - 1][h[0]] if s[0] > 0 else None,
            "right_seg": cos[s[-1] + 1][h[-1]] if s[-1] + 1 < len(segments) else None,
            "prev": after[at - 1].kind if at else None,
            "next": after[at + 1].kind if at + 1 < len(after) else None,
            "chars": [sum(len(segments[i]) for i in s), sum(len(sentences[j]) for j in h)],
        }) + "\n")
        rows += 1
    return rows


def dump(args: argparse.Namespace) -> int:
    encoder = Encoder()
    seeds = part_seeds(args.split, args.seeds)
    rows = 0
    with tempfile.TemporaryDirectory() as tmp, open(args.out, "w", encoding="utf-8") as out:
        work = Path(tmp)
        for corpus in args.corpus or ["wmt23", "ntrex128"]:
            docs = documents(args.corpora, corpus, args.split)
            for n, doc, edited, imported in imported_docs(docs, seeds, work):
                with Store(str(imported.db)) as store:
                    for lang in LANGS:
                        rows += _dump_links(out, store, doc, edited, imported, lang, encoder)
                print(f"{corpus} {n + 1}/{len(docs)}: {rows} links", flush=True)
    return 0


def _deviation(row: dict[str, Any]) -> tuple[float, float]:
    """A 1-1 link's cosine less the median, and its best neighbour's cosine less its own."""
    cos = row["cos"][0][0]
    near = [row[k] for k in ("up", "down", "left", "right_seg") if row[k] is not None]
    return cos - row["median"], (max(near) - cos) if near else -1.0


def rule(args: argparse.Namespace) -> int:
    rows = [json.loads(line) for line in args.out.open(encoding="utf-8")]
    free = [r for r in rows if r["kind"] == "1-1" and not r["flagged"]]
    right = sum(r["right"] for r in rows)
    wrong = len(rows) - right
    print(f"two-sided links: {right} right ({sum(r['flagged'] for r in rows if r['right'])} "
          f"flagged), {wrong} wrong ({sum(r['flagged'] for r in rows if not r['right'])} flagged)")
    for below in (0.03, 0.04, 0.05, 0.06):
        for near in (-0.03, -0.02, -0.01, 0.0, None):
            hit = [r for r in free if _deviation(r)[0] < -below
                   or (near is not None and _deviation(r)[1] > near)]
            either = "" if near is None else f" or a neighbour above its own less {abs(near):.2f}"
            print(f"cosine {below:.2f} below the median{either}: "
                  f"{sum(not r['right'] for r in hit)} more wrong, "
                  f"{sum(r['right'] for r in hit)} more right flagged")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("way", choices=("dump", "rule"))
    parser.add_argument("--split", choices=("tuning", "heldout"), default="tuning")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--corpus", choices=("wmt23", "ntrex128"), action="append")
    parser.add_argument("--seeds", type=parse_seeds)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.way == "rule":
        return rule(args)
    if not (args.corpora / "wmt23").is_dir():
        print(f"skipped: no corpora at {args.corpora}")
        return 0
    return dump(args)


if __name__ == "__main__":
    raise SystemExit(main())
