"""The translation memory: units by language pair, fuzzy matches with percentage and source diff.

A :class:`TranslationMemory` holds :class:`MemoryUnit` records (approved segments of this library
and units imported from TMX/XLIFF; :mod:`reviewer.storage.tm_memory` loads and refreshes them)
and one :class:`~reviewer.core.fuzzy.FuzzyIndex` per language pair. :meth:`~TranslationMemory.
search` returns typed :class:`TmMatch` records, ready to show: the unit with its provenance, the
match percentage, whether it is exact, and the word diff of the memory's source against the text
searched for (typed spans from :func:`reviewer.core.diff.word_diff`, never markup).

The percentage is what CAT tools show: ``floor(100 * similarity)`` (see
:func:`reviewer.core.fuzzy.similarity`), at most 99 unless the sources are equal once whitespace
is normalised; only then is a match 100% (``exact``). Units with the same source and target
(an approval also imported from a file) are shown once, the approved one first.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reviewer.core.diff import Span, word_diff

if TYPE_CHECKING:
    from reviewer.core.fuzzy import FuzzyIndex

APPROVED = "approved"
IMPORTED = "imported"
DEFAULT_MIN_PERCENT = 75
DEFAULT_LIMIT = 5
_OVERFETCH = 3  # duplicates and excluded units are dropped after the index's top-k

UnitKey = tuple[str, int, str]


@dataclass(frozen=True)
class MemoryUnit:
    """One source sentence and its translation, with where it came from: the one memory-unit
    type of the program (what ``reviewer import-tm`` stores, what lookups return, what
    ``reviewer tm export`` writes).

    ``kind`` is ``imported`` (``tm_id`` in the store once stored, ``origin`` the file's name,
    ``tool`` the program that wrote it, ``status`` as the file gave it) or ``approved`` (a
    segment approved in this library: ``article_id``, ``segment_id``, ``segment_index`` 0-based,
    ``origin`` the article's title). The first eleven fields are the columns of ``tm_units``,
    in order.
    """

    source_lang: str
    target_lang: str
    source: str
    target: str
    origin: str
    tool: str = ""
    author: str = ""
    status: str = ""
    note: str = ""
    created_at: str = ""
    changed_at: str = ""
    kind: str = IMPORTED
    article_id: int | None = None
    segment_id: int | None = None
    segment_index: int | None = None
    tm_id: int | None = None

    @property
    def key(self) -> UnitKey:
        """The unit's identity across reloads: ``("segment", id, lang)`` or ``("tm", id, "")``."""
        if self.kind == APPROVED and self.segment_id is not None:
            return ("segment", self.segment_id, self.target_lang)
        return ("tm", self.tm_id if self.tm_id is not None else -1, "")


@dataclass(frozen=True)
class TmMatch:
    """A memory unit offered for a text: percentage, similarity, exactness, and the source diff.

    ``diff`` turns the unit's source (old) into the text searched for (new): its DELETE spans are
    words the memory has and the current source lacks, INSERT spans the reverse.
    """

    unit: MemoryUnit
    percent: int
    score: float
    exact: bool
    diff: tuple[Span, ...]

    @property
    def source(self) -> str:
        """The memory's source sentence."""
        return self.unit.source

    @property
    def target(self) -> str:
        """The memory's translation: what the match offers."""
        return self.unit.target


def percent_of(score: float, exact: bool) -> int:
    """The match percentage of a similarity: 100 only when ``exact``, else at most 99."""
    return 100 if exact else min(99, math.floor(score * 100 + 1e-9))


def overfetch(limit: int, excluded: int = 0) -> int:
    """How many best units to score for ``limit`` matches: duplicates and excluded units are
    dropped afterwards."""
    return limit * _OVERFETCH + excluded


def matches_of(text: str, hits: Iterable[tuple[MemoryUnit, float]], *,
               min_percent: int = DEFAULT_MIN_PERCENT, limit: int = DEFAULT_LIMIT,
               exclude: Iterable[UnitKey] = ()) -> list[TmMatch]:
    """The matches to show for ``text`` from its best units (with their similarity, best
    first): percentages, exactness, twins shown once (the approved one first), the diffs."""
    skip = set(exclude)
    wanted = _space(text)
    found: list[TmMatch] = []
    for unit, score in hits:
        exact = _space(unit.source) == wanted
        percent = percent_of(score, exact)
        if unit.key in skip or percent < min_percent:
            continue
        found.append(TmMatch(unit, percent, score, exact, ()))
    found.sort(key=lambda m: (-m.percent, -m.score, m.unit.kind != APPROVED))
    out: list[TmMatch] = []
    seen: set[tuple[str, str]] = set()
    for m in found:
        twin = (_space(m.unit.source), _space(m.unit.target))
        if twin not in seen and len(out) < limit:
            seen.add(twin)
            out.append(TmMatch(m.unit, m.percent, m.score, m.exact,
                               word_diff(m.unit.source, text)))
    return out


def _space(text: str) -> str:
    return " ".join(text.split())


class _Pair:
    """The units of one language pair and their index (index ids are positions in ``units``)."""

    def __init__(self) -> None:
        from reviewer.core.fuzzy import FuzzyIndex  # numpy: only where an index is built

        self.units: list[MemoryUnit] = []
        self.index: FuzzyIndex = FuzzyIndex()


class TranslationMemory:
    """Memory units of every language pair, searchable by fuzzy match.

    Adding and removing are for the thread that owns the memory; :meth:`search` may run on
    several threads at once while nothing is added (the memory as an engine does so).
    ``mark`` is free for the loader to remember how far it has read the store.
    """

    def __init__(self, units: Iterable[MemoryUnit] = ()):
        self._pairs: dict[tuple[str, str], _Pair] = {}
        self._where: dict[UnitKey, tuple[tuple[str, str], int]] = {}
        self._fingerprint: str | None = None
        self._kinds: dict[str, int] = {}
        self.mark: object = None
        self.add(units)

    def __len__(self) -> int:
        return len(self._where)

    def __contains__(self, key: object) -> bool:
        return key in self._where

    def add(self, units: Iterable[MemoryUnit]) -> int:
        """Add units (a unit whose key is present replaces it); return how many were added."""
        fresh: dict[tuple[str, str], list[MemoryUnit]] = {}
        for u in units:
            self.remove(u.key)
            fresh.setdefault((u.source_lang, u.target_lang), []).append(u)
        n = 0
        for pair_key, batch in fresh.items():
            pair = self._pairs.setdefault(pair_key, _Pair())
            ids = pair.index.add(u.source for u in batch)
            pair.units.extend(batch)
            for u, i in zip(batch, ids, strict=True):
                self._where[u.key] = (pair_key, i)
                self._kinds[u.kind] = self._kinds.get(u.kind, 0) + 1
            n += len(batch)
        self._fingerprint = None if n else self._fingerprint
        return n

    def remove(self, key: UnitKey) -> bool:
        """Take a unit out of the memory; return whether it was there."""
        where = self._where.pop(key, None)
        if where is None:
            return False
        pair = self._pairs[where[0]]
        pair.index.remove(where[1])
        kind = pair.units[where[1]].kind
        self._kinds[kind] -= 1
        self._fingerprint = None
        return True

    def clear(self) -> None:
        """Forget every unit (and the indexes' memory of removed ones)."""
        self._pairs.clear()
        self._where.clear()
        self._kinds.clear()
        self._fingerprint = None

    def kind_count(self, kind: str) -> int:
        """How many units of ``kind`` (``approved``, ``imported``) the memory holds."""
        return self._kinds.get(kind, 0)

    def get(self, key: UnitKey) -> MemoryUnit | None:
        """The unit stored under ``key``, if any."""
        where = self._where.get(key)
        return self._pairs[where[0]].units[where[1]] if where else None

    def units(self) -> list[MemoryUnit]:
        """Every unit, pair by pair, in the order added."""
        return [self._pairs[p].units[i] for p, i in self._where.values()]

    def counts(self) -> dict[tuple[str, str, str], int]:
        """How many units there are per (source language, target language, kind)."""
        out: dict[tuple[str, str, str], int] = {}
        for u in self.units():
            k = (u.source_lang, u.target_lang, u.kind)
            out[k] = out.get(k, 0) + 1
        return out

    def fingerprint(self) -> str:
        """A hash of every unit's key, source and target: it changes whenever the memory does."""
        if self._fingerprint is None:
            h = hashlib.sha256()
            for u in sorted(self.units(), key=lambda u: u.key):
                h.update(repr((u.key, u.source_lang, u.target_lang, u.source, u.target)).encode())
            self._fingerprint = h.hexdigest()[:16]
        return self._fingerprint

    def search(self, text: str, source_lang: str, target_lang: str, *,
               min_percent: int = DEFAULT_MIN_PERCENT, limit: int = DEFAULT_LIMIT,
               exclude: Iterable[UnitKey] = ()) -> list[TmMatch]:
        """The best ``limit`` matches of ``text`` with ``min_percent`` or more, best first."""
        pair = self._pairs.get((source_lang, target_lang))
        if pair is None or limit <= 0:
            return []
        skip = set(exclude)
        hits = pair.index.search(text, overfetch(limit, len(skip)), min_percent / 100)
        return matches_of(text, [(pair.units[h.id], h.score) for h in hits],
                          min_percent=min_percent, limit=limit, exclude=skip)

    def best(self, text: str, source_lang: str, target_lang: str,
             min_percent: int = DEFAULT_MIN_PERCENT) -> TmMatch | None:
        """The single best match of ``text`` with ``min_percent`` or more, if any."""
        found = self.search(text, source_lang, target_lang, min_percent=min_percent, limit=1)
        return found[0] if found else None

    def has_pair(self, source_lang: str, target_lang: str) -> bool:
        """Whether the memory holds any unit from ``source_lang`` into ``target_lang``."""
        pair = self._pairs.get((source_lang, target_lang))
        return pair is not None and len(pair.index) > 0
