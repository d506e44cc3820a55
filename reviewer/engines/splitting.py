"""Fitting segments into an engine's length limit: split at sentence boundaries, rejoin after.

A segment longer than the engine accepts (Google takes fewer than 5000 characters, MyMemory fewer
than 500) is cut into pieces at sentence boundaries, packing as many whole sentences into a piece
as fit; a single sentence longer than the limit is cut at the last space before it (or, with no
space at all, at the limit). The whitespace between pieces is kept, so :func:`rejoin` puts the
translated pieces back with the same separators.
"""

from __future__ import annotations

from dataclasses import dataclass

from reviewer.core.segmentation import split_sentences


@dataclass(frozen=True)
class Pieces:
    """A text cut into pieces, and the whitespace that separated them."""

    texts: tuple[str, ...]
    separators: tuple[str, ...]


def _hard_cut(sentence: str, limit: int) -> tuple[list[str], list[str]]:
    """Cut one over-long sentence at spaces (or anywhere, with no space) into parts <= ``limit``.

    Returns the parts and the joiners between them (a space, or nothing where a word was cut).
    """
    parts: list[str] = []
    joiners: list[str] = []
    rest = sentence
    while len(rest) > limit:
        cut = rest.rfind(" ", 0, limit + 1)
        if cut <= 0:
            parts.append(rest[:limit])
            joiners.append("")
            rest = rest[limit:]
        else:
            parts.append(rest[:cut].rstrip())
            joiners.append(" ")
            rest = rest[cut:].lstrip()
    parts.append(rest)
    return parts, joiners


def split_to_limit(text: str, limit: int | None, lang: str) -> Pieces:
    """Cut ``text`` into pieces of at most ``limit`` characters at sentence boundaries."""
    if limit is None or len(text) <= limit:
        return Pieces((text,), ())
    sentences = split_sentences(text, lang) or [text.strip()]
    units: list[str] = []
    gaps: list[str] = []
    pos = 0
    for i, sentence in enumerate(sentences):
        start = text.find(sentence, pos)
        if start < 0:  # the splitter returns slices of the text, so this does not happen
            start = pos
        if i:
            gaps.append(text[pos:start])
        pos = start + len(sentence)
        units.append(sentence)
    pieces: list[str] = []
    seps: list[str] = []
    current = ""
    for i, sentence in enumerate(units):
        gap = gaps[i - 1] if i else ""
        parts, joiners = _hard_cut(sentence, limit)
        for j, part in enumerate(parts):
            joiner = gap if j == 0 else joiners[j - 1]
            if current and len(current) + len(joiner) + len(part) <= limit:
                current += joiner + part
            else:
                if current:
                    pieces.append(current)
                    seps.append(joiner)
                current = part
    if current:
        pieces.append(current)
    return Pieces(tuple(pieces), tuple(seps))


def rejoin(translated: list[str], pieces: Pieces) -> str:
    """Put translated pieces back together with the separators of the source."""
    out = translated[0] if translated else ""
    for sep, text in zip(pieces.separators, translated[1:], strict=True):
        out += sep + text
    return out
