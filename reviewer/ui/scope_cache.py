"""Figures of the statistics window's tabs, computed per scope on a worker and kept until Refresh.

A tab asks for a scope (an article id, or ``None`` for the library); the first time, its
``compute(db_path, scope, langs)`` runs on the window's task runner and the tab is drawn when the
result arrives; later the kept result is drawn at once. :meth:`ScopeCache.forget` drops what was
kept, and a result computed before it (an older generation) is thrown away when it arrives.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Generic, TypeVar

from reviewer.ui.tasks import TaskRunner

T = TypeVar("T")
Scope = int | None


class ScopeCache(Generic[T]):
    """Results by scope, computed once each on a worker (see the module docstring)."""

    def __init__(self, name: str, compute: Callable[[Path, Scope, list[str]], T]) -> None:
        self.name, self.compute = name, compute
        self.results: dict[Scope, T] = {}
        self._running: set[Scope] = set()
        self._generation = 0

    def forget(self) -> None:
        """Drop every result (Refresh): the next :meth:`load` computes again."""
        self._generation += 1
        self.results.clear()
        self._running.clear()

    def load(self, runner: TaskRunner, db_path: Path, scope: Scope, langs: Sequence[str],
             show: Callable[[T | None], None],
             on_error: Callable[[BaseException, str], None]) -> None:
        """Show ``scope``'s result (``None`` while it is computed), computing it if not known."""
        show(self.results.get(scope))
        if scope in self.results or scope in self._running:
            return
        self._running.add(scope)
        generation, wanted = self._generation, list(langs)

        def done(result: T) -> None:
            if generation != self._generation:
                return
            self._running.discard(scope)
            self.results[scope] = result
            show(result)

        def failed(error: BaseException, trace: str) -> None:
            self._running.discard(scope)
            on_error(error, trace)

        runner.start(self.name, lambda _report: self.compute(db_path, scope, wanted),
                     on_result=done, on_error=failed)
