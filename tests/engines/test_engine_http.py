"""The HTTP client: a deadline on the whole exchange, cancelling from any thread, clean errors."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from reviewer.engines import deadlines
from reviewer.engines.errors import EngineError, ErrorKind
from reviewer.engines.http import HttpClient
from tests.engines.conftest import FAST
from tests.engines.servers import MTServer, closed_port_url

pytestmark = [pytest.mark.timeout(20), pytest.mark.usefixtures("no_stuck_threads")]


@pytest.fixture
def trickle() -> Iterator[str]:
    """A raw server that sends a status line, then one header byte every 50 ms, forever."""
    stop = threading.Event()
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
                while not stop.wait(0.05):
                    try:
                        conn.sendall(b"a")
                    except OSError:
                        break

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/translate"
    stop.set()
    thread.join(5)
    listener.close()


def _fails(client: HttpClient, url: str) -> EngineError:
    with pytest.raises(EngineError) as info:
        client.request("POST", url, json={"q": "x"})
    return info.value


def test_hung_server_times_out_once() -> None:
    with MTServer("libre") as server:
        server.fault("hang")
        client = HttpClient(FAST, label="LibreTranslate")
        error = _fails(client, server.url + "/translate")
        client.close()
    assert error.kind is ErrorKind.TIMEOUT
    assert str(error) == (f"timeout: LibreTranslate at 127.0.0.1:{server.port} did not answer "
                          f"within {FAST:g} s")
    assert server.requests == 1


def test_trickling_server_is_cut_at_the_deadline(trickle: str) -> None:
    # Each byte arrives well within the read timeout: only the deadline can end this request.
    client = HttpClient(FAST)
    assert _fails(client, trickle).kind is ErrorKind.TIMEOUT
    client.close()


def test_abort_from_another_thread_wakes_the_blocked_request() -> None:
    with MTServer("libre") as server:
        server.fault("hang")
        client = HttpClient(timeout=15)
        caught: list[EngineError] = []

        def call() -> None:
            try:
                client.request("POST", server.url + "/translate", json={"q": "x"})
            except EngineError as exc:
                caught.append(exc)

        worker = threading.Thread(target=call)
        worker.start()
        while server.requests == 0:
            threading.Event().wait(0.01)
        client.cancel.set()
        client.abort()
        worker.join(5)
        assert not worker.is_alive()
        client.close()
    assert [e.kind for e in caught] == [ErrorKind.CANCELLED]


def test_connection_refused_is_offline_and_names_no_url_query() -> None:
    url = closed_port_url("/v2/translate?auth_key=SHOULD-NOT-SHOW")
    error = _fails(HttpClient(FAST), url)
    assert error.kind is ErrorKind.OFFLINE
    assert "connection refused" in error.message
    assert "SHOULD-NOT-SHOW" not in str(error) and error.__cause__ is None


def test_error_status_is_classified_with_retry_after() -> None:
    with MTServer("libre") as server:
        server.fault("429", retry_after="2")
        client = HttpClient(FAST, label="LibreTranslate")
        with pytest.raises(EngineError) as info:
            client.request_ok("POST", server.url + "/translate", json={"q": "x"})
        client.close()
    assert info.value.kind is ErrorKind.RATE_LIMITED and info.value.retry_after == 2.0


def test_watchdog_fires_cancels_and_ends_when_idle(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(deadlines, "IDLE_EXIT_S", 0.05)
    watchdog = deadlines.Watchdog()
    fired: list[str] = []
    done = threading.Event()
    watchdog.schedule(0.02, lambda: (fired.append("late"), done.set()))
    watchdog.schedule(0.01, lambda: fired.append("cancelled")).cancel()
    assert done.wait(5)
    thread = watchdog._thread
    assert thread is not None and thread.name == deadlines.THREAD_NAME
    thread.join(5)
    assert not thread.is_alive() and fired == ["late"] and watchdog._live == 0
