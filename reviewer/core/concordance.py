"""Concordance: where a phrase occurs in approved translations, human versions and the memory.

The store supplies candidate units (:class:`ConcordanceUnit`: a source and its target, of one
kind); this module decides whether each really contains the phrase, on which side, how closely,
where (character spans to highlight), and ranks the hits. No Qt, no markup.

How closely (``level``, lower is better):

0. ``exact``: the phrase's words, contiguous, whole words, any case (``air defence`` finds
   ``Air defence``; a hyphen or punctuation between the words is allowed);
1. ``form``: the phrase in another grammatical form, contiguous (English plurals and
   possessives, Ukrainian and Russian case endings, as the glossary matches terms, or each word
   as a prefix: ``оборона`` finds ``обороною``);
2. ``words``: every word of the phrase occurs, as a prefix, but not together.

The side the phrase is found on shows it highlighted; the other side, its translation, is shaded
whole (where a phrase's translation sits in a sentence is not known). Inserting a hit puts the
found phrase when it was found in the target as one piece (levels 0 and 1), else the whole target.

Ranking: level first, then the kind (approved translations, then human versions, then the
memory's imported units), then shorter sources first, then the order the store gave. A source and
target pair already listed (say an approved segment also imported from a TMX file) is listed once,
at its best place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from reviewer.core.qa.glossary import source_pattern, target_pattern

APPROVED = "approved"
HUMAN = "human"
MEMORY = "memory"
KINDS = (APPROVED, HUMAN, MEMORY)
EXACT, FORM, WORDS = 0, 1, 2
DEFAULT_LIMIT = 100

Span = tuple[int, int]


@dataclass(frozen=True)
class ConcordanceUnit:
    """A source and its translation into ``lang``, of one ``kind``, with where it comes from.

    ``origin`` is the article's title (approved, human) or the memory file's name; ``index`` the
    0-based segment of the article where there is one.
    """

    kind: str
    lang: str
    source: str
    target: str
    origin: str = ""
    article_id: int | None = None
    index: int | None = None


@dataclass(frozen=True)
class ConcordanceHit:
    """A unit that contains the phrase: on which ``side``, how closely, and what to highlight."""

    unit: ConcordanceUnit
    side: str  # "source" or "target"
    level: int
    source_spans: tuple[Span, ...]
    target_spans: tuple[Span, ...]

    @property
    def insert_text(self) -> str:
        """What inserting the hit puts in the final text: the phrase found in the target, or
        the whole target when the phrase was found in the source or scattered."""
        if self.side == "target" and self.level < WORDS and self.target_spans:
            start, end = self.target_spans[0]
            return self.unit.target[start:end]
        return self.unit.target


def phrase_words(phrase: str) -> list[str]:
    """The words of a phrase as the full-text search sees them (letters and digits)."""
    return re.findall(r"\w+", phrase)


@cache
def _exact_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"\W{1,3}".join(re.escape(w) for w in words) + r"(?!\w)",
                      re.IGNORECASE)


@cache
def _prefix_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + r"\W{1,3}".join(re.escape(w) + r"\w*" for w in words),
                      re.IGNORECASE)


@cache
def _word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(word) + r"\w*", re.IGNORECASE)


def locate(phrase: str, text: str) -> tuple[int, tuple[Span, ...]] | None:
    """How closely ``text`` contains ``phrase`` (level) and the spans to highlight, or None."""
    words = tuple(phrase_words(phrase))
    if not words or not text:
        return None
    spans = [m.span() for m in _exact_pattern(words).finditer(text)]
    if spans:
        return EXACT, tuple(spans)
    joined = " ".join(words)
    for pattern in (source_pattern(joined), target_pattern(joined), _prefix_pattern(words)):
        spans = [m.span() for m in pattern.finditer(text) if m.end() > m.start()]
        if spans:
            return FORM, tuple(spans)
    found: list[Span] = []
    for word in words:
        hits = [m.span() for m in _word_pattern(word).finditer(text)]
        if not hits:
            return None
        found += hits
    return WORDS, tuple(sorted(set(found)))


def hit_of(phrase: str, unit: ConcordanceUnit) -> ConcordanceHit | None:
    """The unit as a hit of ``phrase`` (the closer side wins, the source on a tie), or None."""
    in_source = locate(phrase, unit.source)
    in_target = locate(phrase, unit.target)
    whole_source = ((0, len(unit.source)),) if unit.source else ()
    whole_target = ((0, len(unit.target)),) if unit.target else ()
    if in_source is not None and (in_target is None or in_source[0] <= in_target[0]):
        return ConcordanceHit(unit, "source", in_source[0], in_source[1], whole_target)
    if in_target is not None:
        return ConcordanceHit(unit, "target", in_target[0], whole_source, in_target[1])
    return None


def _kind_order(kind: str) -> int:
    return KINDS.index(kind) if kind in KINDS else len(KINDS)


def rank(hits: Iterable[ConcordanceHit]) -> list[ConcordanceHit]:
    """Hits best first (level, kind, shorter source, the store's order), each pair once."""
    ordered = sorted(enumerate(hits), key=lambda p: (p[1].level, _kind_order(p[1].unit.kind),
                                                     len(p[1].unit.source), p[0]))
    seen: set[tuple[str, str, str]] = set()
    out: list[ConcordanceHit] = []
    for _, hit in ordered:
        u = hit.unit
        key = (u.lang, " ".join(u.source.split()).casefold(), " ".join(u.target.split()))
        if key not in seen:
            seen.add(key)
            out.append(hit)
    return out


def concordance(phrase: str, units: Iterable[ConcordanceUnit],
                limit: int = DEFAULT_LIMIT) -> list[ConcordanceHit]:
    """The units that contain ``phrase``, ranked, at most ``limit``."""
    hits = [h for u in units if (h := hit_of(phrase, u)) is not None]
    return rank(hits)[:limit]
