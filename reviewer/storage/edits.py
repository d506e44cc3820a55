"""Edits-as-data applied to the store: do, undo and redo a change to a translation, with history.

Every write goes through :meth:`Store.set_translation` (or, to undo the creation of a translation,
:func:`clear_translation`), so each step leaves a history row: the first application is recorded
as its status (``approved``, ``draft``...; ``clear`` for a removal), a redo as ``redo``, an undo as
``undo``. The history
stays append-only; undoing adds rows, it never removes them.

Before writing, the store is checked to hold the state the edit starts from, and on an edit's first
application the version its ``before`` was read at (every write raises a translation's version).
If something else changed the translation meanwhile (another reviewer process, an import),
:class:`EditConflictError` says who and when, and carries their translation, instead of
overwriting that change. An edit whose result the store already holds is no conflict: nothing is
overwritten.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reviewer.core import languages
from reviewer.core.edits import Edit, TranslationState
from reviewer.core.model import Translation
from reviewer.storage import write_locks
from reviewer.storage.connection import now
from reviewer.storage.errors import StoreError
from reviewer.storage.locks import check_unlocked, refuse_if_locked
from reviewer.storage.store import Store
from reviewer.storage.translations import add_history, read_for_write, write_translation

if TYPE_CHECKING:
    from reviewer.storage.sqldb import Database

UNDO = "undo"
REDO = "redo"
CLEAR = "clear"


class EditConflictError(StoreError):
    """The translation is no longer what the edit expects; writing it would clobber a change.

    ``theirs`` is the translation stored now (``None``: removed), ``by`` and ``at`` who made the
    latest change and when (from the history), ``number`` the segment's 1-based position.
    """

    def __init__(self, message: str, *, segment_id: int = 0, lang: str = "", number: int = 0,
                 theirs: Translation | None = None, by: str = "", at: str = "") -> None:
        super().__init__(message)
        self.segment_id, self.lang, self.number = segment_id, lang, number
        self.theirs, self.by, self.at = theirs, by, at


def conflict_error(db: Database, segment_id: int, lang: str, theirs: Translation | None,
                   doing: str = "") -> EditConflictError:
    """The conflict on a segment's translation into ``lang``: "segment N (UK): changed by NAME
    at TIME since you read it", then ``doing`` (what could not be done), if given."""
    last = db.execute("SELECT actor, at FROM history WHERE segment_id = ? AND lang = ? "
                      "ORDER BY id DESC LIMIT 1", [segment_id, lang]).fetchone()
    by, at = (last[0], last[1]) if last else ("someone", theirs.updated_at if theirs else "?")
    row = db.execute("SELECT idx FROM segments WHERE id = ?", [segment_id]).fetchone()
    number = row[0] + 1 if row else 0
    what = "changed" if theirs is not None else "removed"
    message = (f"segment {number} ({languages.label(lang)}): {what} by {by} at {at} since you "
               "read it" + (f"; {doing}" if doing else ""))
    return EditConflictError(message, segment_id=segment_id, lang=lang, number=number,
                             theirs=theirs, by=by, at=at)


def clear_translation(store: Store, segment_id: int, lang: str, actor: str = "reviewer",
                      action: str = UNDO) -> None:
    """Remove a segment's final translation into ``lang``, recording it in the history.

    The history row has the old text and status and a NULL new text and status. Removing a
    translation that does not exist is a no-op and records nothing.
    """
    with store.conn.transaction(translations=[(segment_id, lang)]) as db:
        write_locks.require(db, segment_id, lang)
        old = store.translation(segment_id, lang)
        if old is None:
            return
        check_unlocked(db, segment_id, lang, actor)  # team sign-off (locks.py)
        article_id = db.execute("SELECT article_id FROM segments WHERE id = ?",
                                [segment_id]).fetchone()[0]
        db.execute("DELETE FROM translations WHERE segment_id = ? AND lang = ?",
                   [segment_id, lang])
        # The new text, status, origin and engine are left out: NULL, as the translation is gone.
        add_history(db, {
            "article_id": article_id, "segment_id": segment_id, "lang": lang, "action": action,
            "old_text": old.text, "old_status": str(old.status), "actor": actor, "at": now(),
        })


def _write(store: Store, edit: Edit, expected: TranslationState | None,
           target: TranslationState | None, action: str | None, actor: str,
           verb: str) -> Translation | None:
    # The pair locked before its version is read: a write to it by another waits until this
    # one commits and then finds the version this one wrote (write_locks).
    with store.conn.transaction(translations=[(edit.segment_id, edit.lang)]) as db:
        # one read: the version/state for the conflict check and the sign-off for the lock
        stored, signoff = read_for_write(db, edit.segment_id, edit.lang)
        current = TranslationState.of(stored)
        if current != target and _stale(current, expected, verb == "apply"):
            raise conflict_error(db, edit.segment_id, edit.lang, stored,
                                 f"cannot {verb} \u201c{edit.label}\u201d")
        if target is None:
            clear_translation(store, edit.segment_id, edit.lang, actor, action or CLEAR)
            return None
        if target != current:
            refuse_if_locked(db, signoff, edit.lang, actor)  # team sign-off (locks.py)
            return write_translation(db, stored, edit.segment_id, edit.lang, target.text,
                                     target.status, target.origin, engine=target.engine,
                                     comment=target.comment, actor=actor, action=action,
                                     lock_checked=True)
        return stored


def _stale(current: TranslationState | None, expected: TranslationState | None,
           first: bool) -> bool:
    """Whether the store no longer holds what the edit was made on: another state, or, on an
    edit's first application when it knows the version it was read at, another version."""
    if current != expected:
        return True
    return (first and current is not None and expected is not None
            and expected.version is not None and current.version != expected.version)


def apply_edit(store: Store, edit: Edit, *, redo: bool = False,
               actor: str = "reviewer") -> Translation | None:
    """Write ``edit.after``; the history calls it by its status, or ``redo`` when ``redo`` is set.
    Return the translation now stored.

    Raises :class:`EditConflictError` if the stored translation is not ``edit.before``. An edit
    that changes nothing writes nothing.
    """
    return _write(store, edit, edit.before, edit.after, REDO if redo else None, actor,
           "redo" if redo else "apply")


def revert_edit(store: Store, edit: Edit, *, actor: str = "reviewer") -> None:
    """Write ``edit.before`` back (removing the translation if there was none), as ``undo``.

    Raises :class:`EditConflictError` if the stored translation is not ``edit.after``.
    """
    _write(store, edit, edit.after, edit.before, UNDO, actor, "undo")
