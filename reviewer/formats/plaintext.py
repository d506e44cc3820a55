"""Plain-text articles as news sites' "copy the page" gives them (see resources/sample/).

Rules, the same for English, Ukrainian and Russian:

* Paragraphs are separated by blank lines, and the lines of one paragraph are joined with a space.
  A text with no blank line at all has one paragraph per line.
* A first line made only of language codes (``ua en ru``, ``UA | EN | RU``, ``УКР РУС``) is the
  site's language switcher and is dropped.
* The first paragraph is the headline (unless it is longer than ``HEADLINE_MAX`` characters: then
  the text has no headline and everything is body).
* A paragraph starting with a photo label (``Photo:``, ``Фото:``...), optionally after a repeat of
  the headline as the site prints it above the picture, is a CAPTION holding only the caption and
  credit. The label is dropped with the repeated title: both come from the site's template, not
  from the author, and the role already says "caption"; the translator has nothing to translate in
  it, and a reviewer aligning against the human version compares the caption words alone.
  A bare repeat of the headline right after it is dropped too.
* A one-line paragraph under ``SUBHEADING_MAX`` characters that starts with a capital (or a quote
  mark and a capital) and has no final punctuation (``.!?…:;,``) is a SUBHEADING; a whole line in
  quote marks, like ``“We did not fulfill what we promised”``, counts when the words inside end
  without punctuation. List items (``- …``, ``• …``) and lines without letters are body.
* Everything else is BODY (a quotation paragraph in the body stays BODY: telling a quoted
  paragraph from an attributed one is not reliable from plain text).
"""

from __future__ import annotations

import re

from reviewer.core import spaces
from reviewer.core.model import Block, Role

HEADLINE_MAX = 300
SUBHEADING_MAX = 100

_SWITCH_TOKENS = frozenset(
    "ua uk ukr en eng ru rus укр укp рус рос анг англ eng de pl fr es it ro be by "
    "українська українською english русский русская російська русском deutsch polski".split()
)
_SWITCH_SPLIT = re.compile(r"[\s|/·•,]+")
_PHOTO = re.compile(
    r"(?:Photo|Photograph|Image|Illustration|Фото|Світлина|Ілюстрація|Иллюстрация)\s*:\s*",
    re.IGNORECASE,
)
_FINAL_PUNCT = ".!?…:;,"
_OPEN_QUOTES = "“«„\"'‘‹"
_CLOSE_QUOTES = "”»“\"'’›"
_BULLETS = "-–—•*·▪►"
_SPACES = re.compile(r"[ \t\f\v]+")


def read_plaintext(text: str) -> tuple[str | None, list[Block]]:
    """Split ``text`` into blocks by the rules above; return ``(title, blocks)``.

    ``title`` is the headline's text, or ``None`` when the text has no headline.
    """
    return structure(paragraphs(drop_switcher(text)))


def drop_switcher(text: str) -> str:
    """Remove the first non-empty line of ``text`` if it is a language switcher."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line.strip():
            if is_switcher(line):
                del lines[index]
            break
    return "\n".join(lines)


def is_switcher(line: str) -> bool:
    """Whether ``line`` consists only of two to six language codes or names."""
    tokens = [token.strip(".").lower() for token in _SWITCH_SPLIT.split(line.strip()) if token]
    return 2 <= len(tokens) <= 6 and all(token in _SWITCH_TOKENS for token in tokens)


def paragraphs(text: str) -> list[str]:
    """Split ``text`` into paragraphs; the lines of a paragraph stay joined by ``\\n``."""
    # Ordinary whitespace is folded; a line of no-break spaces only counts as blank.
    lines = [spaces.strip(_SPACES.sub(" ", line)) for line in text.split("\n")]
    lines = [line if line.strip() else "" for line in lines]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    if "" not in lines:
        return [line for line in lines if line]
    found: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line:
            current.append(line)
        elif current:
            found.append("\n".join(current))
            current = []
    return found


def structure(paras: list[str]) -> tuple[str | None, list[Block]]:
    """Give each paragraph its role; a paragraph may hold several lines joined by ``\\n``."""
    blocks: list[Block] = []
    title: str | None = None
    for number, para in enumerate(paras):
        text = " ".join(para.split("\n"))
        if number == 0 and len(text) <= HEADLINE_MAX:
            title = text
            blocks.append(Block(Role.HEADLINE, text))
            continue
        if title is not None and number == 1 and _same(text, title):
            continue
        caption = caption_text(text, title)
        if caption is not None:
            if caption:
                blocks.append(Block(Role.CAPTION, caption))
        elif "\n" not in para and is_subheading(text):
            blocks.append(Block(Role.SUBHEADING, text))
        else:
            blocks.append(Block(Role.BODY, text))
    return title, blocks


def caption_text(text: str, title: str | None) -> str | None:
    """Return the caption in ``text`` (label and repeated title removed), or ``None`` if none."""
    match = _PHOTO.search(text)
    if match is None:
        return None
    before = text[: match.start()].strip()
    if before and (title is None or not _same(before, title)):
        return None
    return spaces.strip(text[match.end() :])


def is_subheading(text: str) -> bool:
    """Whether a one-line paragraph reads as a subheading by the rules above."""
    if not text or len(text) > SUBHEADING_MAX or text[0] in _BULLETS:
        return False
    if not any(ch.isalpha() for ch in text):
        return False
    inner = text
    if text[0] in _OPEN_QUOTES:
        if len(text) < 3 or text[-1] not in _CLOSE_QUOTES:
            return False
        inner = text[1:-1].strip()
    first = next((ch for ch in inner if ch.isalnum()), "")
    if not (first.isupper() or first.isdigit()) or inner[:1] in _OPEN_QUOTES:
        return False
    tail = inner.rstrip(_CLOSE_QUOTES + ")]") if inner[-1:] in _CLOSE_QUOTES else inner
    return bool(tail) and tail[-1] not in _FINAL_PUNCT


def _same(a: str, b: str) -> bool:
    return _key(a) == _key(b)


def _key(text: str) -> str:
    return " ".join(re.sub(r"[-–—]", "-", text).casefold().split())
