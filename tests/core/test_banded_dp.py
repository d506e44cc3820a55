"""Tests for the banded dynamic programme under the aligner (reviewer.core.banded_dp)."""

from __future__ import annotations

from reviewer.core.banded_dp import INITIAL_WIDTH, CostFn, align_path

MOVES = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2)]


def exact(src: list[int], hum: list[int], skip: float = 1.0, merge: float = 10.0) -> CostFn:
    """A cost that matches equal first values: 1-1 for free, other shapes at ``merge``;
    one-sided steps cost ``skip`` and anything else 10."""

    def cost(i: int, j: int, di: int, dj: int) -> float:
        if di == 0 or dj == 0:
            return skip
        if src[i] != hum[j]:
            return 10.0
        return 0.0 if (di, dj) == (1, 1) else merge

    return cost


def test_a_path_far_off_the_diagonal_is_found_by_widening_the_band() -> None:
    src, hum = list(range(100)), list(range(6 * INITIAL_WIDTH, 100))
    path = align_path(100, len(hum), MOVES, exact(src, hum))
    assert path[: 6 * INITIAL_WIDTH] == [(i, 0, 1, 0) for i in range(6 * INITIAL_WIDTH)]
    assert all(di == dj == 1 for _, _, di, dj in path[6 * INITIAL_WIDTH :])


def test_offsets_shift_both_the_costs_and_the_steps() -> None:
    src, hum = [9, 9, 1, 2], [8, 1, 2]
    path = align_path(2, 2, MOVES, exact(src, hum), offset=(2, 1))
    assert path == [(2, 1, 1, 1), (3, 2, 1, 1)]


def test_a_run_discount_keeps_a_cut_passage_together() -> None:
    # Dropping 7 and 8 costs 5 + 5; folding 7 into a 2-1 link and dropping 8 costs 4 + 5.
    src, hum = [1, 7, 8, 2], [1, 2]
    cost = exact(src, hum, skip=5.0, merge=4.0)
    shapes = [(di, dj) for _, _, di, dj in align_path(4, 2, MOVES, cost)]
    assert shapes == [(2, 1), (1, 0), (1, 1)]
    # With runs discounted by 3, the run (5 + 2) wins: one passage left out.
    shapes = [(di, dj) for _, _, di, dj in align_path(4, 2, MOVES, cost, run_discount=3.0)]
    assert shapes == [(1, 1), (1, 0), (1, 0), (1, 1)]


def test_empty_sides_give_one_sided_steps() -> None:
    assert align_path(2, 0, MOVES, exact([], [])) == [(0, 0, 1, 0), (1, 0, 1, 0)]
    assert align_path(0, 2, MOVES, exact([], []), offset=(3, 4)) == [(3, 4, 0, 1), (3, 5, 0, 1)]


def test_runs_are_not_discounted_unless_asked() -> None:
    # Folding 7 into a 2-1 link and dropping 8 costs 4.5 + 5, dropping both 5 + 5: folding wins
    # unless the second step of the run is made cheaper.
    cost = exact([1, 7, 8, 2], [1, 2], skip=5.0, merge=4.5)
    assert [(di, dj) for _, _, di, dj in align_path(4, 2, MOVES, cost)] == \
        [(2, 1), (1, 0), (1, 1)]


# -- against an exhaustive search ----------------------------------------------------------------
import functools  # noqa: E402
import random  # noqa: E402

import pytest  # noqa: E402


def _priced(path: list[tuple[int, int, int, int]], cost: CostFn, discount: float) -> float:
    """What a path costs: each step's cost, less ``discount`` for every one-sided step that
    continues a run of the same kind."""
    total, last = 0.0, None
    for i, j, di, dj in path:
        total += cost(i, j, di, dj)
        if (di, dj) in ((1, 0), (0, 1)) and last == (di, dj):
            total -= discount
        last = (di, dj)
    return total


def _cheapest(n: int, m: int, moves: list[tuple[int, int]], cost: CostFn, offset: tuple[int, int],
              discount: float) -> float:
    """The cheapest monotone path's cost, by trying every path (exhaustive, for small n and m)."""
    shapes = [s for s in moves if s[0] and s[1]] + [(1, 0), (0, 1)]
    si, sj = offset

    @functools.cache
    def best(i: int, j: int, last: tuple[int, int] | None) -> float:
        if (i, j) == (n, m):
            return 0.0
        found = float("inf")
        for di, dj in shapes:
            if i + di <= n and j + dj <= m:
                step = cost(i + si, j + sj, di, dj)
                if (di, dj) == last and not (di and dj):
                    step -= discount
                found = min(found, step + best(i + di, j + dj, (di, dj)))
        return found

    return best(0, 0, None)


