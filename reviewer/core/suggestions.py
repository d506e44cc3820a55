"""Which machine translation is "the" machine translation of a segment: one rule for everyone.

The window's Ctrl+1, ``reviewer approve --from mt`` and the export's ``--fallback mt`` all take
:func:`usable_suggestion`: the chosen engine's translation when it has a usable one, otherwise the
newest usable translation of any engine (newest by fetch time; ties go to the first engine by
name, so the choice never depends on storage order). A failed fetch (an error, or an empty
text) is never taken.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar


class MachineTranslation(Protocol):
    """What the rule reads of a stored suggestion or an exported machine text."""

    @property
    def engine(self) -> str: ...
    @property
    def text(self) -> str | None: ...
    @property
    def fetched_at(self) -> str: ...


M = TypeVar("M", bound=MachineTranslation)

TEXT_SOURCES = "human, mt or mt:ENGINE"  # where ``approve --from`` may take a text


def is_usable(suggestion: MachineTranslation) -> bool:
    """Whether a machine translation can be taken as a final text (it has text and no error)."""
    return bool(suggestion.text) and not getattr(suggestion, "error", None)


def usable_suggestion(found: Iterable[M], engine: str | None = None) -> M | None:
    """The machine translation to take: ``engine``'s if usable, else the newest usable one."""
    usable = [s for s in found if is_usable(s)]
    if engine:
        for s in usable:
            if s.engine == engine:
                return s
    if not usable:
        return None
    return max(sorted(usable, key=lambda s: s.engine), key=lambda s: s.fetched_at)
