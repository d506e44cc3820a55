"""The ``align`` step of ``bench/apertium_bridge.py`` (see its docstring).

Each tuning document imported with the other edition's bridge as today and with each chosen
variant (``VARIANTS``: the Russian sentences' stems taken from their Apertium translation into
Ukrainian, or both sides' lemmas, the Russian ones mapped; today's price table or one re-measured
for translated stems; the term's weight), ``editions.stems``, ``build.align_editions`` and the
scoring constants monkeypatched, nothing in ``reviewer/`` changed; the harness's rows for each,
a paired bootstrap interval of each F1 change over documents, and the 100-segment article's
alignment time (CPU of this process) and translation time (wall clock, the Apertium process) each
way.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from align_eval.corpus import LANGS, LOADERS, SEEDS, documents
from apertium_bridge import analysers, lemmas, translate

from reviewer.core import build, editions, scoring

#: Per direction, the wrong/right log-likelihood ratio of the share of stems found (tenths
#: 0..0.4+), from ``measure`` on the tuning split with the Russian side translated.
TRANSLATED_COSTS = (3.4, 1.9, -0.2, -1.6, -3.3)
TODAY_COSTS = scoring.BRIDGE_COSTS
TODAY_WEIGHT = scoring.BRIDGE_WEIGHT
#: name -> (how the Russian side is brought to Ukrainian: "" not at all, "translated" its stems
#: from the translation, "lemmas" both sides' lemmas, the Russian ones mapped; price table,
#: weight of the bridge term)
VARIANTS = {"today": ("", TODAY_COSTS, TODAY_WEIGHT),
            "translated": ("translated", TODAY_COSTS, TODAY_WEIGHT),
            "translated, new table": ("translated", TRANSLATED_COSTS, TODAY_WEIGHT),
            "translated w0.75": ("translated", TODAY_COSTS, 0.75),
            "translated w1.0": ("translated", TODAY_COSTS, 1.0),
            "translated, new table w0.75": ("translated", TRANSLATED_COSTS, 0.75),
            "today w0.75": ("", TODAY_COSTS, 0.75),
            "translated w0.35": ("translated", TODAY_COSTS, 0.35),
            "translated, new table w0.35": ("translated", TRANSLATED_COSTS, 0.35),
            "lemmas": ("lemmas", TODAY_COSTS, TODAY_WEIGHT),
            "lemmas, new table w0.35": ("lemmas", TRANSLATED_COSTS, 0.35)}
#: The variants run unless ``--variants`` names others ("today" always runs first).
DEFAULT = ("today", "translated", "translated, new table")
STATE: dict[str, object] = {"on": False, "tr": {}, "spent": 0.0}


def install(command: str) -> None:
    """Route the sentences' stems through Apertium as ``STATE['on']`` says."""
    own_stems, own_align = editions.stems, build.align_editions
    pipes = analysers()
    assert pipes is not None

    def stems(text: str) -> frozenset[str]:
        if STATE["on"] == "lemmas":
            return STATE["tr"].get(text) or own_stems(text)  # type: ignore[attr-defined,no-any-return]
        found = STATE["tr"].get(text, text) if STATE["on"] else text  # type: ignore[attr-defined]
        return own_stems(found)

    def align_editions(source: Sequence[Sequence[str]],
                       humans: Mapping[str, Sequence[Sequence[str]]]):  # type: ignore[no-untyped-def]
        if STATE["on"] == "translated" and "ru" in humans:
            sents = [s for p in humans["ru"] for s in p]
            start = time.perf_counter()
            found = translate(command, sents)
            STATE["spent"] = time.perf_counter() - start
            STATE["tr"] = dict(zip(sents, found, strict=True)) if found else {}
        elif STATE["on"] == "lemmas" and set(humans) == {"uk", "ru"}:
            start = time.perf_counter()
            table: dict[str, frozenset[str]] = {}
            for lang, pipe in (("ru", pipes[0]), ("uk", pipes[1])):
                sents = [s for p in humans[lang] for s in p]
                got = lemmas(pipe, sents, mapped=lang == "ru")
                table.update(zip(sents, got, strict=True) if got else ())
            STATE["spent"] = time.perf_counter() - start
            STATE["tr"] = table
        return own_align(source, humans)

    editions.stems = stems  # type: ignore[assignment]
    build.align_editions = align_editions


