"""Fuzzy matching of sentences as CAT tools do it: the best matches of a query among many texts.

Similarity is ``1 - lev(a, b) / max(|a|, |b|)``: the character Levenshtein distance of the two
texts after :func:`match_text` (Unicode NFC, typographic quotes, apostrophes and dashes made
plain, whitespace runs one space), over the longer length; 1.0 only for equal texts.

:class:`FuzzyIndex` answers :meth:`~FuzzyIndex.search` exactly as a brute-force scan would
(same units, same scores, ties to the newer unit) but fast: a frozen
:class:`~reviewer.core.qgrams.GramIndex` bounds every unit's similarity from the 3-grams it
shares with the query, and only units whose bound can still make the top ``limit`` are scored,
best bound first, by rapidfuzz's Levenshtein. Units added later go to a small unsorted tail that
is scanned in full; when it grows past a twentieth of the index (at least ``TAIL_MIN``) the whole
index is rebuilt, so an add costs little on average. Removed units are skipped until then.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from reviewer.core.matching import match_text, similarity
from reviewer.core.qgrams import GramIndex

__all__ = ["FuzzyIndex", "Hit", "match_text", "similarity"]

TAIL_MIN = 500
TAIL_SHARE = 20
_FIRST_CHUNK = 32
@dataclass(frozen=True, order=True)
class Hit:
    """A unit found for a query: its id (as :meth:`FuzzyIndex.add` gave it) and similarity."""

    score: float
    id: int


class FuzzyIndex:
    """Texts under ids ``0, 1, 2, ...`` (in the order added), searchable by similarity.

    Reads (:meth:`search`) may run on several threads at once; adding or removing must not
    overlap with them.
    """

    def __init__(self, texts: Iterable[str] = ()):
        self._texts: list[str] = []
        self._alive: list[bool] = []
        self._main: GramIndex | None = None
        self._tail: list[int] = []
        self._dead_main = False
        for text in texts:
            self._texts.append(match_text(text))
            self._alive.append(True)
        self.compact()

    def __len__(self) -> int:
        """How many texts are searchable (removed ones not counted)."""
        return sum(self._alive)

    def text(self, id: int) -> str:
        """The text of ``id`` as it is compared (after :func:`match_text`)."""
        return self._texts[id]

    def add(self, texts: Iterable[str]) -> range:
        """Add texts (normalised here); return their ids. Rebuilds when the tail grows large."""
        start = len(self._texts)
        for text in texts:
            self._texts.append(match_text(text))
            self._alive.append(True)
            self._tail.append(len(self._texts) - 1)
        main = len(self._main) if self._main is not None else 0
        if len(self._tail) > max(TAIL_MIN, main // TAIL_SHARE):
            self.compact()
        return range(start, len(self._texts))

    def remove(self, id: int) -> None:
        """Leave ``id`` out of every later search."""
        if self._alive[id]:
            self._alive[id] = False
            self._dead_main = self._dead_main or id not in self._tail

    def compact(self) -> None:
        """Rebuild the frozen index over every searchable text (the tail emptied)."""
        ids = [i for i, alive in enumerate(self._alive) if alive]
        self._main = GramIndex([self._texts[i] for i in ids], np.array(ids, dtype=np.int64))
        self._tail, self._dead_main = [], False

    def search(self, query: str, limit: int = 5, min_score: float = 0.75) -> list[Hit]:
        """The ``limit`` texts most similar to ``query`` with a similarity of ``min_score`` or
        more, best first; equal scores put the newer text (the larger id) first."""
        q = match_text(query)
        best: list[Hit] = []
        if limit <= 0:
            return best
        if self._tail:
            tail = [i for i in self._tail if self._alive[i]]
            self._verify(q, tail, min_score, limit, best)
        main = self._main
        if main is None or not len(main):
            return best
        lo, hi = main.window(len(q), min_score)
        if hi <= lo:
            return best
        bounds = main.bounds(q, lo, hi)
        keep = np.flatnonzero(bounds >= min_score)
        order = keep[np.argsort(-bounds[keep], kind="stable")]
        ranked = bounds[order]
        ids = main.ids[lo + order]
        start, size = 0, _FIRST_CHUNK
        while start < len(order):
            cut = best[-1].score if len(best) >= limit else min_score
            if ranked[start] < cut:
                break  # no unit left can beat (or tie) what is already found
            end = min(len(order), start + size)
            chunk = [int(i) for i in ids[start:end] if not self._dead_main or self._alive[i]]
            self._verify(q, chunk, cut, limit, best)
            start, size = end, size * 4
        return best

    def _verify(self, q: str, ids: list[int], cut: float, limit: int, best: list[Hit]) -> None:
        """Score ``ids`` exactly and merge those scoring ``cut`` or more into ``best``."""
        if not ids:
            return
        choices = [self._texts[i] for i in ids]
        longer = np.maximum(np.fromiter(map(len, choices), np.int64, len(choices)), len(q))
        # Integer distances, capped where no unit of the chunk could reach ``cut`` any more
        # (rapidfuzz's own normalised cutoff is not exact at the boundary: 0.6 for 3 of 5).
        most = int(np.floor((1.0 - cut) * int(longer.max()) + 1e-9))
        dist = process.cdist([q], choices, scorer=Levenshtein.distance, score_cutoff=most,
                             dtype=np.int64, workers=1)[0]
        scores = 1.0 - dist / np.maximum(longer, 1)
        best.extend(Hit(float(scores[k]), ids[k]) for k in np.flatnonzero(scores >= cut))
        best.sort(reverse=True)
        del best[limit:]
