"""The review team in the library: each name's role, and the editors' sign-offs that lock
approved segments.

Two tables of their own (schema migration 10): ``reviewers`` (name, role, when added)
and ``signoffs`` (one row per locked segment and language: who signed it off and when; the row
goes with its segment when an article is deleted). Every write of a final translation calls
:func:`check_unlocked` inside its transaction, so a signed-off segment is refused to anyone but an
editor, whichever way the change comes (window, CLI, replace, repeats, undo); the check is in
:mod:`reviewer.storage.locks`.

A sign-off and a reopening each leave one article-level history row (``segment_id`` NULL, as
``delete-article``): ``action`` ``signoff`` or ``reopen``, ``old_text`` the segment numbers
concerned, ``new_text`` the reason given for reopening. The segments' own histories (their
versions) stay as they were.

Roles guard the workflow, they are not access control: whoever can write the library can write
these tables. Once the library has an editor, only an editor changes roles; before that, anyone
may name the first one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reviewer.core import languages
from reviewer.core.people import TeamRole, clean_name
from reviewer.storage.connection import now
from reviewer.storage.errors import StoreError
from reviewer.storage.locks import SignedOffError, check_unlocked, locked_message, role_in
from reviewer.storage.translations import add_history

if TYPE_CHECKING:
    from reviewer.storage.sqldb import Database
    from reviewer.storage.store import Store

__all__ = ["Member", "NotAnEditorError", "SignOff", "SignedOffError", "Team",
           "check_unlocked", "locked_message", "role_in"]


SIGNOFF = "signoff"
REOPEN = "reopen"


class NotAnEditorError(StoreError):
    """Signing off, reopening or changing roles asked by someone who is not an editor."""


@dataclass(frozen=True)
class Member:
    """One person of the team: name, role, when the role was given."""

    name: str
    role: TeamRole
    added_at: str


@dataclass(frozen=True)
class SignOff:
    """A locked segment: its position in the article (0-based), language, who locked it, when."""

    segment_id: int
    index: int
    lang: str
    signed_by: str
    signed_at: str


def _numbers(indices: list[int]) -> str:
    return " ".join(str(i + 1) for i in indices)


class Team:
    """The team of ``store``'s library, acted on as ``actor``."""

    def __init__(self, store: Store, actor: str) -> None:
        self.store, self.actor = store, actor

    # -- roles ---------------------------------------------------------------------------------
    def members(self) -> list[Member]:
        """Every listed person, by name."""
        with self.store.conn.reading() as db:
            return [Member(r["name"], TeamRole(r["role"]), r["added_at"])
                    for r in db.query("SELECT * FROM reviewers ORDER BY name")]

    def role(self, name: str | None = None) -> TeamRole:
        """The role of ``name`` (default: the actor)."""
        with self.store.conn.reading() as db:
            return role_in(db, self.actor if name is None else name)

    def _require_editor(self, db: Database, doing: str, *, unless_no_editor: bool = False) -> None:
        if role_in(db, self.actor) == TeamRole.EDITOR:
            return
        if unless_no_editor and db.execute("SELECT 1 FROM reviewers WHERE role = ?",
                                           [str(TeamRole.EDITOR)]).fetchone() is None:
            return
        raise NotAnEditorError(f"{self.actor}: only an editor can {doing} "
                               f"({self.actor} is a {role_in(db, self.actor)})")

    def add(self, name: str, role: TeamRole) -> Member:
        """Give ``name`` ``role`` (added, or its role changed); an editor only, once there is
        one."""
        name = clean_name(name)
        with self.store.conn.transaction() as db:
            self._require_editor(db, "change roles", unless_no_editor=True)
            stamp = now()
            db.execute("INSERT INTO reviewers (name, role, added_at) VALUES (?, ?, ?) "
                       "ON CONFLICT (name) DO UPDATE SET role = excluded.role",
                       [name, str(role), stamp])
            row = db.execute("SELECT added_at FROM reviewers WHERE name = ?", [name]).fetchone()
        return Member(name, role, row[0])

    def remove(self, name: str) -> bool:
        """Take ``name`` off the list (a translator again); whether it was listed."""
        with self.store.conn.transaction() as db:
            self._require_editor(db, "change roles", unless_no_editor=True)
            return db.execute("DELETE FROM reviewers WHERE name = ?",
                              [clean_name(name)]).rowcount > 0

    # -- sign-off ------------------------------------------------------------------------------
    def signoffs(self, article_id: int, lang: str | None = None) -> dict[tuple[int, str], SignOff]:
        """The locked segments of an article (in ``lang``, or every language)."""
        sql = ("SELECT s.segment_id, g.idx, s.lang, s.signed_by, s.signed_at FROM signoffs s "
               "JOIN segments g ON g.id = s.segment_id WHERE g.article_id = ?")
        args: list[object] = [article_id]
        if lang is not None:
            sql, args = sql + " AND s.lang = ?", [*args, lang]
        with self.store.conn.reading() as db:
            return {(r[0], r[2]): SignOff(*r) for r in db.execute(sql + " ORDER BY g.idx", args)}

    def sign_off(self, article_id: int, lang: str) -> list[int]:
        """Lock every approved, not yet locked segment of an article in ``lang``; their indices
        (0-based). An editor only; the history records it."""
        self.store.article(article_id)  # NotFoundError names a missing article
        with self.store.conn.transaction() as db:
            self._require_editor(db, "sign off")
            rows = db.execute(
                "SELECT g.id, g.idx FROM segments g JOIN translations t ON t.segment_id = g.id "
                "AND t.lang = ? AND t.status = 'approved' WHERE g.article_id = ? AND NOT EXISTS "
                "(SELECT 1 FROM signoffs s WHERE s.segment_id = g.id AND s.lang = ?) "
                "ORDER BY g.idx", [lang, article_id, lang]).fetchall()
            stamp = now()
            for segment_id, _ in rows:
                db.execute("INSERT INTO signoffs (segment_id, lang, signed_by, signed_at) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (segment_id, lang) DO NOTHING",
                           [segment_id, lang, self.actor, stamp])
            indices = [idx for _, idx in rows]
            if indices:
                add_history(db, {"article_id": article_id, "lang": lang, "action": SIGNOFF,
                                 "old_text": _numbers(indices), "new_text": "",
                                 "actor": self.actor, "at": stamp})
        return indices

    def reopen(self, article_id: int, lang: str, reason: str) -> list[int]:
        """Unlock the signed-off segments of an article in ``lang``, with ``reason`` in the
        history; their indices (0-based). An editor only."""
        reason = " ".join(reason.split())
        if not reason:
            raise StoreError(f"article {article_id} ({languages.label(lang)}): give the reason "
                             "for reopening (--reason)")
        self.store.article(article_id)
        with self.store.conn.transaction() as db:
            self._require_editor(db, "reopen")
            rows = db.execute(
                "SELECT g.id, g.idx FROM signoffs s JOIN segments g ON g.id = s.segment_id "
                "WHERE g.article_id = ? AND s.lang = ? ORDER BY g.idx",
                [article_id, lang]).fetchall()
            db.execute("DELETE FROM signoffs WHERE lang = ? AND segment_id IN "
                       "(SELECT id FROM segments WHERE article_id = ?)", [lang, article_id])
            indices = [idx for _, idx in rows]
            if indices:
                add_history(db, {"article_id": article_id, "lang": lang, "action": REOPEN,
                                 "old_text": _numbers(indices), "new_text": reason,
                                 "actor": self.actor, "at": now()})
        return indices
