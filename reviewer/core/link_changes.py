"""What a new alignment changes in an old one, as blocks the reviewer accepts one by one.

Two alignments of the same texts share some link boundaries (a point after source segment ``s``
and human sentence ``h`` where both have a link ending). Between two shared boundaries each
alignment covers the same segments and sentences; where the two differ there, that stretch is a
:class:`LinkChange`. Accepting any subset of the changes gives a valid alignment again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reviewer.core.model import Link


@dataclass(frozen=True)
class LinkChange:
    """One stretch where the alignments differ: its links before and after."""

    before: tuple[Link, ...]
    after: tuple[Link, ...]

    @property
    def src(self) -> tuple[int, int]:
        """The source segments the stretch covers, ``[start, end)``."""
        return self.before[0].src_start, self.before[-1].src_end

    @property
    def hum(self) -> tuple[int, int]:
        """The human sentences the stretch covers, ``[start, end)``."""
        return self.before[0].hum_start, self.before[-1].hum_end


def _ranges(links: Sequence[Link]) -> list[tuple[int, int, int, int]]:
    return [(k.src_start, k.src_end, k.hum_start, k.hum_end) for k in links]


def _blocks(old: Sequence[Link], new: Sequence[Link]) -> list[tuple[list[Link], list[Link]]]:
    """Both alignments cut at their shared boundaries, as pairs of link lists."""
    shared = {(k.src_end, k.hum_end) for k in old} & {(k.src_end, k.hum_end) for k in new}
    blocks: list[tuple[list[Link], list[Link]]] = []
    a: list[Link] = []
    b: list[Link] = []
    it = iter(new)
    for link in old:
        a.append(link)
        if (link.src_end, link.hum_end) in shared:
            for other in it:
                b.append(other)
                if (other.src_end, other.hum_end) == (link.src_end, link.hum_end):
                    break
            blocks.append((a, b))
            a, b = [], []
    return blocks


def link_changes(old: Sequence[Link], new: Sequence[Link]) -> list[LinkChange]:
    """The stretches where ``new`` links differ from ``old`` ones (flags aside), in order."""
    return [LinkChange(tuple(a), tuple(b)) for a, b in _blocks(old, new)
            if _ranges(a) != _ranges(b)]


def accept_changes(old: Sequence[Link], new: Sequence[Link],
                   accepted: Sequence[int]) -> list[Link]:
    """``old`` with the changes numbered ``accepted`` (in :func:`link_changes` order) taken.

    Where the two agree, the links take ``new``'s flags (its evidence is the newer).
    """
    out: list[Link] = []
    k = 0
    for a, b in _blocks(old, new):
        if _ranges(a) == _ranges(b):
            out += b
            continue
        out += b if k in accepted else a
        k += 1
    return out
