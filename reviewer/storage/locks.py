"""The check every write of a final translation makes: is the segment signed off, and may this
person change it? (Tables in :mod:`reviewer.storage.team`.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reviewer.core import languages
from reviewer.core.people import DEFAULT_ROLE, TeamRole
from reviewer.storage.errors import StoreError

if TYPE_CHECKING:
    from reviewer.storage.sqldb import Database


class SignedOffError(StoreError):
    """A change of a segment an editor signed off, by someone who is not an editor."""


def role_in(db: Database, name: str) -> TeamRole:
    """The role of ``name`` (a name not listed is a :data:`DEFAULT_ROLE`)."""
    row = db.execute("SELECT role FROM reviewers WHERE name = ?", [name]).fetchone()
    return TeamRole(row[0]) if row else DEFAULT_ROLE


def locked_message(index: int, lang: str, signed_by: str, signed_at: str) -> str:
    """What a refused change says: the segment, language, who signed it off and when."""
    return (f"segment {index + 1} ({languages.label(lang)}): signed off by {signed_by} on "
            f"{signed_at.replace('T', ' ')[:16]} UTC; only an editor can change it until an "
            "editor reopens it")


def check_unlocked(db: Database, segment_id: int, lang: str, actor: str) -> None:
    """Raise :class:`SignedOffError` when the segment is signed off in ``lang`` and ``actor`` is
    not an editor (inside the caller's write transaction)."""
    row = db.execute("SELECT g.idx, s.signed_by, s.signed_at FROM signoffs s "
                     "JOIN segments g ON g.id = s.segment_id "
                     "WHERE s.segment_id = ? AND s.lang = ?", [segment_id, lang]).fetchone()
    refuse_if_locked(db, row, lang, actor)


def refuse_if_locked(db: Database, signoff: tuple[int, str, str] | None, lang: str,
                     actor: str) -> None:
    """Raise :class:`SignedOffError` when ``signoff`` (the segment's index, who signed it off
    and when, read by the caller in its write transaction; ``None``: not signed off) locks the
    segment against ``actor``."""
    if signoff is not None and role_in(db, actor) != TeamRole.EDITOR:
        raise SignedOffError(locked_message(signoff[0], lang, signoff[1], signoff[2]))
