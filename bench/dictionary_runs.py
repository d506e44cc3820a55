"""The ``align`` and ``flags`` steps of ``bench/dictionary_bridge.py`` (see its docstring).

``align``: each tuning document imported with the dictionary's term off and on in turn (the
scorer monkeypatched, nothing in ``reviewer/`` changed), the harness's rows for both, a paired
bootstrap interval of the F1 change over documents, and the 100-segment article's alignment time
both ways. ``flags``: the flag model of ``bench/fit_flags.py`` fitted on the tuning split with and
without three inputs from the dictionary (the link's overlap score, whether the source has no
covered word, how much better the link moved by one human sentence scores).
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from pathlib import Path

from align_eval.corpus import SEEDS, documents
from dictionary_bridge import bucket, content, load, lookup, stems

from reviewer.core import alignment, scoring

#: Wrong/right log-likelihood ratios of the buckets, from ``measure`` on the tuning split.
COSTS = [0.0, 1.11, -0.22, -1.66, -2.30]  # 4-letter stems
#: The weight of the term while ``install``ed; the ``align`` step sets it per run.
WEIGHT = [0.0]
_RU = re.compile(r"[ыэъё]", re.IGNORECASE)


def install(d: dict[str, list[str]], n: int) -> None:
    """Add the dictionary's term to Russian two-sided links' price (monkeypatching the scorer).

    Per sentence, kept once: an English sentence's covered content words as sets of translation
    stems, a Russian sentence's stems; a link's term is then a few set intersections.
    """
    make_side, static = alignment.sentence_side, scoring.Scorer._static
    covered: dict[str, list[frozenset[str]]] = {}

    def words(text: str) -> list[frozenset[str]]:
        if text not in covered:
            covered[text] = [frozenset(t[:n] for t in tr) for w in content(text)
                             if (tr := lookup(d, w))]
        return covered[text]

    def side(texts: Sequence[str], anchors):  # type: ignore[no-untyped-def]
        s = make_side(texts, anchors)
        ru = bool(_RU.search(" ".join(texts)))
        object.__setattr__(s, "dict_words", [words(t) for t in texts])  # a frozen dataclass
        object.__setattr__(s, "dict_stems", [stems(t, n) if ru else None for t in texts])
        return s

    def priced(self, i, j, di, dj):  # type: ignore[no-untyped-def]
        parts = static(self, i, j, di, dj)
        if not WEIGHT[0]:
            return parts
        hum = self.hum.dict_stems
        if hum[j] is None:
            return parts
        hs = hum[j] if dj == 1 else hum[j] | hum[j + 1]
        ws = self.src.dict_words[i] if di == 1 else self.src.dict_words[i] + self.src.dict_words[
            i + 1]
        hits = sum(1 for w in ws if w & hs)
        cost = WEIGHT[0] * COSTS[bucket(len(ws), hits)]
        return (parts[0], parts[1], parts[2] + cost, parts[3], parts[4])

    alignment.sentence_side = side
    scoring.Scorer._static = priced  # type: ignore[method-assign]


def align(args: argparse.Namespace) -> None:
    """Each tuning document with the term off and on, in turn; rows of both, paired bootstrap."""
    import random
    import statistics
    import tempfile

    import alignment_heldout as ah
    from align_eval.corpus import LANGS, LOADERS
    from align_eval.run import print_header, print_row
    from align_eval.score import Counts, paired_change

    install(load(), args.stem)
    weights = (0.0, args.weight)
    print(f"dictionary term weight {args.weight} against 0, stems of {args.stem} letters, "
          f"tuning split, seeds {SEEDS['tuning']}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for corpus in LOADERS:
            docs = documents(args.corpora, corpus, "tuning")
            per = {(w, lang): [] for w in weights for lang in LANGS}
            for doc in docs:
                for w in weights:
                    WEIGHT[0] = w
                    totals = {lang: Counts() for lang in LANGS}
                    for seed in SEEDS["tuning"]:
                        for lang, c in (ah.evaluate(doc, seed, docs, work, work / f"{w}.db",
                                                    False) or {}).items():
                            totals[lang].add(c)
                    for lang in LANGS:
                        per[(w, lang)].append(totals[lang])
            print_header()
            for w in weights:
                for lang in LANGS:
                    print_row(f"{corpus} w{w}", lang, per[(w, lang)])
            rng = random.Random(0)
            for lang in LANGS:
                picks = [[rng.randrange(len(docs)) for _ in docs] for _ in range(1000)]
                low, high = paired_change(per[(weights[0], lang)], per[(weights[1], lang)],
                                          picks)
                print(f"  {corpus} {lang}: F1 change, paired bootstrap 95% interval "
                      f"{low:+.4f} to {high:+.4f}")
        for w in weights:
            WEIGHT[0] = w
            times = [ah.hundred(args.corpora, work) for _ in range(3)]
            print(f"100-segment article, uk and ru, weight {w}: "
                  f"{1000 * statistics.median(times):.1f} ms (median of 3 medians of 5)")


def flags(args: argparse.Namespace) -> None:
    """The flag model fitted on the tuning split with and without the dictionary's evidence."""
    import fit_flags
    import numpy as np

    from reviewer.core.flags import features

    install(load(), args.stem)
    WEIGHT[0] = 0.0
    recording = alignment.flag_links

    def share(scorer, i: int, j: int, di: int, dj: int) -> tuple[int, float]:  # type: ignore[no-untyped-def]
        hum = scorer.hum.dict_stems
        if j < 0 or j + dj > len(hum) or hum[j] is None:
            return 0, 0.0
        hs = frozenset().union(*hum[j:j + dj])
        ws = [w for k in range(i, i + di) for w in scorer.src.dict_words[k]]
        return len(ws), (sum(1 for w in ws if w & hs) / len(ws) if ws else 0.0)

    def extra(steps, scorer):  # type: ignore[no-untyped-def]
        links = recording(steps, scorer)
        evs = fit_flags.RECORDS[-1][1]
        out = []
        for (i, j, di, dj), ev in zip(steps, evs, strict=True):
            if ev is None:
                out.append(None)
                continue
            n, own = share(scorer, i, j, di, dj)
            near = max(share(scorer, i, b, di, dj)[1] for b in (j - 1, j + 1))
            out.append((ev, (own, float(n == 0), max(near - own, 0.0))))
        fit_flags.RECORDS[-1] = (fit_flags.RECORDS[-1][0], out)
        return links

    alignment.flag_links = extra  # type: ignore[assignment]
    rows = fit_flags.collect(args.corpora)
    y = np.array([w for _, w, _ in rows], dtype=float)
    groups = np.array([g for _, _, g in rows])
    base = np.array([features(ev) for (ev, _), _, _ in rows], dtype=float)
    more = np.hstack([base, np.array([x for (_, x), _, _ in rows], dtype=float)])
    print(f"{len(rows)} two-sided links of the tuning split, {int(y.sum())} wrong; flag model "
          f"thresholds at {args.false_flags} of right links per corpus and language")
    for name, x in (("without the dictionary", base), ("with the dictionary", more)):
        w = fit_flags.fit(x, y)
        scores = x @ w[:-1] + w[-1]
        threshold = max(float(np.sort(scores[(y == 0) & (groups == g)])[::-1][
            int(args.false_flags * ((y == 0) & (groups == g)).sum())]) for g in set(groups))
        flagged = scores > threshold
        cells = ", ".join(
            f"{g} {int((flagged & (groups == g) & (y == 1)).sum())}/"
            f"{int(((groups == g) & (y == 1)).sum())} wrong, "
            f"{int((flagged & (groups == g) & (y == 0)).sum())}/"
            f"{int(((groups == g) & (y == 0)).sum())} right" for g in sorted(set(groups)))
        print(f"  {name}: {cells}")
        if x is more:
            print(f"    dictionary weights (share, none, neighbour better): "
                  f"{tuple(round(float(v), 3) for v in w[-4:-1])}")
