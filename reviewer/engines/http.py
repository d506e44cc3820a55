"""HTTP for engines: every request bounded in time, cancellable, and failing with classified errors.

``requests`` alone gives a per-read timeout: a server that trickles bytes, or a user who presses
Cancel, could keep a worker thread blocked. :class:`HttpClient` owns one ``requests.Session`` whose
connections it tracks; a deadline per request (:mod:`reviewer.engines.deadlines`) shuts the socket
down when it passes, and :meth:`HttpClient.abort` does the same at once from any thread, so the
blocked worker wakes with an error and returns. Exceptions of ``requests`` (which may quote a URL)
become :class:`EngineError` with words and no URL query, so no key sent in a query string can leak
through them. An answer is read in chunks and refused past :data:`MAX_ANSWER_BYTES`, counted after
decompression, so an endless answer or a gzip bomb costs a few MB, not all memory.

One client belongs to one worker thread at a time; :meth:`abort` is the only call made across
threads.
"""

from __future__ import annotations

import socket
import threading
import weakref
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from reviewer.engines.base import DEFAULT_TIMEOUT_S
from reviewer.engines.deadlines import WATCHDOG
from reviewer.engines.errors import EngineError, ErrorKind, classify_status

StatusMap = Mapping[int, tuple[ErrorKind, str]]
USER_AGENT = "reviewer/0.1 (machine-translation review)"
MAX_ANSWER_BYTES = 10 * 1024 * 1024  # a batch of a long article is ~100 KB
_CHUNK = 16 * 1024  # one chunk of a gzip bomb decompresses to ~16 MB at most


def _tracked_pools(conns: weakref.WeakSet[Any]) -> dict[str, type]:
    """Connection-pool classes that remember every connection they open in ``conns``."""

    class Http(HTTPConnectionPool):
        def _new_conn(self) -> Any:
            conn = super()._new_conn()
            conns.add(conn)
            return conn

    class Https(HTTPSConnectionPool):
        def _new_conn(self) -> Any:
            conn = super()._new_conn()
            conns.add(conn)
            return conn

    return {"http": Http, "https": Https}


class _TrackingAdapter(HTTPAdapter):
    """An adapter whose pools (direct or through a proxy) record their connections."""

    def __init__(self, conns: weakref.WeakSet[Any]):
        self._conns = conns
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _tracked_pools(self._conns)

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **kwargs)
        manager.pool_classes_by_scheme = _tracked_pools(self._conns)
        return manager


def where(url: str) -> str:
    """The part of a URL that names a server (host and port), never its path or query."""
    parts = urlsplit(url)
    return parts.netloc.rsplit("@", 1)[-1] or url.split("?", 1)[0]


def _reason(exc: BaseException) -> str:
    """A short cause for a connection failure, found in the exception chain (no URLs)."""
    seen: BaseException | None = exc
    text = str(exc).lower()
    while seen is not None:
        if isinstance(seen, ConnectionRefusedError):
            return "connection refused"
        if isinstance(seen, socket.gaierror):
            return "the host name could not be resolved (no network, or a wrong URL)"
        if isinstance(seen, ConnectionResetError):
            return "the connection was reset"
        seen = seen.__cause__ or seen.__context__
    if "refused" in text:
        return "connection refused"
    if "name or service not known" in text or "resolve" in text:
        return "the host name could not be resolved (no network, or a wrong URL)"
    if "ssl" in text or "certificate" in text:
        return "the secure connection failed (TLS/certificate)"
    if "remotedisconnected" in text or "closed connection" in text or "aborted" in text:
        return "the server closed the connection without answering"
    return "the connection failed"


