"""Sending one outbox row to the server: exactly once, through the same conflict check as online.

:func:`send` writes the row's change in ONE transaction together with a note in the store's
``meta`` table: ``outbox:IDENTITY`` = the id of the last row of that outbox the server took
(rows are sent in order). A row whose id is not above that note was taken before (sent and
committed, then the program stopped before it removed the row) and is skipped: nothing is
applied twice, whatever the kind of change.

Each kind meets the check its online write meets: a translation's edit (or a "Replace all",
all or none) the version check of :class:`~reviewer.services.review.ReviewService`
(:class:`~reviewer.storage.edits.EditConflictError`), an annotation's edit the check of
:meth:`~reviewer.storage.annotations.Annotations.apply` (``AnnotationConflictError``), and a
glossary change the rows it replaces: each must still be there with the note it had
(:class:`GlossaryConflictError`). An annotation added offline has the id ``-ROW`` (its outbox
row) in the window; once the server has given it an id, ``outbox:IDENTITY:aROW`` keeps that id
(in the same transaction), so a later change or undo of it finds it.
"""

from __future__ import annotations

from dataclasses import replace

from reviewer.core.annotations import Annotation, AnnotationEdit
from reviewer.core.edits import Edit
from reviewer.services.review import ReviewService
from reviewer.storage.annotations import Annotations
from reviewer.storage.errors import StoreError
from reviewer.storage.glossary_edits import replace_terms
from reviewer.storage.outbox import Batch, GlossaryChange, Pending
from reviewer.storage.sqldb import Database
from reviewer.storage.store import Store


class GlossaryConflictError(StoreError):
    """A glossary row a change replaces was changed or removed elsewhere since it was read."""


def _meta(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def _set_meta(db: Database, key: str, value: str) -> None:
    db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
               "SET value = excluded.value", [key, value])


def send(store: Store, item: Pending, identity: str) -> bool:
    """Write ``item`` unless the server took it before; whether it was written now. Raises
    the conflict (nothing written) as the online write would."""
    key = f"outbox:{identity}"
    with store.conn.transaction() as db:
        taken = _meta(db, key)
        if taken is not None and int(taken) >= item.id:
            return False
        _write(store, db, item, key)
        _set_meta(db, key, str(item.id))
    return True


def _write(store: Store, db: Database, item: Pending, key: str) -> None:
    change, kind = item.change, item.kind
    if isinstance(change, Edit):
        service = ReviewService(store, item.actor)
        if kind == "revert":
            service.revert(change)
        else:
            service.apply(change, redo=kind == "redo")
    elif isinstance(change, Batch):
        service = ReviewService(store, item.actor)
        if kind == "batch-revert":
            for edit in reversed(change.edits):
                service.revert(edit)
        else:
            for edit in change.edits:
                service.apply(edit, redo=kind == "batch-redo")
    elif isinstance(change, AnnotationEdit):
        _annotate(store, db, item, change, key)
    else:
        assert isinstance(change, GlossaryChange)
        _check_glossary(db, change)
        replace_terms(store, change.before, change.after)


def _server_id(db: Database, key: str, a: Annotation | None) -> Annotation | None:
    """``a`` with the server's id in place of an offline one (``-ROW``), once it has one."""
    if a is None or a.id >= 0:
        return a
    given = _meta(db, f"{key}:a{-a.id}")
    return replace(a, id=int(given) if given is not None else 0)


def with_server_ids(store: Store, edit: AnnotationEdit, identity: str) -> AnnotationEdit:
    """``edit`` with the server's ids in place of those its annotations had offline (a change
    or an undo, made once the server is back, of an annotation added offline)."""
    if all(a is None or a.id >= 0 for a in (edit.before, edit.after)):
        return edit
    key = f"outbox:{identity}"
    with store.conn.reading() as db:
        return AnnotationEdit(_server_id(db, key, edit.before), _server_id(db, key, edit.after),
                              edit.label)


def _annotate(store: Store, db: Database, item: Pending, change: AnnotationEdit,
              key: str) -> None:
    edit = AnnotationEdit(_server_id(db, key, change.before), _server_id(db, key, change.after),
                          change.label)
    table = Annotations(store, item.actor)
    if item.kind == "annotation-revert":
        table.revert(edit)
        return
    stored = table.apply(edit, redo=item.kind == "annotation-redo")
    added_here = change.before is None and change.after is not None and change.after.id == 0
    if added_here and stored is not None:
        _set_meta(db, f"{key}:a{item.id}", str(stored.id))


def _check_glossary(db: Database, change: GlossaryChange) -> None:
    for t in change.before:
        row = db.execute("SELECT note FROM glossary WHERE source = ? AND lang = ? AND "
                         "target = ?", [t.source, t.lang, t.target]).fetchone()
        if row is None or (row[0] or "") != t.note:
            raise GlossaryConflictError(
                f"cannot apply \u201c{change.label}\u201d: the term \u201c{t.source}\u201d \u2192 "
                f"\u201c{t.target}\u201d ({t.lang}) was changed or removed elsewhere since")
