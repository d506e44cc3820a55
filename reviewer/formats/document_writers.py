"""Writing a rebuilt article as ``.txt``, ``.md``, ``.html`` or ``.docx``, with the fallback stated.

Where each format states how the article was rebuilt (:meth:`Rebuilt.statement`):

* ``.txt``: a closing block after a line ``-- `` (the signature separator), so the article
  itself can be pasted as it is;
* ``.md``: YAML front matter (``title``, ``lang``, ``generator``, ``article``, ``fallback``,
  ``approved``, ``segments``, ``exported``, ``note``);
* ``.html``: ``<html lang>``, ``<meta name="generator">``, ``<meta name="reviewer:fallback">``,
  ``<meta name="reviewer:approved">`` and ``<meta name="description">``; stand-ins are
  ``<span class="fallback-human|fallback-mt|unapproved" data-segment="N">``, markers
  ``<mark class="missing" data-segments="5-7">``;
* ``.docx``: core properties (title, language, subject, keywords ``fallback=...``, comments =
  the statement); markers are italic and highlighted yellow; the text language is set on the
  styles so spell checking uses Ukrainian or Russian.

Characters XML 1.0 forbids are removed from ``.html`` and ``.docx`` (see
:mod:`reviewer.formats.xmltext`); ``.txt`` and ``.md`` keep the text exactly.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.core.model import Role
from reviewer.formats.document import Rebuilt
from reviewer.formats.outputs import atomic_open, atomic_path

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
from reviewer.formats.units import TOOL_NAME, TOOL_VERSION
from reviewer.formats.xmltext import clean


def write_txt(doc: Rebuilt, path: Path) -> None:
    """Plain text: one paragraph per block, a blank line between, the statement at the end."""
    with atomic_open(path) as out:
        for p in doc.paragraphs:
            out.write(p.text + "\n\n")
        out.write(f"-- \n{doc.statement()}\n")


_LINE_BREAK = re.compile(r"\r\n|[\r\n]")  # not str.splitlines(): U+2028 and the like are text
_MD_INLINE = re.compile(r"([\\`*_\[\]<>#])")
_MD_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_MD_LINE_START = re.compile(r"^(\s*)([>+=|~-]|\d+[.)])", re.MULTILINE)


def md_escape(text: str) -> str:
    """``text`` with what Markdown would read as markup backslash-escaped (CommonMark)."""
    text = _MD_INLINE.sub(r"\\\1", text)
    text = _MD_ENTITY.sub(r"\\&", text)
    return _MD_LINE_START.sub(_escape_mark, text)


def _escape_mark(m: re.Match[str]) -> str:
    mark = m.group(2)  # only punctuation can be escaped: "1." becomes "1\."
    return m.group(1) + mark[:-1] + "\\" + mark[-1]


def write_md(doc: Rebuilt, path: Path) -> None:
    """Markdown with YAML front matter: ``#`` headline, ``##`` subheadings, ``>`` quotes."""
    front = {"title": doc.title, "lang": doc.lang, "generator": f"{TOOL_NAME} {TOOL_VERSION}",
             "article": doc.article.id, "fallback": str(doc.fallback),
             "approved": doc.counts.get("final", 0), "segments": doc.total,
             "exported": doc.exported_at, "note": doc.statement()}
    with atomic_open(path) as out:
        out.write("---\n")
        for key, value in front.items():
            out.write(f"{key}: {json.dumps(value, ensure_ascii=False)}\n")
        out.write("---\n\n")
        for p in doc.paragraphs:
            text = " ".join(md_escape(x.text) if x.kind != "missing" else f"**{md_escape(x.text)}**"
                            for x in p.pieces)
            prefix = {Role.HEADLINE: "# ", Role.SUBHEADING: "## ", Role.QUOTE: "> "}.get(p.role,
                                                                                        "")
            if p.role == Role.CAPTION:
                text = f"*{text}*"
            out.write(prefix + _LINE_BREAK.sub(" ", text) + "\n\n")


def _html_piece(kind: str, text: str, first: int, last: int) -> str:
    body = html.escape(clean(text), quote=False)
    if kind == "final":
        return body
    if kind == "missing":
        return f'<mark class="missing" data-segments="{first}-{last}">{body}</mark>'
    css = "unapproved" if kind == "unapproved" else f"fallback-{kind}"
    return f'<span class="{css}" data-segment="{first}">{body}</span>'


