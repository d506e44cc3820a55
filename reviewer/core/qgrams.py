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
stored sorted by length, so the length window is one slice of every posting list.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

Q = 3
_SHIFT = 21  # code points are < 2**21, so three of them fit in 63 bits
_OCC = 1 << 20  # occurrences of one gram in one text (far more than any sentence has)

IntArray = NDArray[np.int64]
Postings = NDArray[np.integer]


def gram_codes(texts: list[str]) -> tuple[IntArray, IntArray, IntArray]:
    """Every 3-gram of ``texts`` as an integer: (lengths, text number of each gram, gram code)."""
    lens = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    cps = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    n = len(cps)
    if n < Q:
        return lens, np.zeros(0, np.int64), np.zeros(0, np.int64)
    code = (cps[:-2] << (2 * _SHIFT)) | (cps[1:-1] << _SHIFT) | cps[2:]
    valid = np.ones(n, bool)
    ends = np.cumsum(lens)
    for back in (1, 2):  # a gram may not run past the end of its text
        cut = ends - back
        valid[cut[cut >= 0]] = False
    valid = valid[: n - 2]
    owner = np.repeat(np.arange(len(texts), dtype=np.int64), lens)[: n - 2][valid]
    return lens, owner, code[valid]


def _occurrences(code: IntArray, owner: IntArray) -> IntArray:
    """For grams sorted by (code, owner): how many equal grams of the same text came before."""
    n = len(code)
    start = np.ones(n, bool)
    start[1:] = (code[1:] != code[:-1]) | (owner[1:] != owner[:-1])
    at = np.arange(n, dtype=np.int64)
    return at - np.maximum.accumulate(np.where(start, at, 0))


class GramIndex:
    """Posting lists of (gram, occurrence) terms over texts sorted by length; never changes."""

    def __init__(self, texts: list[str], ids: IntArray):
        lens = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
        by_length = np.argsort(lens, kind="stable")
        self.texts = [texts[i] for i in by_length.tolist()]
        self.ids = ids[by_length]
        self.lens, owner, code = gram_codes(self.texts)
        order = np.argsort(code, kind="stable")  # owners stay ascending within a code
        code, owner = code[order], owner[order]
        occ = _occurrences(code, owner)
        owner = owner.astype(np.int32)  # half the memory of the postings
        first = occ == 0
        self.keys, self.indptr, self.postings = _csr(code[first], owner[first])
        # Repeats: keyed by (position of the gram in self.keys, occurrence).
        rc, ro, rw = code[~first], occ[~first], owner[~first]
        rkey = np.searchsorted(self.keys, rc) * _OCC + np.minimum(ro, _OCC - 1)
        order = np.argsort(rkey, kind="stable")
        self.rkeys, self.rindptr, self.rpostings = _csr(rkey[order], rw[order])

    def __len__(self) -> int:
        return len(self.texts)

    def window(self, length: int, min_score: float) -> tuple[int, int]:
        """Positions ``[lo, hi)`` of the texts whose length allows ``min_score`` with ``length``."""
        if min_score <= 0:
            return 0, len(self.texts)
        lo = int(np.searchsorted(self.lens, int(np.ceil(min_score * length - 1e-9)), "left"))
        hi = int(np.searchsorted(self.lens, int(np.floor(length / min_score + 1e-9)), "right"))
        return lo, hi

    def _terms(self, query: str) -> list[tuple[IntArray, IntArray, int]]:
        """The posting arrays (keys, indptr, row) of the query's multiset of grams."""
        _, _, code = gram_codes([query])
        if not len(code):
            return []
        codes, counts = np.unique(code, return_counts=True)
        at = np.searchsorted(self.keys, codes)
        found = at < len(self.keys)
        found[found] = self.keys[at[found]] == codes[found]
        rows: list[tuple[IntArray, IntArray, int]] = []
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


def _csr(keys: IntArray, values: IntArray) -> tuple[IntArray, IntArray, IntArray]:
    """Sorted ``keys`` with their ``values`` as (distinct keys, row starts, values)."""
    new = np.ones(len(keys), bool)
    new[1:] = keys[1:] != keys[:-1]
    starts = np.flatnonzero(new)
    return keys[starts], np.append(starts, len(keys)), values
