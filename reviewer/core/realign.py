"""Realign a human version with the source segments by way of their machine translations.

Bleualign's idea: once a segment has a machine translation into the human version's language,
the human sentence that belongs beside it is the one the machine translation resembles most. A
monotone dynamic programme over source segments x human sentences takes links of the shapes
1-1, 2-1, 1-2, 2-2, 3-1, 1-3, 1-0 and 0-1; a link with both sides is worth its chrF (the machine
translations of its segments, joined, against its human sentences; :mod:`reviewer.core.chrf_fast`)
above its units' chance level (their chrF against units 3-8 away: long texts share n-grams with
anything) and a threshold, per sentence it holds, less a length term (human against machine
characters, the same language), the text aligner's price of the link when given (anchors,
cognates, lengths, paragraphs, the other edition; :mod:`reviewer.core.realign_evidence`; counted
against a link only up to a cap) and a price for its shape, lower for a 2-2 link that beats both
1-1 links it could be cut into (two sentences cut at another point); a merge must score at least
its best part.
A one-sided link costs a little.

Links the reviewer fixed by hand are kept as they are, and so is every link holding a segment
with no machine translation: the programme runs between them. It searches a band around the
current links, widened when the best path touches its edge. A link the programme keeps keeps
its flag (the text aligner's evidence on it stands, and the machine translations agree); every
link it makes is flagged, with its reason, for the reviewer to look at, as the sentence encoder's
check does (:mod:`reviewer.core.encoder_check`): the text aligner and the machine translations
disagree there.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reviewer.core.chrf_fast import Ngrams, chrf_parts, f_score
from reviewer.core.model import Link
from reviewer.core.realign_chance import chance_levels
from reviewer.core.realign_evidence import Evidence

#: Share of the typical chrF (the median over the current 1-1 links) a link must beat, per
#: sentence, to be worth more than leaving its sentences unlinked.
THRESHOLD = 0.35
#: Price of each link shape, as a share of the typical chrF; 1-0 and 0-1 are worth zero.
SHAPE_COST = {(1, 1): 0.0, (2, 1): 0.2, (1, 2): 0.2, (2, 2): 0.6, (3, 1): 0.4, (1, 3): 0.4}
#: Price of a 1-0 or 0-1 link, as a share of the typical chrF: a sentence left unlinked must be
#: worse than a weak match, or a freely rendered sentence would be cut loose from its source.
ONE_SIDED = 0.1
#: The typical chrF when no current 1-1 link has a machine translation.
TYPICAL = 50.0
#: chrF points per unit of |log(human characters / machine characters)|, per sentence.
LENGTH_WEIGHT = 10.0
#: chrF's beta for the links: below 1 it weighs precision (how much of the machine translation
#: the human text holds) above recall, since a human sentence often says more than the machine
#: translation (an editor's clause, a free rendering); still near 1, so that a link with an
#: extra sentence on either side scores lower than the link without it.
BETA = 0.7
#: Price of a 2-2 link whose chrF beats each of the two 1-1 links it could be cut into by
#: ``RECUT_GAIN`` (shares of the typical chrF), instead of its ``SHAPE_COST``: two sentences the
#: human version cut at another point each match their own segment only in part.
RECUT_COST = 0.4
RECUT_GAIN = 0.03
#: Weight of the text aligner's price of a link (:mod:`reviewer.core.realign_evidence`), in
#: shares of the typical chrF per unit of price (a unit is about one nat of likelihood).
EVIDENCE = 0.05
#: The most the text aligner's price may count against a link, in shares of the typical chrF.
EVIDENCE_CAP = 0.4
#: The band's first half-width, in human sentences either side of the current links.
BAND = 2

Move = tuple[int, int]
MOVES: tuple[Move, ...] = ((1, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3), (1, 0), (0, 1))


@dataclass(frozen=True)
class Texts:
    """What a realignment reads: per source segment its machine translations (one per engine,
    possibly none), and the human sentences."""

    mt: Sequence[Sequence[str]]
    human: Sequence[str]
    evidence: Evidence | None = None


def realign(texts: Texts, links: Sequence[Link], fixed: Sequence[bool]) -> list[Link]:
    """Return new links for ``texts``: ``links`` realigned by machine translation.

    ``fixed[k]`` marks ``links[k]`` as fixed by hand: it is kept, flag and all, as is every link
    holding a segment with no machine translation. The result covers the same sentences.
    """
    scorer = _Scorer(texts)
    scorer.typical = _typical(scorer, links, fixed)
    scorer.chance_s, scorer.chance_h = chance_levels(scorer.chrf, texts, links, fixed)
    out: list[Link] = []
    run: list[Link] = []
    for link, hand in zip(links, fixed, strict=True):
        held = hand or any(not texts.mt[s] for s in range(link.src_start, link.src_end))
        if held:
            out += _realign_run(scorer, run)
            out.append(link)
            run = []
        else:
            run.append(link)
    out += _realign_run(scorer, run)
    return out


class _Scorer:
    """chrF of joined machine translations against joined human sentences, memoised."""

    def __init__(self, texts: Texts) -> None:
        self.texts = texts
        self.systems = max((len(m) for m in texts.mt), default=0)
        self._mt: dict[tuple[int, int, int], Ngrams] = {}
        self._hum: dict[tuple[int, int], Ngrams] = {}
        self._chrf: dict[tuple[int, int, int, int], float] = {}
        self.typical = TYPICAL
        #: Per segment and per human sentence, its chance-level chrF above the typical one.
        self.chance_s: list[float] = [0.0] * len(texts.mt)
        self.chance_h: list[float] = [0.0] * len(texts.human)

    def chance(self, i: int, j: int, di: int, dj: int) -> float:
        """The chance level of a two-sided link, above the article's typical one: the mean of its
        two sides', each side's that of its most chance-prone unit (a joined text shares at least
        as many n-grams with anything as its longest part)."""
        return (max(self.chance_s[i:i + di]) + max(self.chance_h[j:j + dj])) / 2

    def mt(self, s0: int, s1: int, k: int) -> Ngrams:
        key = (s0, s1, k)
        if key not in self._mt:
            mts = self.texts.mt
            self._mt[key] = Ngrams.of(" ".join(mts[s][k % len(mts[s])] for s in range(s0, s1)))
        return self._mt[key]

    def hum(self, h0: int, h1: int) -> Ngrams:
        key = (h0, h1)
        if key not in self._hum:
            self._hum[key] = Ngrams.of(" ".join(self.texts.human[h0:h1]))
        return self._hum[key]

    def chrf(self, s0: int, s1: int, h0: int, h1: int) -> float:
        """Mean over the engines of the chrF (beta ``BETA``) of segments s0..s1 against
        sentences h0..h1."""
        key = (s0, s1, h0, h1)
        if key not in self._chrf:
            hum = self.hum(h0, h1)
            self._chrf[key] = sum(f_score(*chrf_parts(self.mt(s0, s1, k), hum), BETA)
                                  for k in range(self.systems)) / self.systems
        return self._chrf[key]

    def gain(self, i: int, j: int, di: int, dj: int) -> float:
        """What a link of segments i.. and sentences j.. is worth (zero when one-sided)."""
        if di == 0 or dj == 0:
            return -ONE_SIDED * self.typical
        score = self.chrf(i, i + di, j, j + dj) - self.chance(i, j, di, dj)
        if di > 1 or dj > 1:
            # Each sentence of a merge must add to the match (score at least as well as the best
            # of its parts alone), or the merge is not taken.
            parts = [self.chrf(a, b, j, j + dj) for a in range(i, i + di)
                     for b in range(a + 1, i + di + 1) if b - a < di] if di > 1 else []
            parts += [self.chrf(i, i + di, a, b) for a in range(j, j + dj)
                      for b in range(a + 1, j + dj + 1) if b - a < dj] if dj > 1 else []
            if score + self.chance(i, j, di, dj) < max(parts):
                return -math.inf
        mt_chars = self.mt(i, i + di, 0).chars
        hum_chars = self.hum(j, j + dj).chars
        length = abs(math.log((hum_chars + 10) / (mt_chars + 10)))
        typical = self.typical
        text_price = 0.0
        evidence = self.texts.evidence
        if evidence is not None and EVIDENCE and di < 3 and dj < 3:
            text_price = min(EVIDENCE * evidence(i, j, di, dj), EVIDENCE_CAP) * typical
        shape = SHAPE_COST[(di, dj)]
        if (di, dj) == (2, 2) and score + self.chance(i, j, di, dj) > RECUT_GAIN * typical + max(
                self.chrf(i, i + 1, j, j + 1), self.chrf(i + 1, i + 2, j + 1, j + 2)):
            shape = RECUT_COST
        return ((score - THRESHOLD * typical - LENGTH_WEIGHT * length) * (di + dj) / 2
                - shape * typical - text_price)


def _typical(scorer: _Scorer, links: Sequence[Link], fixed: Sequence[bool]) -> float:
    """The median chrF of the free 1-1 links whose segment has a machine translation."""
    scores = sorted(scorer.chrf(k.src_start, k.src_end, k.hum_start, k.hum_end)
                    for k, hand in zip(links, fixed, strict=True)
                    if k.kind == "1-1" and not hand and scorer.texts.mt[k.src_start])
    return scores[len(scores) // 2] if scores else TYPICAL


def _realign_run(scorer: _Scorer, run: Sequence[Link]) -> list[Link]:
    """Realign the rectangle that a run of consecutive free links covers."""
    if not run:
        return []
    s0, s1, h0, h1 = run[0].src_start, run[-1].src_end, run[0].hum_start, run[-1].hum_end
    if s0 == s1 or h0 == h1:
        return list(run)
    centre = [h0] * (s1 - s0 + 1)
    for link in run:
        for s in range(link.src_start, link.src_end + 1):
            centre[s - s0] = link.hum_start if s < link.src_end else link.hum_end
    width = BAND
    while True:
        path, touched = _search(scorer, s0, s1, h0, h1, centre, width)
        if not touched or width >= h1 - h0:
            break
        width *= 2
    kept = {(k.src_start, k.src_end, k.hum_start, k.hum_end): k for k in run}
    return [kept.get((i, i + di, j, j + dj)) or _made(i, j, di, dj) for i, j, di, dj in path]


def _search(scorer: _Scorer, s0: int, s1: int, h0: int, h1: int, centre: list[int],
            width: int) -> tuple[list[tuple[int, int, int, int]], bool]:
    """Best monotone path from (s0, h0) to (s1, h1) in the band; whether it touched the edge."""
    n, m = s1 - s0, h1 - h0
    lo = [max(0, centre[i] - h0 - width) for i in range(n + 1)]
    hi = [min(m, centre[i] - h0 + width) for i in range(n + 1)]
    lo[0], hi[n] = 0, m
    for i in range(1, n + 1):  # each row overlaps the one before: 1-0 and 0-1 links (never
        lo[i] = min(lo[i], hi[i - 1])  # refused, unlike a merge) then reach every cell
    best: dict[tuple[int, int], tuple[float, Move | None]] = {(0, 0): (0.0, None)}
    gain = scorer.gain
    for i in range(n + 1):
        for j in range(lo[i], hi[i] + 1):
            if (i, j) == (0, 0):
                continue
            top, top_move = -math.inf, None
            for di, dj in MOVES:
                prev = best.get((i - di, j - dj))
                if prev is None:
                    continue
                value = prev[0] + gain(s0 + i - di, h0 + j - dj, di, dj)
                if value > top:
                    top, top_move = value, (di, dj)
            if top_move is not None:
                best[(i, j)] = (top, top_move)
    path: list[tuple[int, int, int, int]] = []
    i, j, touched = n, m, False
    while (i, j) != (0, 0):
        move = best[(i, j)][1]
        assert move is not None
        di, dj = move
        i, j = i - di, j - dj
        touched |= 0 < i < n and (j == lo[i] > 0 or j == hi[i] < m)
        path.append((s0 + i, h0 + j, di, dj))
    path.reverse()
    return path, touched


def _made(i: int, j: int, di: int, dj: int) -> Link:
    """A link the realignment makes, flagged with its reason."""
    reason = "dropped" if dj == 0 else "added" if di == 0 else "realigned"
    return Link(i, i + di, j, j + dj, True, reason)
