"""The translation memory as an engine: exact and fuzzy (75% or more) matches, offline.

``--engine tm`` offers, for each segment, the translation of the best unit of the memory (the
library's approved segments and imported TMX/XLIFF units, see :mod:`reviewer.storage.tm_memory`)
whose source matches 75% or more. A segment with no such unit gets the error
``bad-answer: no match of 75% or more in the translation memory`` and a language pair the memory
has no unit of gets a ``language`` error; neither kind is retried, and no request leaves the
machine (the HTTP client is not used).

Where the memory comes from: an engine made by the registry opens the database named by the
engine URL (``--engine-url PATH``) or else the default one (``$REVIEWER_DB`` or the user data
directory), with a connection of its own, loads the memory when a run starts (its
``cache_options``) and refreshes it at the start of every later run. The window can pass its own
:class:`~reviewer.storage.tm_indexed.IndexedMemory` instead, which it then keeps up to date itself.

Caching: :func:`reviewer.engines.fetch.translate_article` caches every success in ``mt_cache``
under the engine's ``cache_options``. Those include the memory's fingerprint (a hash of every
unit), so a cached suggestion is reused only while the memory is unchanged; the first run after
an approval or an import looks everything up again (cheap: no network). The percentage of each
suggestion is kept in :attr:`TmEngine.matches`; the suggestion's text is the memory's target as
it is, so that approving it takes nothing else with it. (Suggestions read back from the cache
are not looked up again, so they have no entry there; the window asks the memory itself.)
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reviewer.engines.base import EngineSettings, EngineSpec, Result
from reviewer.engines.errors import EngineConfigError, EngineError, ErrorKind

if TYPE_CHECKING:  # the memory (rapidfuzz, the store) is imported only when the engine is used
    from reviewer.core.tm import TmMatch
    from reviewer.engines.http import HttpClient
    from reviewer.storage.tm_indexed import IndexedMemory

MIN_PERCENT = 75

TM = EngineSpec(
    id="tm", name="Translation memory (offline)", batch=64, concurrency=1,
    note="exact and >= 75% matches from approved segments and imported TMX/XLIFF; no network",
)


class TmEngine:
    """Matches from the translation memory, one language pair at a time, no network."""

    spec = TM

    def __init__(self, settings: EngineSettings | None = None,
                 memory: IndexedMemory | None = None, *,
                 min_percent: int = MIN_PERCENT):
        self.settings = settings or EngineSettings()
        self.min_percent = min_percent
        self._memory = memory
        self._owned = memory is None
        self._lock = threading.Lock()
        self.matches: dict[tuple[str, str, str], TmMatch] = {}

    @property
    def name(self) -> str:
        return self.spec.id

    def _path(self) -> Path | None:
        url = (self.settings.url or "").strip()
        if not url:
            return None
        path = Path(url.removeprefix("file://")).expanduser()
        if not path.is_file():
            raise EngineConfigError(f"{path}: no such database for the translation memory "
                                    "(the tm engine's URL is a reviewer database file)")
        return path

    def memory(self, *, refresh: bool = False) -> IndexedMemory:
        """The memory, loaded on first use (and brought up to date if ``refresh``)."""
        from reviewer.storage.store import Store
        from reviewer.storage.tm_memory import load_memory, refresh_memory

        with self._lock:
            memory = self._memory
            if memory is None or (refresh and self._owned):
                with Store(self._path()) as store:
                    if memory is None:
                        memory = self._memory = load_memory(store)
                    else:
                        refresh_memory(store, memory)
            return memory

    def cache_options(self) -> dict[str, Any]:
        # Called once as a run starts: the memory is read (again) now.
        self.matches.clear()
        return {"memory": self.memory(refresh=True).fingerprint(),
                "min_percent": self.min_percent}

    def translate_many(self, texts: Sequence[str], source: str, target: str,
                       client: HttpClient) -> list[Result]:
        memory = self.memory()
        if not memory.has_pair(source, target):
            error = EngineError(ErrorKind.LANGUAGE,
                                f"the translation memory has no {source} → {target} units yet: "
                                "approve segments or import a TMX/XLIFF file (reviewer import-tm)")
            return [Result.fail(error)] * len(texts)
        results: list[Result] = []
        for text in texts:
            if client.cancel.is_set():
                raise EngineError(ErrorKind.CANCELLED, "stopped by the user")
            match = memory.best(text, source, target, self.min_percent)
            if match is None:
                results.append(Result.fail(EngineError(
                    ErrorKind.BAD_ANSWER,
                    f"no match of {self.min_percent}% or more in the translation memory")))
                continue
            self.matches[(source, target, text)] = match
            results.append(Result(match.target))
        return results
