"""The article rebuilt in a target language from its reviewed segments, before it is written out.

Paragraphs keep the source's structure (headline, subheadings, captions, quotes, body). A segment
whose translation is not exported (not approved, unless all statuses are asked for; a rejected
text never) is, as the user chooses:

* ``none``: left out, with a visible marker ``[segment 5 not approved yet]`` (consecutive ones
  in a paragraph share one marker: ``[segments 5-7 not approved yet]``);
* ``human``: replaced by the published human version aligned to it, or marked if there is none;
* ``mt``: replaced by a machine translation (the first engine by name), or marked if none.

The writers (:mod:`reviewer.formats.document_writers`) state the choice in each file's metadata.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from reviewer.core import languages
from reviewer.core.model import Role, Status
from reviewer.core.suggestions import usable_suggestion
from reviewer.formats.units import TOOL_NAME, TOOL_VERSION, ArticleInfo, ExportSet, Unit


class Fallback(StrEnum):
    """What stands in for a segment whose translation is not exported."""

    NONE = "none"
    HUMAN = "human"
    MT = "mt"


@dataclass(frozen=True)
class Piece:
    """A run of text in a paragraph: an exported translation, a stand-in, or a missing marker.

    ``kind`` is ``final`` (approved), ``unapproved`` (a draft or new final text, used only when
    all statuses are exported), ``human``, ``mt`` or ``missing``; ``first``/``last`` are the 1-based
    segment numbers it covers (a marker may cover several).
    """

    kind: str
    text: str
    first: int
    last: int


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the rebuilt article with the role of its first segment."""

    role: Role
    pieces: tuple[Piece, ...]

    @property
    def text(self) -> str:
        """The paragraph as plain text (markers included)."""
        return " ".join(p.text for p in self.pieces)


@dataclass
class Rebuilt:
    """An article rebuilt in ``lang``, with counts of how each segment was filled."""

    article: ArticleInfo
    lang: str
    fallback: Fallback
    exported_at: str
    paragraphs: list[Paragraph]
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def title(self) -> str:
        """The rebuilt headline, else the human version's title, else the source title."""
        for p in self.paragraphs:
            if p.role == Role.HEADLINE and p.pieces and p.pieces[0].kind != "missing":
                return p.text
        return self.article.human_titles.get(self.lang) or self.article.title

    @property
    def total(self) -> int:
        """How many segments the article has."""
        return sum(self.counts.values())

    def statement(self, *, with_title: bool = True) -> str:
        """One sentence for the file's metadata: what was rebuilt from what, and the fallback."""
        done = self.counts.get("final", 0)
        rest = {Fallback.NONE: "are left out, each place marked",
                Fallback.HUMAN: "fall back to the published human version (marked where there "
                                "is none)",
                Fallback.MT: "fall back to the machine translation (marked where there is none)",
                }[self.fallback]
        title = f" \u201c{self.article.title}\u201d" if with_title else ""
        drafts = self.counts.get("unapproved", 0)
        drafts_text = (f"; {drafts} more use their final text though not approved (all "
                       "statuses)" if drafts else "")
        return (f"Rebuilt by {TOOL_NAME} {TOOL_VERSION} on {self.exported_at} from article "
                f"{self.article.id}{title} in {languages.label(self.lang)}: {done} of "
                f"{self.total} segments approved{drafts_text}; the others {rest} "
                f"(fallback={self.fallback}).")


def marker(first: int, last: int) -> str:
    """The visible text that stands for segments left out."""
    if first == last:
        return f"[segment {first} not approved yet]"
    return f"[segments {first}-{last} not approved yet]"


def _fill(data: ExportSet, u: Unit, lang: str, fallback: Fallback) -> tuple[str, str]:
    tr = data.selected(u, lang)
    if tr is not None and tr.status != Status.REJECTED:
        return ("final" if tr.status == Status.APPROVED else "unapproved"), tr.text
    if fallback == Fallback.HUMAN and lang in u.human:
        # "" marks a segment whose human text sits on the segment above (a 2-1 link).
        return ("human", u.human[lang]) if u.human[lang] else ("joined", "")
    if fallback == Fallback.MT and (mt := usable_suggestion(u.mt.get(lang, ()))) is not None:
        return "mt", mt.text or ""
    return "missing", ""


def rebuild(data: ExportSet, article_id: int, lang: str,
            fallback: Fallback = Fallback.NONE) -> Rebuilt:
    """Rebuild one article of ``data`` in ``lang``, paragraph by paragraph."""
    article = next(a for a in data.articles if a.id == article_id)
    units = [u for u in data.units if u.article_id == article_id]
    counts: dict[str, int] = {"final": 0, "unapproved": 0, "human": 0, "mt": 0, "missing": 0}
    paragraphs: list[Paragraph] = []
    current: list[Piece] = []
    role = Role.BODY
    last_paragraph: int | None = None
    for u in units:
        if u.paragraph != last_paragraph:
            if current:
                paragraphs.append(Paragraph(role, tuple(current)))
            current, role, last_paragraph = [], u.role, u.paragraph
        kind, text = _fill(data, u, lang, fallback)
        number = u.index + 1
        counts["human" if kind == "joined" else kind] += 1
        if kind == "missing" and current and current[-1].kind == "missing":
            first = current[-1].first
            current[-1] = Piece("missing", marker(first, number), first, number)
        elif kind == "missing":
            current.append(Piece("missing", marker(number, number), number, number))
        elif text:
            current.append(Piece(kind, text, number, number))
    if current:
        paragraphs.append(Paragraph(role, tuple(current)))
    return Rebuilt(article, lang, fallback, data.exported_at, paragraphs, counts)
