"""DeepL (key), through a small direct client for the v2 API.

Why not deep-translator's ``DeeplTranslator`` (1.11.4): it sends ``GET /v2/translate`` with the
key as an ``auth_key`` query parameter, which DeepL stopped accepting (GET to ``/translate`` was
deprecated in March 2025, query and body authentication removed on 15 January 2026); a key in a URL
also ends up in proxy and server logs; its ``AuthorizationException`` message contains the key; and
it sends one text per request. This client sends ``POST /v2/translate`` with
``Authorization: DeepL-Auth-Key KEY`` and a JSON body ``{"text": [...], "source_lang": "EN",
"target_lang": "UK"}`` (up to 50 texts), answered by ``{"translations": [{"text": ...}, ...]}``.
Free keys end in ``:fx`` and go to ``api-free.deepl.com``. DeepL's own codes: 403 a wrong key,
456 the quota used up, 429 too many requests, 413 too long, 5xx (and 529) a failing server.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from deep_translator.constants import DEEPL_LANGUAGE_TO_CODE

from reviewer.engines.base import EngineSettings, EngineSpec, Result
from reviewer.engines.errors import EngineError, ErrorKind
from reviewer.engines.http import HttpClient

FREE_URL = "https://api-free.deepl.com"
PRO_URL = "https://api.deepl.com"

DEEPL = EngineSpec(
    id="deepl", name="DeepL", needs_key=True, default_url=PRO_URL,
    max_chars=30000, batch=25, batch_chars=60000, concurrency=4,
    languages=frozenset(DEEPL_LANGUAGE_TO_CODE.values()) | {"uk", "ru", "en"},
    note="key (free keys end in :fx); character quota per month",
)

_TARGET_VARIANTS = {"en": "EN-GB", "pt": "PT-PT", "zh": "ZH-HANS"}


class DeeplEngine:
    """Batches of up to 25 texts per ``POST /v2/translate``."""

    spec = DEEPL

    def __init__(self, settings: EngineSettings):
        self.settings = settings
        key = settings.key.reveal() if settings.key else ""
        base = settings.url or (FREE_URL if key.endswith(":fx") else PRO_URL)
        self.url = base.rstrip("/")
        for tail in ("/translate", "/v2"):
            if self.url.endswith(tail):
                self.url = self.url[: -len(tail)]

    @property
    def name(self) -> str:
        return self.spec.id

    def cache_options(self) -> dict[str, Any]:
        return {}

    def translate_many(self, texts: Sequence[str], source: str, target: str,
                       client: HttpClient) -> list[Result]:
        if not self.settings.key:
            raise EngineError(ErrorKind.KEY, "DeepL needs an API key (DEEPL_API_KEY or keyring)")
        url = self.url + "/v2/translate"
        body = {"text": list(texts), "source_lang": source.upper(),
                "target_lang": _TARGET_VARIANTS.get(target, target.upper())}
        headers = {"Authorization": f"DeepL-Auth-Key {self.settings.key.reveal()}"}
        response = client.request_ok(
            "POST", url, json=body, headers=headers,
            statuses={403: (ErrorKind.KEY, "refused the API key"),
                      456: (ErrorKind.QUOTA, "says the character quota is used up"),
                      529: (ErrorKind.RATE_LIMITED, "is overloaded (too many requests)")})
        host = client.where(url)
        try:
            data = response.json()
            out = [item["text"] for item in data["translations"]]
        except (ValueError, KeyError, TypeError):
            raise EngineError(ErrorKind.BAD_ANSWER,
                              f"{host} answered something that could not be read") from None
        if len(out) != len(texts):
            raise EngineError(ErrorKind.BAD_ANSWER,
                              f"{host} returned {len(out)} translations for {len(texts)}")
        return [Result(x.strip()) if isinstance(x, str) and x.strip() else
                Result.fail(EngineError(ErrorKind.BAD_ANSWER, "DeepL gave an empty translation"))
                for x in out]
