"""Adapters over deep-translator 1.11.4: Google (the default, no key), MyMemory, Microsoft, Yandex.

Each request of deep-translator's clients goes through the ``requests`` shim of
:mod:`reviewer.engines.shim` (a deadline, cancellation, classified HTTP errors). deep-translator's
``translate_batch`` is a sequential loop; we never call it: the runner sends single texts
concurrently. Its exceptions are mapped here without ever using their text, which may hold the
source text or a key (``AuthorizationException`` is built around the key). Traps handled per
engine: MyMemory answers HTTP 200 with a quota warning as the "translation"; Microsoft's client
fetches its language list in its constructor (we fetch it once per process); Yandex returns a list.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import requests
from deep_translator import (
    GoogleTranslator,
    MicrosoftTranslator,
    MyMemoryTranslator,
    YandexTranslator,
)
from deep_translator import exceptions as dt
from deep_translator.constants import GOOGLE_LANGUAGES_TO_CODES, MY_MEMORY_LANGUAGES_TO_CODES

from reviewer.engines import http
from reviewer.engines.base import EngineSettings, EngineSpec, Result
from reviewer.engines.errors import EngineError, ErrorKind
from reviewer.engines.http import HttpClient, StatusMap
from reviewer.engines.shim import install_shim


def _text_of(out: object, name: str) -> str:
    if isinstance(out, list):
        out = " ".join(str(x) for x in out if x)
    if not isinstance(out, str) or not out.strip():
        raise EngineError(ErrorKind.BAD_ANSWER, f"{name} gave an empty answer")
    return out.strip()


class DeepEngine:
    """One deep-translator client per text (they keep per-call state), behind the shim."""

    spec: EngineSpec
    statuses: StatusMap | None = None

    def __init__(self, settings: EngineSettings):
        install_shim()
        self.settings = settings
        self.url = settings.url

    @property
    def name(self) -> str:
        return self.spec.id

    def cache_options(self) -> dict[str, Any]:
        return {"url": self.url} if self.url else {}

    def _make(self, source: str, target: str) -> Any:
        raise NotImplementedError

    def _inspect(self, response: requests.Response) -> None:
        """Check a 2xx answer for errors the engine reports inside it (none by default)."""

    def translate_many(self, texts: Sequence[str], source: str, target: str,
                       client: HttpClient) -> list[Result]:
        with http.bound(client, self.statuses, self._inspect):
            return [Result(self._one(text, source, target)) for text in texts]

    def _one(self, text: str, source: str, target: str) -> str:
        name = self.spec.name
        try:
            translator = self._make(source, target)
            if self.url:
                translator._base_url = self.url
            out = translator.translate(text)
        except EngineError:
            raise
        except (dt.LanguageNotSupportedException, dt.InvalidSourceOrTargetLanguage):
            raise EngineError(ErrorKind.LANGUAGE,
                              f"{name} does not translate {source} → {target}") from None
        except (dt.TranslationNotFound, dt.ElementNotFoundInGetRequest):
            raise EngineError(ErrorKind.BAD_ANSWER,
                              f"{name}'s answer held no translation") from None
        except dt.TooManyRequests:
            raise EngineError(ErrorKind.RATE_LIMITED, f"{name} asked to slow down") from None
        except (dt.NotValidLength, dt.NotValidPayload):
            raise EngineError(ErrorKind.REJECTED, f"{name} refused the text as too long") from None
        except (dt.ApiKeyException, dt.AuthorizationException):
            raise EngineError(ErrorKind.KEY, f"{name} refused the API key") from None
        except (dt.RequestError, dt.ServerException, dt.MicrosoftAPIerror):
            raise EngineError(ErrorKind.SERVER, f"{name} reported an error") from None
        except (ValueError, KeyError, IndexError, TypeError, AttributeError, StopIteration):
            # deep-translator reading an answer it did not expect (not JSON, fields missing).
            raise EngineError(ErrorKind.BAD_ANSWER,
                              f"{name}'s answer could not be read") from None
        return _text_of(out, name)


def _codes(values: Any) -> frozenset[str]:
    return frozenset(str(v).split("-")[0].lower() for v in values)


GOOGLE = EngineSpec(
    id="google", name="Google Translate", default_url="https://translate.google.com/m",
    max_chars=4999, languages=_codes(GOOGLE_LANGUAGES_TO_CODES.values()),
    concurrency=4, rate_per_s=5.0, note="free web endpoint, no key; the default",
)
MYMEMORY = EngineSpec(
    id="mymemory", name="MyMemory", default_url="https://api.mymemory.translated.net/get",
    max_chars=499, languages=_codes(MY_MEMORY_LANGUAGES_TO_CODES.values()),
    concurrency=2, rate_per_s=2.0, note="free, no key; a small daily allowance",
)
MICROSOFT = EngineSpec(
    id="microsoft", name="Microsoft Translator", needs_key=True,
    default_url="https://api.cognitive.microsofttranslator.com/translate?api-version=3.0",
    max_chars=10000, concurrency=4, note="key; region from MICROSOFT_REGION if the key needs one",
)
YANDEX = EngineSpec(
    id="yandex", name="Yandex Translate (API v1.5)", needs_key=True,
    default_url="https://translate.yandex.net/api/{version}/tr.json/{endpoint}",
    max_chars=10000, concurrency=2, note="key; deep-translator speaks the legacy v1.5 API",
)


class GoogleEngine(DeepEngine):
    spec = GOOGLE

    def _make(self, source: str, target: str) -> Any:
        return GoogleTranslator(source=source, target=target)


def _mymemory_code(code: str) -> str:
    codes: dict[str, str] = MY_MEMORY_LANGUAGES_TO_CODES  # deep-translator ships no types
    for value in codes.values():
        if value.split("-")[0].lower() == code:
            return value
    return code


class MyMemoryEngine(DeepEngine):
    spec = MYMEMORY

    def _make(self, source: str, target: str) -> Any:
        return MyMemoryTranslator(source=_mymemory_code(source), target=_mymemory_code(target))

    def _inspect(self, response: requests.Response) -> None:
        """MyMemory answers HTTP 200 with its own status, and puts quota warnings in the text."""
        try:
            data = response.json()
        except ValueError:
            return
        if not isinstance(data, dict):
            return
        said = str((data.get("responseData") or {}).get("translatedText") or "")
        try:
            status = int(data.get("responseStatus", 200))
        except (TypeError, ValueError):
            status = 200
        if "MYMEMORY WARNING" in said.upper() or status == 429:
            raise EngineError(ErrorKind.QUOTA, "MyMemory's free daily allowance is used up")
        if status == 403:
            raise EngineError(ErrorKind.LANGUAGE, "MyMemory refused the language pair")
        if status != 200:
            raise EngineError(ErrorKind.REJECTED, f"MyMemory refused the request ({status})")


class _Microsoft(MicrosoftTranslator):  # type: ignore[misc]  # deep-translator has no types
    """deep-translator's client, asking Microsoft for its language list once per process."""

    _languages: dict[str, str] | None = None
    _lock = threading.Lock()

    def _get_supported_languages(self) -> dict[str, str]:
        with _Microsoft._lock:
            if _Microsoft._languages is None:
                _Microsoft._languages = super()._get_supported_languages()
            return _Microsoft._languages


class MicrosoftEngine(DeepEngine):
    spec = MICROSOFT
    statuses = {403: (ErrorKind.QUOTA, "refused: the quota is used up or the key's region is "
                                       "wrong (set MICROSOFT_REGION)")}

    def _make(self, source: str, target: str) -> Any:
        import os

        key = self.settings.key
        return _Microsoft(source=source, target=target, api_key=key.reveal() if key else None,
                          region=os.environ.get("MICROSOFT_REGION") or None)


class YandexEngine(DeepEngine):
    spec = YANDEX
    statuses = {
        402: (ErrorKind.KEY, "has blocked the API key"),
        404: (ErrorKind.QUOTA, "says the daily limit is reached"),
        413: (ErrorKind.REJECTED, "says the text is too long"),
        422: (ErrorKind.REJECTED, "could not translate the text"),
        501: (ErrorKind.LANGUAGE, "does not translate this language pair"),
    }

    def _make(self, source: str, target: str) -> Any:
        key = self.settings.key
        return YandexTranslator(source=source, target=target,
                                api_key=key.reveal() if key else None)
