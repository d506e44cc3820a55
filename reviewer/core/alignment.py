"""Align a human (published) version with the source sentences of an article.

Two levels, as a reviewer reads them. Paragraphs first, in groups 1-1, 1-0, 0-1, 2-1, 1-2 (and
2-2, 3-1, 1-3 for a newsroom that re-paragraphed), priced by Gale-Church length fit (characters;
the length ratio estimated from the texts), anchors that survive translation (numbers, Latin
names; see :mod:`reviewer.core.anchors`), quotes and ``?``/``!`` (:mod:`reviewer.core.scoring`).
Around each group that is not 1-1 the paragraphs are aligned again with every group priced by
the best alignment of its sentences, which tells a dropped paragraph from a neighbour of the same
length (:mod:`reviewer.core.refine`). Then the sentences inside each group are aligned 1-1, 1-0,
0-1, 1-2, 2-1 or 2-2. Both levels search with a banded dynamic programme where runs of 1-0 (0-1)
links are priced as one gap (:mod:`reviewer.core.banded_dp`). Where the paragraphs force bad
links (the human version was paragraphed differently), the whole text is aligned by sentences.

A paragraph left unaligned becomes flagged 1-0 or 0-1 links, one per sentence; so does any lone
sentence, and any link whose fit is poor is flagged too. The reviewer's fixes live in
:mod:`reviewer.core.link_fixes` and are re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence

from reviewer.core.anchors import Side, paragraph_side, sentence_side, shared_anchors
from reviewer.core.banded_dp import Step, align_path
from reviewer.core.link_fixes import (
    LinkFixError,
    merge_links,
    shift_boundary,
    split_link,
    validate_links,
)
from reviewer.core.model import Link
from reviewer.core.refine import PARAGRAPH_MOVES, refine_groups
from reviewer.core.scoring import (
    DEFAULT_RATIO,
    PARAGRAPH_PRIORS,
    PARAGRAPH_RUN_DISCOUNT,
    SENTENCE_PRIORS,
    SENTENCE_RUN_DISCOUNT,
    Scorer,
)

#: Characters of evidence the default ratio is worth when the texts' own ratio is estimated.
RATIO_WEIGHT = 500
#: The first half-width of the band over paragraphs (doubled when the path touches it).
PARAGRAPH_WIDTH = 4
#: A ratio estimate this far from the one in use triggers a second pass at that level.
RATIO_TOLERANCE = 0.03

__all__ = [
    "LinkFixError", "align", "merge_links", "shift_boundary", "split_link", "validate_links",
]

SENTENCE_MOVES = list(SENTENCE_PRIORS)
#: When this share of paragraph groups is not 1-1, the sentences are also aligned as one stretch,
#: and that alignment is taken if it costs less by the margin (paragraphs are worth that much).
UNSURE_SHARE = 0.1
FLAT_MARGIN = 2.0
FLAT_MARGIN_PER_PARAGRAPH = 0.5
#: With at least this many paragraph groups, this share of them not 1-1 skips paragraphs at once.
MANY_GROUPS = 20
SHORTCUT_SHARE = 0.4
#: A sentence link whose fit (length, anchors, marks; no prior) costs more than this is flagged.
FLAG_FIT = 7.0


def align(source: Sequence[Sequence[str]], human: Sequence[Sequence[str]]) -> list[Link]:
    """Align ``human`` paragraphs of sentences to ``source`` ones; return monotone covering links.

    Indices in the links are global sentence indices over the flattened paragraphs.
    """
    return _Aligner(source, human).links()


class _Aligner:
    """One alignment job: the two documents' features and the memo of sentence-group alignments."""

    def __init__(self, source: Sequence[Sequence[str]], human: Sequence[Sequence[str]]) -> None:
        src_texts = [s for paragraph in source for s in paragraph]
        hum_texts = [s for paragraph in human for s in paragraph]
        src_anchors, hum_anchors, self.weights = shared_anchors(src_texts, hum_texts)
        self.src = sentence_side(src_texts, src_anchors)
        self.hum = sentence_side(hum_texts, hum_anchors)
        self.src_bounds, self.hum_bounds = _bounds(source), _bounds(human)
        self.para_src = paragraph_side(self.src, self.src_bounds)
        self.para_hum = paragraph_side(self.hum, self.hum_bounds)
        self.memo: dict[Step, tuple[float, list[Step]]] = {}

    def links(self) -> list[Link]:
        """Align paragraphs, re-align unsure stretches by content, then align sentences.

        The length ratio starts at the default and is estimated again from what was aligned,
        first from the paragraphs, then from the sentences (one long paragraph with a large cut
        misleads the first estimate); a level is aligned again when its estimate moved.
        """
        ratio = DEFAULT_RATIO
        groups = self._paragraph_groups(ratio)
        estimate = _estimate_ratio(self.para_src, self.para_hum, groups)
        if abs(estimate / ratio - 1) > RATIO_TOLERANCE:
            ratio = estimate
            groups = self._paragraph_groups(ratio)
        unsure = sum((di, dj) != (1, 1) for _, _, di, dj in groups)
        if len(groups) >= MANY_GROUPS and unsure >= SHORTCUT_SHARE * len(groups):
            # A long text paragraphed differently throughout: its paragraphs cannot help.
            groups = [(0, 0, len(self.para_src), len(self.para_hum))]
        steps = self._sentence_steps_for(groups, ratio)
        better = _estimate_ratio(self.src, self.hum, steps)
        if abs(better / ratio - 1) > RATIO_TOLERANCE:
            steps = self._sentence_steps_for(groups, better)
        if len(groups) > 1 and unsure >= UNSURE_SHARE * len(groups):
            # Were the two versions paragraphed differently? Then paragraphs forced bad links,
            # and the sentences aligned as one stretch cost much less.
            flat = self._sentence_steps(0, len(self.src), 0, len(self.hum))[1]
            margin = FLAT_MARGIN + FLAT_MARGIN_PER_PARAGRAPH * len(self.para_src)
            if self._path_cost(steps) - self._path_cost(flat) > margin:
                steps = flat
        fit = self.sentences.fit
        return [
            Link(i, i + di, j, j + dj, flagged=di == 0 or dj == 0 or fit(i, j, di, dj) > FLAG_FIT)
            for i, j, di, dj in steps
        ]

    def _sentence_steps_for(self, groups: list[Step], ratio: float) -> list[Step]:
        """Refine the paragraph groups and align the sentences in each, with this length ratio."""
        self.sentences = Scorer(self.src, self.hum, ratio, SENTENCE_PRIORS, self.weights)
        self.memo.clear()
        steps: list[Step] = []
        group_cost = self._group_cost
        for i, j, di, dj in refine_groups(groups, self.src_bounds, self.hum_bounds, group_cost):
            s0, s1 = self.src_bounds[i], self.src_bounds[i + di]
            h0, h1 = self.hum_bounds[j], self.hum_bounds[j + dj]
            if di == 0 or dj == 0:
                steps += [(s, h0, 1, 0) for s in range(s0, s1)]
                steps += [(s0, h, 0, 1) for h in range(h0, h1)]
            else:
                steps += self._sentence_steps(s0, s1, h0, h1)[1]
        return steps

    def _path_cost(self, steps: list[Step]) -> float:
        """The sentence-level cost of a path, runs of one-sided links priced as in the search."""
        total, previous = 0.0, (1, 1)
        for i, j, di, dj in steps:
            total += self.sentences(i, j, di, dj)
            if (di == 0 or dj == 0) and (di, dj) == previous:
                total -= SENTENCE_RUN_DISCOUNT
            previous = (di, dj)
        return total

    def _paragraph_groups(self, ratio: float) -> list[Step]:
        """Align the paragraphs by their features alone."""
        src, hum = self.para_src, self.para_hum
        scorer = Scorer(src, hum, ratio, PARAGRAPH_PRIORS, self.weights, paragraphs=True)
        return align_path(
            len(src),
            len(hum),
            PARAGRAPH_MOVES,
            scorer,
            run_discount=PARAGRAPH_RUN_DISCOUNT,
            width=PARAGRAPH_WIDTH,
        )

    def _group_cost(self, s0: int, s1: int, h0: int, h1: int) -> float:
        return self._sentence_steps(s0, s1, h0, h1)[0]

    def _sentence_steps(self, s0: int, s1: int, h0: int, h1: int) -> tuple[float, list[Step]]:
        """Return the cost and the steps (global indices) of aligning one group's sentences."""
        key = (s0, s1, h0, h1)
        if key not in self.memo:
            scorer = self.sentences
            path = align_path(
                s1 - s0,
                h1 - h0,
                SENTENCE_MOVES,
                scorer,
                offset=(s0, h0),
                run_discount=SENTENCE_RUN_DISCOUNT,
            )
            self.memo[key] = sum(scorer(*step) for step in path), path
        return self.memo[key]


def _estimate_ratio(src: Side, hum: Side, groups: list[Step]) -> float:
    """Human characters per source character over the matched groups, shrunk to the default.

    ``groups`` are steps over the units of ``src`` and ``hum`` (paragraphs or sentences).
    """
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