def sum_counts(kind: type, *parts: object) -> object:
    """One ``Counts`` holding all of ``parts``."""
    total = kind()
    for part in parts:
        total.add(part)
    return total


def use(name: str) -> None:
    on, costs, weight = VARIANTS[name]
    STATE["on"], STATE["spent"] = on, 0.0
    scoring.BRIDGE_COSTS, scoring.BRIDGE_WEIGHT = costs, weight


def align(args: argparse.Namespace, command: str) -> None:
    """Each tuning document under each variant, in turn; rows of all, paired bootstrap."""
    import alignment_heldout as ah
    from align_eval.run import print_header, print_row
    from align_eval.score import Counts, paired_change, prf

    install(command)
    chosen = ["today", *(v for v in (args.variants or DEFAULT) if v != "today")]
    seeds = tuple(args.seeds or SEEDS["tuning"])
    print(f"bridge variants {chosen}, tuning split, seeds {seeds}")
    pooled: dict[str, list[dict[str, list[Counts]]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for corpus in LOADERS:
            docs = documents(args.corpora, corpus, "tuning")
            per: dict[tuple[str, str], list[Counts]] = {
                (v, lang): [] for v in chosen for lang in LANGS}
            for doc in docs:
                for v in chosen:
                    use(v)
                    totals = {lang: Counts() for lang in LANGS}
                    for seed in seeds:
                        for lang, c in (ah.evaluate(doc, seed, docs, work, work / "a.db",
                                                    False) or {}).items():
                            totals[lang].add(c)
                    for lang in LANGS:
                        per[(v, lang)].append(totals[lang])
            print_header()
            for v in chosen:
                # per document, both languages' counts together, for the pooled interval
                pooled.setdefault(v, []).append(
                    [sum_counts(Counts, *(per[(v, lang)][k] for lang in LANGS))
                     for k in range(len(docs))])
                for lang in LANGS:
                    print_row(f"{corpus} {v}", lang, per[(v, lang)])
            rng = random.Random(0)
            picks = [[rng.randrange(len(docs)) for _ in docs] for _ in range(1000)]
            for v in chosen[1:]:
                for lang in LANGS:
                    low, high = paired_change(per[("today", lang)], per[(v, lang)], picks)
                    print(f"  {corpus} {lang} {v}: F1 change, paired bootstrap 95% interval "
                          f"{low:+.4f} to {high:+.4f}")
        rng = random.Random(0)
        sizes = [len(c) for c in pooled["today"]]
        picks_all = [[[rng.randrange(n) for _ in range(n)] for n in sizes] for _ in range(1000)]
        for v in chosen[1:]:
            deltas = []
            for pick in picks_all:
                f = []
                for w in ("today", v):
                    total = Counts()
                    for corpus_docs, chosen_docs in zip(pooled[w], pick, strict=True):
                        for k in chosen_docs:
                            total.add(corpus_docs[k])
                    f.append(prf(total)[2])
                deltas.append(f[1] - f[0])
            deltas.sort()
            print(f"  all links pooled (both corpora, uk and ru) {v}: F1 change "
                  f"{deltas[500]:+.4f}, paired bootstrap 95% interval {deltas[25]:+.4f} to "
                  f"{deltas[974]:+.4f} (documents resampled within each corpus)")
        for _ in range(2):
            for v in chosen:
                use(v)
                times = [ah.hundred(args.corpora, work) for _ in range(3)]
                print(f"100-segment article, uk and ru, {v}: alignment "
                      f"{1000 * statistics.median(times):.1f} ms (median of 3 medians of 5)"
                      + (f"; translation {1000 * float(STATE['spent']):.0f} ms (wall clock, "
                         "last run)" if STATE["on"] else ""))
    use("today")
