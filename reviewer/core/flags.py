"""Which links the reviewer should look at: ``flagged`` on a link means "check this one".

A 1-0 or 0-1 link is always flagged: the human version dropped or added that text, which a
reviewer wants to see whether or not the link is right. A two-sided link is flagged when the
aligner is unsure of it: when, in the stretch made of the link and a neighbour, some other
way of linking the same sentences costs less than ``FLAG_MARGIN`` more (a drop one sentence
earlier, a merge instead of two links...), or when its fit alone is poor (``FLAG_FIT``).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from reviewer.core.banded_dp import Step
from reviewer.core.model import Link
from reviewer.core.scoring import SENTENCE_PRIORS, SENTENCE_RUN_DISCOUNT, Scorer

#: A two-sided link whose fit (its cost without the shape's prior) is above this is flagged.
FLAG_FIT = 7.0
#: A two-sided link is flagged when an alternative for it and a neighbour costs less more.
FLAG_MARGIN = 1.0
MOVES = list(SENTENCE_PRIORS)


def flag_links(steps: list[Step], scorer: Scorer) -> list[Link]:
    """Turn a path's steps into links, flagging the one-sided ones and the unsure ones."""
    known: dict[Step, float] = {}

    def cost(i: int, j: int, di: int, dj: int) -> float:
        key = (i, j, di, dj)
        if key not in known:
            known[key] = scorer(i, j, di, dj)
        return known[key]

    links = []
    for k, (i, j, di, dj) in enumerate(steps):
        flagged = di == 0 or dj == 0 or scorer.fit(i, j, di, dj) > FLAG_FIT
        if not flagged:
            for lo, hi in ((k - 1, k), (k, k + 1)):
                if lo < 0 or hi >= len(steps):
                    continue
                here = sum(cost(*step) for step in steps[lo : hi + 1])
                for n in range(max(lo, 1), hi + 1):  # runs of one-sided links, as the search
                    shape, before = steps[n][2:], steps[n - 1][2:]
                    if 0 in shape and shape == before:
                        here -= SENTENCE_RUN_DISCOUNT
                if _best_without(steps[lo : hi + 1], k - lo, cost) - here < FLAG_MARGIN:
                    flagged = True
                    break
        links.append(Link(i, i + di, j, j + dj, flagged=flagged))
    return links


def _best_without(block: list[Step], which: int, cost: Callable[[int, int, int, int], float]
                  ) -> float:
    """The cost of the cheapest linking of ``block``'s sentences without its link ``which``."""
    s0, h0 = block[0][0], block[0][1]
    s1, h1 = block[-1][0] + block[-1][2], block[-1][1] + block[-1][3]
    banned = block[which]
    best = {(s0, h0): 0.0}
    for i in range(s0, s1 + 1):
        for j in range(h0, h1 + 1):
            if (i, j) == (s0, h0):
                continue
            value = math.inf
            for di, dj in MOVES:
                pi, pj = i - di, j - dj
                if pi < s0 or pj < h0 or (pi, pj, di, dj) == banned:
                    continue
                prev = best.get((pi, pj), math.inf)
                if prev < math.inf:
                    value = min(value, prev + cost(pi, pj, di, dj))
            best[(i, j)] = value
    return best[(s1, h1)]
