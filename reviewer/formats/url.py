"""Downloading an article page: http(s) only, a size cap, a timeout, errors in plain words.

The download streams and stops as soon as it passes the cap (a ``Content-Length`` over the cap
is refused before reading). ``timeout`` bounds connecting, each wait for data, and the whole
download. Proxies from the environment are honoured, as browsers on the same machine do.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from email.message import Message
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    import requests

from reviewer import __version__
from reviewer.formats.errors import MAX_BYTES, BadInputError, too_big

USER_AGENT = f"reviewer/{__version__} (news translation review tool; python-requests)"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
_CHUNK = 64 * 1024


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
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/*;q=0.9"}
    deadline = time.monotonic() + timeout
    import requests  # only when a page is fetched: it costs 0.1 s to import

    try:
        with requests.get(
            url, headers=headers, timeout=(timeout, timeout), stream=True
        ) as response:
            _check_status(url, response)
            media_type, charset = _content_type(response.headers.get("Content-Type"))
            if media_type and media_type not in HTML_TYPES | TEXT_TYPES:
                raise BadInputError(
                    url, f"the address gives {media_type} content, not a web page or text"
                )
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise too_big(url, int(length), max_bytes, "page")
            content = _read(url, response, max_bytes, deadline, timeout)
            return Fetched(response.url or url, content, media_type, charset)
    except requests.exceptions.RequestException as exc:
        raise BadInputError(url, _explain(exc, timeout)) from exc


def _read(
    url: str, response: requests.Response, limit: int, deadline: float, timeout: float
) -> bytes:
    body = bytearray()
    for chunk in response.iter_content(_CHUNK):
        body += chunk
        if len(body) > limit:
            raise too_big(url, None, limit, "page")
        if time.monotonic() > deadline:
            raise BadInputError(
                url, f"the download did not finish in time (timed out after {timeout:g} s)"
            )
    return bytes(body)


def _check_status(url: str, response: requests.Response) -> None:
    if response.status_code >= 400:
        reason = f" {response.reason}" if response.reason else ""
        raise BadInputError(url, f"the server answered {response.status_code}{reason}")


def _content_type(header: str | None) -> tuple[str | None, str | None]:
    if not header:
        return None, None
    message = Message()
    message["Content-Type"] = header
    charset = message.get_param("charset")
    return message.get_content_type().lower(), charset if isinstance(charset, str) else None


def _explain(exc: requests.exceptions.RequestException, timeout: float) -> str:
    """Say what went wrong in words a translator understands."""
    import requests

    after = f"timed out after {timeout:g} s"
    text = str(exc).lower()
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return f"could not connect ({after})"
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return f"the server did not answer ({after})"
    if isinstance(exc, requests.exceptions.SSLError):
        return "could not connect securely (certificate or encryption problem)"
    if isinstance(exc, requests.exceptions.TooManyRedirects):
        return "the address redirects too many times"
    if isinstance(exc, requests.exceptions.ConnectionError):
        if "read timed out" in text:  # a stall mid-body surfaces as a ConnectionError
            return f"the server did not answer ({after})"
        if "refused" in text:
            return "could not connect (connection refused)"
        if (
            "name or service" in text
            or "nodename" in text
            or "getaddrinfo" in text
            or "resolve" in text
        ):
            return "could not connect (no such server; check the address)"
        if "timed out" in text or "timeout" in text:
            return f"could not connect ({after})"
        return "could not connect (network error)"
    if isinstance(exc, (requests.exceptions.InvalidURL, requests.exceptions.MissingSchema)):
        return "this is not a valid web address"
    return f"could not download the page ({type(exc).__name__})"
