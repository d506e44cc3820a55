"""Fixtures for the importer tests: a loopback web server and a realistic article page."""

from __future__ import annotations

import functools
import socket
import threading
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="{charset}">
<title>Уряд ухвалив програму підтримки малого бізнесу | Новини</title>
<meta property="og:title" content="Уряд ухвалив програму підтримки малого бізнесу">
</head>
<body>
<nav><a href="/">Головна</a> <a href="/news">Новини</a> <a href="/sport">Спорт</a></nav>
<article>
<h1>Уряд ухвалив програму підтримки малого бізнесу</h1>
<p>Кабінет міністрів ухвалив нову програму підтримки малого бізнесу. Її фінансування становитиме
три мільярди гривень, повідомила прем'єр-міністерка на брифінгу в середу.</p>
<p>Програма передбачає пільгові кредити для підприємців, які працюють у прифронтових областях,
а також гранти на відновлення зруйнованих виробництв.</p>
<h2>Хто може отримати гроші</h2>
<p>Подати заявку зможуть фізичні особи-підприємці та компанії з оборотом до десяти мільйонів
гривень на рік. Заявки прийматимуть через державний портал до кінця року.</p>
<blockquote><p>Ми хочемо, щоб кожна гривня працювала на відновлення економіки, а не осідала на
рахунках посередників.</p></blockquote>
<p>Економісти загалом позитивно оцінили рішення уряду, але звертають увагу на ризики затримок
із виплатами через перевантаження банків.</p>
<p>Раніше уряд уже запускав подібні програми, проте їхній масштаб був значно меншим, а умови
отримання коштів експерти називали надто складними.</p>
</article>
<footer>© 2024 Новини. Усі права захищено. Політика конфіденційності.</footer>
</body>
</html>
"""

EMPTY_HTML = """<!DOCTYPE html><html><head><title>Menu</title></head>
<body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>"""


def article_html(charset: str = "utf-8") -> bytes:
    """The test article page encoded in ``charset`` (and declaring it)."""
    return ARTICLE_HTML.format(charset=charset).encode(charset)


@dataclass
class Loopback:
    """A web server on 127.0.0.1 with canned answers; records the requests' headers."""

    base: str
    release: threading.Event
    other: str = ""  # another loopback server (another port), for redirects
    headers: list[dict[str, str]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path


def _handler(server: Loopback) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep test output quiet
            pass

        def _send(self, status: int, ctype: str | None, body: bytes, length: bool = True) -> None:
            self.send_response(status)
            if ctype:
                self.send_header("Content-Type", ctype)
            if length:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802 (the http.server API)
            try:
                self._answer()
            except (BrokenPipeError, ConnectionResetError):  # the client gave up: as it should
                self.close_connection = True

        def _answer(self) -> None:
            server.headers.append(dict(self.headers.items()))
            path = self.path
            if path == "/article.html":
                self._send(200, "text/html; charset=utf-8", article_html())
            elif path == "/article-1251.html":
                self._send(200, "text/html", article_html("cp1251"))
            elif path == "/redirect":
                self.send_response(302)
                self.send_header("Location", "/article.html")
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif path == "/sample.txt":
                self._send(200, "text/plain; charset=utf-8", server_sample_text())
            elif path == "/notes.md":
                self._send(200, "text/markdown", b"# Heading\n\nA paragraph of text.\n")
            elif path == "/menu.html":
                self._send(200, "text/html", EMPTY_HTML.encode())
            elif path == "/report.pdf":
                self._send(200, "application/pdf", b"%PDF-1.4\n" + b"\x00" * 64)
            elif path == "/big-declared":
                self._send(200, "text/html", b"<p>" + b"x" * 5000 + b"</p>")
            elif path == "/big-streamed":
                self._send(200, "text/html", b"<p>" + b"x" * 5000 + b"</p>", length=False)
            elif path == "/slow":
                server.release.wait(10)
                self._send(200, "text/html", article_html())
            elif path == "/stall":
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", "100000")
                self.end_headers()
                self.wfile.write(b"<html><body><p>start")
                self.wfile.flush()
                server.release.wait(10)
            elif path == "/slow-body":  # a byte every 0.1 s, forever (until the test ends)
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.wfile.write(b"<html><body><p>")
                while not server.release.wait(0.1):
                    self.wfile.write(b"x")
                    self.wfile.flush()
            elif path == "/slow-headers":  # the status line, then a header byte every 0.1 s
                self.wfile.write(b"HTTP/1.0 200 OK\r\nX-Slow: ")
                while not server.release.wait(0.1):
                    self.wfile.write(b"x")
                    self.wfile.flush()
            elif path == "/endless":  # a body that never ends, sent as fast as it is read
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                block = b"<p>" + b"x" * 65536 + b"</p>"
                while not server.release.is_set():
                    self.wfile.write(block)
            elif path == "/gzip-bomb":  # 100 KB on the wire, 100 MB once decompressed
                bomb = _gzip_bomb()
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(bomb)))
                self.end_headers()
                self.wfile.write(bomb)
            elif path == "/elsewhere":  # a redirect to the same page on another server
                self.send_response(302)
                self.send_header("Location", server.other + "/article.html")
                self.send_header("Content-Length", "0")
                self.end_headers()
            elif path == "/error":
                self._send(500, "text/html", b"<h1>oops</h1>")
            else:
                self._send(404, "text/html", b"<h1>Not found</h1>")

    return Handler


@functools.cache
def _gzip_bomb(size: int = 100 * 1024 * 1024) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: the gzip container
    block = b"\0" * (1 << 20)
    return b"".join([*(packer.compress(block) for _ in range(size >> 20)), packer.flush()])


def server_sample_text() -> bytes:
    return b"ua en ru\n\nA headline here\n\nSubheading\n\nA body paragraph.\n"


@contextmanager
def _serving(release: threading.Event, other: str = "") -> Iterator[Loopback]:
    state = Loopback("", release, other=other)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield state
    finally:
        release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


@pytest.fixture
def loopback() -> Iterator[Loopback]:
    """A running loopback server; slow answers are released when the test ends. ``/elsewhere``
    redirects to a second one on another port (``loopback.other``)."""
    release = threading.Event()
    with _serving(release) as other, _serving(release, other.base) as state:
        yield state


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def article_page() -> Callable[..., bytes]:
    """``article_page(charset="utf-8")``: the test article page as bytes in that charset."""
    return article_html


@pytest.fixture
def menu_page() -> bytes:
    """A page of navigation links only: no article in it."""
    return EMPTY_HTML.encode()
