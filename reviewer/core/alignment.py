"""Align a human (published) version with the source sentences of an article.

Two levels, as a reviewer reads them: paragraphs first (1-1, 1-0, 0-1, 2-1, 1-2), then the
sentences inside each aligned paragraph group (1-1, 1-0, 0-1, 1-2, 2-1, 2-2). Both levels price a
link by Gale-Church length fit (character counts, the length ratio taken from the two texts),
helped by anchors that survive translation (see :mod:`reviewer.core.anchors`), and search with a
banded dynamic programme (:mod:`reviewer.core.banded_dp`). A paragraph left unaligned becomes
flagged 1-0 or 0-1 links, one per sentence; so does any lone sentence, and any link whose fit is
poor is flagged too. The reviewer's fixes live in :mod:`reviewer.core.link_fixes`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reviewer.core.anchors import Side, paragraph_side, sentence_side, shared_anchors
from reviewer.core.banded_dp import align_path
from reviewer.core.link_fixes import merge_links, shift_boundary, split_link, validate_links
from reviewer.core.model import Link

__all__ = ["align", "merge_links", "shift_boundary", "split_link", "validate_links"]

#: Human characters per source character when the texts give no usable estimate (en -> uk/ru).
DEFAULT_RATIO = 1.08
#: Characters of evidence the default ratio is worth when the texts' own ratio is estimated.
RATIO_WEIGHT = 500
#: Variance of the human length per source character (Gale and Church measured 6.8).
VARIANCE = 6.8
#: Cost of each link shape, -log of its assumed probability.
SENTENCE_PRIORS = {
    (1, 1): 0.1,
    (2, 1): 3.0,
    (1, 2): 3.0,
    (2, 2): 4.6,
    (1, 0): 5.3,
    (0, 1): 5.3,
}
PARAGRAPH_PRIORS = {(1, 1): 0.05, (2, 1): 4.0, (1, 2): 4.0, (1, 0): 6.0, (0, 1): 6.0}
ANCHOR_BONUS = 1.0
ANCHOR_PENALTY = 0.7
QUOTE_BONUS = 0.3
QUOTE_PENALTY = 1.0
MARK_PENALTY = 1.5
#: Paragraph level only: cost per sentence of difference between the two sides' counts.
COUNT_PENALTY = 0.3
#: A sentence link whose fit (length, anchors, marks; no prior) costs more than this is flagged.
FLAG_FIT = 7.0


class _Scorer:
    """Prices links between two :class:`Side` feature tables."""

    def __init__(self, src: Side, hum: Side, ratio: float, priors: dict, paragraphs: bool) -> None:
        self.src, self.hum, self.ratio, self.priors = src, hum, ratio, priors
        self.count_penalty = COUNT_PENALTY if paragraphs else 0.0

    def fit(self, i: int, j: int, di: int, dj: int) -> float:
        """Return the link's cost without its shape prior: length, anchors, quotes, marks."""
        src, hum = self.src, self.hum
        s_anchors = src.anchors[i] if di == 1 else frozenset().union(*src.anchors[i : i + di])
        h_anchors = hum.anchors[j] if dj == 1 else frozenset().union(*hum.anchors[j : j + dj])
        cost = 0.0
        if s_anchors or h_anchors:
            matched = len(s_anchors & h_anchors)
            unmatched = len(s_anchors) + len(h_anchors) - 2 * matched
            cost += ANCHOR_PENALTY * min(unmatched, 4) - ANCHOR_BONUS * min(matched, 4)
        if di == 0 or dj == 0:
            return cost
        ls = src.cum_len[i + di] - src.cum_len[i]
        lh = hum.cum_len[j + dj] - hum.cum_len[j]
        cost += length_cost(ls, lh, self.ratio)
        s_quoted = any(src.quoted[i : i + di])
        if s_quoted != any(hum.quoted[j : j + dj]):
            cost += QUOTE_PENALTY
        elif s_quoted:
            cost -= QUOTE_BONUS
        (sq0, se0), (sq1, se1) = src.cum_marks[i], src.cum_marks[i + di]
        (hq0, he0), (hq1, he1) = hum.cum_marks[j], hum.cum_marks[j + dj]
        marks = abs((sq1 - sq0) - (hq1 - hq0)) + abs((se1 - se0) - (he1 - he0))
        if marks:
            cost += MARK_PENALTY * min(marks, 2)
        if self.count_penalty:
            ns = src.cum_sents[i + di] - src.cum_sents[i]
            nh = hum.cum_sents[j + dj] - hum.cum_sents[j]
            cost += self.count_penalty * abs(ns - nh)
        return cost

    def __call__(self, i: int, j: int, di: int, dj: int) -> float:
        return self.priors[(di, dj)] + self.fit(i, j, di, dj)


