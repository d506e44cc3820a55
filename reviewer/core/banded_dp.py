"""A banded dynamic programme for monotone alignment of two sequences.

The search keeps, for each source position ``i``, only human positions within a half-width of
the diagonal ``i * m / n``. When the best path runs along the band's edge the band was probably
too narrow there, so the search is repeated with the band twice as wide where the path touched
its edge and near there (as hunalign and Moore's aligner widen, but only where needed: a long
text whose version drifts off the diagonal in places keeps a narrow band elsewhere, so its search
grows linearly). The wider search reads the prices the narrower one asked for (:class:`Prices`)
instead of asking the scorer again.

Runs of one-sided steps (1-0 or 0-1) may be priced as affine gaps: every step after the first
of a run costs ``run_discount`` less, so that a passage the translator left out is found as one
run rather than smeared into merges around it. Two extra tables (path ending in a 1-0 run, in a
0-1 run) keep the search exact.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable, Sequence

#: ``cost(i, j, di, dj)`` prices a link covering source ``[i, i+di)`` and human ``[j, j+dj)``.
CostFn = Callable[[int, int, int, int], float]
Step = tuple[int, int, int, int]

INITIAL_WIDTH = 5
_SKIP_SRC, _SKIP_HUM = -2, -3
_UNPRICED = math.nan


class Prices:
    """The prices one search asked for, per cell of its band and move (NaN: not asked).

    A wider band holds the narrower one, so the next search reads them here rather than ask
    the (costly) scorer again: widening then costs about what the widest band alone costs.
    Each row is a flat ``array('d')`` (8 bytes a price), move ``p`` of cell ``k`` at
    ``k * moves + p``; the moves are the pairs, then 1-0, then 0-1.
    """

    def __init__(self, lo: list[int], hi: list[int], rows: list[array[float]]) -> None:
        self.lo, self.hi, self.rows = lo, hi, rows


def align_path(
    n: int,
    m: int,
    moves: Sequence[tuple[int, int]],
    cost: CostFn,
    offset: tuple[int, int] = (0, 0),
    run_discount: float = 0.0,
    width: int = INITIAL_WIDTH,
) -> list[Step]:
    """Return the cheapest monotone path from (0, 0) to (n, m) as ``(i, j, di, dj)`` steps.

    ``moves`` are the two-sided link shapes; 1-0 and 0-1 steps are always allowed, so every
    cell stays reachable. ``offset`` is added to the positions given to ``cost`` and returned
    in the steps, so that one stretch of longer sequences can be aligned with their scorer.
    ``width`` is the band's first half-width, doubled where the best path touches an edge.
    """
    return align_path_width(n, m, moves, cost, offset, run_discount, width)[0]


def align_path_width(
    n: int,
    m: int,
    moves: Sequence[tuple[int, int]],
    cost: CostFn,
    offset: tuple[int, int] = (0, 0),
    run_discount: float = 0.0,
    width: int = INITIAL_WIDTH,
) -> tuple[list[Step], int]:
    """:func:`align_path`, and the band's widest half-width that the path was found in.

    A caller searching the same texts again (with another length ratio, another signal) can
    start at that width rather than widen again from a band it knows to be too narrow.
    """
    si, sj = offset
    if n == 0 or m == 0:
        path = [(si + i, sj, 1, 0) for i in range(n)] + [(si, sj + j, 0, 1) for j in range(m)]
        return path, width
    pairs = [(di, dj) for di, dj in moves if di and dj]
    width = max(width, math.ceil(m / n) + 2, math.ceil(n / m) + 2)
    known: Prices | None = None
    widths = [width] * (n + 1)
    while True:
        path, touched, known = _banded(n, m, pairs, cost, widths, offset, run_discount, known)
        if not touched:
            return path, max(widths)
        # A row the path touched is narrower than the table (else it has no inner edge): the
        # band doubles there and within twice the new width around, so every round grows it.
        wider = list(widths)
        for row in touched:
            grown = 2 * widths[row]
            for i in range(max(0, row - 2 * grown), min(n, row + 2 * grown) + 1):
                if wider[i] < grown:
                    wider[i] = grown
        widths = wider


def _banded(
    n: int,
    m: int,
    pairs: Sequence[tuple[int, int]],
    cost: CostFn,
    widths: Sequence[int],
    offset: tuple[int, int],
    discount: float,
    known: Prices | None = None,
) -> tuple[list[Step], list[int], Prices]:
    """One search in the band of half-width ``widths[i]`` around each row's diagonal point.

    Returns the path, the rows where it ran along an inner edge of the band (from the end), and
    the prices asked for; ``known``: the prices a narrower band's search asked for.
    """
    si, sj = offset
    lo = [max(0, math.floor(i * m / n - widths[i])) for i in range(n + 1)]
    hi = [min(m, math.ceil(i * m / n + widths[i])) for i in range(n + 1)]
    inf = math.inf
    moves = len(pairs) + 2
    one_src, one_hum = len(pairs), len(pairs) + 1
    unknown = _UNPRICED
    unpriced = array("d", [unknown])
    prices: list[array[float]] = []
    best: list[list[float]] = []  # cheapest path to the cell
    gap_s: list[list[float]] = []  # cheapest path to the cell ending in a 1-0 step
    back: list[list[int]] = []  # index in pairs, or _SKIP_SRC / _SKIP_HUM
    ext_s: list[list[bool]] = []  # gap_s continues a 1-0 run (else opens one)
    ext_h: list[list[bool]] = []
    for i in range(n + 1):
        lo_i, size = lo[i], hi[i] - lo[i] + 1
        row, grow, brow = [inf] * size, [inf] * size, [-1] * size
        erow_s, erow_h = [False] * size, [False] * size
        price = unpriced * (size * moves)
        best.append(row)
        gap_s.append(grow)
        back.append(brow)
        ext_s.append(erow_s)
        ext_h.append(erow_h)
        prices.append(price)
        old, old_lo, old_hi = (known.rows[i], known.lo[i], known.hi[i]) if known else (price, 1, 0)
        # the rows each two-sided move comes from, and the row above (for a 1-0 step)
        froms = [(p, di, dj, best[i - di], lo[i - di], hi[i - di])
                 for p, (di, dj) in enumerate(pairs) if di <= i]
        if i:
            up_best, up_gap, up_lo, up_hi = best[i - 1], gap_s[i - 1], lo[i - 1], hi[i - 1]
        else:
            up_best, up_gap, up_lo, up_hi = row, grow, 1, 0
        gap_h = inf  # cheapest path to the previous cell of this row ending in a 0-1 step
        for k in range(size):
            j = lo_i + k
            if i == 0 and j == 0:
                row[0] = 0.0
                continue
            at = k * moves
            was = (j - old_lo) * moves if old_lo <= j <= old_hi else -1
            cell, move = inf, -1
            for p, di, dj, from_best, from_lo, from_hi in froms:
                pj = j - dj
                if pj < from_lo or pj > from_hi:
                    continue
                prev = from_best[pj - from_lo]
                if prev < inf:
                    step = old[was + p] if was >= 0 else unknown
                    if step != step:
                        step = cost(i - di + si, pj + sj, di, dj)
                    price[at + p] = step
                    total = prev + step
                    if total < cell:
                        cell, move = total, p
            if up_lo <= j <= up_hi:
                q = j - up_lo
                step = old[was + one_src] if was >= 0 else unknown
                if step != step:
                    step = cost(i - 1 + si, j + sj, 1, 0)
                price[at + one_src] = step
                opened, extended = up_best[q] + step, up_gap[q] + step - discount
                if extended < opened:
                    grow[k] = opened = extended
                    erow_s[k] = True
                else:
                    grow[k] = opened
                if opened < cell:
                    cell, move = opened, _SKIP_SRC
            if k > 0:
                step = old[was + one_hum] if was >= 0 else unknown
                if step != step:
                    step = cost(i + si, j - 1 + sj, 0, 1)
                price[at + one_hum] = step
                opened, extended = row[k - 1] + step, gap_h + step - discount
                if extended < opened:
                    gap_h = extended
                    erow_h[k] = True
                else:
                    gap_h = opened
                if gap_h < cell:
                    cell, move = gap_h, _SKIP_HUM
            else:
                gap_h = inf
            row[k], brow[k] = cell, move
    path, touched = _trace(n, m, pairs, lo, hi, back, ext_s, ext_h, offset)
    return path, touched, Prices(lo, hi, prices)


def _trace(
    n: int,
    m: int,
    pairs: Sequence[tuple[int, int]],
    lo: list[int],
    hi: list[int],
    back: list[list[int]],
    ext_s: list[list[bool]],
    ext_h: list[list[bool]],
    offset: tuple[int, int],
) -> tuple[list[Step], list[int]]:
    """Follow the back pointers from (n, m); list the rows where the path ran along an inner
    edge of the band (an edge that is not the table's)."""
    si, sj = offset
    path: list[Step] = []
    touched: list[int] = []
    i, j, state = n, m, 0  # state: 0 any path, _SKIP_SRC / _SKIP_HUM inside a run
    while i or j:
        if (j == lo[i] and lo[i] > 0) or (j == hi[i] and hi[i] < m):
            touched.append(i)
        k = j - lo[i]
        move = back[i][k] if state == 0 else state
        if move == _SKIP_SRC:
            state = _SKIP_SRC if ext_s[i][k] else 0
            di, dj = 1, 0
        elif move == _SKIP_HUM:
            state = _SKIP_HUM if ext_h[i][k] else 0
            di, dj = 0, 1
        else:
            state = 0
            di, dj = pairs[move]
        i, j = i - di, j - dj
        path.append((i + si, j + sj, di, dj))
    path.reverse()
    return path, touched
