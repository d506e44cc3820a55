"""The engine leaderboard of one target language: sacrebleu figures per engine, the closest one.

Each engine is scored on its own units (see :mod:`reviewer.core.score_units`) against the human
version, and on HTER against the approved final texts. Which engine came *closer* to the published
text is decided on the units every engine translated (so that one engine's gaps do not decide),
by corpus chrF; the best engine by each metric on those units is given too (lowest TER).
With fewer than two engines there is nothing to compare and no closest engine.

The leader is then tested against every other engine on those units with sacrebleu's paired
bootstrap resampling (:mod:`reviewer.core.significance`): each engine gets a 95% interval and a
p-value on every metric, and the leader is *marked* closer (:attr:`Closest.marked`) only when its
chrF differs from the runner-up's at the chosen significance level. A 30-segment article rarely
separates two good engines; then there is "no significant difference".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from reviewer.core.score_units import Pairing, Unit
from reviewer.core.scores import HIGHER_IS_BETTER, METRICS, Scores, hter, score_lines
from reviewer.core.significance import BootstrapOptions, PairedResult, paired_bootstrap

DECIDING_METRIC = "chrf"
TIE_TOLERANCE = 1e-9


@dataclass(frozen=True)
class UnitScore:
    """One unit with its sentence-level figures."""

    unit: Unit
    scores: Scores


@dataclass(frozen=True)
class HterPair:
    """An approved segment: the engine's translation of it and the approved final text."""

    article_id: int
    segment: int
    machine: str
    approved: str


@dataclass(frozen=True)
class HterLine:
    """HTER of one approved segment (``segment`` is 0-based within ``article_id``)."""

    article_id: int
    segment: int
    hter: float


@dataclass(frozen=True)
class EngineRow:
    """One engine in one language: its corpus figures, its units' figures, and HTER.

    ``scores`` is ``None`` when the engine has no scored unit; ``hter`` is ``None`` when none of
    the segments it translated is approved yet.
    """

    engine: str
    lang: str
    units: int
    segments: int
    no_mt: int
    scores: Scores | None
    unit_scores: tuple[UnitScore, ...]
    hter: float | None
    hter_lines: tuple[HterLine, ...]


@dataclass(frozen=True)
class Significance:
    """The paired bootstrap test of the leader (the baseline) against every other engine.

    ``runner_up`` is the engine with the next best ``metric`` score; whether the leader is marked
    depends on its p-value alone.
    """

    result: PairedResult
    metric: str
    runner_up: str

    @property
    def p_value(self) -> float:
        p = self.result.p_value(self.runner_up, self.metric)
        assert p is not None
        return p

    @property
    def significant(self) -> bool:
        """Whether the leader's lead over the runner-up is significant at the chosen level."""
        return self.result.significant(self.runner_up, self.metric)

    @property
    def options(self) -> BootstrapOptions:
        return self.result.options


@dataclass(frozen=True)
class Closest:
    """Which engine came closer to the human version, on the units all compared engines share.

    ``engine`` is the leader by chrF, ``None`` on a tie (``tied`` then names the engines);
    ``best`` gives the winner by each metric (``None`` on a tie); ``scores`` each engine's corpus
    figures on those units; ``significance`` the paired test of the leader against the others
    (``None`` on a tie or when no test was asked for).
    """

    engine: str | None
    metric: str
    units: int
    segments: int
    tied: tuple[str, ...]
    best: dict[str, str | None]
    scores: dict[str, Scores]
    significance: Significance | None = None

    @property
    def marked(self) -> str | None:
        """The engine to mark closer: the leader, only when its lead is significant."""
        s = self.significance
        return self.engine if s is not None and s.significant else None


@dataclass(frozen=True)
class LanguageBoard:
    """All engines of one target language, best corpus chrF first.

    ``units`` counts the units that have a human reference (what an engine with a translation of
    every segment would be scored on); ``segments``, ``no_human`` and ``human_only`` count source
    segments and human sentences as :class:`reviewer.core.score_units.Pairing` does.
    """

    lang: str
    units: int
    segments: int
    no_human: int
    human_only: int
    engines: tuple[EngineRow, ...]
    closest: Closest | None

    def row(self, engine: str) -> EngineRow | None:
        """The row of ``engine``, if it translated anything into this language."""
        return next((r for r in self.engines if r.engine == engine), None)


def _key(unit: Unit) -> tuple[int, tuple[int, ...]]:
    return unit.article_id, unit.segments


