"""A frozen character 3-gram index that shortlists fuzzy-match candidates with a proven bound.

The q-gram lemma (Ukkonen 1992; Jokinen and Ukkonen 1991): if ``lev(a, b) <= k``, then ``a`` and
``b`` share at least ``max(|a|, |b|) - q + 1 - k*q`` of their q-grams, counted as multisets (each
edit destroys at most ``q`` grams of either string). Read backwards, a unit that shares ``c``
3-grams with the query is at least ``ceil((M - 2 - c) / 3)`` edits away, and at least
``| |a| - |b| |``; so its similarity ``1 - lev / M`` (``M`` the longer length) is *at most*
``1 - that / M``. :meth:`GramIndex.bounds` computes this upper bound for every unit in the
query's length window at once (numpy ``bincount`` over the postings), so the caller can verify
candidates in descending bound order and stop as soon as no unverified unit can beat its k-th
best: the result is exactly what a brute-force scan would give, at a fraction of its cost.

Multisets matter: a gram that occurs twice in a sentence (``the``) is two terms, ``(the, 0)``
and ``(the, 1)``, and a unit is posted under ``(g, i)`` when it holds ``g`` more than ``i``
times, so the shared count is ``sum(min(count_a(g), count_b(g)))`` as the lemma wants. Units are
stored sorted by length, so the length window is one slice of every posting list. Building is a
single sort of int64 keys (the gram, its characters numbered by :class:`Alphabet`, and the unit's
position packed together): 2 to 5 s for 100,000 sentences here (see bench/tm_lookup.py).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

Q = 3
_OCC = 1 << 20  # occurrences of one gram in one text (far more than any sentence has)

IntArray = NDArray[np.int64]


class Alphabet:
    """Characters as small numbers so that a 3-gram and its text's number fit in one int64.

    Number 0 stands for any character the index does not know (and, in the rare text with more
    distinct characters than the bits allow, for the rarest ones): grams that share it may
    collide, which only raises the shared count, so the bound stays an upper bound.
    """

    def __init__(self, cps: NDArray[np.uint32], owner_bits: int):
        seen = np.bincount(cps) if len(cps) else np.zeros(1, np.int64)
        chars = np.flatnonzero(seen)
        self.bits = max(1, (62 - owner_bits) // Q)
        room = (1 << self.bits) - 1
        if len(chars) > room:
            chars = np.sort(chars[np.argsort(-seen[chars], kind="stable")[:room]])
        self.table = np.zeros(len(seen), np.int64)
        self.table[chars] = np.arange(1, len(chars) + 1)

    def grams(self, cps: NDArray[np.uint32]) -> IntArray:
        """The code of the 3-gram starting at each position but the last two."""
        if len(cps) < Q:
            return np.zeros(0, np.int64)
        inside = cps < len(self.table)
        d = np.where(inside, self.table[np.where(inside, cps, 0)], 0)
        b = self.bits
        return (d[:-2] << (2 * b)) | (d[1:-1] << b) | d[2:]


def code_points(texts: list[str]) -> NDArray[np.uint32]:
    """The code points of ``texts`` joined, one ``uint32`` each."""
    return np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32)


def _occurrences(packed: IntArray) -> IntArray:
    """For sorted (gram, text) keys: how many equal keys came before each."""
    n = len(packed)
    start = np.ones(n, bool)
    start[1:] = packed[1:] != packed[:-1]
    at = np.arange(n, dtype=np.int64)
    return at - np.maximum.accumulate(np.where(start, at, 0))


class GramIndex:
    """Posting lists of (gram, occurrence) terms over texts sorted by length; never changes."""

    def __init__(self, texts: list[str], ids: IntArray):
        lens = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
        by_length = np.argsort(lens, kind="stable")
        self.texts = [texts[i] for i in by_length.tolist()]
        self.ids = ids[by_length]
        self.lens = lens[by_length]
        cps = code_points(self.texts)
        owner_bits = max(1, len(texts).bit_length())
        self.alphabet = Alphabet(cps, owner_bits)
        gram = self.alphabet.grams(cps)
        n = len(gram)
        valid = np.ones(n + Q - 1, bool)
        ends = np.cumsum(self.lens)
        for back in range(1, Q):  # a gram may not run past the end of its text
            cut = ends - back
            valid[cut[cut >= 0]] = False
        owner = np.repeat(np.arange(len(texts), dtype=np.int64), self.lens)[:n]
        packed = ((gram << owner_bits) | owner)[valid[:n]]
        packed.sort()  # by gram, then by text: posting lists come out in position order
        occ = _occurrences(packed)
        gram = packed >> owner_bits
        owner32 = (packed & ((1 << owner_bits) - 1)).astype(np.int32)
        first = occ == 0
        self.keys, self.indptr, self.postings = _csr(gram[first], owner32[first])
        # Repeats: keyed by (position of the gram in self.keys, occurrence).
        again = ~first
        rkey = np.searchsorted(self.keys, gram[again]) * _OCC + np.minimum(occ[again], _OCC - 1)
        order = np.argsort(rkey, kind="stable")
        self.rkeys, self.rindptr, self.rpostings = _csr(rkey[order], owner32[again][order])

    def __len__(self) -> int:
        return len(self.texts)

    def window(self, length: int, min_score: float) -> tuple[int, int]:
        """Positions ``[lo, hi)`` of the texts whose length allows ``min_score`` with ``length``."""
        if min_score <= 0:
            return 0, len(self.texts)
        lo = int(np.searchsorted(self.lens, int(np.ceil(min_score * length - 1e-9)), "left"))
        hi = int(np.searchsorted(self.lens, int(np.floor(length / min_score + 1e-9)), "right"))
        return lo, hi

    def _terms(self, query: str) -> list[tuple[NDArray[np.int32], IntArray, int]]:
        """The posting arrays (keys, indptr, row) of the query's multiset of grams."""
        code = self.alphabet.grams(code_points([query]))
        if not len(code):
            return []
        codes, counts = np.unique(code, return_counts=True)
        at = np.searchsorted(self.keys, codes)
        found = at < len(self.keys)
        found[found] = self.keys[at[found]] == codes[found]
        rows: list[tuple[NDArray[np.int32], IntArray, int]] = []
        for row, count in zip(at[found].tolist(), counts[found].tolist(), strict=True):
            rows.append((self.postings, self.indptr, row))
            for occ in range(1, count):
                key = row * _OCC + min(occ, _OCC - 1)
                r = int(np.searchsorted(self.rkeys, key))
                if r == len(self.rkeys) or self.rkeys[r] != key:
                    break  # no text holds this gram more often
                rows.append((self.rpostings, self.rindptr, r))
        return rows

    def bounds(self, query: str, lo: int, hi: int) -> NDArray[np.float64]:
        """The upper bound of the similarity to ``query`` of each text in positions ``[lo, hi)``."""
        size = len(query)
        parts = []
        for postings, indptr, row in self._terms(query):
            plist = postings[indptr[row]:indptr[row + 1]]
            a, b = np.searchsorted(plist, (lo, hi))
            if b > a:
                parts.append(plist[a:b])
        shared = (np.bincount(np.concatenate(parts) - lo, minlength=hi - lo) if parts
                  else np.zeros(hi - lo, np.int64))
        lens = self.lens[lo:hi]
        longer = np.maximum(lens, size)
        edits = np.maximum(np.abs(lens - size), np.ceil((longer - (Q - 1) - shared) / Q))
        return 1.0 - edits / np.maximum(longer, 1)


def _csr(keys: IntArray, values: NDArray[np.int32]
         ) -> tuple[IntArray, IntArray, NDArray[np.int32]]:
    """Sorted ``keys`` with their ``values`` as (distinct keys, row starts, values)."""
    new = np.ones(len(keys), bool)
    new[1:] = keys[1:] != keys[:-1]
    starts = np.flatnonzero(new)
    return keys[starts], np.append(starts, len(keys)), values
