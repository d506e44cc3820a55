"""Paired bootstrap resampling of engines on the same lines: confidence intervals and p-values.

This is sacrebleu's paired bootstrap test (``sacrebleu --paired-bs``, ``PairedTest(...,
test_type="bs")``, after Koehn 2004 and Moses' ``bootstrap-hypothesis-difference-significance.pl``)
run on the line statistics :mod:`reviewer.core.scores` already extracted:

- one draw of ``resamples`` x ``lines`` line indices with replacement, from numpy's
  ``default_rng(seed)`` (sacrebleu's own draw; the same indices serve every engine and metric, which
  is what makes the test *paired*);
- each resample's corpus score from the summed line statistics (float32, as sacrebleu sums them),
  with the metric's own ``_compute_score_from_stats``;
- each engine's mean and 95% interval with sacrebleu's ``estimate_ci`` (the 2.5th and 97.5th
  percentile of the resampled scores; ``ci`` is half their distance);
- each engine's p-value against the baseline with sacrebleu's ``_compute_p_value``: the share of
  resamples whose centred absolute difference exceeds the observed absolute difference (+1 both
  sides).

So the figures equal sacrebleu's ``PairedTest`` for the same seed (tests check it on WMT23
systems). Only the summing differs: sacrebleu gathers all resamples into one ``resamples x lines x
statistics`` array at once; here each resample is summed in turn (the same float32 sums), so a
library of many thousand lines does not need gigabytes.

Every metric of :data:`reviewer.core.scores.METRICS` can be tested (chrF, chrF++, corpus BLEU,
TER: sacrebleu's paired test takes any metric with sufficient statistics). sacrebleu's 95%
interval is fixed; the significance level applies to the p-value (``p < level``).

numpy and sacrebleu are imported on the first test, not when this module is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reviewer.core import scores

if TYPE_CHECKING:
    from numpy.typing import NDArray

DEFAULT_RESAMPLES = 1000
"""sacrebleu's default number of bootstrap resamples."""
DEFAULT_LEVEL = 0.05
"""The significance level sacrebleu's report assumes (p-values below it are marked ``*``)."""
SEED = 12345
"""sacrebleu's default seed (``SACREBLEU_SEED``), so a reader can rerun the test with sacrebleu."""
MIN_RESAMPLES, MAX_RESAMPLES = 100, 100_000
LEVELS: tuple[float, ...] = (0.1, 0.05, 0.01, 0.001)
"""The levels offered in the window."""


@dataclass(frozen=True)
class BootstrapOptions:
    """How the paired test is run: resamples, significance level, seed."""

    resamples: int = DEFAULT_RESAMPLES
    level: float = DEFAULT_LEVEL
    seed: int = SEED

    def __post_init__(self) -> None:
        if not MIN_RESAMPLES <= self.resamples <= MAX_RESAMPLES:
            raise ValueError(f"resamples must be between {MIN_RESAMPLES} and {MAX_RESAMPLES}, "
                             f"not {self.resamples}")
        if not 0.0 < self.level < 1.0:
            raise ValueError(f"the significance level must be between 0 and 1, not {self.level}")
        if self.seed <= 0:  # sacrebleu treats seed 0 as "no seed" (a new draw every run)
            raise ValueError(f"the seed must be a positive whole number, not {self.seed}")


@dataclass(frozen=True)
class Estimate:
    """One engine's figure on one metric: the score, the bootstrap mean and 95% interval.

    ``p_value`` is against the baseline engine (``None`` for the baseline itself).
    """

    score: float
    mean: float
    ci: float
    p_value: float | None

    @property
    def lower(self) -> float:
        return self.mean - self.ci

    @property
    def upper(self) -> float:
        return self.mean + self.ci

    def as_dict(self) -> dict[str, float | None]:
        return {"score": self.score, "mean": self.mean, "ci": self.ci,
                "lower": self.lower, "upper": self.upper, "p_value": self.p_value}


@dataclass(frozen=True)
class PairedResult:
    """Every engine against ``baseline`` on the same ``lines``: ``estimates[engine][metric]``."""

    baseline: str
    lines: int
    options: BootstrapOptions
    estimates: dict[str, dict[str, Estimate]]

    def p_value(self, engine: str, metric: str) -> float | None:
        return self.estimates[engine][metric].p_value

    def significant(self, engine: str, metric: str) -> bool:
        """Whether ``engine`` differs from the baseline on ``metric`` at the chosen level."""
        p = self.p_value(engine, metric)
        return p is not None and p < self.options.level


def _resampled(stats: object, rows: NDArray[Any], name: str) -> NDArray[Any]:
    """The score of each resample: the metric's score of its summed line statistics."""
    import numpy as np

    metric = getattr(scores._suite(), name)
    matrix = np.asarray(stats, dtype="float32")
    return np.array([metric._compute_score_from_stats(matrix[row].sum(0)).score
                     for row in rows])


def paired_bootstrap(systems: Sequence[tuple[str, Sequence[str]]], references: Sequence[str],
                     options: BootstrapOptions = BootstrapOptions(),  # noqa: B008 (frozen)
                     metrics: Sequence[str] = scores.METRICS) -> PairedResult:
    """Test every system against the first (the baseline) on aligned lines, metric by metric."""
    if len(systems) < 2:
        raise ValueError("a paired test needs a baseline and at least one other system")
    names = [name for name, _ in systems]
    if len(set(names)) != len(names):
        raise ValueError(f"system names repeat: {', '.join(names)}")
    for name, hyps in systems:
        if len(hyps) != len(references):
            raise ValueError(f"{name}: {len(hyps)} lines but {len(references)} references")
    if not references:
        raise ValueError("a paired test needs at least one line")
    import numpy as np
    from sacrebleu.significance import _compute_p_value, estimate_ci

    rows = np.random.default_rng(options.seed).choice(
        len(references), size=(options.resamples, len(references)), replace=True)
    suite = scores._suite()
    estimates: dict[str, dict[str, Estimate]] = {name: {} for name in names}
    for metric in metrics:
        stats = [scores._stats(metric, hyps, references) for _, hyps in systems]
        observed = [float(getattr(suite, metric)._aggregate_and_compute(s).score) for s in stats]
        base = _resampled(stats[0], rows, metric)
        mean, ci = estimate_ci(base)
        estimates[names[0]][metric] = Estimate(observed[0], float(mean), float(ci), None)
        for name, s, score in zip(names[1:], stats[1:], observed[1:], strict=True):
            other = _resampled(s, rows, metric)
            mean, ci = estimate_ci(other)
            diffs = np.abs(other - base)
            p = _compute_p_value(diffs - diffs.mean(), abs(observed[0] - score))
            estimates[name][metric] = Estimate(score, float(mean), float(ci), float(p))
    return PairedResult(names[0], len(references), options, estimates)
