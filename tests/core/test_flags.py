"""Which links are flagged (reviewer.core.flags), with made-up link prices whose answer is known."""

from __future__ import annotations

from reviewer.core.flags import FLAG_FIT, _best_without, flag_links

#: Price of each link shape unless a test says otherwise.
SHAPES = {(1, 1): 1.0, (2, 1): 8.0, (1, 2): 8.0, (2, 2): 10.0, (1, 0): 5.0, (0, 1): 5.0}


class Prices:
    """A stand-in for the aligner's scorer: shape prices, some links priced apart, a fixed fit."""

    def __init__(self, special: dict[tuple[int, int, int, int], float] | None = None,
                 fit: float = 0.0) -> None:
        self.special = special or {}
        self._fit = fit

    def __call__(self, i: int, j: int, di: int, dj: int) -> float:
        return self.special.get((i, j, di, dj), SHAPES[(di, dj)])

    def fit(self, i: int, j: int, di: int, dj: int) -> float:
        return self._fit


def flagged(steps: list[tuple[int, int, int, int]], prices: Prices) -> list[bool]:
    return [k.flagged for k in flag_links(steps, prices)]  # type: ignore[arg-type]


def test_a_fit_at_the_threshold_is_not_flagged_and_above_it_is() -> None:
    assert flagged([(0, 0, 1, 1)], Prices(fit=FLAG_FIT)) == [False]
    assert flagged([(0, 0, 1, 1)], Prices(fit=FLAG_FIT + 0.01)) == [True]


def test_two_links_with_a_cheap_merge_instead_are_both_flagged() -> None:
    # 1-1 + 1-1 cost 2.0, the 2-2 link over the same sentences 2.5: both links are unsure (the
    # first through the block to its right, the second through the block to its left); the
    # third link's alternatives all cost far more.
    prices = Prices({(0, 0, 2, 2): 2.5})
    assert flagged([(0, 0, 1, 1), (1, 1, 1, 1), (2, 2, 1, 1)], prices) == [True, True, False]


def test_only_a_link_and_one_neighbour_are_weighed_together() -> None:
    # A cheap way round the first link exists only over three links (1-2 then 2-1): no block of
    # two links sees it, so nothing is flagged.
    prices = Prices({(0, 0, 1, 2): 1.0, (1, 2, 2, 1): 1.5})
    steps = [(0, 0, 1, 1), (1, 1, 1, 1), (2, 2, 1, 1), (3, 3, 1, 1)]
    assert flagged(steps, prices) == [False] * 4


def test_a_run_discount_is_given_only_inside_a_run() -> None:
    # The 1-1 link between two lone 1-0 links could as well come first: flagged. Two lone 1-0
    # links are not a run, though the first and the last step have the same shape.
    prices = Prices({(2, 0, 1, 1): 10.0})
    assert flagged([(0, 0, 1, 0), (1, 0, 1, 1), (2, 1, 1, 0)], prices) == [True, True, True]


def test_a_run_begun_before_the_block_keeps_its_discount() -> None:
    # The second 1-0 link continues the run of the first, so it costs 3.5 less; against that the
    # 1-1 link after it is sure.
    steps = [(0, 0, 1, 0), (1, 0, 1, 0), (2, 0, 1, 1)]
    assert flagged(steps, Prices()) == [True, True, False]


def test_the_cheapest_way_round_a_link_starts_at_the_block_not_at_the_origin() -> None:
    block = [(3, 5, 1, 1), (4, 6, 1, 1)]
    prices = Prices({(3, 5, 2, 2): 2.5})
    assert _best_without(block, 0, prices) == 2.5
    # a way round that starts with a 0-1 link from the block's first cell
    prices = Prices({(3, 5, 2, 2): 2.5, (3, 5, 0, 1): 0.5, (3, 6, 2, 1): 0.5})
    assert _best_without(block, 0, prices) == 1.0
    # banning the second link: the first one and then a 1-2 ... or the 2-2 link
    assert _best_without(block, 1, Prices({(3, 5, 2, 2): 2.5})) == 2.5
