"""Classified engine errors in words a translator understands, and scrubbing that keeps keys out.

Every failure of the world (no network, a hung server, HTTP 429, a refused key, a used-up quota,
an answer that cannot be read) becomes an :class:`EngineError` with an :class:`ErrorKind`. Its text
is what the segment carries as its error (``"timeout: 127.0.0.1:5000 did not answer within 20 s"``):
the kind first, so that tools can read it back with :func:`parse_error`, then plain words.

API keys are registered with :func:`register_secret` when they are read; :func:`scrub` replaces
them in any text, and every :class:`EngineError` message is scrubbed when it is made, so a key
echoed back by a server, or carried inside a third-party exception, never reaches the database,
a log line or the screen.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from enum import StrEnum

from reviewer.core.errors import ReviewerError

_SECRETS: set[str] = set()
_SECRETS_LOCK = threading.Lock()
MASK = "***"


class ErrorKind(StrEnum):
    """What went wrong, as a short code; :attr:`words` says it in words."""

    OFFLINE = "offline"
    TIMEOUT = "timeout"
    RATE_LIMITED = "rate-limited"
    KEY = "key"
    QUOTA = "quota"
    LANGUAGE = "language"
    BAD_ANSWER = "bad-answer"
    SERVER = "server-error"
    REJECTED = "rejected"
    CANCELLED = "cancelled"

    @property
    def words(self) -> str:
        """The kind in a translator's words (not ``title``, which would hide ``str.title()``)."""
        return _TITLES[self]


_TITLES = {
    ErrorKind.OFFLINE: "offline or server unreachable",
    ErrorKind.TIMEOUT: "no answer in time",
    ErrorKind.RATE_LIMITED: "too many requests (rate-limited)",
    ErrorKind.KEY: "API key missing or invalid",
    ErrorKind.QUOTA: "quota used up",
    ErrorKind.LANGUAGE: "language not supported",
    ErrorKind.BAD_ANSWER: "empty or malformed answer",
    ErrorKind.SERVER: "server error",
    ErrorKind.REJECTED: "request refused by the server",
    ErrorKind.CANCELLED: "cancelled",
}

# Kinds worth another attempt after a pause (the issue: timeouts, 429 and 5xx).
RETRYABLE = frozenset({ErrorKind.TIMEOUT, ErrorKind.RATE_LIMITED, ErrorKind.SERVER})


class EngineError(ReviewerError):
    """A failure of the world while translating, with its kind and a message free of secrets.

    ``retry_after`` is the pause in seconds the server asked for (``Retry-After``), if any.
    """

    def __init__(self, kind: ErrorKind, message: str, *, retry_after: float | None = None,
                 status: int | None = None):
        self.kind = kind
        self.message = scrub(message)
        self.retry_after = retry_after
        self.status = status
        super().__init__(f"{kind}: {self.message}")

    @property
    def retryable(self) -> bool:
        """Whether another attempt after a pause may succeed."""
        return self.kind in RETRYABLE

    def with_message(self, message: str) -> EngineError:
        """The same error with other words (e.g. to say a segment was never sent)."""
        return EngineError(self.kind, message, retry_after=self.retry_after, status=self.status)


class EngineConfigError(ReviewerError):
    """An engine cannot be used as configured (no key, no model, package missing): a user error."""

    def __init__(self, message: str):
        super().__init__(scrub(message))


def parse_error(text: str) -> tuple[ErrorKind | None, str]:
    """Read back a stored error string: its kind (if it starts with one) and its message."""
    code, sep, rest = text.partition(": ")
    try:
        return ErrorKind(code), rest if sep else ""
    except ValueError:
        return None, text


def register_secret(value: str | None) -> None:
    """Remember a key so that :func:`scrub` removes it from any text from now on."""
    if value and len(value.strip()) >= 4:
        with _SECRETS_LOCK:
            _SECRETS.add(value.strip())


def scrub(text: str) -> str:
    """``text`` with every registered secret replaced by ``***``."""
    with _SECRETS_LOCK:
        secrets = sorted(_SECRETS, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


def retry_after_seconds(value: str | None) -> float | None:
    """Parse a ``Retry-After`` header (seconds, or an HTTP date) into seconds from now."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def classify_status(status: int, *, where: str, detail: str = "",
                    retry_after: str | None = None,
                    overrides: dict[int, tuple[ErrorKind, str]] | None = None) -> EngineError:
    """Turn an HTTP error status into an :class:`EngineError` (``where`` names the server).

    ``overrides`` lets an engine say what its own codes mean (DeepL's 456 is a used-up quota,
    Yandex's 404 a daily limit). ``detail`` is the server's own message, shortened and scrubbed.
    """
    note = f": {_shorten(detail)}" if detail else ""
    if overrides and status in overrides:
        kind, words = overrides[status]
        return EngineError(kind, f"{where} {words} (HTTP {status}){note}", status=status,
                           retry_after=retry_after_seconds(retry_after))
    if status == 429:
        return EngineError(ErrorKind.RATE_LIMITED,
                           f"{where} asked to slow down (HTTP 429){note}",
                           retry_after=retry_after_seconds(retry_after), status=status)
    if status in (401, 403):
        return EngineError(ErrorKind.KEY, f"{where} refused the API key (HTTP {status}){note}",
                           status=status)
    if status == 456:
        return EngineError(ErrorKind.QUOTA, f"{where}: the quota is used up (HTTP 456){note}",
                           status=status)
    if status >= 500:
        return EngineError(ErrorKind.SERVER, f"{where} failed (HTTP {status}){note}",
                           retry_after=retry_after_seconds(retry_after), status=status)
    if status == 404:
        return EngineError(ErrorKind.REJECTED,
                           f"{where} has no such address (HTTP 404); check the engine URL{note}",
                           status=status)
    if status == 413:
        return EngineError(ErrorKind.REJECTED, f"{where}: the text is too long (HTTP 413){note}",
                           status=status)
    return EngineError(ErrorKind.REJECTED, f"{where} refused the request (HTTP {status}){note}",
                       status=status)


def _shorten(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
