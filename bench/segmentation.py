"""Benchmark sentence splitters on line-aligned news corpora (NTREX-128, WMT23).

Each document's lines are joined with spaces into paragraphs, and a splitter is scored on how
well it recovers the line boundaries: boundary precision / recall / F1 per splitter, language,
corpus and paragraph mode. Two modes:

* ``para3`` - runs of up to three consecutive lines form a paragraph (news paragraphs are short);
* ``doc``   - the whole document is one paragraph (more boundaries per paragraph).

In both modes a line that does not end in ``.``, ``!``, ``?`` or ``…`` (a headline, a caption,
a lead-in ending in a colon before a list or a block quote) closes its paragraph: an importer
delivers such lines as blocks of their own, and no splitter should cut there.

Corpora: ``ntrex`` (NTREX-128: 123 documents), ``wmt23`` (the 30 WMT23 news articles: English
source and the human uk/ru references) and ``wmt-mt`` (the same articles as translated by the
11 uk / 12 ru WMT23 systems). The reviewer's rules were written while reading the errors on
``ntrex`` and ``wmt23``; ``wmt-mt`` was never looked at while tuning and serves as held-out text.

A corpus line is a translation unit, and some hold several sentences, so a splitter that is
right there loses precision. Two views are printed: ``raw`` (every line) and ``1-sent`` (lines
listed in ``segmentation_multi.tsv``, judged by hand to hold several sentences, are left out and
close their paragraph). ``--errors LANG`` prints every miss of the raw view for judging.

Usage: ``uv run python bench/segmentation.py [--corpora PATH] [--errors LANG] [--only NAME]``.
A benchmark that prints figures; it never passes or fails.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reviewer.core.segmentation import split_sentences

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = ROOT / ".." / "shared" / "corpora"
MULTI = Path(__file__).with_name("segmentation_multi.tsv")
LANGS = ("en", "uk", "ru")
NTREX_FILES = {"en": "newstest2019-src.eng.txt", "uk": "newstest2019-ref.ukr.txt",
               "ru": "newstest2019-ref.rus.txt"}
CLOSERS = "\"'»”’)]"

Splitter = Callable[[str, str], list[str]]
Line = tuple[str, str]  # (key, text); key is "corpus\tlang\tline" as in segmentation_multi.tsv


@dataclass(frozen=True)
class Paragraph:
    """A paragraph built from corpus lines, with the gold boundary offsets between them."""

    corpus: str
    lang: str
    mode: str
    view: str
    text: str
    gold: frozenset[int]


def load_documents(corpora: Path) -> Iterator[tuple[str, str, list[Line]]]:
    """Yield ``(corpus, lang, lines)`` for every document of NTREX-128 and WMT23."""
    ntrex = corpora / "ntrex128"
    doc_ids = (ntrex / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    for lang, name in NTREX_FILES.items():
        texts = (ntrex / "NTREX-128" / name).read_text(encoding="utf-8").splitlines()
        if len(texts) != len(doc_ids):
            raise SystemExit(f"{name}: {len(texts)} lines but {len(doc_ids)} document ids")
        current: list[Line] = []
        for i, text in enumerate(texts):
            if i and doc_ids[i] != doc_ids[i - 1]:
                yield "ntrex", lang, current
                current = []
            current.append((f"ntrex\t{lang}\t{i + 1}", text))
        yield "ntrex", lang, current
    with (corpora / "wmt23" / "news_articles.jsonl").open(encoding="utf-8") as handle:
        for row in handle:
            article = json.loads(row)
            sides = {"en": article["en"], **article["ref"]}
            for lang in LANGS:
                yield "wmt23", lang, [(f"wmt23\t{lang}\t{article['docid']}:{i + 1}", text)
                                      for i, text in enumerate(sides[lang])]
            for lang, systems in article["mt"].items():
                for system, texts in systems.items():
                    yield "wmt-mt", lang, [(f"wmt-mt\t{lang}\t{system}:{i + 1}", text)
                                           for i, text in enumerate(texts)]


def make_paragraphs(corpus: str, lang: str, lines: list[Line], mode: str,
                    skip: frozenset[str] = frozenset()) -> Iterator[Paragraph]:
    """Join a document's lines into paragraphs for ``mode``; lines keyed in ``skip`` are left out
    and close their paragraph."""
    limit = 3 if mode == "para3" else 10**9
    view = "1-sent" if skip else "raw"
    group: list[str] = []
    for key, raw in lines:
        text = " ".join(raw.split())
        if text and key not in skip:
            group.append(text)
        ended = not group or not group[-1].rstrip(CLOSERS).endswith((".", "!", "?", "…"))
        if group and (len(group) >= limit or ended or not text or key in skip):
            yield _paragraph(corpus, lang, mode, view, group)
            group = []
    if group:
        yield _paragraph(corpus, lang, mode, view, group)


def _paragraph(corpus: str, lang: str, mode: str, view: str, lines: list[str]) -> Paragraph:
    gold, offset = set(), 0
    for line in lines[:-1]:
        offset += len(line) + 1
        gold.add(offset)
    return Paragraph(corpus, lang, mode, view, " ".join(lines), frozenset(gold))


def boundaries(text: str, sentences: list[str]) -> set[int]:
    """Offsets in ``text`` where each sentence but the first starts."""
    found, cursor = set(), 0
    for sentence in sentences:
        piece = sentence.strip()
        if not piece:
            continue
        start = text.find(piece, cursor)
        if start < 0:
            raise ValueError(f"splitter changed the text: {piece[:60]!r}")
        if cursor:
            found.add(start)
        cursor = start + len(piece)
    return found


def _choppa() -> Splitter:
    from choppa import DEFAULT_SRX_RULESET, SrxDocument, SrxTextIterator

    document = SrxDocument(ruleset=DEFAULT_SRX_RULESET)
    return lambda text, lang: list(SrxTextIterator(document, f"{lang}_two", text))


def _pysbd() -> Splitter:
    import pysbd

    # pysbd has no Ukrainian rules; its Russian ones are the closest it has.
    segmenters = {lang: pysbd.Segmenter(language="ru" if lang == "uk" else lang, clean=False)
                  for lang in LANGS}
    return lambda text, lang: segmenters[lang].segment(text)


def _razdel() -> Splitter:
    from razdel import sentenize

    return lambda text, lang: [s.text for s in sentenize(text)]


def _sentencex() -> Splitter:
    import sentencex

    return lambda text, lang: list(sentencex.segment(lang, text))


CANDIDATES: dict[str, Callable[[], Splitter]] = {
    "choppa-srx": _choppa,
    "pysbd": _pysbd,
    "razdel": _razdel,
    "sentencex": _sentencex,
    "reviewer": lambda: split_sentences,
}
CHOSEN = "reviewer"
SKIP = {("razdel", "en")}  # razdel is a Russian splitter; it is tried on uk but not on en


@dataclass
class Score:
    """Boundary counts of one splitter on one slice of paragraphs."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, found: set[int], gold: frozenset[int]) -> None:
        self.tp += len(found & gold)
        self.fp += len(found - gold)
        self.fn += len(gold - found)

    def cells(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{self.tp + self.fn:>5} {p:>6.4f} {r:>6.4f} {f:>6.4f}"


def misses(para: Paragraph, found: set[int]) -> Iterator[str]:
    """One line per false or missed boundary, with the text around it."""
    for kind, cuts in (("FP", found - para.gold), ("FN", para.gold - found)):
        for cut in sorted(cuts):
            before, after = para.text[max(0, cut - 70):cut], para.text[cut:cut + 50]
            yield f"{kind} {para.corpus} {before}|{after}"


def speed(splitter: Splitter, paragraphs: list[Paragraph]) -> tuple[float, float]:
    """Sentences and characters per second of ``splitter`` over ``paragraphs``."""
    count, chars, start = 0, 0, time.perf_counter()
    for para in paragraphs:
        count += len(splitter(para.text, para.lang))
        chars += len(para.text)
    elapsed = time.perf_counter() - start
    return count / elapsed, chars / elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA,
                        help="folder holding ntrex128/ and wmt23/ (default: ../shared/corpora)")
    parser.add_argument("--errors", metavar="LANG", help="print every raw-view miss in LANG")
    parser.add_argument("--only", metavar="NAME", choices=list(CANDIDATES),
                        help=f"run only one of {', '.join(CANDIDATES)}")
    parser.add_argument("--mode", choices=("para3", "doc"), help="only this paragraph mode")
    args = parser.parse_args(argv)
    if not (args.corpora / "ntrex128").is_dir() or not (args.corpora / "wmt23").is_dir():
        print(f"corpora not found at {args.corpora.resolve()} (need ntrex128/ and wmt23/); "
              "pass --corpora PATH", file=sys.stderr)
        return 2
    rows = MULTI.read_text(encoding="utf-8").splitlines()
    multi = frozenset(row for row in rows if row and row[0] != "#" and row != "corpus\tlang\tline")
    modes = (args.mode,) if args.mode else ("para3", "doc")
    docs = list(load_documents(args.corpora))
    paragraphs = [p for mode in modes for skip in (frozenset(), multi)
                  for corpus, lang, lines in docs
                  for p in make_paragraphs(corpus, lang, lines, mode, skip)]
    print(f"multi-sentence lines left out of the 1-sent view: {len(multi)} ({MULTI.name})")
    print(f"{'splitter':<11} {'lang':<4} {'corpus':<6} {'mode':<5} | {'raw: gold':>9} {'P':>6} "
          f"{'R':>6} {'F1':>6} | {'1-sent: gold':>12} {'P':>6} {'R':>6} {'F1':>6}")
    names = [args.only] if args.only else list(CANDIDATES)
    for name in names:
        splitter = CANDIDATES[name]()
        for lang in LANGS:
            if (name, lang) in SKIP:
                continue
            for corpus in ("ntrex", "wmt23", "wmt-mt"):
                if corpus == "wmt-mt" and lang == "en":
                    continue
                for mode in modes:
                    scores = {"raw": Score(), "1-sent": Score()}
                    errors: list[str] = []
                    for para in paragraphs:
                        if (para.lang, para.corpus, para.mode) != (lang, corpus, mode):
                            continue
                        found = boundaries(para.text, splitter(para.text, lang))
                        scores[para.view].add(found, para.gold)
                        if args.errors == lang and para.view == "raw":
                            errors.extend(misses(para, found))
                    judged = (f"       {scores['1-sent'].cells()}" if corpus != "wmt-mt"
                              else "  (held out: not judged)")
                    print(f"{name:<11} {lang:<4} {corpus:<6} {mode:<5} |     "
                          f"{scores['raw'].cells()} | {judged}")
                    for line in errors:
                        print("   ", line)
    chosen = CANDIDATES[CHOSEN]()
    for lang in LANGS:
        part = [p for p in paragraphs if p.lang == lang and p.view == "raw"]
        sents, chars = speed(chosen, part)
        print(f"speed of {CHOSEN} on {lang}: {sents:,.0f} sentences/s "
              f"({chars / 1e6:.1f} M chars/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