@pytest.mark.parametrize("seed", range(60))
def test_the_path_is_a_cheapest_monotone_path(seed: int) -> None:
    rng = random.Random(seed)
    n, m = rng.randint(1, 9), rng.randint(1, 9)
    offset = (rng.randint(0, 3), rng.randint(0, 3))
    discount = rng.choice([0.0, 0.5, 2.0])
    table = {(i, j, di, dj): rng.choice([0.0, 1.0, 3.0, 7.0]) + rng.random()
             for i in range(n + 4) for j in range(m + 4) for di, dj in MOVES}

    def cost(i: int, j: int, di: int, dj: int) -> float:
        assert offset[0] <= i and i + di <= n + offset[0] and offset[1] <= j \
            and j + dj <= m + offset[1], "priced a link outside the sequences"
        return table[(i, j, di, dj)]

    # A band as wide as the sequences searches every path: the result is a cheapest one. A
    # narrow band (widened while the path runs along its edge) still gives a whole path.
    for width in (max(n, m), rng.choice([1, 2])):
        path = align_path(n, m, MOVES, cost, offset, discount, width=width)
        assert path[0][:2] == offset
        ends = path[1:] + [(n + offset[0], m + offset[1], 0, 0)]
        for (i, j, di, dj), nxt in zip(path, ends, strict=True):
            assert (di, dj) in MOVES and (i + di, j + dj) == nxt[:2]
        if width >= max(n, m):
            assert _priced(path, cost, discount) == pytest.approx(
                _cheapest(n, m, MOVES, cost, offset, discount))


