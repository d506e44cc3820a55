"""Sentence chrF from n-gram counts computed once per text, for scoring many pairs fast.

Realigning with machine translations compares each machine translation with several candidate
human sentences and each human sentence with several machine translations; sacrebleu would count
the character n-grams of both texts again for every pair. :class:`Ngrams` counts them once and
:func:`chrf_of` scores a pair from the counts. The score is sacrebleu's sentence chrF with the
defaults of :mod:`reviewer.core.metrics` (character orders 1-6, no word n-grams, beta 2,
whitespace removed, effective-order averaging); ``tests/core/test_realign.py`` checks it equal.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

CHAR_ORDER = 6
BETA = 2


@dataclass(frozen=True)
class Ngrams:
    """The character n-gram counts of one text (orders 1..6), with each order's total."""

    counts: tuple[Counter[str], ...]
    totals: tuple[int, ...]
    chars: int

    @classmethod
    def of(cls, text: str) -> Ngrams:
        """Count the n-grams of ``text`` with whitespace removed, as sacrebleu does."""
        line = "".join(text.split())
        counts = tuple(Counter(line[i : i + n] for i in range(len(line) - n + 1))
                       for n in range(1, CHAR_ORDER + 1))
        return cls(counts, tuple(max(len(line) - n + 1, 0) for n in range(1, CHAR_ORDER + 1)),
                   len(line))


def chrf_of(hyp: Ngrams, ref: Ngrams, beta: float = BETA) -> float:
    """Sentence chrF (0-100) of the hypothesis counted in ``hyp`` against the one in ``ref``.

    ``beta`` weighs recall against precision (sacrebleu's ``CHRF(beta=...)``); 2 by default.
    """
    return f_score(*chrf_parts(hyp, ref), beta)


def chrf_parts(hyp: Ngrams, ref: Ngrams) -> tuple[float, float]:
    """chrF's precision and recall (averaged over the n-gram orders; zero if no order counts).

    :func:`f_score` makes them a chrF for any ``beta``, so one comparison serves several betas.
    """
    avg_prec = avg_rec = 0.0
    effective = 0
    for h, r, n_hyp, n_ref in zip(hyp.counts, ref.counts, hyp.totals, ref.totals, strict=True):
        if n_hyp <= 0 or n_ref <= 0:
            continue
        match = 0
        for gram in h.keys() & r.keys():  # the set operation runs in C: most pairs share little
            a, b = h[gram], r[gram]
            match += a if a < b else b
        avg_prec += match / n_hyp
        avg_rec += match / n_ref
        effective += 1
    if effective == 0:
        return 0.0, 0.0
    return avg_prec / effective, avg_rec / effective


def f_score(prec: float, rec: float, beta: float = BETA) -> float:
    """chrF (0-100) from :func:`chrf_parts`' precision and recall."""
    if prec + rec == 0:
        return 0.0
    factor = beta * beta
    return 100 * (1 + factor) * prec * rec / (factor * prec + rec)
