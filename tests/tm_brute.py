"""The translation memory's lookup by brute force: the oracle the stored index is checked against.

Every unit of the store (:func:`~reviewer.storage.tm_memory.memory_units`) is scored with plain
Levenshtein over the longer length, no index and no length window; the matches are then ordered,
cut and de-duplicated as the README describes them, written out here rather than taken from the
package: percentage ``floor(100 * similarity)``, 100 only when the sources are equal apart from
whitespace (else at most 99); best percentage first, then best similarity, then approved before
imported, then the newer unit (larger segment or unit id); a unit with the same source and target
as one already shown is left out; the diff turns the memory's source into the text searched for.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

from reviewer.core.diff import word_diff
from reviewer.core.matching import match_text
from reviewer.core.tm import APPROVED, MemoryUnit, TmMatch, UnitKey
from reviewer.storage.store import Store
from reviewer.storage.tm_memory import memory_units


def similarity(a: str, b: str) -> float:
    """``1 - Levenshtein distance / longer length`` of two texts as they are compared."""
    a, b = match_text(a), match_text(b)
    longer = max(len(a), len(b))
    return 1.0 - Levenshtein.distance(a, b) / longer if longer else 1.0


def _space(text: str) -> str:
    return " ".join(text.split())


def scan(units: Iterable[MemoryUnit], text: str, source_lang: str, target_lang: str, *,
         min_percent: int = 75, limit: int = 5,
         exclude: Iterable[UnitKey] = ()) -> list[TmMatch]:
    """The matches of ``text`` among ``units``, every unit scored."""
    skip = set(exclude)
    scored = []
    for u in units:
        if (u.source_lang, u.target_lang) != (source_lang, target_lang) or u.key in skip:
            continue
        score = similarity(u.source, text)
        exact = _space(u.source) == _space(text)
        percent = 100 if exact else min(99, math.floor(score * 100 + 1e-9))
        if percent >= min_percent and score >= min_percent / 100:
            newer = u.segment_id if u.kind == APPROVED else u.tm_id
            scored.append(((-percent, -score, u.kind != APPROVED, -(newer or 0)),
                           TmMatch(u, percent, score, exact, ())))
    scored.sort(key=lambda pair: pair[0])
    out: list[TmMatch] = []
    seen: set[tuple[str, str]] = set()
    for _order, m in scored:
        twin = (_space(m.source), _space(m.target))
        if twin not in seen and len(out) < limit:
            seen.add(twin)
            out.append(TmMatch(m.unit, m.percent, m.score, m.exact, word_diff(m.source, text)))
    return out


def brute(store: Store, text: str, source_lang: str, target_lang: str, *,
          min_percent: int = 75, limit: int = 5,
          exclude: Iterable[UnitKey] = ()) -> list[TmMatch]:
    """The matches of ``text`` among every unit of ``store``."""
    return scan(memory_units(store), text, source_lang, target_lang, min_percent=min_percent,
                limit=limit, exclude=exclude)
