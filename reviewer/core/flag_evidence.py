"""What the aligner knows about each of its links: the evidence :mod:`reviewer.core.flags` weighs.

For a two-sided link at step ``k`` of the cheapest path:

``fit``     its price without the shape's prior (length fit, anchors, keys, paragraphs, edition)
``margin``  how much more the cheapest other linking of it and a neighbour costs (the search's
            own certainty, over the block of the link and the link before, or after)
``shift``   how much better the link fits than the same link moved by one sentence on either
            side (negative: a neighbouring sentence fits better, the mark of a drift)
``gap``     1 when a 1-0 or 0-1 link is at most ``GAP_REACH`` links away (drifts begin and end
            there), else 0
``length``  the length residual in standard deviations against the article's length ratio
``merge``   1 for a 2-1, 1-2 or 2-2 link, 0 for a 1-1 link
``silent``  1 when the other edition's sentences linked to the same source sentences share no word
            stem with the link's human sentences although both have at least ``SILENT_STEMS``
            (an editor's sentence put in place of the source's, or a drift), else 0; 0 without
            the other edition
``recut``   when the link and a two-sided neighbour miss the length ratio in opposite directions
            (one too long, the other too short: sentences cut elsewhere), the length residual of
            the two taken together, in standard deviations (the largest such residual is kept);
            else 0
``leans``   1 when the link holds only because of the other edition: priced without it (the
            text alone), the cheapest other linking of the link and a neighbour costs more
            than ``LEAN_MARGIN`` less (the alignment alone and the one with the other edition
            disagree here, so one of the two editions is probably cut or edited there); else 0,
            and 0 without the other edition or when the search's margin is ``LEAN_REACH`` or
            more

One-sided links have no evidence (None): they are always flagged.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from reviewer.core.banded_dp import Step
from reviewer.core.scoring import SENTENCE_PRIORS, SENTENCE_RUN_DISCOUNT, VARIANCE, Scorer

#: Margins and shifts are capped at this: beyond it the evidence says no more.
CAP = 8.0
#: A one-sided link this many links away or nearer counts as near.
GAP_REACH = 2
#: Word stems each side needs before sharing none with the other edition says something.
SILENT_STEMS = 12
#: How much cheaper the text alone must find another linking before a link ``leans`` on the
#: other edition (tuning split: the same figures from 1.5 to 3).
LEAN_MARGIN = 2.0
#: Only links whose margin is below this are priced again without the other edition (no link
#: of the tuning split with a margin above 2.6 leans on it; pricing every link again made the
#: evidence twice as slow).
LEAN_REACH = 4.0
MOVES = list(SENTENCE_PRIORS)

Cost = Callable[[int, int, int, int], float]


@dataclass(frozen=True)
class Evidence:
    """The evidence on one two-sided link (see the module docstring)."""

    fit: float
    margin: float
    shift: float
    gap: int
    length: float
    merge: int
    silent: int = 0
    recut: float = 0.0
    leans: int = 0


def link_evidence(steps: list[Step], scorer: Scorer) -> list[Evidence | None]:
    """The evidence on each link of ``steps``; None for a 1-0 or 0-1 link."""
    known: dict[Step, float] = {}

    def cost(i: int, j: int, di: int, dj: int) -> float:
        key = (i, j, di, dj)
        if key not in known:
            known[key] = scorer(i, j, di, dj)
        return known[key]

    alone = _text_alone(scorer, cost)
    near = _near_gap(steps)
    n_src, n_hum = len(scorer.src), len(scorer.hum)
    out: list[Evidence | None] = []
    for k, (i, j, di, dj) in enumerate(steps):
        if di == 0 or dj == 0:
            out.append(None)
            continue
        fit = cost(i, j, di, dj) - scorer.prior[di][dj]
        moves = [(a, b) for a, b in ((i, j - 1), (i, j + 1), (i - 1, j), (i + 1, j))
                 if 0 <= a and a + di <= n_src and 0 <= b and b + dj <= n_hum]
        shift = min(scorer.fit(a, b, di, dj) for a, b in moves) - fit if moves else CAP
        margin = _margin(steps, k, cost)
        leans = (alone is not None and margin < LEAN_REACH
                 and _margin(steps, k, alone) < -LEAN_MARGIN)
        out.append(Evidence(fit, margin, max(-CAP, min(CAP, shift)), near[k],
                            abs(_residual(scorer, i, j, di, dj)), int(di + dj > 2),
                            _silent(scorer, i, j, di, dj), _recut(steps, k, scorer), int(leans)))
    return out


def _text_alone(scorer: Scorer, cost: Cost) -> Cost | None:
    """The price of a link without the other edition's term; None without the other edition."""
    if scorer.bridge_s is None:
        return None
    known: dict[Step, float] = {}

    def alone(i: int, j: int, di: int, dj: int) -> float:
        key = (i, j, di, dj)
        if key not in known:
            known[key] = cost(i, j, di, dj) - (scorer._bridge(i, j, di, dj) if di and dj else 0.0)
        return known[key]

    return alone


