"""Word documents (.docx) through python-docx, by paragraph style.

* ``Title`` or ``Heading 1``: the first one is the headline; later ones are subheadings.
* ``Heading 2`` and deeper: subheadings. ``Caption``: caption. ``Quote``, ``Intense Quote``: quote.
* Everything else is body, table cells included (each cell paragraph once, in reading order);
  a body paragraph starting with a photo label (``Photo:``, ``Фото:``) is a caption, as in text.
* Styles count through inheritance (a custom style based on ``Heading 2`` is a subheading).
* A document that uses none of these styles, as when an article is pasted into Word as it is, is
  read with the plain-text rules, one Word paragraph per paragraph (language switcher dropped,
  first paragraph the headline, short unpunctuated lines subheadings, ``Photo:`` captions).

Empty paragraphs are skipped. With no headline, the document's Title property names it.
Text is kept as Word holds it: no-break spaces, and the soft and non-breaking hyphens Word writes
as elements (``w:softHyphen``, ``w:noBreakHyphen``) read as U+00AD and U+2011.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import docx
from docx.document import Document as WordDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph

from reviewer.core import spaces
from reviewer.core.model import Block, Role
from reviewer.formats.errors import BadInputError
from reviewer.formats.plaintext import caption_text, drop_switcher, structure

_KINDS = {
    "title": "title",
    "heading 1": "h1",
    "caption": "caption",
    "quote": "quote",
    "intense quote": "quote",
}


def read_docx(data: bytes, source: str) -> tuple[str | None, list[Block]]:
    """Read the .docx file in ``data``; return ``(title, blocks)``."""
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise BadInputError(
            source, "this is not a valid .docx file (an old .doc, or damaged?)"
        ) from exc
    paragraphs = [(kind, text) for kind, text in _paragraphs(document) if text.strip()]
    if all(kind == "body" for kind, _ in paragraphs):
        lines = drop_switcher("\n".join(text for _, text in paragraphs)).split("\n")
        title, blocks = structure([line for line in lines if line])
    else:
        title, blocks = _styled(paragraphs)
    return title or _clean(document.core_properties.title or "") or None, blocks


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


def _paragraphs(document: WordDocument) -> Iterator[tuple[str, str]]:
    """Each paragraph's kind and text in reading order, descending into tables."""
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            yield _kind(item), _clean(_text(item))
        elif isinstance(item, Table):
            yield from _table(item)


def _table(table: Table) -> Iterator[tuple[str, str]]:
    seen: set[object] = set()  # holding the elements keeps lxml's proxies, hence identity, stable
    for row in table.rows:
        for cell in row.cells:
            if cell._tc in seen:  # a merged cell appears once per grid column it spans
                continue
            seen.add(cell._tc)
            for item in cell.iter_inner_content():
                if isinstance(item, Paragraph):
                    yield _kind(item), _clean(_text(item))
                else:
                    yield from _table(item)


def _kind(paragraph: Paragraph) -> str:
    style = paragraph.style
    while style is not None:
        name = (style.name or "").strip().lower()
        if name in _KINDS:
            return _KINDS[name]
        if name.startswith("heading ") and name[8:].isdigit():
            return "sub"
        style = style.base_style
    return "body"


_RUN_PARTS = "w:br | w:cr | w:noBreakHyphen | w:softHyphen | w:ptab | w:t | w:tab"
_HYPHENS = {"noBreakHyphen": "\u2011", "softHyphen": "\u00ad"}


def _text(paragraph: Paragraph) -> str:
    """The paragraph's text as python-docx reads it, but with Word's hyphen elements kept
    (python-docx reads a non-breaking hyphen as ``-`` and drops a soft hyphen)."""
    out: list[str] = []
    for run in paragraph._p.xpath("w:r | w:hyperlink/w:r"):
        for part in run.xpath(_RUN_PARTS):
            name = part.tag.rpartition("}")[2]
            out.append(_HYPHENS.get(name) or str(part))
    return "".join(out)


def _clean(text: str) -> str:
    return spaces.fold(text)  # ordinary whitespace only: no-break spaces are text