def _row(engine: str, lang: str, pairing: Pairing, pairs: Sequence[HterPair]) -> EngineRow:
    units = pairing.units
    report = score_lines([u.hypothesis for u in units], [u.reference for u in units])
    effort = hter([p.machine for p in pairs], [p.approved for p in pairs])
    return EngineRow(
        engine, lang, len(pairing.units), pairing.scored, pairing.no_mt, report.corpus,
        tuple(UnitScore(u, s) for u, s in zip(pairing.units, report.lines, strict=True)),
        effort.corpus,
        tuple(HterLine(p.article_id, p.segment, h) for p, h in zip(pairs, effort.lines,
                                                                  strict=True)),
    )


def _winners(scores: Mapping[str, Scores], metric: str) -> tuple[str, ...]:
    sign = 1.0 if HIGHER_IS_BETTER[metric] else -1.0
    top = max(sign * s.get(metric) for s in scores.values())
    return tuple(sorted(e for e, s in scores.items()
                        if sign * s.get(metric) >= top - TIE_TOLERANCE))


def _test(leader: str, scores: Mapping[str, Scores], shared: Mapping[str, Sequence[Unit]],
          options: BootstrapOptions) -> Significance:
    """The leader against the others (best ``DECIDING_METRIC`` first) on the shared units."""
    sign = 1.0 if HIGHER_IS_BETTER[DECIDING_METRIC] else -1.0
    others = sorted((e for e in scores if e != leader),
                    key=lambda e: (-sign * scores[e].get(DECIDING_METRIC), e))
    systems = [(e, [u.hypothesis for u in shared[e]]) for e in (leader, *others)]
    result = paired_bootstrap(systems, [u.reference for u in shared[leader]], options)
    return Significance(result, DECIDING_METRIC, others[0])


def _closest(rows: Sequence[EngineRow], pairings: Mapping[str, Pairing],
             options: BootstrapOptions | None) -> Closest | None:
    candidates = [r for r in rows if r.units]
    if len(candidates) < 2:
        return None
    common = set.intersection(*({_key(u) for u in pairings[r.engine].units} for r in candidates))
    if not common:
        return None
    scores: dict[str, Scores] = {}
    shared: dict[str, list[Unit]] = {}
    segments = 0
    for r in candidates:
        units = sorted((u for u in pairings[r.engine].units if _key(u) in common), key=_key)
        shared[r.engine] = units
        segments = sum(len(u.segments) for u in units)
        if len(units) == r.units and r.scores is not None:
            scores[r.engine] = r.scores
        else:
            corpus = score_lines([u.hypothesis for u in units], [u.reference for u in units])
            assert corpus.corpus is not None
            scores[r.engine] = corpus.corpus
    best: dict[str, str | None] = {}
    tied: tuple[str, ...] = ()
    for metric in METRICS:
        winners = _winners(scores, metric)
        best[metric] = winners[0] if len(winners) == 1 else None
        if metric == DECIDING_METRIC and len(winners) > 1:
            tied = winners
    leader = best[DECIDING_METRIC]
    test = (_test(leader, scores, shared, options)
            if leader is not None and options is not None else None)
    return Closest(leader, DECIDING_METRIC, len(common), segments, tied, best, scores, test)


def build_board(lang: str, alignment: Pairing, pairings: Mapping[str, Pairing],
                hter_pairs: Mapping[str, Sequence[HterPair]] | None = None,
                options: BootstrapOptions | None = BootstrapOptions()) -> LanguageBoard:  # noqa: B008
    """The leaderboard of ``lang`` from each engine's units and approved segments.

    ``alignment`` is the pairing of the same segments with a translation for every one of them
    (it gives the counts of the board); an engine missing from ``pairings`` is not listed.
    ``options`` sets the paired bootstrap test of the leader (``None``: no test, no mark).
    """
    hter_pairs = hter_pairs or {}
    rows = [_row(e, lang, p, hter_pairs.get(e, ())) for e, p in pairings.items()]
    rows.sort(key=lambda r: (r.scores is None, -(r.scores.chrf if r.scores else 0.0), r.engine))
    return LanguageBoard(lang, len(alignment.units), alignment.segments, alignment.no_human,
                         alignment.human_only, tuple(rows), _closest(rows, pairings, options))


def retest_board(board: LanguageBoard, options: BootstrapOptions | None) -> LanguageBoard:
    """``board`` with its leader tested again under ``options`` (the scores stay as they are)."""
    units = {r.engine: Pairing(tuple(s.unit for s in r.unit_scores), 0, 0, 0, 0)
             for r in board.engines}
    return replace(board, closest=_closest(board.engines, units, options))