def write_html(doc: Rebuilt, path: Path) -> None:
    """A standalone HTML5 document: ``h1``/``h2``, ``p``, ``blockquote``, caption paragraphs."""
    def attr(s: str) -> str:
        return html.escape(clean(s), quote=True)

    lines = ["<!DOCTYPE html>", f'<html lang="{doc.lang}">', "<head>", '<meta charset="utf-8">',
             f"<title>{attr(doc.title)}</title>",
             f'<meta name="generator" content="{TOOL_NAME} {TOOL_VERSION}">',
             f'<meta name="reviewer:fallback" content="{doc.fallback}">',
             f'<meta name="reviewer:approved" content="{doc.counts.get("final", 0)}/{doc.total}">',
             f'<meta name="description" content="{attr(doc.statement())}">',
             "<style>mark.missing{background:#ffe08a;font-style:italic}"
             ".caption{font-style:italic;color:#555}</style>", "</head>", "<body>", "<article>"]
    for p in doc.paragraphs:
        inner = " ".join(_html_piece(x.kind, x.text, x.first, x.last) for x in p.pieces)
        lines.append({Role.HEADLINE: f"<h1>{inner}</h1>", Role.SUBHEADING: f"<h2>{inner}</h2>",
                      Role.QUOTE: f"<blockquote><p>{inner}</p></blockquote>",
                      Role.CAPTION: f'<p class="caption">{inner}</p>'}.get(p.role,
                                                                           f"<p>{inner}</p>"))
    lines += ["</article>", "</body>", "</html>", ""]
    with atomic_open(path) as out:
        out.write("\n".join(lines))


DOCX_LANG = {"uk": "uk-UA", "ru": "ru-RU", "en": "en-GB"}


def _set_language(document: DocxDocument, lang: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tag = DOCX_LANG.get(lang, lang)
    for style in document.styles:
        element = style.element
        if element.type != 1:  # paragraph styles only (WD_STYLE_TYPE.PARAGRAPH)
            continue
        rpr = element.get_or_add_rPr()
        for old in rpr.findall(qn("w:lang")):
            rpr.remove(old)
        node = OxmlElement("w:lang")
        node.set(qn("w:val"), tag)
        node.set(qn("w:bidi"), tag)
        node.set(qn("w:eastAsia"), tag)
        rpr.append(node)


PROPERTY_MAX = 255  # characters a Word core property holds (python-docx refuses more)


def _fit(text: str) -> str:
    """``text`` made fit for a Word core property: cut to 255 characters, ending in ``…`` if cut."""
    text = clean(text)
    if len(text) <= PROPERTY_MAX:
        return text
    return text[: PROPERTY_MAX - 1].rstrip(" ") + "\u2026"


def write_docx(doc: Rebuilt, path: Path) -> None:
    """A Word document: Title, Heading 2, Quote, Caption and Normal styles; markers highlighted."""
    from docx import Document
    from docx.enum.text import WD_COLOR_INDEX

    document = Document()
    _set_language(document, doc.lang)
    props = document.core_properties
    props.title = _fit(doc.title)  # the whole title is the document's first paragraph
    props.language = DOCX_LANG.get(doc.lang, doc.lang)
    props.subject = _fit(f"article {doc.article.id}: {doc.article.title}")
    props.keywords = _fit(f"{TOOL_NAME}; lang={doc.lang}; fallback={doc.fallback}")
    props.comments = _fit(doc.statement(with_title=False))
    props.author = props.last_modified_by = TOOL_NAME
    for p in doc.paragraphs:
        style = {Role.HEADLINE: "Title", Role.SUBHEADING: "Heading 2", Role.QUOTE: "Quote",
                 Role.CAPTION: "Caption"}.get(p.role, "Normal")
        para = document.add_paragraph(style=style)
        for i, piece in enumerate(p.pieces):
            run = para.add_run(("" if i == 0 else " ") + clean(piece.text))
            if piece.kind == "missing":
                run.italic = True
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    with atomic_path(path) as tmp:
        document.save(str(tmp))


WRITERS = {"txt": write_txt, "md": write_md, "html": write_html, "docx": write_docx}
