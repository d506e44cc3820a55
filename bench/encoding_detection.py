"""How well legacy encodings are told apart: reviewer's decoder against charset-normalizer.

Encodes real Ukrainian and Russian news lines (the NTREX-128 references and the bundled samples)
in Windows-1251, KOI8-U and KOI8-R (typographic quotes and dashes made ASCII for KOI8, as editors
of the day did), the same lines in capitals (the hard case), and Western paragraphs of the
news-html corpus in Windows-1252, then counts for each detector: right, wrong (mojibake accepted)
and refused. Run: ``uv run python bench/encoding_detection.py [--no-cn]``.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from reviewer.formats.decoding import decode
from reviewer.formats.errors import BadInputError

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO / ".." / "shared" / "corpora"
KOI8_SAFE = str.maketrans(
    {
        "—": "-",
        "–": "-",
        "«": '"',
        "»": '"',
        "“": '"',
        "”": '"',
        "„": '"',
        "’": "'",
        "…": "...",
        "№": "N",
        "\u00a0": " ",
    }
)


def cyrillic_lines() -> Iterator[tuple[str, str]]:
    ntrex = CORPORA / "ntrex128" / "NTREX-128"
    for lang, name in (("uk", "newstest2019-ref.ukr.txt"), ("ru", "newstest2019-ref.rus.txt")):
        for line in (ntrex / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield lang, line
        sample = REPO / "resources" / "sample" / f"article.{lang}.txt"
        for line in sample.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield lang, line


def western_paragraphs() -> Iterator[str]:
    import lxml.html

    for page in sorted((CORPORA / "news-html" / "readability").glob("*/expected.html")):
        for para in lxml.html.fromstring(page.read_text(encoding="utf-8")).iter("p"):
            text = " ".join(para.text_content().split())
            if text:
                yield text


def cases() -> Iterator[tuple[str, str, str]]:
    """(group, encoding, text) for every case that is not plain ASCII once encoded."""
    for lang, line in cyrillic_lines():
        for caps in (False, True):
            text = line.upper() if caps else line
            group = f"{lang}{' CAPS' if caps else ''}"
            encodings = ["cp1251", "koi8-u"] + (["koi8-r"] if lang == "ru" else [])
            for encoding in encodings:
                yield group, encoding, text.translate(KOI8_SAFE) if "koi8" in encoding else text
    for text in western_paragraphs():
        yield "western", "cp1252", text


def main() -> None:
    use_cn = "--no-cn" not in sys.argv
    if use_cn:
        from charset_normalizer import from_bytes
    ours: Counter[tuple[str, str, str]] = Counter()
    theirs: Counter[tuple[str, str, str]] = Counter()
    for group, encoding, text in cases():
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            continue
        if data.isascii():
            continue
        try:
            verdict = "right" if decode(data, "x") == text else "WRONG"
        except BadInputError:
            verdict = "refused"
        ours[group, encoding, verdict] += 1
        if use_cn:
            best = from_bytes(data).best()
            theirs[group, encoding, "right" if best and str(best) == text else "WRONG"] += 1
    print(f"{'group':10} {'encoding':8} {'cases':>6} | ours: right wrong refused", end="")
    print(" | charset-normalizer: right wrong" if use_cn else "")
    for group, encoding in sorted({(g, e) for g, e, _ in ours}):
        mine = [ours[group, encoding, v] for v in ("right", "WRONG", "refused")]
        line = f"{group:10} {encoding:8} {sum(mine):6} | {mine[0]:11} {mine[1]:5} {mine[2]:7}"
        if use_cn:
            line += f" | {theirs[group, encoding, 'right']:25} {theirs[group, encoding, 'WRONG']:5}"
        print(line)


if __name__ == "__main__":
    main()
