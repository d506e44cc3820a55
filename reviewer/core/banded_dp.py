"""A banded dynamic programme for monotone alignment of two sequences.

The search keeps, for each source position ``i``, only human positions within ``width`` of the
diagonal ``i * m / n``. When the best path runs along the band's edge the band was probably too
narrow, so the search is repeated with twice the width (as hunalign and Moore's aligner do).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

#: ``cost(i, j, di, dj)`` prices a link covering source ``[i, i+di)`` and human ``[j, j+dj)``.
CostFn = Callable[[int, int, int, int], float]
Step = tuple[int, int, int, int]

INITIAL_WIDTH = 8


def align_path(
    n: int,
    m: int,
    moves: Sequence[tuple[int, int]],
    cost: CostFn,
    offset: tuple[int, int] = (0, 0),
) -> list[Step]:
    """Return the cheapest monotone path from (0, 0) to (n, m) as ``(i, j, di, dj)`` steps.

    ``moves`` must contain ``(1, 0)`` and ``(0, 1)`` so that every cell stays reachable.
    ``offset`` is added to the positions given to ``cost`` and returned in the steps, so that
    one stretch of longer sequences can be aligned with their scorer.
    """
    si, sj = offset
    if n == 0 or m == 0:
        return [(si + i, sj, 1, 0) for i in range(n)] + [(si, sj + j, 0, 1) for j in range(m)]
    width = max(INITIAL_WIDTH, math.ceil(m / n) + 2, math.ceil(n / m) + 2)
    while True:
        path, touched = _banded(n, m, moves, cost, width, offset)
        if not touched or width >= max(n, m):
            return path
        width *= 2


def _banded(
    n: int,
    m: int,
    moves: Sequence[tuple[int, int]],
    cost: CostFn,
    width: int,
    offset: tuple[int, int],
) -> tuple[list[Step], bool]:
    si, sj = offset
    lo = [max(0, math.floor(i * m / n - width)) for i in range(n + 1)]
    hi = [min(m, math.ceil(i * m / n + width)) for i in range(n + 1)]
    inf = math.inf
    table: list[list[float]] = []
    back: list[list[int]] = []
    for i in range(n + 1):
        lo_i, hi_i = lo[i], hi[i]
        row = [inf] * (hi_i - lo_i + 1)
        brow = [-1] * (hi_i - lo_i + 1)
        table.append(row)
        back.append(brow)
        for j in range(lo_i, hi_i + 1):
            if i == 0 and j == 0:
                row[0] = 0.0
                continue
            best, best_move = inf, -1
            for k, (di, dj) in enumerate(moves):
                pi, pj = i - di, j - dj
                if pi < 0 or pj < lo[pi] or pj > hi[pi]:
                    continue
                prev = table[pi][pj - lo[pi]]
                if prev == inf:
                    continue
                total = prev + cost(pi + si, pj + sj, di, dj)
                if total < best:
                    best, best_move = total, k
            row[j - lo_i] = best
            brow[j - lo_i] = best_move
    path: list[Step] = []
    touched = False
    i, j = n, m
    while i or j:
        if (j == lo[i] and lo[i] > 0) or (j == hi[i] and hi[i] < m):
            touched = True
        di, dj = moves[back[i][j - lo[i]]]
        i, j = i - di, j - dj
        path.append((i + si, j + sj, di, dj))
    path.reverse()
    return path, touched
