"""The translation memory's records: units, matches with percentage and source diff, their order.

A :class:`MemoryUnit` is one source sentence and its translation with its provenance (an approved
segment of this library or a unit imported from TMX/XLIFF). The memory itself lives in the store
(:mod:`reviewer.storage.tm_index`, searched through :mod:`reviewer.storage.tm_indexed`); its
best units for a text, with their similarity, become the :class:`TmMatch` records shown here by
:func:`matches_of`: the unit, the match percentage, whether it is exact, and the word diff of the
memory's source against the text searched for (typed spans from
:func:`reviewer.core.diff.word_diff`, never markup).

The percentage is what CAT tools show: ``floor(100 * similarity)`` (the similarity is
``1 - Levenshtein distance / longer length`` of the texts after
:func:`reviewer.core.matching.match_text`), at most 99 unless the sources are equal once
whitespace is normalised; only then is a match 100% (``exact``). Units with the same source and
target (an approval also imported from a file) are shown once, the approved one first.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from reviewer.core.diff import Span, word_diff

APPROVED = "approved"
IMPORTED = "imported"
DEFAULT_MIN_PERCENT = 75
DEFAULT_LIMIT = 5
_OVERFETCH = 3  # twins and excluded units are dropped after the index's top-k

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
