"""The text aligner's evidence for realigning with machine translations.

chrF against the machine translations is strong evidence, but not the only one: a human sentence
rendered freely scores low against any machine translation while its numbers, names, cognates,
length and paragraph still say where it belongs. :func:`text_evidence` gives the realignment
(:mod:`reviewer.core.realign`) the text aligner's price of a link (:class:`reviewer.core.scoring.
Scorer`, without the shape's prior: lower is better), with the length ratio estimated from the
texts as the aligner does, and the other edition as a third signal when both versions exist.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reviewer.core.alignment import Aligner
from reviewer.core.editions import linked_stems, stems
from reviewer.core.model import Link

#: Price of a two-sided link of at most two units a side (``i, j, di, dj``); lower is better.
Evidence = Callable[[int, int, int, int], float]


def text_evidence(source: Sequence[Sequence[str]], human: Sequence[Sequence[str]],
                  other: tuple[Sequence[Sequence[str]], Sequence[Link]] | None = None
                  ) -> Evidence:
    """The text aligner's fit of links between ``source`` and ``human`` paragraphs.

    ``other`` is the other edition's paragraphs and its links to the same source, if any.
    """
    aligner = Aligner(source, human)
    bridge = None
    if other is not None:
        paragraphs, links = other
        keys = [stems(s) for p in paragraphs for s in p]
        bridge = (linked_stems(sum(len(p) for p in source), links, keys),
                  [stems(s) for p in human for s in p])
    return aligner.path(bridge)[1].fit
