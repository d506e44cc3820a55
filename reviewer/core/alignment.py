"""Align a human (published) version with the source sentences of an article.

One search over all sentences of both texts (a banded dynamic programme, see
:mod:`reviewer.core.banded_dp`) links them 1-1, 1-0, 0-1, 2-1, 1-2 or 2-2; runs of 1-0 (0-1)
links are priced as one gap, so a dropped paragraph is one run rather than merges smeared around
it. A link is priced (:mod:`reviewer.core.scoring`) by Gale-Church length fit (characters; the
length ratio estimated from the texts), anchors that survive translation (numbers, Latin names;
:mod:`reviewer.core.anchors`) and those the other text never uses (orphans), cognate keys
(:mod:`reviewer.core.cognates`), quotes and ``?``/``!``, and by the paragraphs: a link that
starts a paragraph on both sides gains, one that starts a paragraph on one side only or hides a
paragraph break inside pays. The paragraphs are evidence, never walls: a newsroom that
re-paragraphed is aligned sentence by sentence all the same. With the other edition
(:mod:`reviewer.core.editions`) a third signal joins in.

Every 1-0 and 0-1 link is flagged (text the human version dropped or added), and so is any link
the aligner is unsure of (:mod:`reviewer.core.flags`). The reviewer's fixes live in
:mod:`reviewer.core.link_fixes` and are re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence

from reviewer.core.anchors import Side, orphan_counts, sentence_side, shared_anchors
from reviewer.core.banded_dp import INITIAL_WIDTH, Step, align_path_width
from reviewer.core.flags import flag_links
from reviewer.core.link_fixes import (
    LinkFixError,
    merge_links,
    shift_boundary,
    split_link,
    validate_links,
)
from reviewer.core.model import Link
from reviewer.core.scoring import (
    DEFAULT_RATIO,
    SENTENCE_PRIORS,
    SENTENCE_RUN_DISCOUNT,
    Bridge,
    Parts,
    Scorer,
)

#: Characters of evidence the default ratio is worth when the texts' own ratio is estimated.
RATIO_WEIGHT = 500
#: A ratio estimate this far from the one in use triggers a second search.
RATIO_TOLERANCE = 0.03
#: The estimated ratio is kept within these bounds.
RATIO_BOUNDS = (0.7, 1.6)

__all__ = [
    "LinkFixError", "align", "merge_links", "shift_boundary", "split_link", "validate_links",
]

SENTENCE_MOVES = list(SENTENCE_PRIORS)


def align(source: Sequence[Sequence[str]], human: Sequence[Sequence[str]],
          bridge: Bridge | None = None) -> list[Link]:
    """Align ``human`` paragraphs of sentences to ``source`` ones; return monotone covering links.

    Indices in the links are global sentence indices over the flattened paragraphs. ``bridge``
    brings in the other edition (see :mod:`reviewer.core.editions`).
    """
    return Aligner(source, human).links(bridge)


class Aligner:
    """One alignment job: the two documents' features, paragraph starts and the length ratio."""

    def __init__(self, source: Sequence[Sequence[str]], human: Sequence[Sequence[str]]) -> None:
        src_texts = [s for paragraph in source for s in paragraph]
        hum_texts = [s for paragraph in human for s in paragraph]
        src_anchors, hum_anchors, self.weights = shared_anchors(src_texts, hum_texts)
        src_orphans, hum_orphans = orphan_counts(src_texts, hum_texts)
        self.src = sentence_side(src_texts, src_anchors, src_orphans)
        self.hum = sentence_side(hum_texts, hum_anchors, hum_orphans)
        self.starts = (paragraph_starts(source), paragraph_starts(human))
        self.ratio = DEFAULT_RATIO
        self.ratio_estimated = False
        #: The band's half-width the last search needed: the next one starts there.
        self.width = INITIAL_WIDTH
        #: Every scorer of these texts shares the price terms that do not depend on the ratio.
        self.shared: dict[int, Parts] = {}

    def scorer(self, ratio: float, bridge: Bridge | None = None) -> Scorer:
        """The sentence-link scorer with this length ratio."""
        return Scorer(self.src, self.hum, ratio, SENTENCE_PRIORS, self.weights, bridge=bridge,
                      starts=self.starts, shared=self.shared)

    def steps(self, scorer: Scorer) -> list[Step]:
        """The cheapest path through all sentences with ``scorer``.

        The search starts with the band the previous search of these texts ended with.
        """
        # the bound method: calling the instance looks ``__call__`` up again at every cell
        steps, self.width = align_path_width(len(self.src), len(self.hum), SENTENCE_MOVES,
                                             scorer.__call__,
                                             run_discount=SENTENCE_RUN_DISCOUNT,
                                             width=self.width)
        return steps

    def links(self, bridge: Bridge | None = None) -> list[Link]:
        """Align all sentences (see :meth:`path`) and flag the links to look at."""
        steps, scorer = self.path(bridge)
        return flag_links(steps, scorer)

    def path(self, bridge: Bridge | None = None) -> tuple[list[Step], Scorer]:
        """Align all sentences, estimating the length ratio from a first alignment.

        The ratio starts at the default; when the one estimated from what was aligned differs
        by more than ``RATIO_TOLERANCE``, the search runs again with it. The estimate is kept,
        so a second call (with the other edition's ``bridge``) searches once.
        """
        steps, scorer = self.first_path(bridge)
        if scorer.ratio != self.ratio:
            scorer = self.scorer(self.ratio, bridge)
            steps = self.steps(scorer)
        return steps, scorer

    def first_path(self, bridge: Bridge | None = None) -> tuple[list[Step], Scorer]:
        """One search with the ratio in use, then the ratio re-estimated from it (the first time).

        A caller that will search again anyway (the other edition's second pass) need not
        search again with the re-estimated ratio first: the next search uses it.
        """
        scorer = self.scorer(self.ratio, bridge)
        steps = self.steps(scorer)
        if not self.ratio_estimated:
            self.ratio_estimated = True
            better = estimate_ratio(self.src, self.hum, steps)
            if abs(better / self.ratio - 1) > RATIO_TOLERANCE:
                self.ratio = better
        return steps, scorer


def estimate_ratio(src: Side, hum: Side, steps: list[Step]) -> float:
    """Human characters per source character over the two-sided links, shrunk to the default."""
    total_s = total_h = 0
    for i, j, di, dj in steps:
        if di and dj:
            total_s += src.cum_len[i + di] - src.cum_len[i]
            total_h += hum.cum_len[j + dj] - hum.cum_len[j]
    ratio = (total_h + RATIO_WEIGHT * DEFAULT_RATIO) / (total_s + RATIO_WEIGHT)
    return min(max(ratio, RATIO_BOUNDS[0]), RATIO_BOUNDS[1])


def paragraph_starts(paragraphs: Sequence[Sequence[str]]) -> list[int]:
    """Prefix counts of the sentences that start a paragraph, the first sentence not counted.

    ``out[k]`` counts the starts among sentences ``[0, k)``; the end counts as one more start.
    """
    out = [0]
    for p, paragraph in enumerate(p for p in paragraphs if p):
        for s in range(len(paragraph)):
            out.append(out[-1] + (s == 0 and p > 0))
    return out + [out[-1] + 1]
