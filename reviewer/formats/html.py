"""HTML pages (files and fetched URLs): the article's main text through trafilatura.

trafilatura finds the article among menus, teasers and comments and gives it back as XML with
its structure kept; this module maps that XML to blocks:

* the title (trafilatura's metadata, else ``og:title``, else ``<title>``) is the HEADLINE, first;
  a heading in the text that repeats it is dropped;
* ``<head>`` is a SUBHEADING, ``<quote>`` a QUOTE (each paragraph inside it), ``<p>``, list items,
  table cells and ``<code>`` BODY; images are skipped (their ``alt`` is a description, not text);
* inline markup is reduced to its text, and line breaks (``<lb/>``) become spaces.

The text stays exactly as the page has it (no-break spaces, soft hyphens, joiners, combining
marks): those characters are hidden from trafilatura behind stand-ins in the parsed page and put
back in its output (:mod:`reviewer.formats.standins`); only ordinary whitespace is folded.

The page's language is read from ``<html lang>``, ``content-language`` or ``og:locale``.
Reader comments are left out. A page with no article text raises ``BadInputError``.
"""

from __future__ import annotations

import re

import trafilatura
from lxml import etree
from trafilatura.utils import load_html

from reviewer.core import spaces
from reviewer.core.languages import UnknownLanguageError, normalize
from reviewer.core.model import Block, Role
from reviewer.formats.errors import BadInputError
from reviewer.formats.standins import NOT_PLAIN, restore

_LANG_PATTERNS = (
    re.compile(
        r"<html\b[^>]*?\s(?:xml:)?lang\s*=\s*[\"']?\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)", re.I
    ),
    re.compile(
        r"<meta\b[^>]*http-equiv\s*=\s*[\"']?content-language[\"']?[^>]*content\s*=\s*[\"']?([A-Za-z-]+)",
        re.I,
    ),
    re.compile(
        r"<meta\b[^>]*property\s*=\s*[\"']?og:locale[\"']?[^>]*content\s*=\s*[\"']?([A-Za-z_-]+)",
        re.I,
    ),
)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TITLE_PATTERNS = (
    re.compile(
        r"<meta\b[^>]*property\s*=\s*[\"']og:title[\"'][^>]*content\s*=\s*\"([^\"]*)\"", re.I
    ),
    re.compile(r"<title\b[^>]*>(.*?)</title>", re.I | re.S),
)


def read_html(
    text: str, source: str, *, url: str | None = None
) -> tuple[str | None, list[Block], str | None]:
    """Extract the article from the HTML ``text``; return ``(title, blocks, language)``.

    ``source`` names the page in errors; ``url`` (for fetched pages) helps trafilatura.
    """
    tree = load_html(text)
    if tree is None:
        raise BadInputError(source, "no article text could be found on the page")
    xml = trafilatura.extract(
        _hide_in_tree(tree),
        url=url,
        output_format="xml",
        include_formatting=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        with_metadata=True,
        deduplicate=False,
    )
    if not xml:
        raise BadInputError(source, "no article text could be found on the page")
    doc = etree.fromstring(restore(xml).encode("utf-8"))
    title = _strip_site(_clean(doc.get("title") or ""), doc.get("sitename")) or _fallback_title(
        text
    )
    blocks: list[Block] = [Block(Role.HEADLINE, title)] if title else []
    main = doc.find("main")
    body: list[Block] = []
    if main is not None:
        _emit(main, Role.BODY, body)
    for index, block in enumerate(body):
        if title and block.role is Role.SUBHEADING and _key(block.text) == _key(title):
            del body[index]  # the page's <h1>, already the headline
            break
    if not any(block.role in (Role.BODY, Role.QUOTE) for block in body):
        raise BadInputError(source, "no article text could be found on the page")
    return title, blocks + body, page_language(text)


def _hide_in_tree(tree: etree._Element) -> etree._Element:
    """Put stand-ins for the characters trafilatura would change into the page's text."""
    for elem in tree.iter():
        if elem.text and isinstance(elem.tag, str):
            elem.text = NOT_PLAIN.hide(elem.text)
        if elem.tail:
            elem.tail = NOT_PLAIN.hide(elem.tail)
        if elem.tag == "meta" and elem.get("content"):
            elem.set("content", NOT_PLAIN.hide(elem.get("content", "")))
    return tree


def page_language(text: str) -> str | None:
    """The language a page declares, as a canonical code (``uk`` for ``ua``), or ``None``."""
    head = _COMMENT.sub("", text[:65536])  # IE conditional comments hold decoy <html lang>
    for pattern in _LANG_PATTERNS:
        match = pattern.search(head)
        if match:
            try:
                return normalize(match.group(1))
            except UnknownLanguageError:
                continue
    return None


def _strip_site(title: str, site: str | None) -> str:
    """Drop a trailing `` | Site name`` (or `` - Site name``) that pages append to their titles."""
    site = _clean(site or "").casefold()
    for sep in (" | ", " - ", " – ", " — ", " :: "):
        head, found, tail = title.rpartition(sep)
        tail = tail.strip().casefold()
        if found and head.strip() and tail and site and (tail in site or site in tail):
            return spaces.strip(head)
    return title


def _fallback_title(text: str) -> str | None:
    from html import unescape

    for pattern in _TITLE_PATTERNS:
        match = pattern.search(text)
        if match and _clean(unescape(match.group(1))):
            return _clean(unescape(match.group(1)))
    return None


_BLOCK_ROLES = {"p": Role.BODY, "item": Role.BODY, "cell": Role.BODY, "code": Role.BODY}


def _emit(element: etree._Element, role: Role, out: list[Block]) -> None:
    """Append the blocks under ``element``; ``role`` is BODY, or QUOTE inside a ``<quote>``."""
    for child in element:
        tag = child.tag
        if tag == "head":
            _add(out, Role.SUBHEADING, _text(child))
        elif tag == "quote":
            if any(grand.tag in ("p", "list", "quote", "head") for grand in child):
                _emit(child, Role.QUOTE, out)
            else:
                _add(out, Role.QUOTE, _text(child))
        elif tag in _BLOCK_ROLES:
            nested = [grand for grand in child if grand.tag in ("list", "quote", "p", "table")]
            _add(out, role, _text(child, skip=nested))
            for grand in nested:
                _emit(_wrap(grand), role, out)
        elif tag in ("list", "table", "row", "div", "main"):
            _emit(child, role, out)


def _wrap(element: etree._Element) -> etree._Element:
    holder = etree.Element("div")
    holder.append(etree.fromstring(etree.tostring(element, with_tail=False)))
    return holder


def _text(element: etree._Element, skip: list[etree._Element] | None = None) -> str:
    parts: list[str] = []

    def walk(node: etree._Element) -> None:
        parts.append(node.text or "")
        for child in node:
            if skip and child in skip:
                parts.append(" ")
            elif child.tag == "lb":
                parts.append(" ")
            elif child.tag != "graphic":
                walk(child)
            parts.append(child.tail or "")

    walk(element)
    return _clean("".join(parts))


def _add(out: list[Block], role: Role, text: str) -> None:
    if text:
        out.append(Block(role, text))


def _clean(text: str) -> str:
    return spaces.fold(text)  # ordinary whitespace only: no-break spaces are text


def _key(text: str) -> str:
    return _clean(text).casefold()
