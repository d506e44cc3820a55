"""The other edition as evidence: Ukrainian and Russian versions of an article vouch for each other.

Ukrainian and Russian are close relatives: a sentence and its counterpart in the other edition
share names, numbers and many word stems, far more than either shares with the English source.
Each edition is first aligned to the source alone; then each is aligned again with a third signal
(:meth:`reviewer.core.scoring.Scorer._bridge`): how many of a candidate link's stems the other
edition's sentences linked to the same source sentences have. The editions were edited
independently, so where one dropped, added or re-cut a sentence the other usually did not, and a
link drifted by one sentence finds no counterpart. Where an edition's first links are two 1-1
links whose sentences fit far better crossed (two swapped sentences taken in order), the other
edition learns from them which two sentences, not in which order.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from reviewer.core.alignment import Aligner
from reviewer.core.banded_dp import Step
from reviewer.core.cognates import latin
from reviewer.core.model import Link
from reviewer.core.scoring import Scorer

_WORD = re.compile(r"[^\W_]{3,}")
#: Letters of a transliterated word that stand for its stem in both languages.
STEM = 4
#: Two 1-1 links of one edition whose sentences fit better crossed by more than this (the
#: price of a link, :class:`reviewer.core.scoring.Scorer`) may be two swapped sentences: the
#: other edition then learns no order from them (tuning split: the same from 1 to 2; at 0
#: it also took the order from right links).
SWAP_MARGIN = 1.5


def stems(text: str) -> frozenset[str]:
    """The word stems of one sentence, transliterated so that Ukrainian and Russian agree."""
    return frozenset(latin(word)[:STEM] for word in _WORD.findall(text))


def linked_stems(n_source: int, links: Sequence[Link], keys: Sequence[frozenset[str]],
                 swapped: Sequence[int] = ()) -> list[frozenset[str]]:
    """For each source sentence, the stems of the other edition's sentences linked to it.

    ``swapped``: links (by index) that may have swapped sentences with the next one
    (:func:`maybe_swapped`): both source sentences get the stems of both human ones.
    """
    out: list[frozenset[str]] = [frozenset()] * n_source
    for k in links:  # a 1-0 link gives its source sentence no stems, a 0-1 link none at all
        found = frozenset().union(*keys[k.hum_start:k.hum_end])
        for i in range(k.src_start, k.src_end):
            out[i] = found
    for x in swapped:
        a, b = links[x], links[x + 1]
        both = out[a.src_start] | out[b.src_start]
        out[a.src_start] = out[b.src_start] = both
    return out


def maybe_swapped(steps: Sequence[Step], scorer: Scorer) -> list[int]:
    """Steps ``k`` that are 1-1 links, as is step ``k + 1``, whose sentences fit better crossed.

    An edition whose two sentences were swapped (a 2-2 link) is often first aligned as two
    1-1 links; their order is then no evidence for the other edition.
    """
    out = []
    for k in range(len(steps) - 1):
        i, j, di, dj = steps[k]
        if di == dj == 1 and steps[k + 1][2:] == (1, 1):
            straight = scorer(i, j, 1, 1) + scorer(i + 1, j + 1, 1, 1)
            if scorer(i, j + 1, 1, 1) + scorer(i + 1, j, 1, 1) < straight - SWAP_MARGIN:
                out.append(k)
    return out


def align_editions(source: Sequence[Sequence[str]],
                   humans: Mapping[str, Sequence[Sequence[str]]]) -> dict[str, list[Link]]:
    """Align each human version to ``source``; with two versions, each helps the other.

    With one version (or more than two) each is aligned alone
    (:func:`reviewer.core.alignment.align`). With two, each is aligned alone, then again against
    the other's first links. The first alignment is one search: the length ratio it suggests is
    used by the second (:meth:`reviewer.core.alignment.Aligner.first_path`).
    """
    aligners = {lang: Aligner(source, human) for lang, human in humans.items()}
    if len(humans) != 2:
        return {lang: aligner.links() for lang, aligner in aligners.items()}
    first, swapped = {}, {}
    for lang, aligner in aligners.items():
        steps, scorer = aligner.first_path()
        first[lang] = [Link(i, i + di, j, j + dj) for i, j, di, dj in steps]
        swapped[lang] = maybe_swapped(steps, scorer)
    n = sum(len(p) for p in source)
    keys = {lang: [stems(s) for p in human for s in p] for lang, human in humans.items()}
    a, b = list(humans)
    return {
        lang: aligners[lang].links(bridge=(
            linked_stems(n, first[other], keys[other], swapped[other]), keys[lang]))
        for lang, other in ((a, b), (b, a))
    }
