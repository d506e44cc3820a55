"""The price of one alignment link: Gale-Church length fit, anchors, quotes and ``?``/``!`` marks.

Costs are -log probabilities, so lower is better and a path's cost is the sum of its links'.
The same scorer serves both levels: its units are sentences or paragraphs (see
:class:`reviewer.core.anchors.Side`).
"""

from __future__ import annotations

import math

from reviewer.core.anchors import Side

#: Human characters per source character when the texts give no usable estimate (en -> uk/ru).
DEFAULT_RATIO = 1.08
#: Variance of the human length per source character (Gale and Church measured 6.8).
VARIANCE = 6.8
#: Cost of each link shape, -log of its assumed probability.
SENTENCE_PRIORS = {
    (1, 1): 0.1,
    (2, 1): 3.0,
    (1, 2): 3.0,
    (2, 2): 4.6,
    (1, 0): 5.3,
    (0, 1): 5.3,
}
#: Paragraphs: besides the 1-1, 1-0, 0-1, 2-1 and 1-2 groups, 2-2, 3-1 and 1-3 groups take in
#: a human version that joined and split paragraphs differently, or joined across a cut.
PARAGRAPH_PRIORS = {
    (1, 1): 0.05,
    (2, 1): 4.0,
    (1, 2): 4.0,
    (2, 2): 5.0,
    (3, 1): 6.0,
    (1, 3): 6.0,
    (1, 0): 6.0,
    (0, 1): 6.0,
}
#: How much cheaper each further step of a run of 1-0 (or 0-1) links is than the first.
SENTENCE_RUN_DISCOUNT = 3.5
PARAGRAPH_RUN_DISCOUNT = 3.0
#: Per unit of anchor weight (1 for an anchor in one sentence, 1/k for one in k sentences).
ANCHOR_BONUS = 1.5
ANCHOR_PENALTY = 1.0
#: Most anchor weight one link can gain or lose.
ANCHOR_CAP = 3.0
QUOTE_BONUS = 0.3
QUOTE_PENALTY = 0.5
MARK_PENALTY = 1.5
#: Paragraph level only: cost per sentence of difference between the two sides' counts.
COUNT_PENALTY = 0.3
COUNT_CAP = 2


_INV_SQRT2 = 1 / math.sqrt(2)


def length_cost(ls: int, lh: int, ratio: float) -> float:
    """Return -log P(|delta|) of Gale and Church for ``ls`` source and ``lh`` human characters."""
    base = (ls + lh / ratio) / 2
    if base <= 0:
        return 0.0
    return _tail_cost(abs(lh - ratio * ls) / math.sqrt(VARIANCE * base))


def _tail_cost(delta: float) -> float:
    """-log of the two-tailed normal probability beyond ``delta``."""
    if delta < 30:
        return -math.log(math.erfc(delta * _INV_SQRT2))
    return delta * delta / 2 + math.log(delta) + 0.5 * math.log(math.pi / 2)


