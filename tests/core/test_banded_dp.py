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
    assert align_path(0, 1, MOVES, exact([], []), offset=(3, 4)) == [(3, 4, 0, 1)]
