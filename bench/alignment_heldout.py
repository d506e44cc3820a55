"""Held-out evaluation of the aligner through the whole import pipeline (see README, Alignment).

Each WMT23 / NTREX-128 document of the chosen part of the split (``align_eval/corpus.py``) has its
Ukrainian and Russian versions edited independently, with each of the part's seeds, the way
newsrooms edit (``align_eval/edits.py``). The three texts are written as plain-text files and run
through the CLI in this process, exactly as a user runs it: ``reviewer import EN --human uk=UK
--human ru=RU``, then ``reviewer links ID --lang L --json`` (the stored links and flags) and
``reviewer show ID --json`` (the segments); the human sentences are read from the same store.
Gold links come from which source pair each character renders (``align_eval/gold.py``).

Printed per corpus and language: exact-link precision, recall and F1 with a bootstrap 95%
interval over documents; flag recall (share of wrong links flagged) and false-flag rate (share of
right two-sided links flagged; right 1-0 / 0-1 links are shown apart, they are always flagged);
recall by gold link shape; the alignment time (``reviewer.library.align_human``) per document and
of one 100-segment article.

Usage: ``uv run python bench/alignment_heldout.py [--split tuning|heldout] [--corpora PATH]
[--corpus wmt23|ntrex128] [--errors]``. Tune only on ``tuning``. Prints figures, never fails.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from align_eval.corpus import LANGS, LOADERS, Doc, documents, parse_seeds, part_seeds
from align_eval.run import import_doc, print_header, print_row, score_links, stored_links, versions
from align_eval.score import Counts

from reviewer import library

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = ROOT / ".." / "shared" / "corpora"
ALIGN_TIMES: list[tuple[int, float]] = []
_align_humans = library.align_humans


def _timed_align(source, humans):  # type: ignore[no-untyped-def]
    start = time.process_time()
    links = _align_humans(source, humans)
    ALIGN_TIMES.append((len(source), time.process_time() - start))
    return links


library.align_humans = _timed_align  # the CLI's import calls it through reviewer.library


def evaluate(doc: Doc, seed: int, donors: list[Doc], work: Path, db: Path,
             errors: bool) -> dict[str, Counts] | None:
    edited = versions(doc, seed, donors)
    imported = import_doc(doc, edited, f"{doc.corpus}-{doc.docid}-{seed}", work, db)
    out = {}
    for lang in LANGS:
        found = score_links(doc, edited, lang, imported, stored_links(imported, lang), errors)
        if found is None:
            return None
        out[lang] = found
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tuning", "heldout"), default="tuning")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--seeds", type=parse_seeds,
                        help="perturbation seeds to use instead of the part's (e.g. 201,202: "
                        "edits never drawn before); a tuning seed is refused for the held-out part")
    parser.add_argument("--corpus", choices=list(LOADERS), action="append")
    parser.add_argument("--errors", action="store_true",
                        help="print each wrong link with its texts (stderr)")
    args = parser.parse_args(argv)
    seeds = part_seeds(args.split, args.seeds)
    if not (args.corpora / "wmt23").is_dir() or not (args.corpora / "ntrex128").is_dir():
        print(f"skipped: no corpora at {args.corpora} (expected wmt23/ and ntrex128/ there)")
        return 0
    print(f"split {args.split}, seeds {seeds}")
    print_header()
    shapes: dict[str, Counts] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for corpus in args.corpus or list(LOADERS):
            docs = documents(args.corpora, corpus, args.split)
            per_doc: dict[str, list[Counts]] = {lang: [] for lang in LANGS}
            for doc in docs:
                totals = {lang: Counts() for lang in LANGS}
                for seed in seeds:
                    found = evaluate(doc, seed, docs, work, work / "eval.db", args.errors)
                    for lang, c in (found or {}).items():
                        totals[lang].add(c)
                for lang in LANGS:
                    per_doc[lang].append(totals[lang])
            for lang in LANGS:
                shapes.setdefault(lang, Counts()).add(print_row(corpus, lang, per_doc[lang]))
        for lang, c in shapes.items():
            alls = sorted((k[:-4], v) for k, v in c.by_shape.items() if k.endswith(" all"))
            found = ", ".join(f"{s} {c.by_shape[s + ' found']}/{n}" for s, n in alls)
            print(f"recall by gold shape ({lang}): {found}; unsure links left out: {c.unsure}")
        times = [1000 * t for _, t in ALIGN_TIMES]
        print(f"alignment time per document (both languages): median "
              f"{statistics.median(times):.1f} ms, max {max(times):.1f} ms")
        print(f"100-segment article, uk and ru: {1000 * hundred(args.corpora, work):.1f} ms "
              "(median of 5)")
    return 0


def hundred(root: Path, work: Path) -> float:
    """The alignment time of a 100-segment article made of NTREX documents, edited."""
    docs = list(LOADERS["ntrex128"](root))
    paras, pairs_uk, pairs_ru, total = [], [], [], 0
    for d in docs:
        for para, uk, ru in zip(d.en_paragraphs, d.pairs["uk"], d.pairs["ru"], strict=True):
            paras.append(para)
            pairs_uk.append(uk)
            pairs_ru.append(ru)
            total += len(uk)
        if total >= 100:
            break
    doc = Doc("ntrex128", "hundred", paras, {"uk": pairs_uk, "ru": pairs_ru})
    edited = versions(doc, 0, [doc])
    src = work / "h.en.txt"
    src.write_text("\n\n".join(paras), encoding="utf-8")
    humans = {}
    for lang, version in edited.items():
        humans[lang] = str(work / f"h.{lang}.txt")
        Path(humans[lang]).write_text("\n\n".join(" ".join(t for t, _ in p) for p in version),
                                      encoding="utf-8")
    times = []
    for _ in range(5):
        ALIGN_TIMES.clear()
        library.prepare_import(str(src), lang="en", humans=humans)
        times.append(ALIGN_TIMES[-1][1])
    return statistics.median(times)


if __name__ == "__main__":
    raise SystemExit(main())