class Scorer:
    """Prices links between two :class:`Side` feature tables.

    ``weights`` gives each anchor's weight; ``paragraphs`` adds the sentence-count term. The
    scorer is called once per cell and move of the search, so its hot path is kept flat.
    """

    def __init__(
        self,
        src: Side,
        hum: Side,
        ratio: float,
        priors: dict[tuple[int, int], float],
        weights: dict[str, float],
        paragraphs: bool = False,
    ) -> None:
        self.src, self.hum, self.ratio, self.weights = src, hum, ratio, weights
        self.prior = [[priors.get((di, dj), math.inf) for dj in range(4)] for di in range(4)]
        self.count_penalty = COUNT_PENALTY if paragraphs else 0.0
        self.len_s, self.len_h = src.cum_len, hum.cum_len
        self.anchored_s, self.anchored_h = src.cum_anchored, hum.cum_anchored
        self.punct_s, self.punct_h = src.cum_punct, hum.cum_punct
        self.wsum_s = [sum(weights[a] for a in anchors) for anchors in src.anchors]
        self.wsum_h = [sum(weights[a] for a in anchors) for anchors in hum.anchors]
        self.scale = 1 / math.sqrt(VARIANCE)

    def __call__(self, i: int, j: int, di: int, dj: int) -> float:
        """Return the cost of the link from source ``[i, i+di)`` to human ``[j, j+dj)``."""
        if di == 0 or dj == 0:
            return self.prior[di][dj]
        ls = self.len_s[i + di] - self.len_s[i]
        lh = self.len_h[j + dj] - self.len_h[j]
        ratio = self.ratio
        cost = self.prior[di][dj]
        base = ls + lh / ratio
        if base > 0:
            delta = abs(lh - ratio * ls) * self.scale / math.sqrt(base / 2)
            if delta < 30:
                cost -= math.log(math.erfc(delta * _INV_SQRT2))
            else:
                cost += _tail_cost(delta)
        if (
            self.anchored_s[i + di] != self.anchored_s[i]
            or self.anchored_h[j + dj] != self.anchored_h[j]
        ):
            cost += self._anchors(i, j, di, dj)
        if self.punct_s[i + di] != self.punct_s[i] or self.punct_h[j + dj] != self.punct_h[j]:
            cost += self._punctuation(i, j, di, dj)
        if self.count_penalty:
            ns = self.src.cum_sents[i + di] - self.src.cum_sents[i]
            nh = self.hum.cum_sents[j + dj] - self.hum.cum_sents[j]
            cost += self.count_penalty * min(abs(ns - nh), COUNT_CAP)
        return cost

    def fit(self, i: int, j: int, di: int, dj: int) -> float:
        """Return the cost of a link without its shape prior; 0 for a 1-0 or 0-1 link."""
        if di == 0 or dj == 0:
            return 0.0
        return self(i, j, di, dj) - self.prior[di][dj]

    def _anchors(self, i: int, j: int, di: int, dj: int) -> float:
        """Bonus for anchors both sides share, penalty for those only one side has (by weight)."""
        s_anchors, s_weight = self._span(self.src.anchors, self.wsum_s, i, di)
        h_anchors, h_weight = self._span(self.hum.anchors, self.wsum_h, j, dj)
        common = s_anchors & h_anchors
        matched = sum([self.weights[a] for a in common]) if common else 0.0
        unmatched = s_weight + h_weight - 2 * matched
        return ANCHOR_PENALTY * min(unmatched, ANCHOR_CAP) - ANCHOR_BONUS * min(matched, ANCHOR_CAP)

    def _span(
        self, anchors: list[frozenset[str]], wsum: list[float], i: int, di: int
    ) -> tuple[frozenset[str], float]:
        """The anchors of units ``[i, i+di)`` and their total weight."""
        if di == 1:
            return anchors[i], wsum[i]
        if di == 2:
            first, second = anchors[i], anchors[i + 1]
            if not first or not second:
                return first or second, wsum[i] + wsum[i + 1]
        union = frozenset().union(*anchors[i : i + di])
        return union, sum([self.weights[a] for a in union])

    def _punctuation(self, i: int, j: int, di: int, dj: int) -> float:
        """The cost of quotes present on one side only, and of differing ``?``/``!`` counts."""
        src, hum = self.src, self.hum
        cost = 0.0
        s_quoted = src.cum_quoted[i + di] > src.cum_quoted[i]
        if s_quoted != (hum.cum_quoted[j + dj] > hum.cum_quoted[j]):
            cost += QUOTE_PENALTY
        elif s_quoted:
            cost -= QUOTE_BONUS
        questions = (src.cum_questions[i + di] - src.cum_questions[i]) - (
            hum.cum_questions[j + dj] - hum.cum_questions[j]
        )
        exclaims = (src.cum_exclaims[i + di] - src.cum_exclaims[i]) - (
            hum.cum_exclaims[j + dj] - hum.cum_exclaims[j]
        )
        if questions or exclaims:
            cost += MARK_PENALTY * min(abs(questions) + abs(exclaims), 2)
        return cost
