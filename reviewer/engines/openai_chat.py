"""An OpenAI-compatible chat-completions engine: OpenAI itself, or a local model server.

Ollama (``http://localhost:11434/v1``), llama.cpp's server (``:8080/v1``), vLLM (``:8000/v1``) and
LM Studio (``:1234/v1``) all speak ``POST {base}/chat/completions``, so a translator without
internet can use a local model. The key is optional (local servers need none) and is sent as
``Authorization: Bearer``. Temperature is 0.

Segment boundaries are kept by sending a batch as a JSON object of numbered segments and reading
the answer back strictly: a JSON object (a Markdown code fence around it is tolerated) with exactly
the same keys, each a non-empty string. When the answer does not match, the batch is sent again
one segment per request in plain text, so one confused answer cannot shift translations between
segments. ``<think>...</think>`` blocks of reasoning models are dropped.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from typing import Any

from reviewer.core import languages
from reviewer.engines.base import EngineSettings, EngineSpec, Result
from reviewer.engines.errors import (
    EngineConfigError,
    EngineError,
    ErrorKind,
    classify_status,
)
from reviewer.engines.http import HttpClient, error_detail

PROMPT_VERSION = 1
OPENAI = EngineSpec(
    id="openai", name="OpenAI-compatible chat model", needs_url=True, needs_model=True,
    key_optional=True, default_url="https://api.openai.com/v1", env_url="OPENAI_BASE_URL",
    env_model="OPENAI_MODEL", max_chars=4000, batch=8, batch_chars=6000, concurrency=2,
    note="OpenAI or a local server (Ollama, llama.cpp, vLLM, LM Studio): URL, model, key if any",
)

_RULES = (
    "You are a professional translator of news articles from {src} into {tgt}. Translate "
    "faithfully and completely: keep the meaning, tone, names, numbers, dates, quotations and "
    "punctuation; do not add, drop, summarise, explain or comment on anything."
)
BATCH_PROMPT = _RULES + (
    " The user sends a JSON object whose keys are segment numbers and whose values are source "
    "segments. Reply with only a JSON object with exactly the same keys, each mapped to the "
    "{tgt} translation of that segment, and nothing else."
)
SINGLE_PROMPT = _RULES + " Reply with only the {tgt} translation of the user's text."

_FENCE = re.compile(r"^```[a-zA-Z]*\s*(.*?)\s*```$", re.DOTALL)
_THINK = re.compile(r"<think>.*?</think>", re.DOTALL)


def _name(code: str) -> str:
    lang = languages.KNOWN.get(code)
    return lang.name if lang else code


def _clean(content: str) -> str:
    text = _THINK.sub("", content).strip()
    fenced = _FENCE.match(text)
    return fenced.group(1).strip() if fenced else text


def parse_batch(content: str, n: int) -> list[str] | None:
    """The ``n`` translations of a numbered batch, or ``None`` if the answer does not match."""
    try:
        data = json.loads(_clean(content))
    except ValueError:
        return None
    keys = [str(i) for i in range(1, n + 1)]
    if not isinstance(data, dict) or sorted(data) != sorted(keys):
        return None
    out = [data[k] for k in keys]
    if not all(isinstance(x, str) and x.strip() for x in out):
        return None
    return [x.strip() for x in out]


def chat_url(base: str) -> str:
    """``{base}/chat/completions``, adding ``/v1`` when the base URL has no version path."""
    url = base.rstrip("/")
    if url.endswith("/chat/completions"):
        return url
    if not re.search(r"/v\d+$", url):
        url += "/v1"
    return url + "/chat/completions"


class OpenAIChatEngine:
    """Numbered JSON batches with a strict read-back, falling back to one segment per request."""

    spec = OPENAI

    def __init__(self, settings: EngineSettings):
        self.settings = settings
        self.model = settings.model or os.environ.get(OPENAI.env_model or "", "")
        if not self.model:
            raise EngineConfigError(
                "the openai engine needs a model: --model NAME (e.g. llama3.1:8b on Ollama, "
                "gpt-4o-mini on OpenAI) or OPENAI_MODEL")
        base = settings.url or os.environ.get(OPENAI.env_url or "") or OPENAI.default_url or ""
        self.url = chat_url(base)

    @property
    def name(self) -> str:
        return f"openai:{self.model}"

    def cache_options(self) -> dict[str, Any]:
        return {"url": self.url, "model": self.model, "prompt": PROMPT_VERSION}

    def translate_many(self, texts: Sequence[str], source: str, target: str,
                       client: HttpClient) -> list[Result]:
        names = {"src": _name(source), "tgt": _name(target)}
        if len(texts) > 1:
            batch = json.dumps({str(i): t for i, t in enumerate(texts, 1)}, ensure_ascii=False)
            answer = self._chat(client, BATCH_PROMPT.format(**names), batch)
            parsed = parse_batch(answer, len(texts))
            if parsed is not None:
                return [Result(x) for x in parsed]
        results = []
        for text in texts:
            answer = _clean(self._chat(client, SINGLE_PROMPT.format(**names), text))
            results.append(Result(answer) if answer else Result.fail(
                EngineError(ErrorKind.BAD_ANSWER, f"{self.name} gave an empty answer")))
        return results

    def _chat(self, client: HttpClient, system: str, user: str) -> str:
        body = {"model": self.model, "temperature": 0, "stream": False,
                "messages": [{"role": "system", "content": system},
                             {"role": "user", "content": user}]}
        headers = {}
        if self.settings.key:
            headers["Authorization"] = f"Bearer {self.settings.key.reveal()}"
        response = client.request("POST", self.url, json=body, headers=headers)
        host = client.where(self.url)
        if not 200 <= response.status_code < 300:
            raise self._error(response, host)
        try:
            content = response.json()["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError):
            raise EngineError(ErrorKind.BAD_ANSWER,
                              f"{host} answered something that is not a chat completion") from None
        if not isinstance(content, str):
            raise EngineError(ErrorKind.BAD_ANSWER, f"{host} gave an empty answer")
        return content

    def _error(self, response: Any, host: str) -> EngineError:
        status = response.status_code
        detail = error_detail(response)
        try:
            code = str(response.json().get("error", {}).get("code") or "")
        except (ValueError, AttributeError):
            code = ""
        if code == "insufficient_quota":
            return EngineError(ErrorKind.QUOTA, f"{host} says the account's quota is used up",
                               status=status)
        if status == 404 and "model" in detail.lower():
            return EngineError(ErrorKind.REJECTED, f"{host} has no model {self.model!r}: {detail}",
                               status=status)
        if status in (401, 403) and not self.settings.key:
            return EngineError(ErrorKind.KEY, f"{host} asks for an API key (HTTP {status}); set "
                               "OPENAI_API_KEY or store it in the keyring", status=status)
        return classify_status(status, where=host, detail=detail,
                               retry_after=response.headers.get("Retry-After"))
