"""The price of one sentence link: length fit, anchors, cognates, marks, paragraphs, other edition.

Costs are -log probabilities (or log-likelihood ratios), so lower is better and a path's cost is
the sum of its links'. The features of the sentences are in :class:`reviewer.core.anchors.Side`.
"""

from __future__ import annotations

import math
from math import erfc, log, sqrt

from reviewer.core.anchors import Side

#: Per source unit, the other edition's stems linked to it; per human unit, its own stems.
Bridge = tuple[list[frozenset[str]], list[frozenset[str]]]

#: Human characters per source character when the texts give no usable estimate (en -> uk/ru).
DEFAULT_RATIO = 1.08
#: Variance of the human length per source character (Gale and Church measured 6.8).
VARIANCE = 6.8
#: Cost of each link shape, -log of its assumed probability. A merge (2-1, 1-2) at 3.25 rather
#: than 3.0: on the tuning split a sentence dropped beside another was merged into it.
SENTENCE_PRIORS = {
    (1, 1): 0.1,
    (2, 1): 3.25,
    (1, 2): 3.25,
    (2, 2): 6.0,
    (1, 0): 4.6,
    (0, 1): 4.6,
}
#: How much cheaper each further step of a run of 1-0 (or 0-1) links is than the first. A
#: further step still costs 1.4, so that a stretch of poor links is not given up as a run
#: dropped and a run added (tests/core/test_alignment_evidence.py).
SENTENCE_RUN_DISCOUNT = 3.2
#: Per unit of anchor weight (1 for an anchor in one sentence, 1/k for one in k sentences).
ANCHOR_BONUS = 1.5
ANCHOR_PENALTY = 1.0
#: Most anchor weight one link can gain or lose.
ANCHOR_CAP = 3.0
#: A two-sided link with a number or Latin name that the other text never uses (an orphan,
#: :func:`reviewer.core.anchors.orphan_counts`) pays this, however many there are: an editor's
#: sentence put in place of a dropped one is then no longer linked to it (tuning split: the
#: same F1 from 3.0 to 5.0, less below).
ORPHAN_PENALTY = 3.5
QUOTE_BONUS = 0.3
#: A quotation on one side only (tuning split: 1.0 rather than 0.5).
QUOTE_PENALTY = 1.0
MARK_PENALTY = 1.5
#: Cost of a two-sided link by how many lexical keys (numbers, Latin words, cognate keys) its two
#: sides share (0, 1, 2, 3, 4 or more), one row per size of the side with fewer keys (1-2, 3-5,
#: 6-8, 9-11, 12 or more keys): two long sentences that share nothing are far more surely
#: unrelated than two short ones. Measured on the tuning split as the log-likelihood ratio of a
#: wrong link (to a neighbour of the right sentence, or to any sentence of the text) against a
#: right one, made non-increasing along each row.
LEXICAL_COSTS = (
    (0.2, -3.1, -3.1, -3.1, -3.1),
    (0.4, -1.7, -2.1, -2.1, -2.8),
    (0.9, -1.3, -1.8, -2.8, -3.9),
    (1.1, -0.6, -2.0, -3.3, -3.3),
    (2.2, 0.4, -1.2, -2.3, -3.2),
)
#: Keys per row of ``LEXICAL_COSTS``.
LEXICAL_BUCKET = 3
#: Key counts from this one up use the last row.
LEXICAL_TOP = LEXICAL_BUCKET * len(LEXICAL_COSTS)
#: The lexical term is weighed by this and counted only when each side has a key.
LEXICAL_WEIGHT = 1.0
#: The other edition's evidence (:mod:`reviewer.core.editions`), per unit of a two-sided link:
#: the share (tenths: 0, 0.1, 0.2, 0.3, 0.4 and more) of a human sentence's stems found among
#: the other edition's sentences linked to the link's source, and of the stems of those linked
#: to a source sentence found in the link's human sentences. Log-likelihood ratios of a wrong
#: link against a right one, measured on the tuning split; the two directions say much the
#: same, so each counts half.
BRIDGE_COSTS = (2.2, -0.1, -1.8, -2.9, -3.5)
BRIDGE_WEIGHT = 0.5
#: A two-sided link that starts a paragraph on both sides gains this; one that
#: starts a paragraph on one side only pays the penalty, and so does one with a paragraph
#: boundary inside either side.
BOUNDARY_BONUS = 1.0
BOUNDARY_PENALTY = 1.0
INNER_BOUNDARY_PENALTY = 1.0

