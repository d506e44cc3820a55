"""What realignment by machine translation pays for a link's shape and for the text aligner's
price, and what a merge must gain (reviewer.core.realign), with made-up chrF values."""

from __future__ import annotations

import math

import pytest

from reviewer.core import realign as realign_module
from reviewer.core.realign import _search
from tests.core.test_realign_parts import T, Table, _texts


def _path(scorer: Table, n: int, m: int) -> list[tuple[int, int, int, int]]:
    return _search(scorer, 0, n, 0, m, [min(k, m) for k in range(n + 1)], max(n, m))[0]


def test_two_sentences_cut_at_another_point_make_one_two_two_link() -> None:
    # The human version cut the two sentences elsewhere: each 1-1 link matches only in part,
    # and the joined link beats both of them.
    values = {(0, 2, 0, 2): 65.0, (0, 1, 0, 1): 55.0, (1, 2, 1, 2): 50.0}
    assert _path(Table(_texts(2, 2), values), 2, 2) == [(0, 0, 2, 2)]
    assert Table(_texts(2, 2), values).gain(0, 0, 2, 2) == pytest.approx(
        (65.0 - realign_module.THRESHOLD * T) * 2 - realign_module.RECUT_COST * T)


def test_the_re_cut_test_compares_plain_chrf_values_whatever_the_chance_level() -> None:
    # The 2-2 link's chrF (65) beats both 1-1 links (55, 50) by more than the re-cut gain; a high
    # chance level of its units lowers what the link is worth, not that comparison.
    scorer = Table(_texts(2, 2), {(0, 2, 0, 2): 65.0, (0, 1, 0, 1): 55.0, (1, 2, 1, 2): 50.0})
    scorer.chance_s = [5.0, 5.0]
    scorer.chance_h = [5.0, 5.0]
    assert scorer.gain(0, 0, 2, 2) == pytest.approx(
        (60.0 - realign_module.THRESHOLD * T) * 2 - realign_module.RECUT_COST * T)


def test_a_join_that_does_not_beat_each_one_to_one_link_pays_the_full_two_two_price() -> None:
    # The first 1-1 link is as good as the join: the second sentence is merely weak.
    values = {(0, 2, 0, 2): 65.0, (0, 1, 0, 1): 64.0, (1, 2, 1, 2): 40.0}
    assert _path(Table(_texts(2, 2), values), 2, 2) == [(0, 0, 1, 1), (1, 1, 1, 1)]
    assert Table(_texts(2, 2), values).gain(0, 0, 2, 2) == pytest.approx(
        (65.0 - realign_module.THRESHOLD * T) * 2 - realign_module.SHAPE_COST[(2, 2)] * T)


def test_a_merge_no_better_than_its_best_part_is_not_taken() -> None:
    # A short heading beside a sentence: adding it to the sentence's link lowers the chrF.
    scorer = Table(_texts(1, 2), {(0, 1, 0, 2): 59.0, (0, 1, 1, 2): 60.0})
    assert scorer.gain(0, 0, 1, 2) == -math.inf
    assert _path(scorer, 1, 2) == [(0, 0, 0, 1), (0, 1, 1, 1)]


def test_the_text_aligners_price_counts_against_a_link_only_up_to_a_cap() -> None:
    # A sentence an editor lengthened: its chrF is good, the text aligner's length model
    # dislikes it strongly; it stays linked instead of falling apart into 1-0 and 0-1.
    def evidence(i: int, j: int, di: int, dj: int) -> float:
        return 15.0 if (i, j) == (1, 1) else 0.0

    values = {(0, 1, 0, 1): 60.0, (1, 2, 1, 2): 35.0, (2, 3, 2, 3): 60.0}
    scorer = Table(_texts(3, 3, evidence), values)
    assert _path(scorer, 3, 3) == [(0, 0, 1, 1), (1, 1, 1, 1), (2, 2, 1, 1)]
    assert scorer.gain(1, 1, 1, 1) == pytest.approx(
        35.0 - realign_module.THRESHOLD * T - realign_module.EVIDENCE_CAP * T)


def test_a_price_below_the_cap_counts_in_full() -> None:
    def evidence(i: int, j: int, di: int, dj: int) -> float:
        return 2.0

    scorer = Table(_texts(1, 1, evidence), {(0, 1, 0, 1): 60.0})
    assert scorer.gain(0, 0, 1, 1) == pytest.approx(
        60.0 - realign_module.THRESHOLD * T - realign_module.EVIDENCE * 2.0 * T)
