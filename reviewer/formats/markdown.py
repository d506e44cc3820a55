"""Markdown articles (.md, .markdown) through markdown-it-py (CommonMark, with tables).

* The first level-1 heading is the headline (and the title); later headings of any level are
  subheadings. With no ``#`` heading, a YAML front-matter ``title:`` is the headline.
* Paragraphs are body; paragraphs inside a blockquote are quotes; list items and table cells are
  body paragraphs, one each; code blocks are body; raw HTML blocks give their text as body.
* Inline markup is reduced to its text: emphasis, links (their words), code spans; line breaks
  become spaces. An image alone is not text and is skipped; a caption is a paragraph right after
  an image (or sharing its paragraph) that is wholly emphasised (``*Reuters*``) or starts with a
  photo label, and any paragraph that starts with a photo label (``Photo:``, ``Фото:``); labels
  are dropped as in plain text.
* A first paragraph that is a language switcher (``ua en ru``) is dropped, as in plain text.
* No-break and other Unicode spaces are text, kept where they are (also at the ends of paragraphs,
  which markdown-it-py would strip): the parser sees stand-ins for them
  (:mod:`reviewer.formats.standins`).
"""

from __future__ import annotations

import html
import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from reviewer.core import spaces
from reviewer.core.model import Block, Role
from reviewer.formats.plaintext import caption_text, is_switcher
from reviewer.formats.standins import UNICODE_SPACES, restore

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FRONT_TITLE = re.compile(r"^title:[ \t]*(.+?)[ \t]*$", re.M)
_TAG = re.compile(r"<[^>]*>")


def read_markdown(text: str) -> tuple[str | None, list[Block]]:
    """Parse Markdown ``text`` into ``(title, blocks)``; ``title`` is ``None`` if there is none."""
    text, front_title = _front_matter(UNICODE_SPACES.hide(text))
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    walker = _Walker()
    walker.walk(parser.parse(text))
    blocks = walker.blocks
    title = walker.title
    if title is None and front_title:
        title = front_title
        blocks.insert(0, Block(Role.HEADLINE, title))
    return title, blocks


def _front_matter(text: str) -> tuple[str, str | None]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, None
    found = _FRONT_TITLE.search(match.group(1))
    title = restore(found.group(1).strip("\"'")) if found else None
    return text[match.end() :], title or None


class _Walker:
    """Turns the flat token stream into blocks, tracking containers and the last image."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.title: str | None = None
        self.quote_depth = 0
        self.after_image = False

    def walk(self, tokens: list[Token]) -> None:
        heading: str | None = None
        for token in tokens:
            kind = token.type
            if kind == "blockquote_open":
                self.quote_depth += 1
            elif kind == "blockquote_close":
                self.quote_depth -= 1
            elif kind == "heading_open":
                heading = token.tag
            elif kind == "heading_close":
                heading = None
            elif kind == "inline" and heading is not None:
                self._heading(heading, token)
            elif kind == "inline":
                self._paragraph(token)
            elif kind in ("fence", "code_block"):
                self._add(Role.BODY, restore(token.content))
            elif kind == "html_block":
                self._add(Role.BODY, html.unescape(_TAG.sub(" ", restore(token.content))))

    def _heading(self, tag: str, token: Token) -> None:
        text = inline_text(token.children or [])
        if tag == "h1" and self.title is None and text:
            self.title = text
            self._add(Role.HEADLINE, text)
        else:
            self._add(Role.SUBHEADING, text)

    def _paragraph(self, token: Token) -> None:
        children = token.children or []
        images = any(child.type == "image" for child in children)
        rest = [child for child in children if child.type != "image"]
        text = inline_text(rest)
        if not text:
            self.after_image = self.after_image or images
            return
        if not self.blocks and is_switcher(text):
            return
        near_image = images or self.after_image
        self.after_image = False
        caption = caption_text(text, self.title)
        if caption is not None:
            self._add(Role.CAPTION, caption)
        elif near_image and _wholly_emphasised(rest):
            self._add(Role.CAPTION, text)
        else:
            self._add(Role.QUOTE if self.quote_depth else Role.BODY, text)

    def _add(self, role: Role, text: str) -> None:
        text = spaces.fold(text)  # ordinary whitespace only: no-break spaces are text
        if text.strip():
            self.blocks.append(Block(role, text))
            if role is not Role.CAPTION:
                self.after_image = False


def inline_text(children: list[Token]) -> str:
    """The plain text of inline tokens: markup dropped, breaks as spaces, images skipped."""
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return spaces.fold(restore("".join(parts)))


def _wholly_emphasised(children: list[Token]) -> bool:
    """Whether every word of the paragraph sits inside emphasis, as in ``*Photo by Reuters*``."""
    parts = [c for c in children if c.content.strip() or c.type not in ("text", "softbreak")]
    if not parts or parts[0].type not in ("em_open", "strong_open"):
        return False
    depth = 0
    for part in parts:
        if part.type.endswith("_open"):
            depth += 1
        elif part.type.endswith("_close"):
            depth -= 1
        elif depth == 0 and part.content.strip():
            return False
    return True
