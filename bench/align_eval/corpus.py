"""Corpus documents as paired units, and the fixed tuning / held-out split.

A *pair* is a piece of English and the human text that translates it. NTREX-128 lines (mostly
one sentence) are grouped into paragraphs (the headline alone, then 2-5 lines, by a seed drawn
from the document id); WMT23 lines are the articles' paragraphs. Each line is split into
sentences with the project's splitter: one pair per sentence when the English and the human
line have as many sentences, else the whole line is one pair marked *unsure* (links that touch
it are not scored: the true sentence links inside are unknown).

The split is decided by a hash of ``corpus:docid`` (SHA-256, first byte even = tuning), and the
perturbation seeds differ too: tuning uses seeds 1-2, held-out seeds 101-102. Both alignment
benches (``bench/alignment_heldout.py``, text only, and ``bench/realign_mt.py``, with machine
translations) use this split, these seeds and the edits of ``edits.py``.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from reviewer.core.segmentation import split_sentences

#: The importer drops a caption's photo label (its text is the site's template); so do we.
_PHOTO = re.compile(r"^(?:Photo|Фото)\s*:\s*")
SEEDS = {"tuning": (1, 2), "heldout": (101, 102)}
LANGS = ("uk", "ru")


def parse_seeds(text: str) -> tuple[int, ...]:
    """``201,202`` as seeds (the ``--seeds`` option of the alignment benches)."""
    return tuple(int(part) for part in text.split(",") if part.strip())


def part_seeds(part: str, given: tuple[int, ...] | None) -> tuple[int, ...]:
    """The seeds a run of ``part`` uses: its own, or ``given``. A held-out run may draw fresh
    edits (seeds never used before), never the tuning part's edits."""
    if not given:
        return SEEDS[part]
    if part == "heldout" and set(given) & set(SEEDS["tuning"]):
        raise SystemExit(f"seeds {SEEDS['tuning']} are the tuning part's: not for a held-out run")
    return given


def split_of(corpus: str, docid: str) -> str:
    """``tuning`` or ``heldout``: the document's part, fixed by a hash of its id."""
    return "tuning" if hashlib.sha256(f"{corpus}:{docid}".encode()).digest()[0] % 2 == 0 else (
        "heldout")


@dataclass
class Pair:
    """English text, the human text that translates it, and whether its inside is known."""

    en: str
    hum: str
    sure: bool = True


@dataclass
class Doc:
    """One document: the English paragraphs (line texts) and, per language, paragraphs of pairs."""

    corpus: str
    docid: str
    en_paragraphs: list[str]
    pairs: dict[str, list[list[Pair]]]
    #: WMT23 only: per language, per system, the machine translation of each English line.
    mt: dict[str, dict[str, list[str]]] = field(default_factory=dict)


def load_wmt23(root: Path) -> Iterator[Doc]:
    """WMT23 news articles: one paragraph per line."""
    with open(root / "wmt23" / "news_articles.jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            d["en"] = [_PHOTO.sub("", e) for e in d["en"]]
            d["ref"] = {lang: [_PHOTO.sub("", h) for h in d["ref"][lang]] for lang in LANGS}
            pairs = {lang: [_line_pairs(e, h, lang) for e, h in zip(d["en"], d["ref"][lang],
                                                                      strict=True)]
                     for lang in LANGS}
            yield Doc("wmt23", d["docid"], list(d["en"]), pairs,
                      {lang: d["mt"][lang] for lang in LANGS})


def _line_pairs(en: str, hum: str, lang: str) -> list[Pair]:
    es, hs = split_sentences(en, "en"), split_sentences(hum, lang)
    if len(es) == len(hs):
        return [Pair(e, h) for e, h in zip(es, hs, strict=True)]
    return [Pair(en, hum, sure=False)]


def load_ntrex(root: Path) -> Iterator[Doc]:
    """NTREX-128 documents: lines grouped into paragraphs."""
    base = root / "ntrex128"
    ids = (base / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    text = {name: (base / "NTREX-128" / f"newstest2019-{name}.txt").read_text(encoding="utf-8")
            .splitlines() for name in ("src.eng", "ref.ukr", "ref.rus")}
    start = 0
    for k in range(1, len(ids) + 1):
        if k < len(ids) and ids[k] == ids[start]:
            continue
        docid, lines = ids[start], range(start, k)
        rng = random.Random(f"paragraphs/{docid}")
        groups, at = [[lines[0]]], 1
        while at < len(lines):
            size = rng.randint(2, 5)
            groups.append(list(lines[at:at + size]))
            at += size
        en = [" ".join(text["src.eng"][i] for i in g) for g in groups]
        pairs = {lang: [[p for i in g for p in _line_pairs(text["src.eng"][i],
                                                            text[f"ref.{code}"][i], lang)]
                        for g in groups] for lang, code in (("uk", "ukr"), ("ru", "rus"))}
        yield Doc("ntrex128", docid, en, pairs)
        start = k


LOADERS = {"wmt23": load_wmt23, "ntrex128": load_ntrex}


def documents(root: Path, corpus: str, part: str) -> list[Doc]:
    """The documents of one corpus in one part of the split."""
    return [d for d in LOADERS[corpus](root) if split_of(corpus, d.docid) == part]
