"""Which machine translation is scored against which human text when the alignment is not 1-1.

Scores need lines paired one to one, but an article's segments are linked to the human version in
n-m links. The pairing unit is the link:

- an n-m link with n >= 1 and m >= 1 (1-1, 2-1, 1-2, 2-2...) is one unit: its hypothesis is the
  machine translations of its n source segments joined with a space, in order; its reference is
  its m human sentences joined with a space (the text ``segment_views`` puts on its first segment).
  A sentence the editor split in two or two sentences merged into one are thus compared whole;
- a 1-0 link (the human version lacks the source segment) has no reference: its segments are left
  out of the human-reference scores and counted as ``no_human``; so is a segment in no link;
- a 0-1 link (human text with no source) has no hypothesis: its sentences are left out and counted
  as ``human_only``. Leaving them in would charge every engine for text no engine was asked for;
- a unit of which any segment lacks this engine's translation (never fetched, or an error) is left
  out whole and its segments counted as ``no_mt``: half a unit would be scored against the whole
  reference.

So every source segment is counted once: ``scored + no_human + no_mt == segments``.

HTER needs no grouping: the approved final text belongs to one segment, as does its machine
translation, so HTER pairs them segment by segment (see :mod:`reviewer.core.scores`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reviewer.core.model import Link


@dataclass(frozen=True)
class Unit:
    """One scoring unit: the source segments of one link, their MT joined, the link's human text.

    ``segments`` are 0-based segment indices within article ``article_id``; ``link`` is the link's
    shape (``1-1``, ``2-1``...).
    """

    article_id: int
    segments: tuple[int, ...]
    link: str
    hypothesis: str
    reference: str


@dataclass(frozen=True)
class Pairing:
    """The units of one article, one language and one engine, and what was left out and why."""

    units: tuple[Unit, ...]
    segments: int
    no_human: int
    no_mt: int
    human_only: int

    @property
    def scored(self) -> int:
        """Source segments inside scored units."""
        return sum(len(u.segments) for u in self.units)

    def __add__(self, other: Pairing) -> Pairing:
        return Pairing(self.units + other.units, self.segments + other.segments,
                       self.no_human + other.no_human, self.no_mt + other.no_mt,
                       self.human_only + other.human_only)


EMPTY = Pairing((), 0, 0, 0, 0)


def join(texts: Sequence[str]) -> str:
    """Texts of consecutive segments or sentences as one line; a single text is kept as it is."""
    if len(texts) == 1:
        return texts[0]
    return " ".join(t.strip() for t in texts if t.strip())


def pair_units(article_id: int, links: Sequence[Link], human: Sequence[str],
               machine: Sequence[str | None]) -> Pairing:
    """Pair an article's machine translations with its human version, link by link.

    ``human`` holds the human version's sentences in their order (``Link.hum_start`` indexes it);
    ``machine[i]`` is the engine's translation of segment ``i``, or ``None`` when it has none.
    """
    n_segments = len(machine)
    covered = [False] * n_segments
    units: list[Unit] = []
    no_human = no_mt = human_only = 0
    for k in links:
        if not (0 <= k.src_start <= k.src_end <= n_segments
                and 0 <= k.hum_start <= k.hum_end <= len(human)):
            raise ValueError(f"link {k.kind} at segments {k.src_start + 1}-{k.src_end}, human "
                             f"sentences {k.hum_start + 1}-{k.hum_end}: outside the article "
                             f"({n_segments} segments, {len(human)} human sentences)")
        seg_range = range(k.src_start, k.src_end)
        for i in seg_range:
            covered[i] = True
        reference = join(human[k.hum_start:k.hum_end])
        if not seg_range:
            human_only += k.hum_end - k.hum_start
        elif not reference.strip():
            no_human += len(seg_range)
        elif any(machine[i] is None for i in seg_range):
            no_mt += len(seg_range)
        else:
            hypothesis = join([machine[i] or "" for i in seg_range])
            units.append(Unit(article_id, tuple(seg_range), k.kind, hypothesis, reference))
    no_human += covered.count(False)
    return Pairing(tuple(units), n_segments, no_human, no_mt, human_only)
