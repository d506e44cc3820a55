"""The reviewer's fixes to an alignment, as pure functions over lists of links.

Each fix returns a new list and leaves its input alone; a fix that cannot be made raises
:class:`LinkFixError` (a known error) saying which link and why. Links a fix produces are not
flagged: the reviewer has just looked at them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reviewer.core.errors import ReviewerError
from reviewer.core.model import Link


class LinkFixError(ReviewerError):
    """A fix of the alignment that cannot be made as asked, naming the link and the reason."""


def _check_index(links: Sequence[Link], i: int, what: str, pair: bool) -> None:
    last = len(links) - (2 if pair else 1)
    if not 0 <= i <= last:
        need = "a link and its successor" if pair else "a link"
        raise LinkFixError(
            f"cannot {what} link {i + 1}: it needs {need} and there are {len(links)} links"
        )


def _check_adjacent(a: Link, b: Link, i: int) -> None:
    if a.src_end != b.src_start or a.hum_end != b.hum_start:
        raise LinkFixError(f"links {i + 1} and {i + 2} are not adjacent: {a} then {b}")


def merge_links(links: Sequence[Link], i: int) -> list[Link]:
    """Return ``links`` with link ``i`` and link ``i + 1`` merged into one link."""
    _check_index(links, i, "merge", pair=True)
    a, b = links[i], links[i + 1]
    _check_adjacent(a, b, i)
    merged = Link(a.src_start, b.src_end, a.hum_start, b.hum_end)
    return [*links[:i], merged, *links[i + 2 :]]


def split_link(links: Sequence[Link], i: int, src_at: int, hum_at: int) -> list[Link]:
    """Return ``links`` with link ``i`` split in two at source ``src_at`` and human ``hum_at``.

    The first part keeps ``[src_start, src_at)`` and ``[hum_start, hum_at)``; neither part
    may be left with no sentence on either side.
    """
    _check_index(links, i, "split", pair=False)
    link = links[i]
    if not link.src_start <= src_at <= link.src_end:
        raise LinkFixError(
            f"cannot split link {i + 1} ({link.kind}) at source segment {src_at + 1}: "
            f"outside its source range {link.src_start + 1}..{link.src_end}"
        )
    if not link.hum_start <= hum_at <= link.hum_end:
        raise LinkFixError(
            f"cannot split link {i + 1} ({link.kind}) at human sentence {hum_at + 1}: "
            f"outside its human range {link.hum_start + 1}..{link.hum_end}"
        )
    first = Link(link.src_start, src_at, link.hum_start, hum_at)
    second = Link(src_at, link.src_end, hum_at, link.hum_end)
    if first.kind == "0-0" or second.kind == "0-0":
        raise LinkFixError(
            f"cannot split link {i + 1} ({link.kind}) at source {src_at + 1}, human {hum_at + 1}: "
            "one part would hold no sentence"
        )
    return [*links[:i], first, second, *links[i + 1 :]]


def shift_boundary(links: Sequence[Link], i: int, delta: int) -> list[Link]:
    """Return ``links`` with the human boundary after link ``i`` moved by ``delta`` sentences.

    ``delta = +1`` gives link ``i`` the next human sentence; ``-1`` gives its last one to link
    ``i + 1``.
    """
    _check_index(links, i, "shift the boundary after", pair=True)
    a, b = links[i], links[i + 1]
    _check_adjacent(a, b, i)
    at = a.hum_end + delta
    if not a.hum_start <= at <= b.hum_end:
        raise LinkFixError(
            f"cannot shift the boundary after link {i + 1} by {delta}: human sentences "
            f"{a.hum_start + 1}..{b.hum_end} leave room for {a.hum_start - a.hum_end}.."
            f"{b.hum_end - a.hum_end}"
        )
    first = replace(a, hum_end=at, flagged=False, reason="")
    second = replace(b, hum_start=at, flagged=False, reason="")
    if first.kind == "0-0" or second.kind == "0-0":
        raise LinkFixError(
            f"cannot shift the boundary after link {i + 1} by {delta}: "
            "a link would hold no sentence"
        )
    return [*links[:i], first, second, *links[i + 2 :]]


def validate_links(links: Sequence[Link], n_src: int, n_hum: int) -> None:
    """Raise :class:`LinkFixError` unless ``links`` cover ``n_src`` source and ``n_hum`` human
    sentences.

    Valid links are in order, each starts where the previous one ended, none is empty on both
    sides, and together they cover every sentence of both sides exactly once.
    """
    src_at = hum_at = 0
    for k, link in enumerate(links):
        if link.src_start != src_at or link.hum_start != hum_at:
            raise LinkFixError(f"link {k} {link} should start at source {src_at}, human {hum_at}")
        if link.src_end < link.src_start or link.hum_end < link.hum_start:
            raise LinkFixError(f"link {k} {link} has a range that ends before it starts")
        if link.kind == "0-0":
            raise LinkFixError(f"link {k} {link} holds no sentence")
        src_at, hum_at = link.src_end, link.hum_end
    if src_at != n_src or hum_at != n_hum:
        raise LinkFixError(
            f"links cover {src_at} of {n_src} source and {hum_at} of {n_hum} human sentences"
        )
