"""The one entry point for importing an article: ``read_document`` on a path, a URL or stdin.

The reader is chosen by the file's extension (``.txt``/``.text``, ``.md``/``.markdown``,
``.html``/``.htm``/``.xhtml``, ``.docx``), by a page's content type, or, for stdin, for a file
without an extension and for ``text/plain`` pages, by sniffing the text: HTML if it starts like a
page, Markdown if it has ``#`` headings, setext underlines, links, images or code fences, plain
text otherwise.

Every failure the user can do something about is a ``BadInputError`` whose text is one line,
``"<file or URL>: <reason>"``. The title falls back, when the article has no headline, to the file's
name (without extension) or, for URLs and stdin, to the start of the first paragraph.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from reviewer.core.languages import normalize
from reviewer.core.model import Block, Document
from reviewer.formats.decoding import declared_charset, decode, visible
from reviewer.formats.errors import MAX_BYTES, BadInputError, too_big
from reviewer.formats.plaintext import read_plaintext
from reviewer.formats.url import HTML_TYPES, fetch, is_url

__all__ = ["BadInputError", "EXTENSIONS", "MAX_BYTES", "read_document", "sniff"]

EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
}
_EXPECTED = "expected .txt, .md, .html, .docx"
_HINTS = {
    ".doc": "; save it as .docx in Word",
    ".rtf": "; save it as .docx",
    ".odt": "; save it as .docx",
}
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_HTML_TAGS = re.compile(r"<(?:p|div|h[1-6]|article|section|br|span|a)\b[^>]*>", re.I)
_MARKDOWN = re.compile(
    r"^#{1,6}[ \t]+\S|^\S.*\n(?:=+|-{2,})[ \t]*$|!?\[[^\]\n]+\]\([^)\s]+\)|^```", re.M
)
_TITLE_CHARS = 80
_WEBBY = re.compile(r"(?:www\.|[\w-]+\.(?:com|org|net|ua|ru|info|news)(?:/|$))", re.I)


def read_document(
    source: str,
    *,
    lang: str | None = None,
    title: str | None = None,
    data: bytes | None = None,
    timeout: float = 20.0,
    max_bytes: int = MAX_BYTES,
) -> Document:
    """Read an article from ``source`` into a ``Document``.

    ``source`` is a file path, an ``http(s)://`` URL, or ``-`` for ``data`` (stdin's bytes). Given
    ``data`` with a path or URL, the bytes are used as that file's content and nothing is read or
    downloaded. ``lang`` (normalised: ``ua`` becomes ``uk``) overrides the language an HTML page
    declares; ``title`` overrides the detected title (the HEADLINE block keeps the article's text).
    ``timeout`` (seconds) and ``max_bytes`` bound downloads; ``max_bytes`` also bounds files.
    Raises ``BadInputError`` for input that cannot be read as an article and
    ``reviewer.core.languages.UnknownLanguageError`` for a malformed ``lang``.
    """
    language = normalize(lang) if lang else None
    if source == "-":
        if data is None:
            raise ValueError("read_document('-') needs the bytes read from stdin as data=")
        name, origin, kind, what = "stdin", "stdin", None, "input"
        _check_size(name, len(data), max_bytes, what)
        content, declared, url = data, None, None
    elif is_url(source):
        name = origin = source
        what, url = "page", source
        if data is None:
            fetched = fetch(source, timeout=timeout, max_bytes=max_bytes)
            content, declared, url = fetched.content, fetched.charset, fetched.url
            origin = fetched.url  # where the page really came from, after any redirects
            kind = _kind_of_page(
                fetched.media_type, PurePosixPath(urlsplit(fetched.url).path).suffix
            )
        else:
            _check_size(name, len(data), max_bytes, what)
            content, declared, kind = data, None, None
    else:
        name, what, url, declared = source, "file", None, None
        path = Path(source).expanduser()
        origin = str(path.resolve())
        if data is None:
            _check_exists(source, path)
        kind = _kind_of_file(source, path.suffix)
        content = data if data is not None else _read_file(source, path, max_bytes)
        _check_size(name, len(content), max_bytes, what)
    if not content.strip():
        raise BadInputError(name, f"the {what} is empty")
    detected, blocks, page_lang = _parse(content, name, kind, declared, url, what)
    if not blocks:
        raise BadInputError(name, f"no text was found in the {what}")
    fallback = Path(source).stem if what == "file" else _shorten(blocks[0].text)
    return Document(
        title=title or detected or fallback,
        blocks=tuple(blocks),
        origin=origin,
        language=language or page_lang,
    )


def sniff(text: str) -> str:
    """Guess the format of text with no name: ``html``, ``markdown`` or ``text``."""
    head = text[:16384]
    if _HTML_START.match(head) or (
        head.lstrip().startswith("<") and len(_HTML_TAGS.findall(head)) >= 2
    ):
        return "html"
    if _MARKDOWN.search(head):
        return "markdown"
    return "text"


def _parse(
    content: bytes, name: str, kind: str | None, declared: str | None, url: str | None, what: str
) -> tuple[str | None, list[Block], str | None]:
    # Each reader's library (python-docx, trafilatura, markdown-it) is imported when a document
    # of its kind is read, so that commands that read none start fast.
    if kind == "docx":
        from reviewer.formats.docx import read_docx

        return (*read_docx(content, name), None)
    text = decode(content, name, declared=declared or declared_charset(content))
    if not visible(text):  # zero-width characters, byte-order marks, RLO: nothing to read
        raise BadInputError(name, f"the {what} is empty")
    kind = kind or sniff(text)
    if kind == "html":
        from reviewer.formats.html import read_html

        return read_html(text, name, url=url)
    if kind == "markdown":
        from reviewer.formats.markdown import read_markdown

        return (*read_markdown(text), None)
    return (*read_plaintext(text), None)


def _kind_of_file(source: str, suffix: str) -> str | None:
    suffix = suffix.lower()
    if not suffix:
        return None
    if suffix not in EXTENSIONS:
        raise BadInputError(
            source, f"unsupported file type {suffix} ({_EXPECTED}{_HINTS.get(suffix, '')})"
        )
    return EXTENSIONS[suffix]


def _kind_of_page(media_type: str | None, suffix: str) -> str | None:
    if media_type in HTML_TYPES:
        return "html"
    if media_type in ("text/markdown", "text/x-markdown") or suffix.lower() in (".md", ".markdown"):
        return "markdown"
    return None  # text/plain or no type: sniffed, as servers label many things text/plain


def _check_exists(source: str, path: Path) -> None:
    if path.is_dir():
        raise BadInputError(source, "this is a folder, not a file")
    if not path.exists():
        hint = "; for a web page write the address with https://" if _WEBBY.match(source) else ""
        raise BadInputError(source, f"no such file{hint}")


def _read_file(source: str, path: Path, max_bytes: int) -> bytes:
    try:
        _check_size(source, path.stat().st_size, max_bytes, "file")
        with path.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except OSError as exc:
        reason = (exc.strerror or type(exc).__name__).lower()
        raise BadInputError(source, f"cannot read the file ({reason})") from exc


def _check_size(name: str, size: int, limit: int, what: str) -> None:
    if size > limit:
        raise too_big(name, size, limit, what)


def _shorten(text: str) -> str:
    return text if len(text) <= _TITLE_CHARS else text[: _TITLE_CHARS - 1].rsplit(" ", 1)[0] + "…"
