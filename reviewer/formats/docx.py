"""Word documents (.docx), read straight from their XML, by paragraph style.

* ``Title`` or ``Heading 1``: the first one is the headline; later ones are subheadings.
* ``Heading 2`` and deeper: subheadings. ``Caption``: caption. ``Quote``, ``Intense Quote``: quote.
* Everything else is body, table cells included (each cell paragraph once, in reading order);
  a body paragraph starting with a photo label (``Photo:``, ``Фото:``) is a caption, as in text.
* Styles count through inheritance (a custom style based on ``Heading 2`` is a subheading).
* A document that uses none of these styles, as when an article is pasted into Word as it is, is
  read with the plain-text rules, one Word paragraph per paragraph (language switcher dropped,
  first paragraph the headline, short unpunctuated lines subheadings, ``Photo:`` captions).

Empty paragraphs (or ones of invisible characters only) are skipped. With no headline, the
document's Title property names it. Text is kept as Word holds it: no-break spaces, and the soft
and non-breaking hyphens Word writes as elements (``w:softHyphen``, ``w:noBreakHyphen``) read as
U+00AD and U+2011. The XML is streamed within budgets (:mod:`reviewer.formats.docx_xml`): a part
that unpacks past 20 MB, over 100,000 paragraphs, or any DTD (entities) refuses the file.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException

from reviewer.core import spaces
from reviewer.core.model import Block, Role
from reviewer.formats.decoding import visible
from reviewer.formats.docx_xml import DocxParts, Style
from reviewer.formats.errors import BadInputError
from reviewer.formats.plaintext import caption_text, drop_switcher, structure

_KINDS = {
    "title": "title",
    "heading 1": "h1",
    "caption": "caption",
    "quote": "quote",
    "intense quote": "quote",
}
_NOT_DOCX = "this is not a valid .docx file (an old .doc, or damaged?)"


def read_docx(data: bytes, source: str) -> tuple[str | None, list[Block]]:
    """Read the .docx file in ``data``; return ``(title, blocks)``."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = DocxParts(archive, source)
            kinds = _Kinds(parts.styles_by_id())
            paragraphs = [(kinds.of(style), text) for style, raw in parts.paragraphs()
                          if visible(text := _clean(raw))]
            properties_title = parts.title()
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
        raise BadInputError(source, _NOT_DOCX) from exc
    except ParseError as exc:
        line, _ = getattr(exc, "position", (0, 0))
        raise BadInputError(source, f"this is not a valid .docx file (damaged XML at line {line})"
                            ) from exc
    except DefusedXmlException as exc:
        raise BadInputError(source, "it declares XML entities, which Word never writes; refused "
                                    "for safety (entity expansion or external entities)") from exc
    if all(kind == "body" for kind, _ in paragraphs):
        lines = drop_switcher("\n".join(text for _, text in paragraphs)).split("\n")
        title, blocks = structure([line for line in lines if line])
    else:
        title, blocks = _styled(paragraphs)
    return title or _clean(properties_title or "") or None, blocks


class _Kinds:
    """Paragraph style id to kind (``title``, ``h1``, ``sub``, ``caption``, ``quote``, ``body``),
    through ``basedOn`` inheritance, worked out once per style."""

    def __init__(self, styles: dict[str, Style]):
        self.styles = styles
        defaults = [i for i, s in styles.items() if s.type == "paragraph" and s.default]
        self.default = defaults[-1] if defaults else None  # Word: the last default wins
        self.known: dict[str | None, str] = {}

    def of(self, style_id: str | None) -> str:
        found = self.known.get(style_id)
        if found is None:
            found = self.known[style_id] = self._resolve(style_id)
        return found

    def _resolve(self, style_id: str | None) -> str:
        style = self.styles.get(style_id or "")
        if style is None or style.type != "paragraph":
            style_id = self.default  # an unknown or missing style means the default one
        seen: set[str] = set()
        while style_id is not None and style_id not in seen:  # a cycle of basedOn ends here
            seen.add(style_id)
            style = self.styles.get(style_id)
            if style is None:
                break
            name = style.name.strip().lower()
            if name in _KINDS:
                return _KINDS[name]
            if name.startswith("heading ") and name[8:].isdigit():
                return "sub"
            style_id = style.based_on
        return "body"


def _styled(paragraphs: list[tuple[str, str]]) -> tuple[str | None, list[Block]]:
    title: str | None = None
    blocks: list[Block] = []
    for kind, text in paragraphs:
        if kind in ("title", "h1") and title is None:
            title = text
            blocks.append(Block(Role.HEADLINE, text))
        elif kind in ("title", "h1", "sub"):
            blocks.append(Block(Role.SUBHEADING, text))
        elif kind == "caption":
            blocks.append(Block(Role.CAPTION, caption_text(text, title) or text))
        elif kind == "quote":
            blocks.append(Block(Role.QUOTE, text))
        else:
            caption = caption_text(text, title)
            if caption is None:
                blocks.append(Block(Role.BODY, text))
            elif caption:
                blocks.append(Block(Role.CAPTION, caption))
    return title, blocks


def _clean(text: str) -> str:
    return spaces.fold(text)  # ordinary whitespace only: no-break spaces are text