class HttpClient:
    """A session with a deadline on every request and a way to cancel it from another thread."""

    def __init__(self, timeout: float = DEFAULT_TIMEOUT_S,
                 cancel: threading.Event | None = None, label: str = ""):
        self.timeout = timeout
        self.label = label
        self.cancel = cancel or threading.Event()
        self.requests = 0
        self.max_bytes = MAX_ANSWER_BYTES
        self._conns: weakref.WeakSet[Any] = weakref.WeakSet()
        self.session = requests.Session()
        adapter = _TrackingAdapter(self._conns)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers["User-Agent"] = USER_AGENT
        # requests reads proxies, the CA bundle and ~/.netrc from the environment on every
        # request (most of its own CPU time per request); we read them once per server instead.
        self.session.trust_env = False
        self._environment: dict[str, dict[str, Any]] = {}
        self._fired: str | None = None
        self._lock = threading.Lock()

    def abort(self, why: str = "cancelled") -> None:
        """Shut down every open connection now; a request blocked on one fails at once."""
        with self._lock:
            self._fired = self._fired or why
            conns = list(self._conns)
        for conn in conns:
            sock = getattr(conn, "sock", None)
            if sock is not None:
                try:
                    # socket.socket's own shutdown, also for TLS sockets: wakes a blocked reader.
                    socket.socket.shutdown(sock, socket.SHUT_RDWR)
                except OSError:
                    pass

    def _environment_for(self, url: str) -> dict[str, Any]:
        """What requests would take from the environment for this server (proxies, CA bundle,
        netrc credentials), looked up the first time the client talks to it."""
        parts = urlsplit(url)
        server = f"{parts.scheme}://{parts.netloc}/"
        found = self._environment.get(server)
        if found is None:
            with requests.Session() as probe:
                merged = probe.merge_environment_settings(server, {}, None, None, None)
            found = {"proxies": merged["proxies"], "verify": merged["verify"]}
            auth = requests.utils.get_netrc_auth(server)
            if auth:
                found["auth"] = auth
            self._environment[server] = found
        return found

    def _deadline_passed(self) -> None:
        self.abort("timeout")

    def close(self) -> None:
        """Close the session and its connections."""
        self.session.close()

    def request(self, method: str, url: str, *, timeout: float | None = None,
                **kwargs: Any) -> requests.Response:
        """Send one request; its whole exchange (connect, headers, body) ends by the deadline.

        Returns the response whatever its status (its body already read); connection failures,
        timeouts and cancellation raise :class:`EngineError`, chained to nothing (``from None``)
        because third-party exceptions may quote a URL that carries a key.
        """
        limit = self.timeout if timeout is None else timeout
        host = self.where(url)
        if self.cancel.is_set():
            raise EngineError(ErrorKind.CANCELLED, "stopped before sending")
        with self._lock:
            self._fired = None
        kwargs.setdefault("timeout", (limit, limit))
        for name, value in self._environment_for(url).items():
            if kwargs.get(name) is None:
                kwargs[name] = value
        self.requests += 1
        kwargs["stream"] = True
        timer = WATCHDOG.schedule(limit, self._deadline_passed)
        try:
            response = self.session.request(method, url, **kwargs)
            with response:  # read the body, capped, before the deadline passes
                response._content = _read_capped(response, self.max_bytes, host)
        except requests.exceptions.Timeout:
            raise EngineError(ErrorKind.TIMEOUT,
                              f"{host} did not answer within {limit:g} s") from None
        except requests.exceptions.RequestException as exc:
            raise self._failure(host, limit, exc) from None
        finally:
            timer.cancel()
        if self._fired:
            # Cut at the deadline (or cancelled) mid-answer: what arrived may be truncated.
            raise self._failure(host, limit, None)
        return response

    def where(self, url: str) -> str:
        """The server named for messages: ``LibreTranslate at 127.0.0.1:5000``."""
        return f"{self.label} at {where(url)}" if self.label else where(url)

    def _failure(self, host: str, limit: float, exc: BaseException | None) -> EngineError:
        fired = self._fired or ("cancelled" if self.cancel.is_set() else None)
        if fired == "timeout":
            return EngineError(ErrorKind.TIMEOUT, f"{host} did not answer within {limit:g} s")
        if fired:
            return EngineError(ErrorKind.CANCELLED, "stopped by the user")
        reason = _reason(exc) if exc is not None else "the connection failed"
        return EngineError(ErrorKind.OFFLINE, f"cannot reach {host}: {reason}")

    def request_ok(self, method: str, url: str, *, statuses: StatusMap | None = None,
                   detail: Callable[[requests.Response], str] | None = None,
                   **kwargs: Any) -> requests.Response:
        """Like :meth:`request`, but an HTTP error status raises its classified error."""
        response = self.request(method, url, **kwargs)
        if 200 <= response.status_code < 300:
            return response
        said = detail(response) if detail else error_detail(response)
        raise classify_status(response.status_code, where=self.where(url), detail=said,
                              retry_after=response.headers.get("Retry-After"),
                              overrides=dict(statuses or {}))


def _read_capped(response: requests.Response, limit: int, host: str) -> bytes:
    """The body, decompressed, in chunks; :class:`EngineError` as soon as it passes ``limit``."""
    body = bytearray()
    for chunk in response.iter_content(_CHUNK):
        body += chunk
        if len(body) > limit:
            raise EngineError(ErrorKind.BAD_ANSWER,
                              f"{host} sent an answer over the {limit // 1024 ** 2} MB limit "
                              "(endless or a compression bomb?)")
    return bytes(body)


def error_detail(response: requests.Response) -> str:
    """The server's own explanation of an error, from the usual JSON fields, else nothing."""
    try:
        data = response.json()
    except ValueError:
        return ""
    if isinstance(data, dict):
        for key in ("error", "message", "detail"):
            value = data.get(key)
            if isinstance(value, dict):
                value = value.get("message")
            if isinstance(value, str):
                return value
    return ""


_bound = threading.local()


class bound:
    """Bind a client (and how to read its errors) to this thread, for deep-translator's shim."""

    def __init__(self, client: HttpClient, statuses: StatusMap | None = None,
                 inspect: Callable[[requests.Response], None] | None = None):
        self.value = (client, statuses, inspect)

    def __enter__(self) -> HttpClient:
        self.previous = getattr(_bound, "value", None)
        _bound.value = self.value
        return self.value[0]

    def __exit__(self, *exc: object) -> None:
        _bound.value = self.previous


Inspect = Callable[[requests.Response], None]


def current() -> tuple[HttpClient, StatusMap | None, Inspect | None] | None:
    """The client bound to this thread, if any."""
    return getattr(_bound, "value", None)
