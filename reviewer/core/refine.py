"""Second look at the unsure stretches of a paragraph alignment, pricing groups by their sentences.

A first pass aligns paragraphs by their own features (length, anchors, counts). Where it found
anything but 1-1, the paragraphs around are aligned again with every candidate group priced by
the best alignment of its sentences: two paragraphs of the same length are then told apart by
the lengths of the sentences inside, so a dropped or added paragraph lands in the right place.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reviewer.core.banded_dp import Step, align_path
from reviewer.core.scoring import PARAGRAPH_PRIORS, PARAGRAPH_RUN_DISCOUNT

#: ``group_cost(s0, s1, h0, h1)``: the cost of the best alignment of those sentence ranges.
GroupCost = Callable[[int, int, int, int], float]

PARAGRAPH_MOVES = list(PARAGRAPH_PRIORS)
#: How many paragraph groups on each side of an unsure one are aligned again.
REFINE_REACH = 2
#: The longest stretch (in groups) aligned again paragraph by paragraph; a longer one means the
#: two versions were paragraphed differently there, and it is left to its sentences as a whole.
MAX_REFINE_GROUPS = 12
#: A skipped paragraph also pays this per sentence, about what a sentence costs in a good match
#: (else skipping two long paragraphs would look cheaper than matching them imperfectly).
SKIP_PER_SENTENCE = 1.0


def refine_groups(
    groups: list[Step], src_bounds: Sequence[int], hum_bounds: Sequence[int], group_cost: GroupCost
) -> list[Step]:
    """Return ``groups`` with the stretches around each group that is not 1-1 aligned again.

    ``groups`` are ``(i, j, di, dj)`` steps over paragraphs whose first sentences are given by
    ``src_bounds`` and ``hum_bounds``; a group of a shape the paragraph search does not make
    (a stretch already left to its sentences) is kept as it is.
    """
    groups = list(groups)
    windows: list[list[int]] = []
    for k, (_, _, di, dj) in enumerate(groups):
        if (di, dj) == (1, 1) or (di, dj) not in PARAGRAPH_PRIORS:
            continue
        lo, hi = max(0, k - REFINE_REACH), min(len(groups), k + REFINE_REACH + 1)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    sb, hb = src_bounds, hum_bounds

    def cost(i: int, j: int, di: int, dj: int) -> float:
        prior = PARAGRAPH_PRIORS[(di, dj)]
        if di == 0:
            return prior + SKIP_PER_SENTENCE * (hb[j + 1] - hb[j])
        if dj == 0:
            return prior + SKIP_PER_SENTENCE * (sb[i + 1] - sb[i])
        return prior + group_cost(sb[i], sb[i + di], hb[j], hb[j + dj])

    for lo, hi in reversed(windows):
        a, c = groups[lo][0], groups[lo][1]
        i, j, di, dj = groups[hi - 1]
        b, d = i + di, j + dj
        if hi - lo > MAX_REFINE_GROUPS:
            groups[lo:hi] = [(a, c, b - a, d - c)]
        else:
            groups[lo:hi] = align_path(
                b - a,
                d - c,
                PARAGRAPH_MOVES,
                cost,
                offset=(a, c),
                run_discount=PARAGRAPH_RUN_DISCOUNT,
            )
    return groups
