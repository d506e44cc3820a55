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
import contextlib
import io
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from align_eval.corpus import LANGS, LOADERS, SEEDS, Doc, documents
from align_eval.edits import Version, edit_version
from align_eval.gold import gold_links, owners_human, owners_source, unit_sets
from align_eval.score import Counts, bootstrap, count, prf

from reviewer import library
from reviewer.cli.main import main as cli
from reviewer.storage.store import Store

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


def run_cli(*argv: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = cli(list(argv))
    if status:
        raise RuntimeError(f"reviewer {' '.join(argv)} exited {status}")
    return out.getvalue()


def versions(doc: Doc, seed: int, donors: list[Doc]) -> dict[str, Version]:
    """Each language's human version of ``doc``, edited with ``seed``."""
    out = {}
    ids = 0
    for lang in LANGS:
        rng = random.Random(f"{seed}/{doc.corpus}/{doc.docid}/{lang}")
        base: Version = []
        ids = 0
        for para in doc.pairs[lang]:
            base.append([(p.hum, frozenset({ids + k})) for k, p in enumerate(para)])
            ids += len(para)
        donor = rng.choice([d for d in donors if d.docid != doc.docid] or donors)
        sentences = [p.hum for para in donor.pairs[lang] for p in para if p.sure]
        out[lang] = edit_version(base, lang, rng, sentences)
    return out


def evaluate(doc: Doc, seed: int, donors: list[Doc], work: Path, db: Path,
             errors: bool) -> dict[str, Counts] | None:
    edited = versions(doc, seed, donors)
    name = f"{doc.corpus}-{doc.docid}-{seed}".replace("/", "_")
    src = work / f"{name}.en.txt"
    src.write_text("\n\n".join(doc.en_paragraphs) + "\n", encoding="utf-8")
    humans = []
    for lang, version in edited.items():
        path = work / f"{name}.{lang}.txt"
        path.write_text("\n\n".join(" ".join(t for t, _ in para) for para in version) + "\n",
                        encoding="utf-8")
        humans += ["--human", f"{lang}={path}"]
    article = json.loads(run_cli("--db", str(db), "--json", "import", str(src), *humans))["id"]
    shown = json.loads(run_cli("--db", str(db), "--json", "show", str(article)))
    segments = [s["source"] for s in shown["segments"]]
    out = {}
    with Store(str(db)) as store:
        sentences = {lang: [h.text for h in store.human_sentences(article, lang)] for lang in LANGS}
    for lang in LANGS:
        pairs = [p for para in doc.pairs[lang] for p in para]
        seg = unit_sets(segments, owners_source([p.en for p in pairs]))
        hum = unit_sets(sentences[lang], owners_human(edited[lang]))
        if seg is None or hum is None:
            print(f"  skipped {name} {lang}: the pipeline changed the text", file=sys.stderr)
            return None
        gold = gold_links(seg, hum)
        unsure_ids = {k for k, p in enumerate(pairs) if not p.sure}
        unsure = [g for g in gold if any(seg[i] & unsure_ids for i in g[0])
                  or any(hum[j] & unsure_ids for j in g[1])]
        sure = [g for g in gold if g not in unsure]
        links = json.loads(run_cli("--db", str(db), "--json", "links", str(article),
                                   "--lang", lang))
        pred = {(frozenset(range(k["source"][0] - 1, k["source"][1])),
                 frozenset(range(k["human"][0] - 1, k["human"][1]))): k["flagged"]
                for k in links}
        out[lang] = count(pred, sure, unsure)
        if errors:
            miss = sorted(set(sure) - pred.keys(), key=lambda g: min(g[0] | g[1]))
            bad = sorted(pred.keys() - set(gold), key=lambda g: min(g[0] | g[1]))
            if miss or bad:
                print(f"  {name} {lang}: missed {_show(miss)}\n      found {_show(bad)}",
                      file=sys.stderr)
    return out


def _show(links: list[tuple[frozenset[int], frozenset[int]]]) -> str:
    return " ".join(f"{sorted(s)}-{sorted(h)}" for s, h in links)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tuning", "heldout"), default="tuning")
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--corpus", choices=list(LOADERS), action="append")
    parser.add_argument("--errors", action="store_true", help="print each document's misses")
    args = parser.parse_args(argv)
    if not (args.corpora / "wmt23").is_dir() or not (args.corpora / "ntrex128").is_dir():
        print(f"skipped: no corpora at {args.corpora} (expected wmt23/ and ntrex128/ there)")
        return 0
    print(f"split {args.split}, seeds {SEEDS[args.split]}")
    print(f"{'corpus':9} {'lang':4} {'docs':>4} {'links':>5} {'P':>6} {'R':>6} {'F1':>6} "
          f"{'F1 95% CI':>13} {'flag rec':>8} {'CI':>11} {'false fl':>8} {'CI':>11} "
          f"{'1-0/0-1 fl':>10}")
    shapes: dict[str, Counts] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for corpus in args.corpus or list(LOADERS):
            docs = documents(args.corpora, corpus, args.split)
            per_doc: dict[str, list[Counts]] = {lang: [] for lang in LANGS}
            for doc in docs:
                totals = {lang: Counts() for lang in LANGS}
                for seed in SEEDS[args.split]:
                    found = evaluate(doc, seed, docs, work, work / "eval.db", args.errors)
                    for lang, c in (found or {}).items():
                        totals[lang].add(c)
                for lang in LANGS:
                    per_doc[lang].append(totals[lang])
            for lang in LANGS:
                total = Counts()
                for c in per_doc[lang]:
                    total.add(c)
                shapes.setdefault(lang, Counts()).add(total)
                p, r, f1 = prf(total)
                ci = bootstrap(per_doc[lang])
                rec = total.wrong_flagged / max(total.wrong, 1)
                ff = total.right_two_flagged / max(total.right_two, 1)
                one = total.right_one_flagged / max(total.right_one, 1)
                print(f"{corpus:9} {lang:4} {len(docs):>4} {total.gold:>5} {p:6.3f} {r:6.3f} "
                      f"{f1:6.3f} {_ci(ci['F1']):>13} {rec:8.3f} {_ci(ci['flag_recall']):>11} "
                      f"{ff:8.3f} {_ci(ci['false_flag']):>11} {one:10.3f}")
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


def _ci(pair: tuple[float, float]) -> str:
    return f"{pair[0]:.3f}-{pair[1]:.3f}"


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
