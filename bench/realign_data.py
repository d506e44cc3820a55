"""WMT23 documents, a tuning / held-out split, and newsroom-style edits of their human versions.

Each document's English lines are grouped into paragraphs (the headline alone, then 2-5 lines);
its reference translation (uk or ru) is then edited the way newsrooms edit: adjacent sentences
merged with ``;`` / ``, і`` / ``, а`` / `` – ``, a sentence split at a conjunction or comma, single
sentences dropped, a paragraph dropped, an editor's paragraph added ("Нагадаємо, ...", "Как
сообщалось, ..."), a paragraph dropped and another added at the same place, paragraph boundaries
moved. Every human sentence keeps the set of English lines it renders, which gives the gold links.

The split is by a hash of the document id: ``tune`` (even) and ``heldout`` (odd).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from bench.alignment_data import split_sentence

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "wmt23"
Piece = tuple[str, frozenset[int]]
_SPLIT_AT = re.compile(r", | (?:і|й|та|а|але|проте|и|но|однако) ")
JOINERS = {"uk": ["; ", ", і ", ", а ", " – "], "ru": ["; ", ", и ", ", а ", " – "]}
LEADS = {"uk": ["Нагадаємо, ", "Як повідомлялося, ", "Раніше "],
         "ru": ["Напомним, ", "Как сообщалось, ", "Ранее "]}


@dataclass
class Doc:
    """One WMT23 article: English lines, references and system outputs per language."""

    docid: str
    en: list[str]
    ref: dict[str, list[str]]
    mt: dict[str, dict[str, list[str]]]


@dataclass
class Case:
    """A document with an edited human version: paragraphs of (text, English lines) pieces."""

    doc: Doc
    lang: str
    source: list[list[int]]
    human: list[list[Piece]]


def load(path: Path = CORPUS / "news_articles.jsonl") -> list[Doc]:
    with path.open(encoding="utf-8") as f:
        return [Doc(r["docid"], r["en"], r["ref"], r["mt"]) for r in map(json.loads, f)]


def half(docid: str) -> str:
    """``tune`` or ``heldout``, by the parity of the document id's hash."""
    return "tune" if hashlib.sha256(docid.encode()).digest()[0] % 2 == 0 else "heldout"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def perturb(doc: Doc, lang: str, rng: random.Random, others: list[Doc]) -> Case:
    """Edit ``doc``'s human version in ``lang`` newsroom-style (seeded by ``rng``)."""
    n = len(doc.en)
    paras, at = [[0]], 1
    while at < n:
        size = rng.randint(2, 5)
        paras.append(list(range(at, min(n, at + size))))
        at += size
    ref = doc.ref[lang]
    human: list[list[Piece]] = []
    for p in paras:
        out: list[Piece] = []
        k = 0
        while k < len(p):
            i, r = p[k], rng.random()
            if r < 0.07 and k + 1 < len(p) and i > 0:
                head = ref[i].rstrip(".")
                out.append((head + rng.choice(JOINERS[lang]) + _lower_first(ref[i + 1]),
                            frozenset({i, i + 1})))
                k += 2
                continue
            if r < 0.10 and i > 0 and len(p) > 1:
                k += 1  # a single sentence dropped
                continue
            parts = split_sentence(ref[i], _SPLIT_AT) if r < 0.17 else None
            out += [(part, frozenset({i})) for part in parts or (ref[i],)]
            k += 1
        human.append(out)
    for _ in range(rng.choice((1, 2))):
        _paragraph_edit(human, lang, rng, others)
    return Case(doc, lang, paras, [p for p in human if p])


def _paragraph_edit(human: list[list[Piece]], lang: str, rng: random.Random,
                    others: list[Doc]) -> None:
    """One of: drop a paragraph, add an editor's one, both at one place, move a boundary."""
    kind = rng.choice(("drop", "add", "replace", "move"))
    if len(human) < 3:
        kind = "add"
    k = rng.randrange(1, len(human))
    if kind in ("drop", "replace"):
        del human[k]
    if kind in ("add", "replace"):
        other = rng.choice(others)
        start = rng.randrange(1, max(2, len(other.ref[lang]) - 2))
        lines = other.ref[lang][start:start + rng.randint(1, 3)]
        lines = [rng.choice(LEADS[lang]) + _lower_first(lines[0]), *lines[1:]]
        human.insert(k, [(text, frozenset()) for text in lines])
    if kind == "move" and k + 1 < len(human) and len(human[k]) > 1:
        human[k + 1].insert(0, human[k].pop())


def gold_links(src_lines: list[frozenset], hum_lines: list[frozenset]
               ) -> set[tuple[frozenset[int], frozenset[int]]]:
    """Exact gold links: segments and human sentences joined where their English lines (or any
    labels) meet."""
    parent = list(range(len(src_lines) + len(hum_lines)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    owner: dict[object, int] = {}
    for s, lines in enumerate(src_lines):
        for line in lines:
            owner.setdefault(line, s)
            parent[find(s)] = find(owner[line])
    for h, lines in enumerate(hum_lines):
        for line in lines:
            if line in owner:
                parent[find(len(src_lines) + h)] = find(owner[line])
    groups: dict[int, tuple[set[int], set[int]]] = {}
    for x in range(len(parent)):
        src, hum = groups.setdefault(find(x), (set(), set()))
        (src if x < len(src_lines) else hum).add(x if x < len(src_lines) else x - len(src_lines))
    return {(frozenset(s), frozenset(h)) for s, h in groups.values()}


def f1(gold: set, found: set) -> tuple[int, int, int]:
    """(right, found, gold) link counts for exact-link precision/recall."""
    return len(gold & found), len(found), len(gold)
