"""A deterministic measure of an algorithm's work, for growth tests that never look at a clock.

``steps`` counts the Python lines executed (every frame, generator expressions included) plus the
characters read out of the input by indexing and slicing, which is where this code's C-level work
hides (``text[:start]`` per word was one quadratic case). Doubling the input of a linear algorithm
about doubles the count; a quadratic one quadruples it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any


class CountingText(str):
    """A text that counts the characters read out of it by indexing and slicing."""

    read = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def, override]
        part = str.__getitem__(self, key)
        CountingText.read += len(part)
        return part


def steps(fn: Callable[..., Any], *args: Any) -> int:
    """Run ``fn(*args)`` (``str`` arguments wrapped in :class:`CountingText`) and count its work."""
    lines = 0

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal lines
        if event == "line":
            lines += 1
        return tracer

    wrapped = [CountingText(a) if isinstance(a, str) else a for a in args]
    CountingText.read = 0
    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        fn(*wrapped)
    finally:
        sys.settrace(previous)
    return lines + CountingText.read


def growth(fn: Callable[[str], Any], unit: str, times: int) -> float:
    """How much more work ``fn`` does on ``unit * 2 * times`` than on ``unit * times`` (after
    one run to fill the caches of compiled patterns, which is work done once)."""
    fn(unit)
    return steps(fn, unit * 2 * times) / max(1, steps(fn, unit * times))
