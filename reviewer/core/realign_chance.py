"""Chance levels of chrF for realigning with machine translations (:mod:`reviewer.core.realign`).

A long text shares character n-grams with any sentence, a short one with few, so a chrF of 25 may
be chance for two long sentences and strong evidence for two short ones. Each segment's chance
level is the mean chrF of its machine translation against the human sentences ``CHANCE_NEAR`` to
``CHANCE_FAR`` away from its current link, either side (surely unrelated to it), and each human
sentence's is the mean chrF of the segments as far from it against it; both are given less the
median over the article, so that a typical link's worth is unchanged. A link of several units
takes, on each side, the level of its most chance-prone unit (``realign._Scorer.chance``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from reviewer.core.model import Link

#: Sentences (segments) this far from a segment's (sentence's) current link, either side, are
#: taken as unrelated to it: its mean chrF against them is its chance level. Long texts share
#: more character n-grams with anything than short ones, so a link is worth its chrF above the
#: chance level of its segments and sentences (relative to the article's typical chance level).
CHANCE_NEAR, CHANCE_FAR = 3, 8


class HasTexts(Protocol):
    """The machine translations per segment and the human sentences (``realign.Texts``)."""

    @property
    def mt(self) -> Sequence[Sequence[str]]: ...

    @property
    def human(self) -> Sequence[str]: ...


def chance_levels(chrf: Callable[[int, int, int, int], float], texts: HasTexts,
                  links: Sequence[Link], fixed: Sequence[bool]
                  ) -> tuple[list[float], list[float]]:
    """Each segment's and each human sentence's chance level above the article's median.

    ``chrf(s0, s1, h0, h1)`` scores segments s0..s1 against sentences h0..h1. Only segments with
    a machine translation whose link is not fixed by hand count; the others get zero.
    """
    mt = texts.mt
    n, m = len(mt), len(texts.human)
    at_h, at_s = [0] * n, [0] * m
    for k in links:
        for s in range(k.src_start, k.src_end):
            at_h[s] = k.hum_start
        for h in range(k.hum_start, k.hum_end):
            at_s[h] = k.src_start
    free = [False] * n
    for k, hand in zip(links, fixed, strict=True):
        for s in range(k.src_start, k.src_end):
            free[s] = not hand and bool(mt[s])
    far = range(CHANCE_NEAR, CHANCE_FAR + 1)

    def mean(values: list[float]) -> float | None:
        return sum(values) / len(values) if values else None

    by_s = [mean([chrf(i, i + 1, h, h + 1) for d in far for h in (at_h[i] - d, at_h[i] + d)
                  if 0 <= h < m]) if free[i] else None for i in range(n)]
    by_h = [mean([chrf(s, s + 1, j, j + 1) for d in far for s in (at_s[j] - d, at_s[j] + d)
                  if 0 <= s < n and free[s]]) for j in range(m)]
    out = []
    for values in (by_s, by_h):
        known = sorted(v for v in values if v is not None)
        middle = known[len(known) // 2] if known else 0.0
        out.append([0.0 if v is None else v - middle for v in values])
    return out[0], out[1]
