"""Flag rules after a realignment by machine translation: data for choosing them (tuning only).

The same documents, seeds, edits and loopback engine as ``bench/realign_mt.py``: each edited
article is imported and translated through the CLI as a user does, then each language is
planned by :class:`reviewer.services.realign.RealignService`. The links after the realignment are
scored (exact links, flag recall, right two-sided links flagged) with their flags set by each of
these rules:

``stored``        what ``reviewer links --realign`` stores: a link the realignment keeps keeps its
                  flag, every link it makes is flagged
``stored+weak W`` and a two-sided link flagged where its chrF (the realignment's, beta 0.7) is
                  below ``W`` times the article's typical chrF
``stored+cut G``  and both links of two neighbouring 1-1 links flagged where the machine
                  translations would cut their joined human text at a clause boundary at least
                  two words from where it is cut, scoring ``G`` chrF points more (beta 0.7, the
                  mean over the two links): two sentences re-cut elsewhere

    uv run python bench/realign_flags.py [--system ONLINE-A[,...]] [--seeds 11,12]

Prints figures, never fails. The product stores the first rule; the other two were measured and
not adopted (docs/alignment-measurements.md).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from align_eval.corpus import LANGS, documents, parse_seeds, part_seeds  # noqa: E402
from align_eval.run import imported_docs, print_header, print_row, run_cli, score_links  # noqa: E402
from align_eval.score import Counts  # noqa: E402
from encoder_bridge import as_printed  # noqa: E402
from realign_mt import DEFAULT_CORPORA, Server  # noqa: E402

import reviewer.core.realign as realign_core  # noqa: E402
import reviewer.services.realign as realign_service  # noqa: E402
from reviewer.core.chrf_fast import Ngrams, chrf_parts, f_score  # noqa: E402
from reviewer.core.model import Link  # noqa: E402
from reviewer.core.realign import Texts  # noqa: E402
from reviewer.services.realign import RealignPlan, RealignService  # noqa: E402
from reviewer.storage.store import Store  # noqa: E402
from tests.engines.servers import MTServer  # noqa: E402

GAINS = (2.0, 3.0, 4.0)
WEAK = (0.3, 0.4)
#: Words after which (or before which) a sentence may be cut: punctuation, conjunctions.
_CLAUSE_END = re.compile(r"[,;:–—]$")
_CONJ = {"і", "й", "та", "а", "але", "проте", "однак", "и", "но", "однако", "що", "что", "бо",
         "коли", "когда", "де", "где", "який", "яка", "які", "который", "которая", "которые",
         "–", "—"}


def cut_gain(texts: Texts, a: Link, b: Link) -> float:
    """How many chrF points the best clause cut of ``a`` and ``b``'s joined human text (two or
    more words from the current cut) scores above the current cut; 0 when none is better."""
    words_a, words_b = texts.human[a.hum_start].split(), texts.human[b.hum_start].split()
    words = words_a + words_b
    mt_a = [Ngrams.of(t) for t in texts.mt[a.src_start]]
    mt_b = [Ngrams.of(t) for t in texts.mt[b.src_start]]

    def score(c: int) -> float:
        left, right = Ngrams.of(" ".join(words[:c])), Ngrams.of(" ".join(words[c:]))
        return sum(f_score(*chrf_parts(x, left), 0.7) + f_score(*chrf_parts(y, right), 0.7)
                   for x, y in zip(mt_a, mt_b, strict=False)) / len(mt_a) / 2

    here = len(words_a)
    cuts = [c for c in range(1, len(words)) if abs(c - here) >= 2
            and (_CLAUSE_END.search(words[c - 1]) or words[c].lower() in _CONJ)]
    return max((score(c) for c in cuts), default=0.0) - score(here) if cuts else 0.0


def rules(plan: RealignPlan, texts: Texts) -> dict[str, list[Link]]:
    """The links after ``plan`` flagged by each rule of the module's docstring."""
    stored = plan.after if plan.changes else plan.before
    scorer = realign_core._Scorer(texts)
    scorer.typical = realign_core._typical(scorer, plan.before, [False] * len(plan.before))

    def chrf(k: Link) -> float | None:
        if k.kind.startswith("0-") or k.kind.endswith("-0") or not all(
                texts.mt[s] for s in range(k.src_start, k.src_end)):
            return None
        return scorer.chrf(k.src_start, k.src_end, k.hum_start, k.hum_end)

    out = {"stored": list(stored)}
    scores = [chrf(k) for k in stored]
    for w in WEAK:
        out[f"stored+weak {w:g}"] = [
            replace(k, flagged=k.flagged or (c is not None and c < w * scorer.typical))
            for k, c in zip(stored, scores, strict=True)]
    gains = cut_gains(texts, stored)
    for g in GAINS:
        out[f"stored+cut {g:g}"] = [replace(k, flagged=k.flagged or gain > g)
                                    for k, gain in zip(stored, gains, strict=True)]
    return out


def cut_gains(texts: Texts, links: list[Link]) -> list[float]:
    """Per link, the largest :func:`cut_gain` of it with a neighbouring 1-1 link."""
    gains = [0.0] * len(links)
    for n, (a, b) in enumerate(zip(links, links[1:], strict=False)):
        if (a.kind == b.kind == "1-1" and b.src_start == a.src_end and b.hum_start == a.hum_end
                and texts.mt[a.src_start] and texts.mt[b.src_start]):
            gain = cut_gain(texts, a, b)
            gains[n], gains[n + 1] = max(gains[n], gain), max(gains[n + 1], gain)
    return gains


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--system", default="ONLINE-A,ONLINE-B,ONLINE-G,ONLINE-Y,Lan-BridgeMT,"
                        "NLLB_Greedy,NLLB_MBR_BLEU,ZengHuiMT")
    parser.add_argument("--seeds", type=parse_seeds, help="tuning seeds other than 1,2")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    args = parser.parse_args(argv)
    if not (args.corpora / "wmt23").is_dir():
        print(f"skipped: no corpora at {args.corpora} (expected wmt23/ there)")
        return 0
    seeds = part_seeds("tuning", args.seeds)
    docs = documents(args.corpora, "wmt23", "tuning")
    seen: dict[str, Texts] = {}
    spy: Callable[..., list[Link]] = realign_service.realign

    def spying(texts: Texts, links: Sequence[Link], fixed: Sequence[bool]) -> list[Link]:
        seen["texts"] = texts
        return spy(texts, links, fixed)

    realign_service.realign = spying  # type: ignore[assignment]
    per_doc: dict[tuple[str, str], list[Counts]] = {}
    for system in args.system.split(","):
        with MTServer("libre", Server(docs, system)) as server, \
                tempfile.TemporaryDirectory() as tmp:
            for n, doc, edited, imp in imported_docs(docs, seeds, Path(tmp)):
                try:  # a segment with no MT fails: its links are kept as they were
                    run_cli("--db", str(imp.db), "--json", "translate", str(imp.article),
                            "--engine", "libre", "--engine-url", server.url, "--to", "uk,ru")
                except RuntimeError:
                    pass
                with Store(str(imp.db)) as store:
                    for lang in LANGS:
                        plan = RealignService(store).plan(imp.article, lang)
                        for rule, links in rules(plan, seen["texts"]).items():
                            c = score_links(doc, edited, lang, imp, as_printed(links))
                            counts = per_doc.setdefault((rule, lang), [Counts() for _ in docs])
                            if c is not None:
                                counts[n].add(c)
    print(f"split tuning, seeds {seeds}, systems {args.system}")
    print_header()
    for (rule, lang), counts in per_doc.items():
        print_row(rule, lang, counts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
