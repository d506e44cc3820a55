"""sacrebleu's chrF, chrF++, BLEU and TER of aligned lines, per line and corpus-level, signed.

Every figure is sacrebleu's own, with its default settings (those of the ``sacrebleu`` command):

- chrF: character 6-grams, beta 2, whitespace removed (``nc:6|nw:0``), as :mod:`metrics` has it;
- chrF++: chrF plus word 1- and 2-grams (``nw:2``);
- BLEU: 13a tokenisation, case kept. A corpus figure is ``corpus_bleu`` (``eff:no``); a line's
  figure is ``sentence_bleu``: effective order with exponential smoothing (``eff:yes``), since
  sentence BLEU without it is 0 for most short lines;
- TER: tercom tokenisation, case folded (``case:lc``), as sacrebleu's ``TER()`` defaults.

The corpus figure is what ``corpus_score`` computes on the same lines: the match statistics of the
lines are summed and the score is taken once from the sums, so it is *not* an average of the line
scores (a long line weighs more). Each line's statistics are extracted once and serve both the line
score and the corpus score; this is the code path of sacrebleu's own ``sentence_score`` and
``corpus_score`` (tests compare the two on real lines). The statistics of the last
``STATS_CACHE_SIZE`` (hypothesis, reference) pairs of each metric are remembered, so statistics
recomputed after one approval only score the lines that changed: sacrebleu's TER is pure Python
and takes milliseconds per line, about three quarters of the time of all four metrics.

HTER is TER of a machine translation against the approved final text: the share of words a
reviewer had to insert, delete, substitute or shift to get from the machine output to the text
they approved (post-editing effort), per line and for the corpus.

sacrebleu is imported on the first score (it takes ~0.2 s), not when this module is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from reviewer.core.metrics import BETA, CHAR_ORDER

if TYPE_CHECKING:
    from sacrebleu.metrics.base import Metric

METRICS: tuple[str, ...] = ("chrf", "chrf_pp", "bleu", "ter")
"""The metric names, as fields of :class:`Scores` and keys of the JSON."""

HIGHER_IS_BETTER: dict[str, bool] = {"chrf": True, "chrf_pp": True, "bleu": True, "ter": False}
LABELS: dict[str, str] = {"chrf": "chrF", "chrf_pp": "chrF++", "bleu": "BLEU", "ter": "TER"}
CHRF_PP_WORD_ORDER = 2
STATS_CACHE_SIZE = 100_000


@dataclass(frozen=True)
class Scores:
    """chrF, chrF++, BLEU and TER of one line or one corpus, each 0-100 (TER may exceed 100)."""

    chrf: float
    chrf_pp: float
    bleu: float
    ter: float

    def get(self, metric: str) -> float:
        """The figure of ``metric`` (one of :data:`METRICS`)."""
        if metric not in METRICS:
            raise ValueError(f"unknown metric {metric!r} (expected one of {', '.join(METRICS)})")
        return float(getattr(self, metric))

    def as_dict(self) -> dict[str, float]:
        """The figures by metric name."""
        return asdict(self)


@dataclass(frozen=True)
class Signatures:
    """sacrebleu's signature of each metric, stating how the figures were computed."""

    chrf: str
    chrf_pp: str
    bleu: str
    sentence_bleu: str
    ter: str

    def as_dict(self) -> dict[str, str]:
        """The signatures by metric name (``sentence_bleu`` is the per-line BLEU)."""
        return asdict(self)


@dataclass(frozen=True)
class ScoreReport:
    """The scores of aligned lines: one :class:`Scores` per line and the corpus-level figures.

    ``corpus`` is ``None`` when there were no lines.
    """

    corpus: Scores | None
    lines: tuple[Scores, ...]

    def __len__(self) -> int:
        return len(self.lines)


@dataclass(frozen=True)
class TerReport:
    """TER (or HTER) per line and for the corpus (``None`` when there were no lines)."""

    corpus: float | None
    lines: tuple[float, ...]

    def __len__(self) -> int:
        return len(self.lines)


