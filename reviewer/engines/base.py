"""The engine protocol: what every machine-translation engine declares and how it is called.

An engine is declared once by an :class:`EngineSpec` (what it needs, its limits, languages and
defaults) and used through :class:`Engine.translate_many`, which takes texts that already fit the
engine's limits (the runner splits long segments and groups them into batches) and returns one
:class:`Result` per text, each a translation or a classified error.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from reviewer.engines.errors import MASK, EngineError, ErrorKind

if TYPE_CHECKING:
    from reviewer.engines.http import HttpClient

DEFAULT_TIMEOUT_S = 20.0


class Secret:
    """An API key that never shows itself in ``str``, ``repr`` or f-strings; use :meth:`reveal`."""

    __slots__ = ("_value",)

    def __init__(self, value: str):
        self._value = value

    def reveal(self) -> str:
        """The key itself, for the one place that sends it (a header or a request body)."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret({MASK})"

    __str__ = __repr__

    def __bool__(self) -> bool:
        return bool(self._value)


@dataclass(frozen=True)
class Result:
    """One text's outcome: a translation, or the error that engine gave for it."""

    text: str | None = None
    error: EngineError | None = None

    @property
    def ok(self) -> bool:
        """Whether the text was translated."""
        return self.error is None and self.text is not None

    @staticmethod
    def fail(error: EngineError) -> Result:
        """A failed result."""
        return Result(None, error)


@dataclass(frozen=True)
class EngineSpec:
    """What an engine is and needs, declared once.

    ``languages`` is the set of ISO 639-1 codes the engine accepts (``None``: it depends on the
    server or account, and the server will say). ``max_chars`` is the longest text one request may
    carry for one segment (longer segments are split at sentence boundaries). ``batch`` is how many
    texts one request can carry (1: the engine translates one text per request).
    """

    id: str
    name: str
    needs_key: bool = False
    key_optional: bool = False
    needs_url: bool = False
    needs_model: bool = False
    default_url: str | None = None
    max_chars: int | None = None
    batch: int = 1
    batch_chars: int | None = None
    languages: frozenset[str] | None = None
    concurrency: int = 4
    rate_per_s: float | None = None
    env_url: str | None = None
    env_model: str | None = None
    note: str = ""

    def unsupported(self, source: str, target: str) -> EngineError | None:
        """The error for a language pair this engine is known not to translate, else ``None``."""
        if self.languages is None:
            return None
        missing = [code for code in (source, target) if code not in self.languages]
        if not missing:
            return None
        return EngineError(ErrorKind.LANGUAGE,
                           f"{self.name} does not translate {source} → {target} "
                           f"({', '.join(missing)} not in its languages)")


@dataclass(frozen=True)
class EngineSettings:
    """How a user configured an engine for a run: URL, model, key, timeouts and limits.

    ``None`` means the engine's declared default. ``rate_per_s = 0`` turns rate limiting off.
    """

    url: str | None = None
    model: str | None = None
    key: Secret | None = field(default=None, repr=False)
    timeout: float = DEFAULT_TIMEOUT_S
    concurrency: int | None = None
    rate_per_s: float | None = None
    retries: int = 3
    backoff_s: float = 0.5
    max_wait_s: float = 60.0
    batch: int | None = None


class Engine(Protocol):
    """A machine-translation engine ready to translate (configured, key at hand)."""

    spec: EngineSpec

    @property
    def name(self) -> str:
        """The engine as stored with each suggestion: ``google``, ``libre``, ``openai:MODEL``."""
        ...

    def cache_options(self) -> dict[str, Any]:
        """The settings that change this engine's output (URL, model, prompt), for the cache key."""
        ...

    def translate_many(self, texts: Sequence[str], source: str, target: str,
                       client: HttpClient) -> list[Result]:
        """Translate ``texts`` (each within the limits, at most ``spec.batch`` of them).

        Returns one :class:`Result` per text. A failure of the whole request (timeout, 429, a
        refused key) raises :class:`EngineError`, so that the runner can retry or give up.
        """
        ...
