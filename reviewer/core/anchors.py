"""Anchors that survive translation, and the per-sentence features the aligner scores.

An anchor is a token that a translator keeps as it is: a number (``1,000``, ``1 000`` and
``1.000`` all become ``1000``; ``5.5`` and ``5,5`` become ``5.5``), a year, or a Latin-script
word (a name, an acronym such as ``NATO`` or ``Samp-T``) that the Cyrillic version repeats
verbatim. Only anchors found in both documents, used about as often in each, are kept: an
English word that a quoted title brings into the Ukrainian text once cannot anchor the
hundred English sentences that use it. Quote marks and ``?``/``!`` are kept as light features.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

_SPACES = " \u00a0\u202f\u2009"
_NUMBER = re.compile(rf"\d+(?:(?:[.,]|[{_SPACES}](?=\d{{3}}(?!\d)))\d+)*")
_SEPARATOR = re.compile(rf"[.,{_SPACES}]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-'’/][A-Za-z0-9]+)*")
_QUOTES = frozenset('"“”«»„‟')

#: An anchor is kept only when its sentence counts in the two documents are this close.
MIN_USAGE_RATIO = 0.5


def normalize_number(token: str) -> str:
    """Return a number token in one spelling: thousands separators dropped, ``.`` as decimal mark.

    A separator followed by exactly three digits groups thousands; the last separator
    followed by any other count of digits is a decimal mark (trailing zeros dropped).
    """
    groups = _SEPARATOR.split(token)
    if len(groups) == 1:
        return token
    last = groups[-1]
    if len(last) == 3:
        return "".join(groups)
    fraction = last.rstrip("0")
    whole = "".join(groups[:-1])
    return f"{whole}.{fraction}" if fraction else whole


def raw_anchors(text: str) -> set[str]:
    """Return one sentence's anchor candidates: normalised numbers, lowercased Latin words."""
    found = {normalize_number(m.group()) for m in _NUMBER.finditer(text)}
    for m in _LATIN_WORD.finditer(text):
        word = m.group()
        if len(word) >= 2:
            found.add(re.sub(r"[-'’/]", "", word.lower()))
    return found


def shared_anchors(
    source: Sequence[str], human: Sequence[str]
) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """Return per-sentence anchors of both documents, keeping those both use about as often."""
    raw_s = [raw_anchors(text) for text in source]
    raw_h = [raw_anchors(text) for text in human]
    count_s = Counter(a for anchors in raw_s for a in anchors)
    count_h = Counter(a for anchors in raw_h for a in anchors)
    keep = {
        a
        for a in count_s.keys() & count_h.keys()
        if min(count_s[a], count_h[a]) >= MIN_USAGE_RATIO * max(count_s[a], count_h[a])
    }
    return [frozenset(a & keep) for a in raw_s], [frozenset(a & keep) for a in raw_h]


@dataclass(frozen=True)
class Side:
    """Features of one side's units (sentences or paragraphs), with prefix sums for fast spans.

    ``cum_len[k]`` is the character count of units ``[0, k)``; ``cum_sents`` the sentence
    count; ``anchors`` and ``quoted`` are per unit; ``cum_marks`` counts ``?`` and ``!``.
    """

    cum_len: list[int]
    cum_sents: list[int]
    cum_marks: list[tuple[int, int]]
    anchors: list[frozenset[str]]
    quoted: list[bool]

    def __len__(self) -> int:
        return len(self.anchors)


def _prefix(values: Sequence[int]) -> list[int]:
    out = [0]
    for v in values:
        out.append(out[-1] + v)
    return out


def sentence_side(texts: Sequence[str], anchors: list[frozenset[str]]) -> Side:
    """Build the sentence-level features of one document's flattened sentences."""
    marks = [(0, 0)]
    for text in texts:
        q, e = marks[-1]
        marks.append((q + text.count("?"), e + text.count("!")))
    return Side(
        cum_len=_prefix([len(t) for t in texts]),
        cum_sents=list(range(len(texts) + 1)),
        cum_marks=marks,
        anchors=anchors,
        quoted=[any(ch in _QUOTES for ch in t) for t in texts],
    )


def paragraph_side(sentences: Side, bounds: Sequence[int]) -> Side:
    """Aggregate sentence features into paragraphs starting at ``bounds`` (plus the end)."""
    pairs = list(zip(bounds, bounds[1:], strict=False))
    return Side(
        cum_len=[sentences.cum_len[b] for b in bounds],
        cum_sents=list(bounds),
        cum_marks=[sentences.cum_marks[b] for b in bounds],
        anchors=[frozenset().union(*sentences.anchors[a:b]) for a, b in pairs],
        quoted=[any(sentences.quoted[a:b]) for a, b in pairs],
    )