@dataclass(frozen=True)
class _Suite:
    chrf: Metric
    chrf_pp: Metric
    bleu: Metric
    sentence_bleu: Metric
    ter: Metric


@cache
def _suite() -> _Suite:
    # from the modules that define them: sacrebleu.metrics does not re-export them for mypy
    from sacrebleu.metrics.bleu import BLEU
    from sacrebleu.metrics.chrf import CHRF
    from sacrebleu.metrics.ter import TER

    suite = _Suite(
        chrf=CHRF(char_order=CHAR_ORDER, word_order=0, beta=BETA),
        chrf_pp=CHRF(char_order=CHAR_ORDER, word_order=CHRF_PP_WORD_ORDER, beta=BETA),
        bleu=BLEU(),
        sentence_bleu=BLEU(effective_order=True),
        ter=TER(),
    )
    for metric in _by_name(suite).values():
        metric.corpus_score(["x"], [["x"]])  # the signature needs the reference count set
    return suite


def _by_name(suite: _Suite) -> dict[str, Metric]:
    """The suite's metric objects by name (``dataclasses.asdict`` would deep-copy them)."""
    return {name: getattr(suite, name) for name in Signatures.__dataclass_fields__}


def signatures() -> Signatures:
    """sacrebleu's signatures of the five metric settings used here."""
    s = _by_name(_suite())
    return Signatures(**{name: str(m.get_signature()) for name, m in s.items()})


def _check(hypotheses: Sequence[str], references: Sequence[str]) -> None:
    if len(hypotheses) != len(references):
        raise ValueError(f"{len(hypotheses)} hypotheses but {len(references)} references: "
                         "scores need the lines aligned one to one")
    for i, (h, r) in enumerate(zip(hypotheses, references, strict=True)):
        if not isinstance(h, str) or not isinstance(r, str):
            raise TypeError(f"line {i + 1}: hypothesis and reference must be text, "
                            f"not {type(h).__name__} and {type(r).__name__}")


@lru_cache(maxsize=STATS_CACHE_SIZE)
def _line_stats(name: str, hypothesis: str, reference: str) -> tuple[Any, ...]:
    metric = getattr(_suite(), name)
    return tuple(metric._extract_corpus_statistics([hypothesis], [[reference]])[0])


def _stats(name: str, hypotheses: Sequence[str], references: Sequence[str]) -> list[list[Any]]:
    """Each line's match statistics for metric ``name``, remembered per (hypothesis, reference)."""
    return [list(_line_stats(name, h, r)) for h, r in zip(hypotheses, references, strict=True)]


def _score(metric: Metric, stats: list[Any]) -> float:
    return float(metric._aggregate_and_compute(stats).score)


def score_lines(hypotheses: Sequence[str], references: Sequence[str]) -> ScoreReport:
    """chrF, chrF++, BLEU and TER of each hypothesis against its reference, and of the corpus."""
    _check(hypotheses, references)
    if not hypotheses:
        return ScoreReport(None, ())
    suite = _suite()
    corpus: dict[str, float] = {}
    per_line: dict[str, list[float]] = {}
    for name in METRICS:
        metric = getattr(suite, name)
        stats = _stats(name, hypotheses, references)
        corpus[name] = _score(metric, stats)
        line_metric = suite.sentence_bleu if name == "bleu" else metric
        per_line[name] = [_score(line_metric, [s]) for s in stats]
    lines = tuple(Scores(*values) for values in zip(*(per_line[m] for m in METRICS), strict=True))
    return ScoreReport(Scores(**corpus), lines)


def ter_lines(hypotheses: Sequence[str], references: Sequence[str]) -> TerReport:
    """TER of each hypothesis against its reference, and corpus TER (sacrebleu's ``corpus_ter``)."""
    _check(hypotheses, references)
    if not hypotheses:
        return TerReport(None, ())
    metric = _suite().ter
    stats = _stats("ter", hypotheses, references)
    return TerReport(_score(metric, stats), tuple(_score(metric, [s]) for s in stats))


def hter(machine: Sequence[str], approved: Sequence[str]) -> TerReport:
    """HTER: TER of each machine translation against the approved final text of the same segment."""
    return ter_lines(machine, approved)
