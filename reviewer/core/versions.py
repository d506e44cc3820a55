"""A segment's versions: what its final translation was after each recorded change.

The append-only history holds one row per change (an edit, an approval, an undo, a replace, a
realignment of a taken text...) with the text and status before and after, who made it, when,
and where the text came from. :func:`versions` reads it as the list a person browses: each
version with its text, status, origin, engine, who and when, and the word diff from the version
before it. :func:`restore` is the state that brings a version back (kept comment), which the
review service writes as one edit, undoable like any other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reviewer.core.diff import Span, word_diff
from reviewer.core.edits import TranslationState
from reviewer.core.model import HistoryEntry, Origin, Status


@dataclass(frozen=True)
class Version:
    """The translation after one recorded change; ``number`` counts from 1, oldest first."""

    number: int
    text: str
    status: str
    origin: str
    engine: str | None
    actor: str
    at: str
    action: str
    diff: tuple[Span, ...]

    @property
    def text_changed(self) -> bool:
        """Whether this change touched the text (not only the status or the comment)."""
        return any(s.op != "equal" for s in self.diff)


def versions(history: Sequence[HistoryEntry]) -> list[Version]:
    """The versions of one segment's translation into one language, oldest first
    (``history`` as the store gives it for the segment and language)."""
    out: list[Version] = []
    previous = ""
    for row in history:
        text = row.new_text or ""
        out.append(Version(len(out) + 1, text, row.new_status or "new", row.origin or "",
                           row.engine, row.actor, row.at, row.action, word_diff(previous, text)))
        previous = text
    return out


def restore(version: Version, current: TranslationState | None) -> TranslationState:
    """The state that brings ``version`` back: its text, status, origin and engine, with the
    comment the translation has now."""
    try:
        origin = Origin(version.origin)
    except ValueError:
        origin = Origin.EDITED
    try:
        status = Status(version.status)
    except ValueError:
        status = Status.DRAFT
    return TranslationState(version.text, status, origin, version.engine,
                            current.comment if current is not None else "")
