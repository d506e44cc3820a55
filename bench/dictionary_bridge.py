"""Is a bilingual dictionary (Debian's ``dict-freedict-eng-rus``) worth a term in a link's price?

Evaluation only, on the TUNING split of ``align_eval`` (never the held-out one). Two steps:

``measure``: the dictionary's size; of the English content words of the tuning documents' sure
sentence pairs, the share the dictionary has (tokens and types), and the share whose translations'
stems (first ``--stem`` letters of a Cyrillic word) are found in the paired Russian sentence; the
per-pair lexical overlap score (share of the source's covered content words whose translations'
stems appear in the human sentence) for right pairs against wrong ones (the next sentence of the
same document), as log-likelihood ratios by bucket, and the share of pairs it says anything about
that the aligner's own lexical keys (numbers, Latin words, cognates) leave undecided. Also
pymorphy3's load time when it is installed (a lemmatiser instead of stem prefixes).

``align``: the documents of ``bench/alignment_heldout.py --split tuning`` imported with the
dictionary's term added to every Russian two-sided link's price (``--weight`` times the ratios
``measure`` printed) and without it, side by side; ``flags``: the flag model of
``bench/fit_flags.py`` fitted with and without the dictionary's evidence
(``bench/dictionary_runs.py``).

Usage: ``uv run python bench/dictionary_bridge.py measure|align|flags [--weight W] [--stem N]
[--corpora PATH]``. Needs the Debian package (``/usr/share/dictd/freedict-eng-rus.*``); says so
and exits 0 without it. Prints figures, never fails.
"""

from __future__ import annotations

import argparse
import gzip
import math
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from align_eval.corpus import documents  # noqa: E402

from reviewer.core.anchors import lexical_keys  # noqa: E402

DICT = Path("/usr/share/dictd/freedict-eng-rus")
ROOT = Path(__file__).resolve().parents[1]
_EN = re.compile(r"[A-Za-z]{3,}")
_CYR = re.compile(r"[а-яё]{3,}", re.IGNORECASE)
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
STOP = frozenset(
    "the and for that with from this have has had was were are been not but its his her their they"
    " will would can could which who whom what when where also said says into over than then there"
    " about after before more most other some such only our out all any one two new you your she"
    " him them these those being very just may might must should while during under between"
    .split())
#: Score buckets: no covered word, share 0, (0, 1/3), [1/3, 2/3), [2/3, 1].
BUCKETS = ("none", "0", "<1/3", "<2/3", ">=2/3")


def _b64(text: str) -> int:
    n = 0
    for ch in text:
        n = n * 64 + _B64.index(ch)
    return n


def load(base: Path = DICT) -> dict[str, list[str]]:
    """Headword (lowercased) -> the Cyrillic words of its translations."""
    data = gzip.decompress(base.with_suffix(".dict.dz").read_bytes())
    out: dict[str, list[str]] = {}
    for line in base.with_suffix(".index").read_text(encoding="utf-8").splitlines():
        word, off, size = line.split("\t")
        if word.startswith("00database"):
            continue
        body = data[_b64(off):_b64(off) + _b64(size)].decode("utf-8").split("\n", 1)[-1]
        out.setdefault(word.lower(), []).extend(w.lower() for w in _CYR.findall(body))
    return out


def lookup(d: dict[str, list[str]], word: str) -> list[str] | None:
    """The translations of ``word`` or of a plain inflection's base (-s, -es, -ed, -ing)."""
    w = word.lower()
    for cand in (w, w[:-1] if w.endswith("s") else "", w[:-2] if w.endswith("es") else "",
                 w[:-2] if w.endswith("ed") else "", w[:-1] if w.endswith("ed") else "",
                 w[:-3] if w.endswith("ing") else "", w[:-3] + "e" if w.endswith("ing") else ""):
        if cand and cand in d:
            return d[cand]
    return None


def content(text: str) -> list[str]:
    return [w for w in _EN.findall(text) if w.lower() not in STOP]


def stems(text: str, n: int) -> frozenset[str]:
    return frozenset(w.lower()[:n] for w in _CYR.findall(text))