def length_cost(ls: int, lh: int, ratio: float) -> float:
    """Return -log P(|delta|) of Gale and Church for ``ls`` source and ``lh`` human characters."""
    base = (ls + lh / ratio) / 2
    if base <= 0:
        return 0.0
    delta = abs(lh - ratio * ls) / math.sqrt(VARIANCE * base)
    tail = math.erfc(delta / math.sqrt(2))
    if tail > 1e-300:
        return -math.log(tail)
    return delta * delta / 2 + math.log(delta) + 0.5 * math.log(math.pi / 2)


def _estimate_ratio(src: Side, hum: Side, groups: list[tuple[int, int, int, int]]) -> float:
    """Human characters per source character over the aligned groups, shrunk to the default."""
    total_s = total_h = 0
    for i, j, di, dj in groups:
        if di and dj:
            total_s += src.cum_len[i + di] - src.cum_len[i]
            total_h += hum.cum_len[j + dj] - hum.cum_len[j]
    ratio = (total_h + RATIO_WEIGHT * DEFAULT_RATIO) / (total_s + RATIO_WEIGHT)
    return min(max(ratio, 0.7), 1.6)


def _bounds(paragraphs: Sequence[Sequence[str]]) -> list[int]:
    """Start index of each non-empty paragraph in the flattened sentences, plus the total."""
    bounds, total = [0], 0
    for paragraph in paragraphs:
        if paragraph:
            total += len(paragraph)
            bounds.append(total)
    return bounds


def align(source: Sequence[Sequence[str]], human: Sequence[Sequence[str]]) -> list[Link]:
    """Align ``human`` paragraphs of sentences to ``source`` ones; return monotone covering links.

    Indices in the links are global sentence indices over the flattened paragraphs.
    """
    src_texts = [s for paragraph in source for s in paragraph]
    hum_texts = [s for paragraph in human for s in paragraph]
    src_anchors, hum_anchors = shared_anchors(src_texts, hum_texts)
    src = sentence_side(src_texts, src_anchors)
    hum = sentence_side(hum_texts, hum_anchors)
    src_bounds, hum_bounds = _bounds(source), _bounds(human)
    para_src, para_hum = paragraph_side(src, src_bounds), paragraph_side(hum, hum_bounds)
    moves = list(PARAGRAPH_PRIORS)
    ratio = DEFAULT_RATIO
    for _ in range(2):
        scorer = _Scorer(para_src, para_hum, ratio, PARAGRAPH_PRIORS, paragraphs=True)
        groups = align_path(len(para_src), len(para_hum), moves, scorer)
        ratio = _estimate_ratio(para_src, para_hum, groups)

    sentences = _Scorer(src, hum, ratio, SENTENCE_PRIORS, paragraphs=False)
    links: list[Link] = []
    for i, j, di, dj in groups:
        s0, s1 = src_bounds[i], src_bounds[i + di]
        h0, h1 = hum_bounds[j], hum_bounds[j + dj]
        if di == 0 or dj == 0:
            links += [Link(s, s + 1, h0, h0, flagged=True) for s in range(s0, s1)]
            links += [Link(s0, s0, h, h + 1, flagged=True) for h in range(h0, h1)]
            continue
        links += _align_sentences(sentences, s0, s1, h0, h1)
    return links


def _align_sentences(scorer: _Scorer, s0: int, s1: int, h0: int, h1: int) -> list[Link]:
    """Align sentences ``[s0, s1)`` with ``[h0, h1)`` inside one paragraph group."""

    def cost(i: int, j: int, di: int, dj: int) -> float:
        return scorer(i + s0, j + h0, di, dj)

    links = []
    for i, j, di, dj in align_path(s1 - s0, h1 - h0, list(SENTENCE_PRIORS), cost):
        a, b = i + s0, j + h0
        flagged = di == 0 or dj == 0 or scorer.fit(a, b, di, dj) > FLAG_FIT
        links.append(Link(a, a + di, b, b + dj, flagged=flagged))
    return links
