"""Corpus loading and seeded perturbation for the alignment benchmark (``bench/alignment.py``).

Each document's gold lines are grouped into paragraphs (the headline alone, then 2-5 lines);
the human version then has some adjacent sentences merged (a 2-1 link), some sentences split at
a comma or conjunction near the middle (1-2), and either one paragraph dropped (1-0 links) or
one paragraph from another document inserted (0-1 links).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

GoldLink = tuple[frozenset[int], frozenset[int]]
_SPLIT_AT = re.compile(r", | (?:and|but|і|й|та|а|але|проте|однак|и|но|однако) ")


@dataclass
class Case:
    """One perturbed document: source and human paragraphs, gold links, the links to be flagged."""

    docid: str
    source: list[list[str]]
    human: list[list[str]]
    gold: set[GoldLink]
    special: set[GoldLink]


def load_wmt23(root: Path, lang: str) -> Iterator[tuple[str, list[str], list[str]]]:
    """Yield ``(docid, english lines, human lines)`` for each WMT23 news article."""
    with open(root / "wmt23" / "news_articles.jsonl", encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            yield doc["docid"], doc["en"], doc["ref"][lang]


def load_ntrex(root: Path, lang: str) -> Iterator[tuple[str, list[str], list[str]]]:
    """Yield ``(docid, english lines, human lines)`` for each NTREX-128 document."""
    base = root / "ntrex128"
    name = {"uk": "ukr", "ru": "rus"}[lang]
    ids = (base / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    en = (base / "NTREX-128" / "newstest2019-src.eng.txt").read_text(encoding="utf-8").splitlines()
    ref = (base / "NTREX-128" / f"newstest2019-ref.{name}.txt").read_text(encoding="utf-8")
    hum = ref.splitlines()
    start = 0
    for k in range(1, len(ids) + 1):
        if k == len(ids) or ids[k] != ids[start]:
            yield ids[start], en[start:k], hum[start:k]
            start = k


def paragraphs(n: int, rng: random.Random) -> list[range]:
    """Group ``n`` lines into paragraphs: the headline alone, then runs of 2-5 lines."""
    out = [range(0, min(1, n))]
    at = 1
    while at < n:
        size = rng.randint(2, 5)
        out.append(range(at, min(n, at + size)))
        at += size
    return [p for p in out if len(p)]


def split_sentence(text: str, split_at: re.Pattern[str] = _SPLIT_AT) -> tuple[str, str] | None:
    """Split a sentence in two at the comma or conjunction (``split_at``) nearest its middle, or
    return None."""
    best = None
    for m in split_at.finditer(text):
        if min(m.start(), len(text) - m.end()) < max(15, len(text) // 5):
            continue
        if best is None or abs(m.start() - len(text) / 2) < abs(best.start() - len(text) / 2):
            best = m
    if best is None:
        return None
    head = text[: best.start()].rstrip(" ,;:") + "."
    tail = text[best.start() :].lstrip(" ,")
    return head, tail[:1].upper() + tail[1:]


def perturb(
    docid: str,
    en: list[str],
    hum: list[str],
    rng: random.Random,
    scenario: str,
    extra: list[str],
    rate: float = 0.05,
) -> Case:
    """Build one case; ``scenario`` is ``drop``, ``add`` (``extra`` is the paragraph to add) or
    ``regroup`` (a drop, then the human paragraphing changed: two paragraphs joined, one split)."""
    paras = paragraphs(len(en), rng)
    source = [[en[i] for i in p] for p in paras]
    human: list[list[tuple[str, frozenset[int]]]] = []
    for p in paras:
        out: list[tuple[str, frozenset[int]]] = []
        k = 0
        while k < len(p):
            i, r = p[k], rng.random()
            if r < rate and k + 1 < len(p):
                out.append((hum[i] + " " + hum[i + 1], frozenset({i, i + 1})))
                k += 2
                continue
            parts = split_sentence(hum[i]) if r < 2 * rate else None
            out += [(part, frozenset({i})) for part in parts or (hum[i],)]
            k += 1
        human.append(out)
    special_src: list[int] = []
    if scenario in ("drop", "regroup") and len(human) > 1:
        k = rng.randrange(1, len(human))
        special_src = list(paras[k])
        del human[k]
    elif scenario == "add":
        human.insert(rng.randrange(1, len(human) + 1), [(s, frozenset()) for s in extra])
    if scenario == "regroup":
        _regroup(human, rng)
    return _case(docid, source, human, special_src)


def _regroup(human: list[list[tuple[str, frozenset[int]]]], rng: random.Random) -> None:
    """Join two adjacent body paragraphs and split another one in two, in place."""
    if len(human) > 2:
        k = rng.randrange(1, len(human) - 1)
        human[k : k + 2] = [human[k] + human[k + 1]]
    long = [k for k, p in enumerate(human) if len(p) >= 2]
    if long:
        k = rng.choice(long)
        at = rng.randrange(1, len(human[k]))
        human[k : k + 1] = [human[k][:at], human[k][at:]]


def _case(
    docid: str,
    source: list[list[str]],
    human: list[list[tuple[str, frozenset[int]]]],
    dropped: list[int],
) -> Case:
    flat = [pair for p in human for pair in p]
    gold: set[GoldLink] = set()
    special: set[GoldLink] = set()
    j = 0
    while j < len(flat):
        srcs = flat[j][1]
        end = j + 1
        while srcs and end < len(flat) and flat[end][1] == srcs:
            end += 1
        link = (srcs, frozenset(range(j, end)))
        gold.add(link)
        if not srcs:
            special.add(link)
        j = end
    covered = {i for _, srcs in flat for i in srcs}
    n_src = sum(len(p) for p in source)
    for i in range(n_src):
        if i not in covered:
            link = (frozenset({i}), frozenset())
            gold.add(link)
            if i in dropped:
                special.add(link)
    texts = [[text for text, _ in p] for p in human]
    return Case(docid, source, [p for p in texts if p], gold, special)
