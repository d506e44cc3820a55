"""From an imported document to segments, human sentences and alignment links (pure functions)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reviewer.core import spaces
from reviewer.core.alignment import align
from reviewer.core.editions import align_editions
from reviewer.core.model import Document, HumanSentence, Link, Role, SegmentDraft
from reviewer.core.segmentation import split_sentences

# Headings and captions are one segment each, whatever punctuation they contain.
WHOLE_ROLES = frozenset({Role.HEADLINE, Role.SUBHEADING, Role.CAPTION})


def _units(doc: Document, lang: str) -> list[tuple[int, Role, str]]:
    units: list[tuple[int, Role, str]] = []
    for paragraph, block in enumerate(doc.blocks):
        text = spaces.fold(block.text)  # no-break spaces and the like are kept
        if not text.strip():
            continue
        if block.role in WHOLE_ROLES:
            units.append((paragraph, block.role, text))
        else:
            units.extend((paragraph, block.role, s) for s in split_sentences(text, lang))
    return units


def segment_document(doc: Document, lang: str) -> list[SegmentDraft]:
    """Split a source document into segments: one per heading or caption, one per body sentence."""
    return [SegmentDraft(p, role, text) for p, role, text in _units(doc, lang)]


def human_sentences(doc: Document, lang: str) -> list[HumanSentence]:
    """Split a human version into sentences the same way as the source."""
    return [HumanSentence(i, p, text, role) for i, (p, role, text) in enumerate(_units(doc, lang))]


def paragraphs(items: Sequence[tuple[int, str]]) -> list[list[str]]:
    """Texts grouped by their paragraph number, in order."""
    paras: list[list[str]] = []
    last: int | None = None
    for paragraph, text in items:
        if paragraph != last:
            paras.append([])
            last = paragraph
        paras[-1].append(text)
    return paras


def align_human(source: Sequence[SegmentDraft], human: Sequence[HumanSentence]) -> list[Link]:
    """Align a human version's sentences to the source segments, paragraph by paragraph."""
    return align(
        paragraphs([(s.paragraph, s.text) for s in source]),
        paragraphs([(h.paragraph, h.text) for h in human]),
    )


def align_humans(source: Sequence[SegmentDraft], humans: Mapping[str, Sequence[HumanSentence]]
                 ) -> dict[str, list[Link]]:
    """Align each human version to the source segments, the versions vouching for each other."""
    return align_editions(
        paragraphs([(s.paragraph, s.text) for s in source]),
        {lang: paragraphs([(h.paragraph, h.text) for h in human])
         for lang, human in humans.items()},
    )
