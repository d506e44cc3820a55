"""Post-editing effort of approved segments: per segment and summed by engine or by person.

One :class:`EffortRecord` is kept per approval made in the window: the text the person started
from (a machine translation taken, the human version, a memory match, a draft, or nothing), the
text approved, the active seconds and keystrokes of :class:`~reviewer.core.effort.EffortClock`,
and the segment's source words (:func:`~reviewer.core.wordcount.count_words`).

The measures:

- **edit distance**: character Levenshtein distance from the start text to the approved text
  (rapidfuzz), the characters inserted, deleted or substituted;
- **HTER**: TER of the start text against the approved text (sacrebleu's TER, as
  :func:`reviewer.core.scores.hter`), the share of the approved words that had to be inserted,
  deleted, substituted or shifted; a group's HTER is the corpus TER of its lines (edits summed
  over words summed), not an average of the lines;
- **seconds per word**: active seconds over source words; **keystrokes per character**:
  keystrokes over characters of the approved text. A group's figures are its sums divided, so
  a long segment weighs more, as in the corpus scores.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from reviewer.core.scores import hter

SCRATCH = "scratch"
"""The start of a segment typed from nothing (no text taken)."""


@dataclass(frozen=True)
class EffortRecord:
    """One approval's effort: who, from which start text, to which text, in how long."""

    segment_id: int
    lang: str
    actor: str
    origin: str  # where the start text came from: mt, human, tm, repeat, edited ("" for none)
    engine: str | None
    start_text: str
    final_text: str
    source_words: int
    active_seconds: float
    keystrokes: int
    started_at: str
    approved_at: str
    article_id: int = 0
    id: int = 0

    @property
    def start(self) -> str:
        """What the person started from, as the statistics group it: ``mt:ENGINE``, ``human``,
        ``tm``, ``repeat``, ``edited`` (an earlier draft) or ``scratch`` (nothing)."""
        if not self.start_text:
            return SCRATCH
        if self.origin == "mt":
            return f"mt:{self.engine or '?'}"
        return self.origin or "edited"


@dataclass(frozen=True)
class SegmentEffort:
    """The measures of one approval."""

    record: EffortRecord
    edit_distance: int
    hter: float

    @property
    def seconds_per_word(self) -> float | None:
        r = self.record
        return r.active_seconds / r.source_words if r.source_words else None

    @property
    def keystrokes_per_char(self) -> float | None:
        r = self.record
        return r.keystrokes / len(r.final_text) if r.final_text else None


@dataclass(frozen=True)
class EffortSummary:
    """The summed effort of a group of approvals (one engine, one person)."""

    key: str
    segments: int
    source_words: int
    final_chars: int
    active_seconds: float
    keystrokes: int
    edit_distance: int
    hter: float | None

    @property
    def seconds_per_word(self) -> float | None:
        return self.active_seconds / self.source_words if self.source_words else None

    @property
    def keystrokes_per_char(self) -> float | None:
        return self.keystrokes / self.final_chars if self.final_chars else None


def edit_distance(start: str, final: str) -> int:
    """Characters inserted, deleted or substituted from ``start`` to ``final`` (Levenshtein)."""
    from rapidfuzz.distance import Levenshtein

    return int(Levenshtein.distance(start, final))


def measure(records: Sequence[EffortRecord]) -> list[SegmentEffort]:
    """Each record with its edit distance and HTER."""
    ter = hter([r.start_text for r in records], [r.final_text for r in records])
    return [SegmentEffort(r, edit_distance(r.start_text, r.final_text), h)
            for r, h in zip(records, ter.lines, strict=True)]


def summarise(records: Iterable[EffortRecord],
              key: Callable[[EffortRecord], str]) -> list[EffortSummary]:
    """The records grouped by ``key`` and summed, by key."""
    groups: dict[str, list[EffortRecord]] = {}
    for r in records:
        groups.setdefault(key(r), []).append(r)
    out = []
    for name in sorted(groups):
        rows = groups[name]
        ter = hter([r.start_text for r in rows], [r.final_text for r in rows])
        out.append(EffortSummary(
            name, len(rows), sum(r.source_words for r in rows),
            sum(len(r.final_text) for r in rows), sum(r.active_seconds for r in rows),
            sum(r.keystrokes for r in rows),
            sum(edit_distance(r.start_text, r.final_text) for r in rows), ter.corpus))
    return out


def by_engine(records: Iterable[EffortRecord]) -> list[EffortSummary]:
    """Summed by start (``mt:ENGINE``, ``human``, ``tm``, ``scratch``...)."""
    return summarise(records, lambda r: r.start)


def by_person(records: Iterable[EffortRecord]) -> list[EffortSummary]:
    """Summed by the person who approved."""
    return summarise(records, lambda r: r.actor)


def total(records: Sequence[EffortRecord]) -> EffortSummary | None:
    """Every record summed (``None`` when there are none)."""
    found = summarise(records, lambda _r: "all")
    return found[0] if found else None
