"""The figures behind the MQM scorecard charts (no Qt, no matplotlib): a scorecard's errors by
category stacked by severity, and the scores of several scorecards against the pass threshold
(per evaluated text, article, reviewer, or period: day, week or month, in time order).

The statistics window's *Quality (MQM)* tab only draws what these return.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reviewer.core.lqa import Scorecard
from reviewer.core.mqm import TYPOLOGY, Severity

#: The groupings a score chart compares (:data:`reviewer.core.lqa.GROUPINGS`'s): the key of
#: :attr:`Scorecard.group` naming a bar, or ``period`` for the periods.
PERIODS = ("day", "week", "month")
SCORE_GROUPINGS = ("target", "article", "reviewer", *PERIODS)


@dataclass(frozen=True)
class CategoryBar:
    """One category's errors: ``counts`` per severity in :class:`Severity` order."""

    category: str
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        """All errors of the category."""
        return sum(self.counts)


def category_bars(card: Scorecard | None) -> tuple[CategoryBar, ...]:
    """The errors of ``card`` per category, most errors first (MQM's order among equals)."""
    if card is None:
        return ()
    order = list(TYPOLOGY)
    bars = [CategoryBar(c, tuple(per.get(s, 0) for s in Severity))
            for c, per in card.counts.items()]
    bars = [b for b in bars if b.total]
    return tuple(sorted(bars, key=lambda b: (-b.total, order.index(b.category)
                                             if b.category in order else len(order))))


@dataclass(frozen=True)
class ScoreBar:
    """One scorecard's score: ``key`` names its group (a target, an article id, a reviewer, a
    period as :func:`reviewer.core.lqa.period_of` writes it); ``score`` is ``None`` when no
    word was evaluated."""

    key: str
    score: float | None
    passed: bool | None
    errors: int
    words: int


@dataclass(frozen=True)
class ScoreChart:
    """Scores against ``threshold``; the value axis spans ``low`` to ``high``."""

    bars: tuple[ScoreBar, ...]
    threshold: float
    low: float
    high: float


def score_chart(cards: Sequence[Scorecard], lang: str, by: str = "target",
                max_score: float = 100.0, floor: float = -100.0) -> ScoreChart:
    """The scores of the scorecards of ``lang`` grouped ``by`` (one of
    :data:`SCORE_GROUPINGS`), in their order; periods in time order, ``unknown`` (a text with
    no date) last. The axis reaches below the lowest score and the
    threshold, rounded down to tens, but not below ``floor``: scores are not clipped at zero
    (a short text with a critical error goes far below), and a bar that reaches the floor is
    drawn to it with its score written."""
    if by not in SCORE_GROUPINGS:
        raise ValueError(f"unknown score grouping {by!r} (use {', '.join(SCORE_GROUPINGS)})")
    field = "period" if by in PERIODS else by
    mine = [c for c in cards if c.group.get("lang") == lang and field in c.group]
    if by in PERIODS:  # ISO dates, weeks and months sort as text; "unknown" goes last
        mine.sort(key=lambda c: (c.group[field] == "unknown", c.group[field]))
    bars = tuple(ScoreBar(c.group[field], c.score.score, c.score.passed, c.errors,
                          c.score.words) for c in mine)
    threshold = mine[0].score.threshold if mine else 90.0
    scored = [b.score for b in bars if b.score is not None]
    lowest = min([*scored, threshold])
    low = max(float(math.floor((lowest - 5) / 10) * 10), min(floor, threshold - 10))
    return ScoreChart(bars, threshold, low, max_score)
