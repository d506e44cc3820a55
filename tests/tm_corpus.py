"""Sentences for the translation-memory tests: our own, and NTREX-128 and WMT23 news (en, uk).

:func:`own_pairs` reads ``tests/data/spelling_pairs.tsv`` (invented for the tests: American and
British spelling of one line, with a Ukrainian translation), so the tests run in any clone. The
corpora are read in place from ``../shared/corpora``; a test that needs them skips when the folder
is absent.
NTREX-128 also has British-spelling English references of the same lines (``neighbouring`` for
``neighboring``): natural near-duplicates of the source. Perturbations edit a few words with a
seeded generator, as a reviewer meets a sentence already translated with a detail changed.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import CORPORA

NTREX = CORPORA / "ntrex128" / "NTREX-128"
DATA = Path(__file__).resolve().parent / "data"
SOURCES = ["own", "ntrex"]
WMT23 = CORPORA / "wmt23" / "news_articles.jsonl"


@dataclass(frozen=True)
class Line:
    """One English line with its British-spelling variant (NTREX only) and Ukrainian reference."""

    en: str
    en_gb: str
    uk: str


def _need(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"the shared corpora are not at {CORPORA.resolve()} (../shared/corpora): "
                    "the tests that take the project's own lines ran")


def own_pairs() -> list[Line]:
    """The project's own lines whose American and British spellings differ."""
    rows = (DATA / "spelling_pairs.tsv").read_text(encoding="utf-8").splitlines()
    lines = [Line(*row.split("\t")) for row in rows if row and not row.startswith("#")]
    return [x for x in lines if x.en != x.en_gb]


def own_lines() -> list[Line]:
    """Every English line the project wrote for its tests (news articles, spelling pairs)."""
    out = own_pairs()
    with (DATA / "newsroom.jsonl").open(encoding="utf-8") as f:
        for row in f:
            doc = json.loads(row)
            out += [Line(e, e, u) for e, u in zip(doc["en"], doc["ref"]["uk"], strict=True)]
    return out


def spelling_pairs(source: str) -> list[Line]:
    """Lines whose spellings differ, from ``source``: ``own`` or ``ntrex`` (skips if absent)."""
    return own_pairs() if source == "own" else [x for x in ntrex() if x.en != x.en_gb]


def ntrex() -> list[Line]:
    """Every NTREX-128 line (1,997), in order."""
    _need(NTREX)
    read = [(NTREX / f"newstest2019-{name}.txt").read_text(encoding="utf-8").splitlines()
            for name in ("src.eng", "ref.eng-GB", "ref.ukr")]
    return [Line(" ".join(e.split()), " ".join(g.split()), u.strip())
            for e, g, u in zip(*read, strict=True)]


def wmt23() -> list[Line]:
    """Every English line of the WMT23 news articles with its Ukrainian reference."""
    _need(WMT23)
    out: list[Line] = []
    with open(WMT23, encoding="utf-8") as f:
        for row in f:
            doc = json.loads(row)
            out += [Line(" ".join(e.split()), " ".join(e.split()), u.strip())
                    for e, u in zip(doc["en"], doc["ref"]["uk"], strict=True)]
    return out


def distinct(lines: list[Line]) -> list[Line]:
    """Lines with a distinct English text (first kept)."""
    seen: set[str] = set()
    out = []
    for x in lines:
        if x.en and x.en not in seen:
            seen.add(x.en)
            out.append(x)
    return out


def perturb(sentence: str, rng: random.Random, vocab: list[str], edits: int) -> str:
    """``sentence`` with ``edits`` word edits: a word dropped, replaced or inserted."""
    words = sentence.split()
    for _ in range(edits):
        op, i = rng.randrange(3), rng.randrange(len(words))
        if op == 0 and len(words) > 3:
            del words[i]
        elif op == 1:
            words[i] = rng.choice(vocab)
        else:
            words.insert(i, rng.choice(vocab))
    return " ".join(words)


def splice(a: str, b: str, rng: random.Random) -> str:
    """The start of ``a`` joined to the end of ``b`` at random word boundaries."""
    x, y = a.split(), b.split()
    return " ".join(x[: rng.randrange(1, len(x) + 1)] + y[rng.randrange(len(y)):])
