"""The XML inside a .docx, read in one streaming pass, within a size and a paragraph budget.

python-docx looks up a paragraph's style by scanning every declared style, per paragraph (2,500
paragraphs with 20,000 styles took minutes), and builds the whole tree first. Here the styles are
read once into a dictionary and ``word/document.xml`` is streamed with ``iterparse``, each
paragraph yielded and dropped as soon as it ends: time and memory grow linearly with the file.

Budgets, checked while reading: each part may unpack to :data:`~reviewer.formats.budgets.
MAX_DOCX_PART` bytes (the zip's declared size is checked before reading, the bytes actually
inflated while reading); the document may hold :data:`~reviewer.formats.budgets.MAX_PARAGRAPHS`
paragraphs. The XML is parsed by :mod:`defusedxml` with any DTD refused: Word never writes one,
and one is how entity bombs and external entities (XXE) come in.
"""

from __future__ import annotations

import posixpath
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO
from xml.etree.ElementTree import Element

import defusedxml.ElementTree as SafeET

from reviewer.formats.budgets import MAX_DOCX_PART, MAX_PARAGRAPHS
from reviewer.formats.errors import BadInputError, human_size

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
_P, _R, _PPR, _PSTYLE, _HYPERLINK = W + "p", W + "r", W + "pPr", W + "pStyle", W + "hyperlink"
_BODY, _TC, _VAL = W + "body", W + "tc", W + "val"
_SMALL_PART = 1024 * 1024  # relationships and document properties
_TRUE = frozenset({"1", "true", "on"})


class _Capped:
    """A zip member's stream that fails once more than ``limit`` bytes have been inflated."""

    def __init__(self, stream: IO[bytes], limit: int, too_big: BadInputError):
        self.stream, self.left, self.too_big = stream, limit, too_big

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size if size >= 0 else self.left + 1)
        self.left -= len(data)
        if self.left < 0:
            raise self.too_big
        return data


@dataclass(frozen=True)
class Style:
    """A declared style: its name, the style it is based on, its type and whether it is the
    default of its type."""

    name: str
    based_on: str | None
    type: str | None
    default: bool


class DocxParts:
    """The parts of one .docx that hold its text, found through the package's relationships."""

    def __init__(self, archive: zipfile.ZipFile, source: str):
        self.archive, self.source = archive, source
        top = self._targets("_rels/.rels", "")
        self.document = top.get("officeDocument", "word/document.xml")
        self.core = top.get("core-properties", "docProps/core.xml")
        folder, name = posixpath.split(self.document)
        inner = self._targets(posixpath.join(folder, "_rels", name + ".rels"), folder)
        self.styles = inner.get("styles", posixpath.join(folder, "styles.xml"))

    def open(self, name: str, limit: int = MAX_DOCX_PART) -> _Capped | None:
        """The member ``name`` as a capped stream, or ``None`` if the package lacks it."""
        try:
            info = self.archive.getinfo(name)
        except KeyError:
            return None
        if info.file_size > limit:
            raise BadInputError(self.source, f"its {name} unpacks to {human_size(info.file_size)},"
                                             f" over the {human_size(limit)} limit")
        over = BadInputError(self.source, f"its {name} unpacks to over {human_size(limit)}, "
                                          "the limit")
        return _Capped(self.archive.open(info), limit, over)

    def _targets(self, rels: str, folder: str) -> dict[str, str]:
        """Relationship type (its last word) to target part, from the ``.rels`` part ``rels``."""
        stream = self.open(rels, _SMALL_PART)
        found: dict[str, str] = {}
        if stream is None:
            return found
        for _, elem in SafeET.iterparse(stream, forbid_dtd=True):
            if elem.tag == _REL and elem.get("TargetMode") != "External":
                target = elem.get("Target", "")
                path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
                    posixpath.join(folder, target))
                found.setdefault(elem.get("Type", "").rpartition("/")[2], path)
        return found

    def title(self) -> str | None:
        """The document's Title property, if it has one."""
        stream = self.open(self.core, _SMALL_PART)
        if stream is None:
            return None
        for _, elem in SafeET.iterparse(stream, forbid_dtd=True):
            if elem.tag == _DC_TITLE:
                title: str | None = elem.text
                return title
        return None

    def styles_by_id(self) -> dict[str, Style]:
        """Every declared style by id (the first of a repeated id wins, as in Word)."""
        stream = self.open(self.styles)
        styles: dict[str, Style] = {}
        if stream is None:
            return styles
        for _, elem in SafeET.iterparse(stream, forbid_dtd=True):
            if elem.tag != W + "style":
                continue
            name, based = elem.find(W + "name"), elem.find(W + "basedOn")
            style_id = elem.get(W + "styleId")
            if style_id is not None and style_id not in styles:
                styles[style_id] = Style(
                    (name.get(_VAL) or "") if name is not None else "",
                    based.get(_VAL) if based is not None else None,
                    elem.get(W + "type"), elem.get(W + "default", "") in _TRUE)
            elem.clear()
        return styles

    def paragraphs(self) -> Iterator[tuple[str | None, str]]:
        """Each body or table-cell paragraph's style id and text, in reading order, streamed.

        Paragraphs directly in the body or in a table cell count, as python-docx reads them;
        runs directly in a paragraph or in its hyperlinks give the text.
        """
        stream = self.open(self.document)
        if stream is None:
            raise BadInputError(self.source, "this is not a valid .docx file (an old .doc, or "
                                             "damaged?)")
        stack: list[Element] = []
        open_paragraphs: list[tuple[list[str], list[str | None]]] = []
        count = 0
        for event, elem in SafeET.iterparse(stream, events=("start", "end"), forbid_dtd=True):
            if event == "start":
                stack.append(elem)
                if elem.tag == _P:
                    open_paragraphs.append(([], [None]))
                continue
            stack.pop()
            tag, parent = elem.tag, stack[-1].tag if stack else None
            if tag == _R:
                if parent == _P or (parent == _HYPERLINK and stack[-2].tag == _P):
                    open_paragraphs[-1][0].append(run_text(elem))
                elem.clear()
            elif tag == _PSTYLE and parent == _PPR and len(stack) > 1 and stack[-2].tag == _P:
                open_paragraphs[-1][1][0] = elem.get(_VAL)
            elif tag == _P:
                parts, style = open_paragraphs.pop()
                count += 1
                if count > MAX_PARAGRAPHS:
                    raise BadInputError(self.source, f"the document has over {MAX_PARAGRAPHS:,} "
                                                     "paragraphs, the limit for an article")
                if parent in (_BODY, _TC):
                    yield style[0], "".join(parts)
                elem.clear()
            if parent == _BODY:
                stack[-1].remove(elem)  # done with it: the body holds nothing it has read


_HYPHENS = {W + "noBreakHyphen": "\u2011", W + "softHyphen": "\u00ad", W + "cr": "\n",
            W + "tab": "\t", W + "ptab": "\t"}


def run_text(run: Element) -> str:
    """A run's text as Word shows it; Word's hyphen elements read as U+2011 and U+00AD."""
    out: list[str] = []
    for part in run:
        if part.tag == W + "t":
            out.append(part.text or "")
        elif part.tag == W + "br":
            out.append("\n" if part.get(W + "type", "textWrapping") == "textWrapping" else "")
        else:
            out.append(_HYPHENS.get(part.tag, ""))
    return "".join(out)
