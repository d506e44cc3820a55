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
from dataclasses import dataclass, field
from functools import lru_cache

from reviewer.core import cognates

_SPACES = " \u00a0\u202f\u2009"
_NUMBER = re.compile(rf"\d+(?:(?:[.,]|[{_SPACES}](?=\d{{3}}(?!\d)))\d+)*")
_SEPARATOR = re.compile(rf"[.,{_SPACES}]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-'’/][A-Za-z0-9]+)*")
_JOINERS = str.maketrans("", "", "-'’/")
_QUOTES = frozenset('"“”«»„‟')
#: A single quote opening a quotation (British style), not an apostrophe inside a word.
_SINGLE_QUOTE = re.compile(r"(?:^|[\s(\[—–-])['‘](?=\w)")

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


@lru_cache(maxsize=8192)
def raw_anchors(text: str) -> frozenset[str]:
    """Return one sentence's anchor candidates: normalised numbers, lowercased Latin words.

    Kept for the texts last asked about: one import reads each source sentence's anchors once
    per human version, for the anchors, the lexical keys and the orphans.
    """
    found = {normalize_number(m.group()) for m in _NUMBER.finditer(text)}
    for word in _LATIN_WORD.findall(text):
        if len(word) >= 2:
            found.add(word.lower().translate(_JOINERS))
    return frozenset(found)


@lru_cache(maxsize=8192)
def lexical_keys(text: str) -> frozenset[str]:
    """All of a sentence's anchor candidates and cognate keys, before any document filter.

    Numbers are reduced to their significant digits, so ``20,000`` and ``20 тисяч`` share one.
    """
    return frozenset({_loose(a) for a in raw_anchors(text)} | cognates.keys(text))


def is_quoted(text: str) -> bool:
    """Tell whether a sentence holds a quotation: double quotes, guillemets, or an opening ``'``."""
    return not _QUOTES.isdisjoint(text) or _SINGLE_QUOTE.search(text) is not None


def shared_anchors(
    source: Sequence[str], human: Sequence[str]
) -> tuple[list[frozenset[str]], list[frozenset[str]], dict[str, float]]:
    """Return per-sentence anchors of both documents, and each anchor's weight.

    Anchors are kept when both documents use them in about as many sentences; an anchor found
    in ``k`` sentences of a side weighs ``1 / k``, so a name repeated all along counts little.
    """
    raw_s = [raw_anchors(text) for text in source]
    raw_h = [raw_anchors(text) for text in human]
    count_s = Counter(a for anchors in raw_s for a in anchors)
    count_h = Counter(a for anchors in raw_h for a in anchors)
    weights = {
        a: 1 / max(count_s[a], count_h[a])
        for a in count_s.keys() & count_h.keys()
        if min(count_s[a], count_h[a]) >= MIN_USAGE_RATIO * max(count_s[a], count_h[a])
    }
    keep = weights.keys()
    return [frozenset(a & keep) for a in raw_s], [frozenset(a & keep) for a in raw_h], weights


def orphan_counts(source: Sequence[str], human: Sequence[str]) -> tuple[list[int], list[int]]:
    """Per sentence of each document, its anchor candidates that the other document never uses.

    A number or a Latin name found nowhere in the other text says the sentence renders nothing
    there: an editor's sentence from elsewhere, or a sentence the other version dropped. Numbers
    are compared by their significant digits, so ``20,000`` is found in ``20 тисяч`` and
    ``9:30`` in ``09:30``. On the source side only numbers count: every English word is a
    Latin word that the Cyrillic text lacks.
    """
    raw_s = [{_loose(a) for a in raw_anchors(text)} for text in source]
    raw_h = [{_loose(a) for a in raw_anchors(text)} for text in human]
    all_s: set[str] = set().union(*raw_s)
    all_h: set[str] = set().union(*raw_h)
    return ([sum(1 for a in anchors - all_h if a[0].isdigit()) for anchors in raw_s],
            [len(anchors - all_s) for anchors in raw_h])


def _loose(anchor: str) -> str:
    """A number's significant digits (``20000`` and ``20`` give ``2``); a word as it is."""
    if not anchor[0].isdigit():
        return anchor
    return anchor.replace(".", "").strip("0") or "0"


@dataclass(frozen=True)
class Side:
    """Features of one side's sentences, as prefix sums for fast spans.

    Each ``cum_*`` list has one entry more than there are units: ``cum_len[k]`` is the character
    count of units ``[0, k)``, and so on for quoted sentences, ``?`` and ``!`` marks,
    units with anchors and units with quotes or marks (``cum_punct``). ``anchors`` is per unit,
    and so is ``keys`` (:func:`lexical_keys`, unfiltered: how much two units have in common).
    """

    cum_len: list[int]
    cum_quoted: list[int]
    cum_questions: list[int]
    cum_exclaims: list[int]
    cum_anchored: list[int]
    cum_punct: list[int]
    anchors: list[frozenset[str]]
    keys: list[frozenset[str]]
    cum_orphans: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.anchors)


def _prefix(values: Sequence[int]) -> list[int]:
    out = [0]
    for v in values:
        out.append(out[-1] + v)
    return out


def sentence_side(texts: Sequence[str], anchors: list[frozenset[str]],
                  orphans: Sequence[int] | None = None) -> Side:
    """Build the sentence-level features of one document's flattened sentences.

    ``orphans``: per sentence, its anchor candidates the other document never uses (none if not
    given; see :func:`orphan_counts`).
    """
    quoted = [is_quoted(t) for t in texts]
    questions = [t.count("?") for t in texts]
    exclaims = [t.count("!") for t in texts]
    punct = [q or n > 0 or e > 0 for q, n, e in zip(quoted, questions, exclaims, strict=True)]
    return Side(
        cum_len=_prefix([len(t) for t in texts]),
        cum_quoted=_prefix(quoted),
        cum_questions=_prefix(questions),
        cum_exclaims=_prefix(exclaims),
        cum_anchored=_prefix([bool(a) for a in anchors]),
        cum_punct=_prefix(punct),
        anchors=anchors,
        keys=[lexical_keys(t) for t in texts],
        cum_orphans=_prefix(orphans if orphans is not None else [0] * len(texts)),
    )
