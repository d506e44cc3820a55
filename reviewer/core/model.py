"""The domain records: articles, segments, human versions, suggestions, translations, history."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    """What a segment is in the article's structure."""

    HEADLINE = "headline"
    SUBHEADING = "subheading"
    CAPTION = "caption"
    BODY = "body"
    QUOTE = "quote"


class Status(StrEnum):
    """Where the final translation of a segment stands in review."""

    NEW = "new"
    DRAFT = "draft"
    APPROVED = "approved"
    REJECTED = "rejected"


class Origin(StrEnum):
    """Where the text of a final translation came from (its provenance kind)."""

    MT = "mt"
    HUMAN = "human"
    TM = "tm"
    EDITED = "edited"
    REPEAT = "repeat"  # the approved translation of a segment with the same source (a repeat)


@dataclass(frozen=True)
class Block:
    """One paragraph-level unit of an imported document, before sentence segmentation."""

    role: Role
    text: str


@dataclass(frozen=True)
class Document:
    """A document as an importer read it: title, language if known, origin, and its blocks."""

    title: str
    blocks: tuple[Block, ...]
    origin: str
    language: str | None = None


@dataclass(frozen=True)
class Article:
    """An article in the store."""

    id: int
    title: str
    source_lang: str
    origin: str
    imported_at: str


@dataclass(frozen=True)
class Segment:
    """One source sentence (or heading, caption) of an article, in reading order."""

    id: int
    article_id: int
    index: int
    paragraph: int
    role: Role
    source: str


@dataclass(frozen=True)
class Suggestion:
    """A machine translation of one segment by one engine, or the error that engine gave."""

    segment_id: int
    lang: str
    engine: str
    text: str | None
    error: str | None
    fetched_at: str


@dataclass(frozen=True)
class Translation:
    """The final translation of one segment into one language, with its status and provenance."""

    segment_id: int
    lang: str
    text: str
    status: Status
    origin: Origin
    engine: str | None
    updated_at: str
    comment: str = ""
    version: int = 0  # raised by every write; 0: not read from a store


@dataclass(frozen=True)
class HistoryEntry:
    """One change to a translation, as the append-only history records it."""

    id: int
    segment_id: int
    lang: str
    action: str
    old_text: str | None
    new_text: str | None
    old_status: str | None
    new_status: str | None
    actor: str
    origin: str | None
    engine: str | None
    at: str


@dataclass(frozen=True)
class HumanSentence:
    """One sentence of a human (published) version, in its own reading order."""

    index: int
    paragraph: int
    text: str
    role: Role = Role.BODY


@dataclass(frozen=True)
class SegmentDraft:
    """A segment about to be stored: paragraph number, role and source text (position = index)."""

    paragraph: int
    role: Role
    text: str


@dataclass(frozen=True)
class Link:
    """An alignment link: source segments ``[src_start, src_end)`` to human sentences
    ``[hum_start, hum_end)``.

    Either range may be empty (1-0: the human version lacks the source; 0-1: it adds text).
    ``flagged`` marks links the reviewer should look at (a dropped or added paragraph, a poor fit);
    ``reason`` says why (a code of :data:`reviewer.core.flags.REASONS`, empty when not known). The
    reason is not part of a link's identity: two links over the same sentences are equal.
    """

    src_start: int
    src_end: int
    hum_start: int
    hum_end: int
    flagged: bool = False
    reason: str = field(default="", compare=False)

    @property
    def kind(self) -> str:
        """The link's shape, e.g. ``1-1``, ``2-1``, ``0-1``."""
        return f"{self.src_end - self.src_start}-{self.hum_end - self.hum_start}"


@dataclass
class SegmentView:
    """Everything about one segment that ``show`` and the window display, assembled by the store.

    ``human[lang]`` holds the human text aligned to this segment; when one human sentence spans
    several segments (a 2-1 link) it sits on the first, and ``link_kind`` tells the shape for each.
    ``human_added[lang]`` holds human text aligned to no source (0-1 links) that follows this
    segment.
    """

    segment: Segment
    human: dict[str, str] = field(default_factory=dict)
    link_kind: dict[str, str] = field(default_factory=dict)
    flagged: dict[str, bool] = field(default_factory=dict)
    #: Why the link is flagged (a code of :data:`reviewer.core.flags.REASONS`; empty if unknown).
    flag_reason: dict[str, str] = field(default_factory=dict)
    human_added: dict[str, list[str]] = field(default_factory=dict)
    suggestions: dict[str, list[Suggestion]] = field(default_factory=dict)
    translations: dict[str, Translation] = field(default_factory=dict)
