"""A link's chrF counts above the chance level of its units (reviewer.core.realign): a long text
shares character n-grams with any sentence, a short one with few, so a short sentence rendered
freely is still linked when its chrF, low as it is, is far above what it scores elsewhere."""

from __future__ import annotations

import pytest

from reviewer.core import realign as realign_module
from reviewer.core.model import Link
from reviewer.core.realign import _search
from reviewer.core.realign_chance import chance_levels
from tests.core.test_realign_parts import T, Table, _texts

SHORT = 4  # the short segment and sentence, rendered freely


class Chance(Table):
    """Long units: 60 against their own, 25 against any other; the short ones: 7 against each
    other, 1 against anything else."""

    def chrf(self, s0: int, s1: int, h0: int, h1: int, beta: float = 0.0) -> float:
        if (s1 - s0, h1 - h0) != (1, 1):
            return 0.0
        if SHORT in (s0, h0):
            return 7.0 if s0 == h0 else 1.0
        return 60.0 if s0 == h0 else 25.0


def _scorer(n: int) -> Chance:
    scorer = Chance(_texts(n, n), {})
    links = [Link(k, k + 1, k, k + 1) for k in range(n)]
    scorer.chance_s, scorer.chance_h = chance_levels(scorer.chrf, scorer.texts, links,
                                                     [False] * n)
    return scorer


def test_a_short_freely_rendered_sentence_stays_linked_when_far_above_its_chance() -> None:
    scorer = _scorer(9)
    path = _search(scorer, 0, 9, 0, 9, list(range(10)), 9)[0]
    assert (SHORT, SHORT, 1, 1) in path
    assert path == [(k, k, 1, 1) for k in range(9)]


def test_the_chance_level_is_the_mean_chrf_three_to_eight_units_away_less_the_median() -> None:
    scorer = _scorer(9)
    # The first unit's far units are five long ones (25) and the short one (1): 21, the median.
    assert scorer.chance_s[0] == scorer.chance_h[0] == pytest.approx(0.0)
    assert scorer.chance_s[SHORT] == scorer.chance_h[SHORT] == pytest.approx(1.0 - 21.0)
    assert scorer.chance_s[2] == pytest.approx(25.0 - 21.0)  # far: 5..8, all long
    assert scorer.gain(SHORT, SHORT, 1, 1) == pytest.approx(
        7.0 + 20.0 - realign_module.THRESHOLD * T)
    assert scorer.gain(2, 2, 1, 1) == pytest.approx(60.0 - 4.0 - realign_module.THRESHOLD * T)


class Merge(Chance):
    """As :class:`Chance`, and the long segment before the short one joined with it matches the
    long segment's sentence a little better than the long segment alone."""

    def chrf(self, s0: int, s1: int, h0: int, h1: int, beta: float = 0.0) -> float:
        if (s0, s1, h0, h1) == (SHORT - 1, SHORT + 1, SHORT - 1, SHORT):
            return 66.0
        return super().chrf(s0, s1, h0, h1, beta)


def test_a_merge_counts_above_the_chance_level_of_its_most_chance_prone_unit() -> None:
    # Averaging the long segment's level with the short one's would lower the merge's chance
    # level below the long segment's own, and the short segment would be swallowed by it.
    scorer = Merge(_texts(9, 9), {})
    links = [Link(k, k + 1, k, k + 1) for k in range(9)]
    scorer.chance_s, scorer.chance_h = chance_levels(scorer.chrf, scorer.texts, links,
                                                     [False] * 9)
    assert scorer.chance(SHORT - 1, SHORT - 1, 2, 1) == pytest.approx(4.0)
    path = _search(scorer, 0, 9, 0, 9, list(range(10)), 9)[0]
    assert path == [(k, k, 1, 1) for k in range(9)]
