"""How often the spelling check flags words in published human translations (false flags).

The human Ukrainian and Russian references of NTREX-128 (1,997 lines) and of WMT23's news
articles (516 lines a language) are professional translations: nearly every word they contain
is spelt right, so what the ``spelling`` check flags there is mostly noise a translator would
have to look past. Each line is checked the way ``reviewer qa`` checks a segment (its English
source for the names, no glossary, an empty personal dictionary). Printed per corpus and
language: words checked, words flagged (%), lines with at least one flag (%), and the most
frequent flagged words, so that the kinds of false flag can be read off (names, new words, real
typos).

Usage: ``uv run python bench/spelling_false_flags.py [--corpora PATH] [--top N]``.
A benchmark that prints figures; it never passes or fails.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from reviewer.core.dictionaries import dictionary
from reviewer.core.qa.names import article_names
from reviewer.core.qa.spelling import check_spelling, in_script, words

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPORA = ROOT / ".." / "shared" / "corpora"
NTREX_FILES = {"uk": "newstest2019-ref.ukr.txt", "ru": "newstest2019-ref.rus.txt"}


def ntrex(root: Path, lang: str) -> Iterator[list[tuple[str, str]]]:
    """NTREX-128 as one document of (source, reference) lines per document id."""
    base = root / "ntrex128" / "NTREX-128"
    src = (base / "newstest2019-src.eng.txt").read_text(encoding="utf-8").splitlines()
    ref = (base / NTREX_FILES[lang]).read_text(encoding="utf-8").splitlines()
    ids = (root / "ntrex128" / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    docs: dict[str, list[tuple[str, str]]] = {}
    for doc, s, r in zip(ids, src, ref, strict=False):
        docs.setdefault(doc.split("\t")[0], []).append((s, r))
    yield from docs.values()


def wmt23(root: Path, lang: str) -> Iterator[list[tuple[str, str]]]:
    """WMT23's news articles as (source, reference) lines."""
    with (root / "wmt23" / "news_articles.jsonl").open(encoding="utf-8") as f:
        for line in f:
            art = json.loads(line)
            yield list(zip(art["en"], art["ref"][lang], strict=True))


def measure(docs: Iterator[list[tuple[str, str]]],
            lang: str) -> tuple[int, int, int, int, Counter[str]]:
    """Words checked, words flagged, lines, lines flagged, and the flagged words."""
    speller = dictionary(lang)
    checked = flagged = lines = flagged_lines = 0
    seen: Counter[str] = Counter()
    for doc in docs:
        context = article_names(s for s, _ in doc)
        for source, ref in doc:
            found = check_spelling(ref, lang, speller, source=source, context=context)
            hits = [ref[f.target_spans[0].start:f.target_spans[0].end] for f in found
                    if f.code == "misspelt"]
            checked += sum(1 for w in words(ref) if in_script(w.text, lang))
            flagged += len(hits)
            lines += 1
            flagged_lines += bool(hits)
            seen.update(hits)
    return checked, flagged, lines, flagged_lines, seen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    if not (args.corpora / "ntrex128").is_dir():
        print(f"no corpora at {args.corpora}", file=sys.stderr)
        return 1
    for lang in ("uk", "ru"):
        if dictionary(lang) is None:
            print(f"no {lang} dictionary here; skipped", file=sys.stderr)
            continue
        for name, reader in (("NTREX-128", ntrex), ("WMT23 news", wmt23)):
            started = time.perf_counter()
            checked, flagged, lines, flagged_lines, seen = measure(reader(args.corpora, lang), lang)
            took = time.perf_counter() - started
            print(f"{name} {lang}: {flagged}/{checked} words flagged "
                  f"({100 * flagged / checked:.2f} %), {flagged_lines}/{lines} lines with a flag "
                  f"({100 * flagged_lines / lines:.1f} %), {took:.1f} s")
            print("  most flagged: " + ", ".join(f"{w} {n}" for w, n in seen.most_common(args.top)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
