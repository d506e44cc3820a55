"""LibreTranslate (self-hosted URL, optional key), through a small direct client.

Why not deep-translator's ``LibreTranslator`` (1.11.4): its language list lacks Ukrainian, so it
refuses ``uk`` before sending anything; it sends the API key in the URL's query string (where
proxies and server logs keep it); it refuses to start without a key, although a self-hosted server
usually needs none; its ``AuthorizationException`` message contains the key; and it sends one text
per request although LibreTranslate takes a list. This client speaks LibreTranslate's documented
API instead: ``POST /translate`` with a JSON body ``{"q": text-or-list, "source", "target",
"format": "text", "api_key"?}``, the key in the body, answered by
``{"translatedText": text-or-list}``; errors come as ``{"error": "..."}`` with HTTP 400 (e.g. a
language the server has no model for), 403 (a missing or wrong key), 429 or 500.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

from reviewer.engines.base import EngineSettings, EngineSpec, Result
from reviewer.engines.errors import EngineError, ErrorKind, classify_status
from reviewer.engines.http import HttpClient, error_detail

LIBRE = EngineSpec(
    id="libre", name="LibreTranslate", needs_url=True, key_optional=True,
    default_url="http://localhost:5000", env_url="LIBRETRANSLATE_URL",
    max_chars=5000, batch=16, batch_chars=12000, concurrency=4,
    note="self-hosted server (URL), key only if the server asks for one",
)


class LibreEngine:
    """Batches of texts in one ``POST /translate`` each."""

    spec = LIBRE

    def __init__(self, settings: EngineSettings):
        self.settings = settings
        base = settings.url or os.environ.get(LIBRE.env_url or "") or LIBRE.default_url or ""
        self.url = base.rstrip("/")
        if self.url.endswith("/translate"):
            self.url = self.url[: -len("/translate")]

    @property
    def name(self) -> str:
        return self.spec.id

    def cache_options(self) -> dict[str, Any]:
        return {"url": self.url}

    def translate_many(self, texts: Sequence[str], source: str, target: str,
                       client: HttpClient) -> list[Result]:
        body: dict[str, Any] = {"q": list(texts) if len(texts) > 1 else texts[0],
                                "source": source, "target": target, "format": "text"}
        if self.settings.key:
            body["api_key"] = self.settings.key.reveal()
        url = self.url + "/translate"
        response = client.request("POST", url, json=body)
        host = client.where(url)
        if not 200 <= response.status_code < 300:
            raise self._error(response.status_code, error_detail(response), host, source, target,
                              response.headers.get("Retry-After"))
        try:
            data = response.json()
        except ValueError:
            raise EngineError(ErrorKind.BAD_ANSWER,
                              f"{host} answered something that is not JSON") from None
        out = data.get("translatedText") if isinstance(data, dict) else None
        if isinstance(out, str):
            out = [out]
        if not isinstance(out, list) or len(out) != len(texts):
            raise EngineError(ErrorKind.BAD_ANSWER,
                              f"{host} answered without the translations asked "
                              f"for ({len(texts)} texts)")
        return [Result(x.strip()) if isinstance(x, str) and x.strip() else
                Result.fail(EngineError(ErrorKind.BAD_ANSWER,
                                        f"{host} gave an empty translation"))
                for x in out]

    def _error(self, status: int, detail: str, host: str, source: str, target: str,
               retry_after: str | None) -> EngineError:
        said = detail.lower()
        if status == 400 and ("not supported" in said or "language" in said):
            return EngineError(ErrorKind.LANGUAGE,
                               f"{host} does not translate {source} → {target}"
                               f" (install the model on the server): {detail}", status=status)
        if status in (401, 403) and not self.settings.key:
            return EngineError(ErrorKind.KEY,
                               f"{host} asks for an API key (HTTP {status}); "
                               "set LIBRETRANSLATE_API_KEY or store it in the keyring",
                               status=status)
        return classify_status(status, where=f"{host}", detail=detail,
                               retry_after=retry_after)
