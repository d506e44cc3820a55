"""What the statistics view's "Quality (MQM)" tab shows, computed on a worker (no Qt): the
scorecards of an article or the library as ``reviewer lqa`` scores them, one per language and
evaluated text, and those of the final translations per article, per reviewer and per period
(day, week, month) for the tab's score chart (:mod:`reviewer.core.mqm_chart_data`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reviewer.core.lqa import Scorecard, scorecards
from reviewer.core.mqm import ScoringModel
from reviewer.core.mqm_chart_data import PERIODS
from reviewer.storage.lqa_queries import article_annotations, article_units
from reviewer.storage.store import Store

TARGETS = ("final", "human", "mt")


@dataclass(frozen=True)
class LqaFigures:
    """The scorecards of a scope: ``cards`` one per language and evaluated text, ``articles``
    the final translations' per article (``titles`` names them), ``reviewers`` per reviewer,
    ``periods`` per day, week and month (by those names)."""

    cards: list[Scorecard]
    articles: list[Scorecard] = field(default_factory=list)
    reviewers: list[Scorecard] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)
    periods: dict[str, list[Scorecard]] = field(default_factory=dict)

    def grouped(self, by: str) -> list[Scorecard]:
        """The scorecards the score chart compares when grouped ``by`` (``target``,
        ``article``, ``reviewer``, ``day``, ``week`` or ``month``)."""
        if by == "target":
            return self.cards
        if by == "article":
            return self.articles
        if by == "reviewer":
            return self.reviewers
        return self.periods.get(by, [])


def compute_lqa(db_path: Path | str, article_id: int | None, langs: Sequence[str],
                model: ScoringModel | None = None) -> LqaFigures:
    """The scorecards of one article (``None``: the whole library) in ``langs``: one per
    language and evaluated text (final, human, each engine's), and those of the final
    translations per article, per reviewer and per period (when each was last written)."""
    with Store(db_path) as store:
        found = store.articles()
        ids = [article_id] if article_id is not None else [r.article.id for r in found]
        titles = {str(r.article.id): r.article.title for r in found}
        units = [u for aid in ids for u in article_units(store, aid, list(langs), TARGETS)]
        annotations = article_annotations(store, ids)
    finals = [u for u in units if u.target == "final"]
    return LqaFigures(
        scorecards(units, annotations, by="article" if article_id is not None else "target",
                   model=model),
        scorecards(finals, annotations, by="article", model=model),
        scorecards(finals, annotations, by="reviewer", model=model), titles,
        {p: scorecards(finals, annotations, by=p, model=model) for p in PERIODS})
