"""Downloading an article page: http(s) only, a size cap, a deadline, errors in plain words.

The download streams and stops as soon as it passes the cap, counted after decompression (a
``Content-Length`` over the cap is refused before reading). ``timeout`` is a deadline for the
whole request - connecting, the headers and the body - however slowly the server trickles bytes:
when it passes, the connection is shut down and the download fails. Redirects are followed (an
intranet page may move to another port); :attr:`Fetched.url` is where the page really came from.
Proxies from the environment are honoured, as browsers on the same machine do. The download itself
lives in :mod:`reviewer.formats.http_fetch`, imported only when a page is fetched (requests costs
0.1 s to import, which no other command should pay).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from reviewer import __version__
from reviewer.formats.errors import MAX_BYTES, BadInputError

USER_AGENT = f"reviewer/{__version__} (news translation review tool; python-requests)"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})


@dataclass(frozen=True)
class Fetched:
    """A downloaded page: its bytes, media type and charset (if the server named them)."""

    url: str
    content: bytes
    media_type: str | None
    charset: str | None


def is_url(source: str) -> bool:
    """Whether ``source`` is written as an address (``scheme://...``) rather than a file path."""
    scheme, sep, _ = source.partition("://")
    return bool(sep) and len(scheme) > 1 and scheme.replace("+", "").replace("-", "").isalnum()


def fetch(url: str, *, timeout: float = 20.0, max_bytes: int = MAX_BYTES) -> Fetched:
    """Download ``url``; raise ``BadInputError`` with the reason if it cannot be read."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise BadInputError(
            url, f"only http:// and https:// addresses can be read, not {parts.scheme}://"
        )
    if not parts.hostname:
        raise BadInputError(url, "this is not a valid web address")
    from reviewer.formats.http_fetch import download

    return download(url, timeout=timeout, max_bytes=max_bytes)
