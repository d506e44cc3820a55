"""The key two repeated sources share: the source with numbers and Latin-script names replaced.

Kept apart from :mod:`reviewer.core.repeats` (and free of the domain model) because the store
computes it for every segment it writes, and a migration for those it already holds.
"""

from __future__ import annotations

import re

#: Numbers (with their inner separators) and Latin-script words that start with a capital or
#: are all capitals: what may differ between two repeats.
_PLACEABLE = re.compile(r"\d+(?:[.,:]\d+)*|\b[A-Z][A-Za-z'’.-]*[A-Za-z]\b|\b[A-Z]\b")
_SPACE = re.compile(r"\s+")
#: The stand-in for a placeable in a key (a private-use character: never in a news text).
MARK = "\ue000"


def placeables(source: str) -> tuple[str, ...]:
    """The numbers and names of ``source``, in order."""
    return tuple(m.group() for m in _PLACEABLE.finditer(source))


def repeat_key(source: str) -> str:
    """``source`` with whitespace collapsed and each number or name replaced by one mark:
    two sources with the same key repeat each other."""
    return _PLACEABLE.sub(MARK, _SPACE.sub(" ", source).strip())