def test_a_search_started_at_the_width_found_before_does_not_widen_again(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from reviewer.core import banded_dp
    from reviewer.core.banded_dp import align_path_width

    # 30 source and 38 human units: the first eight human units were added, so the right path
    # runs eight units off the diagonal's start, beyond the first band.
    def cost(i: int, j: int, di: int, dj: int) -> float:
        if di and dj:
            return 0.0 if (di, dj) == (1, 1) and j == i + 8 else 9.0
        return 3.0

    searches = []
    banded = banded_dp._banded
    monkeypatch.setattr(banded_dp, "_banded",
                        lambda *args: searches.append(max(args[4])) or banded(*args))
    moves = [(1, 1), (1, 0), (0, 1)]
    path, width = align_path_width(30, 38, moves, cost)
    assert path[:8] == [(0, j, 0, 1) for j in range(8)] and len(searches) > 1
    assert width == searches[-1]
    searches.clear()
    assert align_path_width(30, 38, moves, cost, width=width) == (path, width)
    assert searches == [width]


# -- the band: its edges, when it is widened, what a narrow one finds ----------------------------
import math  # noqa: E402

from reviewer.core import banded_dp  # noqa: E402
from reviewer.core.banded_dp import align_path_width  # noqa: E402


def _band(n: int, m: int, width: int) -> tuple[list[int], list[int]]:
    """The band as specified: human positions within ``width`` of the diagonal ``i * m / n``."""
    return ([max(0, math.floor(i * m / n - width)) for i in range(n + 1)],
            [min(m, math.ceil(i * m / n + width)) for i in range(n + 1)])


def _cheapest_in(n: int, m: int, moves: list[tuple[int, int]], cost: CostFn,
                 lo: list[int], hi: list[int], discount: float) -> float:
    """The cheapest monotone path's cost over the cells of the band only (exhaustive)."""
    shapes = [s for s in moves if s[0] and s[1]] + [(1, 0), (0, 1)]

    @functools.cache
    def best(i: int, j: int, last: tuple[int, int] | None) -> float:
        if (i, j) == (n, m):
            return 0.0
        found = float("inf")
        for di, dj in shapes:
            a, b = i + di, j + dj
            if a <= n and lo[a] <= b <= hi[a]:
                step = cost(i, j, di, dj) - (discount if (di, dj) == last and not (di and dj)
                                             else 0.0)
                found = min(found, step + best(a, b, (di, dj)))
        return found

    return best(0, 0, None)


def _searches(monkeypatch: pytest.MonkeyPatch) -> list[list[int]]:
    """The per-row half-widths of the band searches made from now on, in order."""
    widths: list[list[int]] = []
    banded = banded_dp._banded
    monkeypatch.setattr(banded_dp, "_banded",
                        lambda *args: widths.append(list(args[4])) or banded(*args))
    return widths


@pytest.mark.parametrize("seed", range(40))
def test_a_narrow_band_finds_the_cheapest_path_inside_it_and_tells_where_it_ran_along_an_edge(
        seed: int) -> None:
    rng = random.Random(1000 + seed)
    n, m = rng.randint(2, 9), rng.randint(2, 9)
    least = max(math.ceil(m / n), math.ceil(n / m)) + 2  # each row meets the one before
    widths = ([rng.randint(1, 3)] * (n + 1) if seed % 2
              else [least + rng.randint(0, 3) for _ in range(n + 1)])
    discount = rng.choice([0.0, 2.0])
    table = {(i, j, di, dj): rng.choice([0.0, 2.0, 6.0]) + rng.random()
             for i in range(n + 1) for j in range(m + 1) for di, dj in MOVES}

    def cost(i: int, j: int, di: int, dj: int) -> float:
        return table[(i, j, di, dj)]

    pairs = [(1, 1), (2, 1), (1, 2)]
    path, touched, prices = banded_dp._banded(n, m, pairs, cost, widths, (0, 0), discount)
    lo = [max(0, math.floor(i * m / n - widths[i])) for i in range(n + 1)]
    hi = [min(m, math.ceil(i * m / n + widths[i])) for i in range(n + 1)]
    assert (prices.lo, prices.hi) == (lo, hi)
    ends = [(i + di, j + dj) for i, j, di, dj in path]
    assert path[0][:2] == (0, 0) and ends[-1] == (n, m)
    assert all(lo[i] <= j <= hi[i] for i, j in ends)
    assert _priced(path, cost, discount) == pytest.approx(
        _cheapest_in(n, m, MOVES, cost, lo, hi, discount))
    # The rows, from the end, where a cell of the path (its start aside) lies on an edge of the
    # band that is not an edge of the whole table.
    assert touched == [i for i, j in reversed(ends)
                       if (j == lo[i] and lo[i] > 0) or (j == hi[i] and hi[i] < m)]


@pytest.mark.parametrize("seed", range(30))
def test_the_band_doubles_where_the_path_touched_an_edge_and_near_there(
        seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(2000 + seed)
    n, m, start = rng.randint(1, 24), rng.randint(1, 24), rng.randint(1, 4)
    table = {(i, j, di, dj): rng.choice([0.0, 3.0, 8.0]) + rng.random()
             for i in range(n + 1) for j in range(m + 1) for di, dj in MOVES}

    def cost(i: int, j: int, di: int, dj: int) -> float:
        return table[(i, j, di, dj)]

    spied = _searches(monkeypatch)
    path, width = align_path_width(n, m, MOVES, cost, width=start)
    searches = list(spied)  # the searches below are spied on too
    first = max(start, math.ceil(m / n) + 2, math.ceil(n / m) + 2)
    assert searches[0] == [first] * (n + 1)
    pairs = [(1, 1), (2, 1), (1, 2)]
    for before, after in zip(searches, searches[1:], strict=False):
        touched = banded_dp._banded(n, m, pairs, cost, before, (0, 0), 0.0)[1]
        assert touched  # a band is widened only when its path touched an edge
        expected = list(before)
        for row in touched:
            for i in range(n + 1):
                if abs(i - row) <= 4 * before[row]:
                    expected[i] = max(expected[i], 2 * before[row])
        assert after == expected
    found, touched, _ = banded_dp._banded(n, m, pairs, cost, searches[-1], (0, 0), 0.0)
    assert found == path and not touched and width == max(searches[-1])


def test_the_first_band_is_at_least_as_wide_as_the_steeper_side_needs(
        monkeypatch: pytest.MonkeyPatch) -> None:
    widths = _searches(monkeypatch)
    free = exact(list(range(40)), list(range(40)))
    firsts = []
    for n, m, start in ((4, 30, 1), (30, 4, 1), (6, 6, INITIAL_WIDTH), (5, 7, 12)):
        widths.clear()
        align_path_width(n, m, MOVES, free, width=start)
        assert len(set(widths[0])) == 1
        firsts.append(widths[0][0])
    # 30 / 4 human units per source unit (or the other way round): a band of 10 around the
    # diagonal; a square table starts with the width given, which a wider start overrides.
    assert firsts == [math.ceil(30 / 4) + 2, math.ceil(30 / 4) + 2, INITIAL_WIDTH, 12]


def test_a_path_eight_units_off_the_diagonal_is_found_in_a_band_widened_at_its_start(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # 120 source and 128 human units, the first eight human ones added: the path runs
    # 8 - i / 15 units off the diagonal, past the first band near the start only.
    def cost(i: int, j: int, di: int, dj: int) -> float:
        if di and dj:
            return 0.0 if (di, dj) == (1, 1) and j == i + 8 else 9.0
        return 3.0

    searches = _searches(monkeypatch)
    path, width = align_path_width(120, 128, MOVES, cost)
    assert path == [(0, j, 0, 1) for j in range(8)] + [(i, i + 8, 1, 1) for i in range(120)]
    assert searches[0] == [INITIAL_WIDTH] * 121 and width == 2 * INITIAL_WIDTH
    assert searches[-1][0] == 2 * INITIAL_WIDTH and searches[-1][-1] == INITIAL_WIDTH
    searches.clear()
    assert align_path(120, 128, MOVES, cost, width=40) == path
    assert searches == [[40] * 121]  # align_path starts with the width it is given


def test_a_widened_search_prices_each_link_once() -> None:
    # The wider band holds the narrower one: its search reads the prices asked for before.
    def cost(i: int, j: int, di: int, dj: int) -> float:
        if di and dj:
            return 0.0 if (di, dj) == (1, 1) and j == i + 8 else 9.0
        return 3.0

    asked: list[tuple[int, int, int, int]] = []

    def counted(i: int, j: int, di: int, dj: int) -> float:
        asked.append((i, j, di, dj))
        return cost(i, j, di, dj)

    path, width = align_path_width(30, 38, MOVES, counted, offset=(3, 2))
    assert width > INITIAL_WIDTH and len(asked) == len(set(asked))
    once = set(asked)
    asked.clear()
    # a band as wide all along finds the same path, and asks for those prices and more
    assert align_path_width(30, 38, MOVES, counted, offset=(3, 2), width=width) == (path, width)
    assert once <= set(asked)


def test_runs_are_not_discounted_unless_asked_when_the_width_is_returned_too() -> None:
    cost = exact([1, 7, 8, 2], [1, 2], skip=5.0, merge=4.5)
    path, width = align_path_width(4, 2, MOVES, cost)
    assert [(di, dj) for _, _, di, dj in path] == [(2, 1), (1, 0), (1, 1)]
    assert width == INITIAL_WIDTH


def test_empty_sides_keep_the_width_given() -> None:
    assert align_path_width(0, 3, MOVES, exact([], []), width=7) == (
        [(0, 0, 0, 1), (0, 1, 0, 1), (0, 2, 0, 1)], 7)
    assert align_path_width(2, 0, MOVES, exact([], [])) == (
        [(0, 0, 1, 0), (1, 0, 1, 0)], INITIAL_WIDTH)


def test_a_path_off_the_diagonal_near_the_end_widens_the_band_there_only(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # 120 source and 128 human units, eight human ones added at the end: the path runs up to
    # eight units off the diagonal near the end; the band's start keeps its first width.
    def cost(i: int, j: int, di: int, dj: int) -> float:
        if di and dj:
            return 0.0 if (di, dj) == (1, 1) and j == i else 9.0
        return 3.0

    searches = _searches(monkeypatch)
    path, width = align_path_width(120, 128, MOVES, cost)
    assert path == [(i, i, 1, 1) for i in range(120)] + [(120, j, 0, 1) for j in range(120, 128)]
    assert searches[-1][:30] == [INITIAL_WIDTH] * 30 and searches[-1][-1] == width > INITIAL_WIDTH
    touched = banded_dp._banded(120, 128, [(1, 1)], cost, searches[0], (0, 0), 0.0)[1]
    first = min(touched)
    assert searches[1] == [INITIAL_WIDTH if i < first - 4 * INITIAL_WIDTH else 2 * INITIAL_WIDTH
                           for i in range(121)]


def test_a_path_on_the_band_edge_one_unit_in_is_touching() -> None:
    # The first source unit dropped, then each unit linked to the human one before it: from row
    # 2 on, the path runs along the lower edge of a band one unit wide (at human unit 1 in row 2,
    # with human unit 0 outside the band).
    def cost(i: int, j: int, di: int, dj: int) -> float:
        if di and dj:
            return 0.0 if (di, dj) == (1, 1) and j == i - 1 else 9.0
        return 3.0

    path, touched, _ = banded_dp._banded(10, 10, [(1, 1)], cost, [1] * 11, (0, 0), 0.0)
    assert path == [(0, 0, 1, 0)] + [(i, i - 1, 1, 1) for i in range(1, 10)] + [(10, 9, 0, 1)]
    assert touched == list(range(10, 1, -1))
