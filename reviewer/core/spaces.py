"""Ordinary whitespace, the only whitespace the program ever folds or strips.

Python's own tools treat far more as whitespace: ``str.split()``, ``str.strip()`` and ``\\s`` in a
``str`` regex all take the no-break space (U+00A0), the narrow no-break space (U+202F), thin and
other Unicode spaces. News text uses those on purpose (``18 місяців``, ``5 000``), so folding them
changes a translator's text. Here *ordinary* whitespace is the ASCII set: space, tab, line feed,
carriage return, form feed and vertical tab. Everything else (no-break spaces, soft hyphens,
zero-width (non-)joiners, every apostrophe and dash) is text and is kept as it is.
"""

from __future__ import annotations

import re

ORDINARY = " \t\n\r\f\v"
"""The characters folded and stripped: ASCII whitespace."""

SPACE_CLASS = r"[ \t\n\r\f\v]"
"""A regex character class for one ordinary whitespace character (use instead of ``\\s``)."""

_RUN = re.compile(SPACE_CLASS + "+")


def fold(text: str) -> str:
    """``text`` with each run of ordinary whitespace made one space, stripped at both ends."""
    return _RUN.sub(" ", text).strip(ORDINARY)


def strip(text: str) -> str:
    """``text`` without ordinary whitespace at either end (no-break spaces stay)."""
    return text.strip(ORDINARY)


def words(text: str) -> list[str]:
    """``text`` split at runs of ordinary whitespace, as ``str.split()`` but keeping NBSP inside."""
    return [w for w in _RUN.split(text) if w]
