"""More of realignment by machine translation pinned (reviewer.core.realign): which 1-1 links a
2-2 link must beat to pay the lower price of two sentences cut elsewhere, what a 1-3 link's parts
are, and the band after links fixed by hand; made-up chrF values or small invented texts."""

from __future__ import annotations

import math

import pytest

from reviewer.core import realign as realign_module
from reviewer.core.model import Link
from reviewer.core.realign import Texts, realign
from tests.core.test_realign_costs import _path
from tests.core.test_realign_parts import T, Table, _article, _texts, chrf_calls


def test_a_join_no_better_than_its_second_one_to_one_link_pays_the_full_two_two_price() -> None:
    # The second 1-1 link is as good as the join: the first sentence is merely weak, and the
    # two 1-1 links are kept.
    values = {(0, 2, 0, 2): 65.0, (0, 1, 0, 1): 40.0, (1, 2, 1, 2): 64.0}
    assert _path(Table(_texts(2, 2), values), 2, 2) == [(0, 0, 1, 1), (1, 1, 1, 1)]
    assert Table(_texts(2, 2), values).gain(0, 0, 2, 2) == pytest.approx(
        (65.0 - realign_module.THRESHOLD * T) * 2 - realign_module.SHAPE_COST[(2, 2)] * T)


def test_the_parts_of_a_one_three_link_lie_inside_it() -> None:
    # The link's last sentence and the sentence after it fit the segment better than the link's
    # three sentences: that pair is no part of the link, which stands.
    scorer = Table(_texts(1, 4), {(0, 1, 0, 3): 50.0, (0, 1, 2, 4): 60.0})
    assert scorer.gain(0, 0, 1, 3) > -math.inf


def test_right_links_after_links_fixed_by_hand_are_checked_in_a_narrow_band(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The stretch realigned starts after twenty links fixed by hand: its band lies around the
    # current links there as well, not twenty sentences off them.
    calls = chrf_calls(monkeypatch)
    mt = _article(60)
    links = [Link(k, k + 1, k, k + 1) for k in range(60)]
    fixed = [k < 20 for k in range(60)]
    assert realign(Texts([[t] for t in mt], mt), links, fixed) == links
    # (about as many per free segment as in test_right_links_are_checked_in_a_narrow_band)
    assert len(calls) < 1800, len(calls)
