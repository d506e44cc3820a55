"""A ``requests`` stand-in for deep-translator's modules: deadlines, cancellation, clean errors.

deep-translator 1.11.4 calls ``requests.get``/``requests.post`` at module level with no timeout,
lets ``requests`` exceptions (which quote URLs, keys included when a key is in the query) escape
raw, and reads error responses itself (building ``AuthorizationException`` around the key). We give
its modules this shim as their ``requests`` (:func:`install_shim`, done when the first adapter is
made, never on import). A call made while an :class:`~reviewer.engines.http.HttpClient` is bound to
the thread (:class:`reviewer.engines.http.bound`) goes through that client: it has a deadline, can
be cancelled, and an HTTP error status becomes a classified
:class:`~reviewer.engines.errors.EngineError` before deep-translator sees the response. Without a
bound client the shim is plain ``requests`` with a default timeout.
"""

from __future__ import annotations

from typing import Any

import requests
from deep_translator import google as _google
from deep_translator import microsoft as _microsoft
from deep_translator import mymemory as _mymemory
from deep_translator import yandex as _yandex

from reviewer.engines import http
from reviewer.engines.base import DEFAULT_TIMEOUT_S


class _RequestsShim:
    """What deep-translator's modules see as ``requests``: routed through the bound client."""

    exceptions = requests.exceptions
    RequestException = requests.RequestException

    def get(self, url: str, params: Any = None, **kwargs: Any) -> requests.Response:
        return self.request("GET", url, params=params, **kwargs)

    def post(self, url: str, data: Any = None, json: Any = None,
             **kwargs: Any) -> requests.Response:
        return self.request("POST", url, data=data, json=json, **kwargs)

    def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        bound = http.current()
        if bound is None:
            kwargs.setdefault("timeout", DEFAULT_TIMEOUT_S)
            return requests.request(method, url, **kwargs)
        client, statuses, inspect = bound
        response = client.request_ok(method, url, statuses=statuses, **kwargs)
        if inspect is not None:
            inspect(response)
        return response

    def __getattr__(self, name: str) -> Any:
        return getattr(requests, name)


SHIM = _RequestsShim()
_MODULES = (_google, _mymemory, _microsoft, _yandex)


def install_shim() -> None:
    """Give deep-translator's client modules the shim in place of ``requests``."""
    for module in _MODULES:
        module.requests = SHIM