def overlap(d: dict[str, list[str]], en: str, hum_stems: frozenset[str], n: int
            ) -> tuple[int, int]:
    """(covered content words of ``en``, those with a translation's stem in ``hum_stems``)."""
    covered = hits = 0
    for w in content(en):
        tr = lookup(d, w)
        if tr:
            covered += 1
            hits += any(t[:n] in hum_stems for t in tr)
    return covered, hits


def bucket(covered: int, hits: int) -> int:
    if not covered:
        return 0
    share = hits / covered
    return 1 if share == 0 else 2 if share < 1 / 3 else 3 if share < 2 / 3 else 4


def measure(args: argparse.Namespace) -> None:
    start = time.perf_counter()
    d = load()
    print(f"dictionary: {len(d)} headwords, "
          f"{sum(len(v) for v in d.values())} Cyrillic translation words, "
          f"loaded in {1000 * (time.perf_counter() - start):.0f} ms")
    tokens = Counter[str]()
    types_cov, tok_cov, tok_hit = set(), 0, 0
    right, wrong, undecided = Counter[int](), Counter[int](), Counter[int]()
    pairs_all = 0
    for corpus in ("wmt23", "ntrex128"):
        for doc in documents(args.corpora, corpus, "tuning"):
            pairs = [p for para in doc.pairs["ru"] for p in para if p.sure]
            for k, p in enumerate(pairs):
                pairs_all += 1
                hs = stems(p.hum, args.stem)
                for w in content(p.en):
                    tokens[w.lower()] += 1
                    tr = lookup(d, w)
                    if tr:
                        types_cov.add(w.lower())
                        tok_cov += 1
                        tok_hit += any(t[:args.stem] in hs for t in tr)
                br = bucket(*overlap(d, p.en, hs, args.stem))
                right[br] += 1
                if k + 1 < len(pairs):
                    other = pairs[k + 1].hum
                    bw = bucket(*overlap(d, p.en, stems(other, args.stem), args.stem))
                    wrong[bw] += 1
                    # the aligner's own keys: do they already tell the right from the wrong?
                    ke, kr, kw = lexical_keys(p.en), lexical_keys(p.hum), lexical_keys(other)
                    if len(ke & kr) == len(ke & kw) and br != bw:
                        undecided[1] += 1
                    undecided[0] += 1
    n_tok = sum(tokens.values())
    print(f"tuning split, ru, sure pairs: {pairs_all}; English content tokens {n_tok}, "
          f"types {len(tokens)}")
    print(f"  in the dictionary: tokens {tok_cov / n_tok:.3f}, types "
          f"{len(types_cov) / len(tokens):.3f}; tokens whose translation's {args.stem}-letter "
          f"stem is in the Russian sentence: {tok_hit / n_tok:.3f} "
          f"({tok_hit / max(tok_cov, 1):.3f} of those covered)")
    print("  pair score bucket    right   wrong(next)   LLR wrong/right")
    for b, name in enumerate(BUCKETS):
        r, w = right[b] / sum(right.values()), wrong[b] / sum(wrong.values())
        llr = math.log((w + 1e-3) / (r + 1e-3))
        print(f"  {name:18} {r:7.3f} {w:13.3f}   {llr:+.2f}")
    print(f"  pairs where the cognate/number keys tie between right and next but the dictionary "
          f"bucket differs: {undecided[1]}/{undecided[0]} ({undecided[1] / undecided[0]:.3f})")
    try:
        t0 = time.perf_counter()
        import pymorphy3  # type: ignore[import-not-found]

        pymorphy3.MorphAnalyzer()
        print(f"pymorphy3 load: {1000 * (time.perf_counter() - t0):.0f} ms")
    except ImportError:
        print("pymorphy3: not installed")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("measure", "align", "flags"))
    parser.add_argument("--false-flags", type=float, default=0.018)
    parser.add_argument("--weight", type=float, default=1.0)
    parser.add_argument("--stem", type=int, default=4)
    parser.add_argument("--corpora", type=Path, default=ROOT / ".." / "shared" / "corpora")
    args = parser.parse_args(argv)
    if not DICT.with_suffix(".index").exists():
        print(f"skipped: no {DICT}.index (apt-get install dict-freedict-eng-rus)")
        return 0
    if args.step == "measure":
        measure(args)
        return 0
    import dictionary_runs

    if args.step == "align":
        dictionary_runs.align(args)
    else:
        dictionary_runs.flags(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
