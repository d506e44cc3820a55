"""The evidence on each link that the flag model weighs (reviewer.core.flag_evidence): which
neighbours a link is compared with, which links count as near a gap, what the margin sees, the
length residual and a pair cut elsewhere, with made-up link prices whose evidence is known."""

from __future__ import annotations

import math

import pytest

from tests.core.test_flags import DIAGONAL, Prices, evidence


@pytest.mark.parametrize("better", [(1, 0, 1, 1), (1, 2, 1, 1), (0, 1, 1, 1), (2, 1, 1, 1)])
def test_a_link_is_compared_with_each_of_its_four_neighbours_up_to_the_texts_edges(
        better: tuple[int, int, int, int]) -> None:
    # A 3x3 diagonal: the middle link's four neighbours (one sentence up or down on either
    # side) all touch an edge of the texts. Whichever of them fits better, the link is shifted.
    steps = DIAGONAL[:3]
    found = evidence(steps, Prices(3, 3, {better: 0.0}))  # fit -1 against the link's 0
    assert found[1] is not None and found[1].shift == -1.0


def test_a_link_is_not_compared_with_links_two_sentences_away() -> None:
    prices = Prices(4, 4, {(2, 0, 1, 1): 0.0, (0, 2, 1, 1): 0.0})
    found = evidence([(2, 2, 1, 1), (3, 3, 1, 1)], prices)
    assert found[0] is not None and found[0].shift == 0.0


@pytest.mark.parametrize(("steps", "near"), [
    # an added sentence at the end: the two links before it are near it
    ([(0, 0, 1, 1), (1, 1, 1, 1), (2, 2, 1, 1), (3, 3, 1, 1), (4, 4, 0, 1)], [0, 0, 1, 1]),
    # a dropped sentence fourth: the second link is two links before it
    ([(0, 0, 1, 1), (1, 1, 1, 1), (2, 2, 1, 1), (3, 3, 1, 0), (4, 3, 1, 1)], [0, 1, 1, 1]),
    # an added sentence third
    ([(0, 0, 1, 1), (1, 1, 1, 1), (2, 2, 0, 1), (2, 3, 1, 1)], [1, 1, 1]),
])
def test_links_up_to_two_links_before_a_one_sided_link_are_near_it(
        steps: list[tuple[int, int, int, int]], near: list[int]) -> None:
    n_src = max(i + di for i, _, di, _ in steps)
    n_hum = max(j + dj for _, j, _, dj in steps)
    found = evidence(steps, Prices(n_src, n_hum))
    assert [e.gap for e in found if e] == near


def test_the_margin_weighs_a_link_with_one_neighbour_at_a_time() -> None:
    # Without link 0, sentences 0-2 could be linked 1-2 then 2-1 for 2.0 against the three 1-1
    # links' 3.0; a block of a link and one neighbour (sentences 0-1) has no such way round:
    # its cheapest is the 1-2 link and a 1-0 link (6.0 against 2.0).
    prices = Prices(4, 4, {(0, 0, 1, 2): 1.0, (1, 2, 2, 1): 1.0})
    found = evidence(DIAGONAL, prices)
    assert found[0] is not None and found[0].margin == 4.0


def test_a_run_of_drops_far_before_a_link_leaves_its_margin_alone() -> None:
    # The run discount of the two 1-0 links at the start is no part of the later links' blocks:
    # the last two links have a margin of 0.5 (a 2-2 link over them costs 2.5) either way.
    tail = [(2, 0, 1, 1), (3, 1, 1, 1), (4, 2, 1, 1), (5, 3, 1, 1)]
    with_run = evidence([(0, 0, 1, 0), (1, 0, 1, 0), *tail], Prices(6, 4, {(4, 2, 2, 2): 2.5}))
    alone = evidence(DIAGONAL, Prices(4, 4, {(2, 2, 2, 2): 2.5}))
    assert [e.margin for e in with_run[-2:] if e] == [e.margin for e in alone[-2:] if e]
    assert [e.margin for e in alone[-2:] if e] == [0.5, 0.5]


def test_the_length_residual_measures_the_human_side_in_source_characters() -> None:
    # Gale and Church's delta with the article's ratio 1.5: 150 human characters for 100 source
    # ones are right on; 180 are 30 too many, over a mean length of (100 + 180 / 1.5) / 2.
    prices = Prices(2, 2, lengths=([100, 100], [150, 180]))
    prices.ratio = 1.5
    found = evidence(DIAGONAL[:2], prices)
    assert [e.length for e in found if e] == [0.0, pytest.approx(30 / math.sqrt(6.8 * 110))]


def test_a_link_of_empty_sentences_has_no_length_residual() -> None:
    found = evidence(DIAGONAL[:2], Prices(2, 2, lengths=([0, 1], [0, 0])))
    assert found[0] is not None and found[0].length == 0.0
    # one character against none is half a standard deviation short
    assert found[1] is not None and found[1].length == pytest.approx(1 / math.sqrt(6.8 / 2))


def test_a_link_beside_an_added_sentence_is_no_pair_cut_elsewhere() -> None:
    # The 1-1 link is short; the added sentence after it is "long", but a 0-1 link is no
    # neighbour to re-cut with.
    found = evidence([(0, 0, 1, 1), (1, 1, 0, 1)], Prices(1, 2, lengths=([100], [40, 100])))
    assert found[0] is not None and found[0].recut == 0.0


def test_two_links_both_a_little_long_are_no_pair_cut_elsewhere() -> None:
    found = evidence(DIAGONAL[:2], Prices(2, 2, lengths=([100, 100], [110, 110])))
    assert [e.recut for e in found if e] == [0.0, 0.0]