#: The most links whose ratio- and bridge-free terms a shared table keeps (about 40 MB).
SHARED_LIMIT = 200_000
#: Those terms, added in this order: anchors (and orphans), punctuation, lexical, paragraph start,
#: inner break.
Parts = tuple[float, float, float, float, float]

_INV_SQRT2 = 1 / math.sqrt(2)


def _tail_cost(delta: float) -> float:
    """-log of the two-tailed normal probability beyond ``delta``."""
    if delta < 30:
        return -math.log(math.erfc(delta * _INV_SQRT2))
    return delta * delta / 2 + math.log(delta) + 0.5 * math.log(math.pi / 2)


class Scorer:
    """Prices links between two :class:`Side` feature tables.

    ``weights`` gives each anchor's weight; ``bridge`` brings in the other edition and
    ``starts`` the paragraphs. Links are at most two units on a side. ``shared`` keeps the terms
    of each link's price that neither the ratio nor the bridge moves (:meth:`_static`), for the
    other scorers of the same texts (up to ``SHARED_LIMIT`` links). The scorer is called once
    per cell and move of the search, so its hot path is kept flat.
    """

    def __init__(
        self,
        src: Side,
        hum: Side,
        ratio: float,
        priors: dict[tuple[int, int], float],
        weights: dict[str, float],
        bridge: Bridge | None = None,
        starts: tuple[list[int], list[int]] | None = None,
        shared: dict[int, Parts] | None = None,
    ) -> None:
        self.src, self.hum, self.ratio, self.weights = src, hum, ratio, weights
        self.prior = [[priors.get((di, dj), math.inf) for dj in range(4)] for di in range(4)]
        # the row of LEXICAL_COSTS for each key count of the side with fewer keys
        self.lexical = [[LEXICAL_WEIGHT * c for c in LEXICAL_COSTS[
            min(fewer // LEXICAL_BUCKET, len(LEXICAL_COSTS) - 1)]] for fewer in range(LEXICAL_TOP)]
        self.keys_s, self.keys_h = src.keys, hum.keys
        self.bridge_s: list[frozenset[str]] | None
        self.bridge_h: list[frozenset[str]] | None
        self.bridge_s, self.bridge_h = bridge or (None, None)
        self.bridge_costs = [BRIDGE_WEIGHT * c for c in BRIDGE_COSTS]
        # how many units before k start a paragraph (see alignment.paragraph_starts)
        self.starts_s: list[int] | None
        self.starts_h: list[int] | None
        self.starts_s, self.starts_h = starts or (None, None)
        self.len_s, self.len_h = src.cum_len, hum.cum_len
        self.anchored_s, self.anchored_h = src.cum_anchored, hum.cum_anchored
        self.punct_s, self.punct_h = src.cum_punct, hum.cum_punct
        self.orphans_s, self.orphans_h = src.cum_orphans, hum.cum_orphans
        self.wsum_s = [sum(weights[a] for a in anchors) for anchors in src.anchors]
        self.wsum_h = [sum(weights[a] for a in anchors) for anchors in hum.anchors]
        self.scale = 1 / math.sqrt(VARIANCE)
        self.shared, self.stride = shared, len(hum.cum_len)

    def __call__(self, i: int, j: int, di: int, dj: int) -> float:
        """Return the cost of the link from source ``[i, i+di)`` to human ``[j, j+dj)``."""
        if di == 0 or dj == 0:
            return self.prior[di][dj]
        len_s, len_h = self.len_s, self.len_h
        ls = len_s[i + di] - len_s[i]
        lh = len_h[j + dj] - len_h[j]
        ratio = self.ratio
        cost = self.prior[di][dj]
        base = ls + lh / ratio
        if base > 0:
            delta = abs(lh - ratio * ls) * self.scale / sqrt(base / 2)
            if delta < 30:
                cost -= log(erfc(delta * _INV_SQRT2))
            else:
                cost += _tail_cost(delta)
        shared = self.shared
        if shared is None:
            parts = self._static(i, j, di, dj)
        else:
            key = ((i * self.stride + j) * 3 + di) * 3 + dj
            found = shared.get(key)
            if found is None:
                parts = self._static(i, j, di, dj)
                if len(shared) < SHARED_LIMIT:
                    shared[key] = parts
            else:
                parts = found
        anchors, punctuation, lexical, start, inner = parts
        cost += anchors  # adding 0.0 changes nothing: the same sum as adding only what applies
        cost += punctuation
        cost += lexical
        if self.bridge_s is not None:
            cost += self._bridge(i, j, di, dj)
        cost += start
        cost += inner
        return cost

    def _static(self, i: int, j: int, di: int, dj: int) -> Parts:
        """The terms of a two-sided link's price that neither the ratio nor the bridge moves."""
        anchors = punctuation = lexical = start = inner = 0.0
        if (
            self.anchored_s[i + di] != self.anchored_s[i]
            or self.anchored_h[j + dj] != self.anchored_h[j]
        ):
            anchors = self._anchors(i, j, di, dj)
        if (self.orphans_s[i + di] != self.orphans_s[i]
                or self.orphans_h[j + dj] != self.orphans_h[j]):
            anchors += ORPHAN_PENALTY
        if self.punct_s[i + di] != self.punct_s[i] or self.punct_h[j + dj] != self.punct_h[j]:
            punctuation = self._punctuation(i, j, di, dj)
        keys_s, keys_h = self.keys_s, self.keys_h
        ks = keys_s[i] if di == 1 else keys_s[i] | keys_s[i + 1]
        kh = keys_h[j] if dj == 1 else keys_h[j] | keys_h[j + 1]
        if ks and kh:
            fewer = len(ks) if len(ks) < len(kh) else len(kh)
            shared = len(ks & kh)
            lexical = self.lexical[fewer if fewer < LEXICAL_TOP else LEXICAL_TOP - 1][
                shared if shared < 4 else 4]
        ss, sh = self.starts_s, self.starts_h
        if ss is not None and sh is not None:
            starts_s, starts_h = ss[i + 1] - ss[i], sh[j + 1] - sh[j]
            if starts_s != starts_h:
                start = BOUNDARY_PENALTY
            elif starts_s:
                start = -BOUNDARY_BONUS
            if ss[i + di] != ss[i + 1] or sh[j + dj] != sh[j + 1]:
                inner = INNER_BOUNDARY_PENALTY
        return anchors, punctuation, lexical, start, inner

    def _bridge(self, i: int, j: int, di: int, dj: int) -> float:
        """The other edition's word: does each unit of the link find its counterpart?"""
        bridge_s, bridge_h, costs = self.bridge_s, self.bridge_h, self.bridge_costs
        assert bridge_s is not None and bridge_h is not None
        if di == 1 and dj == 1:  # the common link, in short: the same terms in the same order
            bs, bh = bridge_s[i], bridge_h[j]
            if not bs or not bh:
                return 0.0
            both = 10 * len(bs & bh)
            tenths_h, tenths_s = both // len(bh), both // len(bs)
            return 0.0 + costs[tenths_h if tenths_h < 4 else 4] + costs[
                tenths_s if tenths_s < 4 else 4]
        bs = bridge_s[i] if di == 1 else bridge_s[i] | bridge_s[i + 1]
        bh = bridge_h[j] if dj == 1 else bridge_h[j] | bridge_h[j + 1]
        cost = 0.0
        for own, other in ((bridge_h[j : j + dj], bs), (bridge_s[i : i + di], bh)):
            if other:
                for keys in own:
                    if keys:
                        cost += costs[min(10 * len(keys & other) // len(keys), 4)]
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
