"""Loopback servers that speak each engine's real wire protocol, with fault modes.

``MTServer(protocol)`` runs a plain ``http.server`` on 127.0.0.1 (port 0) in a thread and answers
as LibreTranslate (``POST /translate``: query string as deep-translator sends it, form or JSON body,
``q`` a string or a list), Google's ``/m`` page (the HTML deep-translator parses), MyMemory
(``GET /get``), DeepL v2 (``POST /v2/translate``, key in the ``Authorization`` header) or an
OpenAI-compatible ``POST /v1/chat/completions``. Fault modes: ``slow`` (answer after ``delay``),
``hang`` (never answer until the server stops), ``429`` (with ``Retry-After``), ``500``,
``malformed`` (a 200 whose body cannot be read), ``endless`` (a 200 whose body never ends),
``gzipbomb`` (a 200 of 100 KB gzip that unpacks to 100 MB), ``mismatch`` (a chat answer with a
segment missing), ``status:NNN`` (any status with the protocol's error body); a fault can apply
to the first ``times`` requests only. A connection refused is :func:`closed_port_url`.

Translations come from a ``translate(text, source, target)`` function: :class:`Wmt23` serves real
MT output of WMT23 systems; :func:`marked` returns ``[uk] `` + source, a deterministic token for
text with no MT (the bundled sample) that tests treat as a token, never as a translation.
"""

from __future__ import annotations

import functools
import json
import socket
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

CORPORA = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpora"
WMT23 = CORPORA / "wmt23" / "news_articles.jsonl"
Translate = Callable[[str, str, str], str]


def marked(text: str, source: str, target: str) -> str:
    """A clearly-marked token standing in for a translation: ``[uk] `` + the source."""
    return f"[{target}] {text}"


class Wmt23:
    """Real MT output: the line of one WMT23 system for the matching English line."""

    def __init__(self, system: str = "ONLINE-B", path: Path = WMT23):
        self.system = system
        self.lines: list[str] = []
        self.mt: dict[str, dict[str, str]] = {}
        with path.open(encoding="utf-8") as f:
            for row in map(json.loads, f):
                for i, en in enumerate(row["en"]):
                    self.lines.append(en)
                    self.mt[en] = {lang: row["mt"][lang][system][i] for lang in ("uk", "ru")}

    def __call__(self, text: str, source: str, target: str) -> str:
        return self.mt[text][target]


@functools.cache
def gzip_bomb(size: int = 100 * 1024 * 1024) -> bytes:
    """``size`` zero bytes, gzipped (about a thousandth of ``size``)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: the gzip container
    block = b"\0" * (1 << 20)
    return b"".join([*(packer.compress(block) for _ in range(size >> 20)), packer.flush()])


def closed_port_url(path: str = "") -> str:
    """A loopback URL on a port where nothing listens (connection refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}{path}"


@dataclass
class Seen:
    """One request as the server received it (for checking where a key travelled)."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes


class MTServer:
    """A loopback MT server; use as a context manager. ``url`` is the engine URL to configure."""

    def __init__(self, protocol: str, translate: Translate = marked, *, delay: float = 0.0,
                 key: str | None = None, languages: frozenset[str] = frozenset({"en", "uk", "ru"})):
        self.protocol, self.translate, self.delay = protocol, translate, delay
        self.key, self.languages = key, languages
        self.fault_mode: str | None = None
        self.fault_times: int | None = None
        self.retry_after = "0"
        self.requests = 0
        self.seen: list[Seen] = []
        self.release = threading.Event()
        self._lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self._thread = threading.Thread(target=self.httpd.serve_forever, args=(0.02,),
                                        daemon=True)

    @property
    def url(self) -> str:
        base = f"http://127.0.0.1:{self.port}"
        return {"google": base + "/m", "mymemory": base + "/get", "openai": base + "/v1"}.get(
            self.protocol, base)

    def fault(self, mode: str | None, *, times: int | None = None,
              retry_after: str = "0") -> MTServer:
        """Misbehave as ``mode`` (for the next ``times`` requests, or until changed)."""
        self.fault_mode, self.fault_times, self.retry_after = mode, times, retry_after
        return self

    def take_fault(self) -> str | None:
        with self._lock:
            self.requests += 1
            mode = self.fault_mode
            if mode and self.fault_times is not None:
                self.fault_times -= 1
                if self.fault_times <= 0:
                    self.fault_mode = None
            return mode

    def __enter__(self) -> MTServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(5)


def _handler(server: MTServer) -> type[BaseHTTPRequestHandler]:
    from tests.engines import protocols

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # TCP_NODELAY, as production servers set it: headers and body go out as separate writes,
        # and on a kept-alive connection Nagle's algorithm would hold the body for the client's
        # delayed ACK (~40 ms per request), a cost of this test server, not of the client.
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - silence
            pass

        def do_GET(self) -> None:
            self._serve("GET")

        def do_POST(self) -> None:
            self._serve("POST")

        def _serve(self, method: str) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            parts = urlsplit(self.path)
            server.seen.append(Seen(method, parts.path, parts.query, dict(self.headers), body))
            mode = server.take_fault()
            if mode == "hang":
                server.release.wait(30)
                self.close_connection = True
                return
            if mode == "endless":
                self._endless()
                return
            if mode == "gzipbomb":
                self._send(200, "application/json", gzip_bomb(), {"Content-Encoding": "gzip"})
                return
            if mode == "slow" or server.delay:
                time.sleep(server.delay)
            if mode in ("429", "500") or (mode or "").startswith("status:"):
                status = int(mode.split(":")[-1])
                headers = {"Retry-After": server.retry_after} if status == 429 else {}
                self._send(status, *protocols.error_body(server.protocol, status), headers)
                return
            request = protocols.Request(method, parts.path, parse_qs(parts.query),
                                        self.headers.get("Content-Type", ""), body,
                                        dict(self.headers))
            status, ctype, payload = protocols.answer(server, request, mode)
            self._send(status, ctype, payload, {})

        def _endless(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            block = b"[" * 65536
            chunk = f"{len(block):x}\r\n".encode() + block + b"\r\n"
            try:
                while not server.release.is_set():
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True

        def _send(self, status: int, ctype: str, payload: bytes, headers: dict[str, str]) -> None:
            try:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(payload)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

    return Handler