def _near_gap(steps: list[Step]) -> list[int]:
    """For each step, 1 when a one-sided link is at most ``GAP_REACH`` steps away, else 0."""
    last = -GAP_REACH - 1
    distance: list[int] = []
    for _, _, di, dj in steps:  # distance to the nearest one-sided link at or before each step
        if di == 0 or dj == 0:
            last = len(distance)
        distance.append(len(distance) - last)
    nxt = len(steps) + GAP_REACH + 1
    for k in range(len(steps) - 1, -1, -1):  # ... and after it
        if steps[k][2] == 0 or steps[k][3] == 0:
            nxt = k
        distance[k] = min(distance[k], nxt - k)
    return [int(d <= GAP_REACH) for d in distance]


def _margin(steps: list[Step], k: int, cost: Cost) -> float:
    """How much more the cheapest linking without link ``k`` of it and a neighbour costs."""
    best = CAP
    for lo, hi in ((k - 1, k), (k, k + 1)):
        if lo < 0 or hi >= len(steps):
            continue
        here = sum(cost(*step) for step in steps[lo : hi + 1])
        for n in range(max(lo, 1), hi + 1):  # runs of one-sided links, as the search
            shape, before = steps[n][2:], steps[n - 1][2:]
            if 0 in shape and shape == before:
                here -= SENTENCE_RUN_DISCOUNT
        best = min(best, best_without(steps[lo : hi + 1], k - lo, cost) - here)
    return best


def _residual(scorer: Scorer, i: int, j: int, di: int, dj: int) -> float:
    """The link's signed length residual in standard deviations (Gale and Church's delta):
    positive when the human side is longer than the article's length ratio expects."""
    ls = scorer.len_s[i + di] - scorer.len_s[i]
    lh = scorer.len_h[j + dj] - scorer.len_h[j]
    base = ls + lh / scorer.ratio
    if base <= 0:
        return 0.0
    return (lh - scorer.ratio * ls) / math.sqrt(VARIANCE * base / 2)


def _silent(scorer: Scorer, i: int, j: int, di: int, dj: int) -> int:
    """1 when the other edition shares no stem with the link though both sides have many."""
    if scorer.bridge_s is None or scorer.bridge_h is None:
        return 0
    other = frozenset().union(*scorer.bridge_s[i : i + di])
    own = frozenset().union(*scorer.bridge_h[j : j + dj])
    return int(min(len(other), len(own)) >= SILENT_STEMS and not other & own)


def _recut(steps: list[Step], k: int, scorer: Scorer) -> float:
    """The length residual of link ``k`` and a neighbour together, when theirs are opposite."""
    i, j, di, dj = steps[k]
    mine = _residual(scorer, i, j, di, dj)
    best = together = 0.0
    for q in (k - 1, k + 1):
        if not 0 <= q < len(steps) or 0 in steps[q][2:]:
            continue
        theirs = _residual(scorer, *steps[q])
        if mine * theirs < 0 and min(abs(mine), abs(theirs)) > best:
            best = min(abs(mine), abs(theirs))
            a, b = min(steps[q][0], i), min(steps[q][1], j)
            together = abs(_residual(scorer, a, b, di + steps[q][2], dj + steps[q][3]))
    return together


def best_without(block: list[Step], which: int, cost: Cost) -> float:
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
