"""The download behind :func:`reviewer.formats.url.fetch`: requests with a whole-request deadline
and a cap counted after decompression (see that module for the rules)."""

from __future__ import annotations

import socket
import threading
from email.message import Message
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from reviewer.formats.errors import BadInputError, too_big
from reviewer.formats.url import HTML_TYPES, TEXT_TYPES, USER_AGENT, Fetched

_CHUNK = 16 * 1024  # small: one chunk of a gzip bomb decompresses to ~16 MB at most


def download(url: str, *, timeout: float, max_bytes: int) -> Fetched:
    """Download a checked http(s) ``url`` within ``timeout`` and ``max_bytes``."""
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml,text/*;q=0.9"}
    with requests.Session() as session, _Deadline(session, timeout) as deadline:
        try:
            with session.get(
                url, headers=headers, timeout=(timeout, timeout), stream=True
            ) as response:
                deadline.answered = not deadline.passed
                _check_status(url, response)
                media_type, charset = _content_type(response.headers.get("Content-Type"))
                if media_type and media_type not in HTML_TYPES | TEXT_TYPES:
                    raise BadInputError(
                        url, f"the address gives {media_type} content, not a web page or text"
                    )
                length = response.headers.get("Content-Length", "")
                if length.isdigit() and int(length) > max_bytes:
                    raise too_big(url, int(length), max_bytes, "page")
                content = _read(url, response, max_bytes)
                if deadline.passed:  # cut mid-body: what arrived is truncated
                    raise BadInputError(url, deadline.reason)
                return Fetched(response.url or url, content, media_type, charset)
        except (requests.exceptions.RequestException, OSError) as exc:
            if deadline.passed:
                raise BadInputError(url, deadline.reason) from exc
            if isinstance(exc, requests.exceptions.RequestException):
                raise BadInputError(url, _explain(exc, timeout)) from exc
            raise BadInputError(url, "could not connect (network error)") from exc


class _Tracking(HTTPAdapter):
    """An adapter whose pools (direct or through a proxy) remember the socket of every connection
    they open (a response read to its end may hold the socket after its connection let go)."""

    def __init__(self, socks: list[socket.socket]):
        self._socks = socks
        super().__init__()

    def _pools(self) -> dict[str, type]:
        socks = self._socks

        def tracked(conn: Any) -> Any:
            connect = conn.connect

            def connect_and_track() -> None:
                connect()
                socks.append(conn.sock)

            conn.connect = connect_and_track
            return conn

        class Http(HTTPConnectionPool):
            def _new_conn(self) -> Any:
                return tracked(super()._new_conn())

        class Https(HTTPSConnectionPool):
            def _new_conn(self) -> Any:
                return tracked(super()._new_conn())

        return {"http": Http, "https": Https}

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = self._pools()

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **kwargs)
        manager.pool_classes_by_scheme = self._pools()
        return manager


class _Deadline:
    """Shut down a session's connections when ``timeout`` seconds have passed since entering.

    A per-read timeout never fires against a server that sends a byte every second; shutting
    the socket down wakes the blocked read at once, wherever it is (connect, headers, body).
    """

    def __init__(self, session: requests.Session, timeout: float):
        self._socks: list[socket.socket] = []
        adapter = _Tracking(self._socks)
        session.mount("http://", adapter)
        session.mount("https://", adapter)
        self._timer = threading.Timer(timeout, self._fire)
        self._timer.daemon = True
        self.timeout = timeout
        self.passed = False
        self.answered = False  # the headers have arrived: the body is downloading

    @property
    def reason(self) -> str:
        after = f"timed out after {self.timeout:g} s"
        if self.answered:
            return f"the download did not finish in time ({after})"
        return f"the server did not answer ({after})"

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def _fire(self) -> None:
        self.passed = True
        for sock in list(self._socks):
            try:
                # socket.socket's own shutdown, also for TLS sockets: wakes a blocked reader.
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
            except OSError:
                pass


def _read(url: str, response: requests.Response, limit: int) -> bytes:
    body = bytearray()
    for chunk in response.iter_content(_CHUNK):
        body += chunk
        if len(body) > limit:
            raise too_big(url, None, limit, "page")
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
