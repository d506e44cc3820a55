"""How the flag model reads a link's evidence (reviewer.core.flags): the "close" and "shifted"
features decide whether a link beside a drop is flagged.

The model's coefficients are refitted by ``bench/fit_flags.py``; these tests fix them at the
fit of this round, so they pin how the evidence enters the model, not the fit.
"""

from __future__ import annotations

import pytest

from reviewer.core import flags
from reviewer.core.flag_evidence import CAP, Evidence

WEIGHTS = (0.023, -0.31, 1.05, -0.113, -0.369, 1.199, 0.336, 1.497, 1.53, 0.69)
INTERCEPT = -3.084
RIGHT_MEANS = (-3.52, 5.679, 0.024, 6.278, -0.022, 0.242, 0.534, 0.055, 0.007, 0.225)
THRESHOLD = -1.881


@pytest.fixture(autouse=True)
def model(monkeypatch: pytest.MonkeyPatch) -> None:
    # inputs added to the model after this fit weigh nothing here
    extra = (0.0,) * (len(flags.FEATURES) - len(WEIGHTS))
    monkeypatch.setattr(flags, "WEIGHTS", WEIGHTS + extra)
    monkeypatch.setattr(flags, "INTERCEPT", INTERCEPT)
    monkeypatch.setattr(flags, "RIGHT_MEANS", RIGHT_MEANS + extra)
    monkeypatch.setattr(flags, "THRESHOLD", THRESHOLD)


def beside_a_drop(margin: float, shift: float) -> Evidence:
    """A link next to a dropped sentence that otherwise looks like a typical right link."""
    return Evidence(fit=-3.52, margin=margin, shift=shift, gap=1, length=0.534, merge=0)


def flagged(ev: Evidence) -> tuple[bool, str]:
    return flags.score(ev) > flags.THRESHOLD, flags.reason(ev)


def test_beside_a_drop_a_link_with_an_equally_cheap_other_linking_is_flagged_as_close() -> None:
    # No neighbour fits better than the link (shift at a right link's typical value); what
    # makes it doubtful is that another linking costs the same (margin 0) next to a drop.
    assert flagged(beside_a_drop(0.0, 6.278)) == (True, "close")
    # with the other linking two units dearer it is not flagged
    assert not flagged(beside_a_drop(2.0, 6.278))[0]


def test_a_link_whose_neighbours_fit_worse_is_not_counted_as_shifted() -> None:
    # Only a neighbour that fits better (a negative shift) adds to the "shifted" evidence: a
    # link that beats its neighbours by one unit or by CAP counts the same beyond the linear
    # term, so the equally-cheap link beside a drop is flagged either way.
    for shift in (1.0, 3.0, CAP):
        assert flagged(beside_a_drop(0.0, shift)) == (True, "close"), shift


def test_a_neighbour_that_fits_better_makes_the_link_shifted() -> None:
    # a link that otherwise looks right, with a neighbour fitting better by CAP
    ev = Evidence(fit=-3.52, margin=5.679, shift=-CAP, gap=0, length=0.534, merge=0)
    assert flagged(ev) == (True, "shifted")
    # the same link with its neighbours fitting worse by as much is a right link
    assert not flagged(Evidence(fit=-3.52, margin=5.679, shift=CAP, gap=0, length=0.534,
                                merge=0))[0]


def test_the_close_evidence_grows_as_the_margin_shrinks_to_nothing() -> None:
    # Between a margin of 1 and 0 another linking comes within reach: the score keeps rising
    # there, not only the linear term's 0.31 a unit.
    rise = flags.score(beside_a_drop(0.0, 6.278)) - flags.score(beside_a_drop(1.0, 6.278))
    assert rise > 0.31 + 0.5
