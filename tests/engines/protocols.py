"""The wire protocols the loopback servers speak: parsing a request, building the answer.

Each follows the engine's public API as its clients use it: LibreTranslate's ``/translate``,
Google's mobile page ``/m``, MyMemory's ``/get``, DeepL's ``/v2/translate`` and OpenAI's
``/v1/chat/completions``, with each one's own error bodies.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

if TYPE_CHECKING:
    from tests.engines.servers import MTServer

JSON = "application/json"
_NAMES = {"Ukrainian": "uk", "Russian": "ru", "English": "en"}


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    content_type: str
    body: bytes
    headers: dict[str, str]

    def params(self) -> dict[str, Any]:
        """Query string, form body and JSON body merged (later ones win), lists kept as lists."""
        out: dict[str, Any] = {k: v if len(v) > 1 else v[0] for k, v in self.query.items()}
        if "json" in self.content_type and self.body:
            out.update(json.loads(self.body))
        elif self.body:
            form = parse_qs(self.body.decode("utf-8"))
            out.update({k: v if len(v) > 1 else v[0] for k, v in form.items()})
        return out


def _json(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def error_body(protocol: str, status: int) -> tuple[str, bytes]:
    """The error body each engine sends with an HTTP error status."""
    if protocol == "google":
        return "text/html", f"<html><body>Error {status}</body></html>".encode()
    if protocol == "deepl":
        return JSON, _json({"message": f"error {status}"})
    if protocol == "openai":
        return JSON, _json({"error": {"message": f"error {status}", "type": "server_error",
                                      "code": None}})
    return JSON, _json({"error": f"error {status}"})


def answer(server: MTServer, req: Request, mode: str | None) -> tuple[int, str, bytes]:
    """Status, content type and body for a request."""
    handler = {"libre": _libre, "google": _google, "mymemory": _mymemory, "deepl": _deepl,
               "openai": _openai}[server.protocol]
    if mode == "malformed":
        if server.protocol == "google":
            return 200, "text/html", b"<html><body><p>nothing here</p></body></html>"
        return 200, JSON, b'{"translatedText": ["unterminated'
    return handler(server, req, mode)


def _libre(server: MTServer, req: Request, mode: str | None) -> tuple[int, str, bytes]:
    if req.path != "/translate" or req.method != "POST":
        return 404, JSON, _json({"error": "Not Found"})
    p = req.params()
    if server.key is not None and p.get("api_key") != server.key:
        return 403, JSON, _json({"error": "Invalid API key"})
    source, target, q = p.get("source"), p.get("target"), p.get("q")
    for code in (source, target):
        if code not in server.languages:
            return 400, JSON, _json({"error": f"{code} is not supported"})
    if q is None:
        return 400, JSON, _json({"error": "Invalid request: missing q parameter"})
    if isinstance(q, list):
        return 200, JSON, _json({"translatedText": [server.translate(t, source, target)
                                                    for t in q]})
    return 200, JSON, _json({"translatedText": server.translate(q, source, target)})


def _google(server: MTServer, req: Request, mode: str | None) -> tuple[int, str, bytes]:
    p = req.params()
    text = server.translate(p["q"], p["sl"], p["tl"])
    page = ("<!DOCTYPE html><html><head><title>Google Translate</title></head><body>"
            f'<div class="result-container">{html.escape(text)}</div></body></html>')
    return 200, "text/html; charset=utf-8", page.encode("utf-8")


def _mymemory(server: MTServer, req: Request, mode: str | None) -> tuple[int, str, bytes]:
    p = req.params()
    source, target = (code.split("-")[0] for code in p["langpair"].split("|"))
    if mode == "quota":
        warning = ("MYMEMORY WARNING: YOU USED ALL AVAILABLE FREE TRANSLATIONS FOR TODAY. "
                   "NEXT AVAILABLE IN 10 HOURS")
        return 200, JSON, _json({"responseData": {"translatedText": warning, "match": 0},
                                 "responseStatus": 429, "matches": []})
    text = server.translate(p["q"], source, target)
    return 200, JSON, _json({"responseData": {"translatedText": text, "match": 1},
                             "responseStatus": 200, "matches": []})


def _deepl(server: MTServer, req: Request, mode: str | None) -> tuple[int, str, bytes]:
    if req.path != "/v2/translate" or req.method != "POST":
        return 404, JSON, _json({"message": "Not found"})
    p = req.params()
    if "auth_key" in p:
        return 403, JSON, _json({"message": "Legacy authentication method 'query parameter' "
                                            "is no longer supported."})
    auth = req.headers.get("Authorization", "")
    if server.key is not None and auth != f"DeepL-Auth-Key {server.key}":
        return 403, JSON, _json({"message": "Wrong endpoint or invalid authentication key"})
    texts = p["text"] if isinstance(p["text"], list) else [p["text"]]
    source, target = p.get("source_lang", "EN").lower(), p["target_lang"].lower()
    return 200, JSON, _json({"translations": [
        {"detected_source_language": source.upper(), "text": server.translate(t, source, target)}
        for t in texts]})


def _openai(server: MTServer, req: Request, mode: str | None) -> tuple[int, str, bytes]:
    if req.path != "/v1/chat/completions" or req.method != "POST":
        return 404, JSON, _json({"error": {"message": "Not found", "code": None}})
    if server.key is not None and req.headers.get("Authorization") != f"Bearer {server.key}":
        return 401, JSON, _json({"error": {"message": "Incorrect API key provided",
                                           "code": "invalid_api_key"}})
    body = json.loads(req.body)
    system, user = body["messages"][0]["content"], body["messages"][-1]["content"]
    names = re.search(r"from (\w+) into (\w+)", system)
    source, target = (_NAMES[names.group(1)], _NAMES[names.group(2)]) if names else ("en", "uk")
    try:
        batch = json.loads(user)
    except ValueError:
        batch = None
    if isinstance(batch, dict):
        out = {k: server.translate(v, source, target) for k, v in batch.items()}
        if mode == "mismatch":
            out.pop(sorted(out)[-1])
        content = "```json\n" + json.dumps(out, ensure_ascii=False) + "\n```"
    else:
        content = server.translate(user, source, target)
    return 200, JSON, _json({
        "id": "chatcmpl-loopback", "object": "chat.completion", "model": body.get("model"),
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": content}}]})
