"""Language-quality scorecards: MQM error counts and scores per article, engine, reviewer or
period, computed from evaluated texts and their annotations (no storage, no Qt).

An evaluated text (:class:`Unit`) is one segment's text in one language and target (``final``,
``human``, ``mt:ENGINE``), with its source word count (the evaluation word count, EWC, counts
source words, as the ASTM practice MQM cites does), who produced it and when. A scorecard groups
units by the chosen key, always within one language and target, and scores the annotations on
them that still apply (:func:`reviewer.core.annotations.locate`); annotations whose words are no
longer in the text are counted apart as ``outdated`` and carry no penalty.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from reviewer.core.annotations import Annotation, locate
from reviewer.core.errors import UsageError
from reviewer.core.mqm import TYPOLOGY, Score, ScoringModel, Severity, score

GROUPINGS = ("article", "target", "reviewer", "day", "week", "month")


@dataclass(frozen=True)
class Unit:
    """One evaluated text: segment ``segment_id`` (0-based ``index`` in article ``article_id``)
    in ``lang`` and ``target``; ``text`` is the text now, ``words`` its source's word count,
    ``reviewer`` who last wrote it (final texts) and ``at`` when (ISO 8601)."""

    article_id: int
    segment_id: int
    index: int
    lang: str
    target: str
    text: str
    words: int
    reviewer: str = ""
    at: str = ""

    @property
    def key(self) -> tuple[int, str, str]:
        """What annotations are matched by: segment, language, target."""
        return self.segment_id, self.lang, self.target


@dataclass(frozen=True)
class Scorecard:
    """The errors and the score of one group of units.

    ``group`` names it (``{"lang": "uk", "target": "final", "article": "3"}``...); ``counts``
    has errors per category and severity (only those seen), ``outdated`` how many annotations of
    the group no longer match their text.
    """

    group: dict[str, str]
    segments: int
    counts: dict[str, dict[Severity, int]]
    outdated: int
    score: Score

    @property
    def errors(self) -> int:
        """How many errors are counted (neutral ones included)."""
        return sum(n for per in self.counts.values() for n in per.values())

    def by_severity(self) -> dict[Severity, int]:
        """Errors per severity, every severity listed."""
        return {s: sum(per.get(s, 0) for per in self.counts.values()) for s in Severity}

    def by_dimension(self) -> dict[str, int]:
        """Errors per MQM dimension (only those seen)."""
        out: dict[str, int] = {}
        for category, per in self.counts.items():
            dim = TYPOLOGY[category].dimension
            out[dim] = out.get(dim, 0) + sum(per.values())
        return out


def period_of(at: str, grouping: str) -> str:
    """The day (``2024-05-03``), ISO week (``2024-W18``) or month (``2024-05``) of ``at``."""
    if not at:
        return "unknown"
    if grouping == "day":
        return at[:10]
    if grouping == "month":
        return at[:7]
    year, week, _ = date.fromisoformat(at[:10]).isocalendar()
    return f"{year}-W{week:02d}"


def _key_function(grouping: str) -> Callable[[Unit], tuple[str, str]]:
    if grouping == "article":
        return lambda u: ("article", str(u.article_id))
    if grouping == "target":
        return lambda u: ("target", u.target)
    if grouping == "reviewer":
        return lambda u: ("reviewer", u.reviewer or "unknown")
    if grouping in ("day", "week", "month"):
        return lambda u: ("period", period_of(u.at, grouping))
    raise UsageError(f"unknown grouping {grouping!r} (use {', '.join(GROUPINGS)})")


def scorecards(units: Iterable[Unit], annotations: Iterable[Annotation], *,
               by: str = "article", model: ScoringModel | None = None) -> list[Scorecard]:
    """One scorecard per group of ``units`` (by ``by``, within each language and target), in
    the order the groups first appear; annotations of texts not among ``units`` are ignored."""
    key_of = _key_function(by)
    marks: dict[tuple[int, str, str], list[Annotation]] = {}
    for a in annotations:
        marks.setdefault((a.segment_id, a.lang, a.target), []).append(a)
    groups: dict[tuple[str, str, str, str], list[Unit]] = {}
    for u in units:
        name, value = key_of(u)
        groups.setdefault((u.lang, u.target, name, value), []).append(u)
    cards = []
    for (lang, target, name, value), members in groups.items():
        group = {"lang": lang, "target": target, name: value}
        cards.append(_card(group, members, marks, model))
    return cards


def _card(group: dict[str, str], units: Sequence[Unit],
          marks: dict[tuple[int, str, str], list[Annotation]],
          model: ScoringModel | None) -> Scorecard:
    counts: dict[str, dict[Severity, int]] = {}
    found: list[tuple[str, Severity]] = []
    outdated = 0
    for u in units:
        for a in marks.get(u.key, []):
            if locate(a, u.text) is None:
                outdated += 1
                continue
            per = counts.setdefault(a.category, {})
            per[a.severity] = per.get(a.severity, 0) + 1
            found.append((a.category, a.severity))
    ordered = {c: counts[c] for c in TYPOLOGY if c in counts}
    return Scorecard(group, len(units), ordered, outdated,
                     score(found, sum(u.words for u in units), model))
