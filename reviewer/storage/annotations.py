"""MQM error annotations in the store: add, change and remove them as edits, with history.

Every write is an :class:`~reviewer.core.annotations.AnnotationEdit` applied by
:meth:`Annotations.apply`: in one transaction the stored annotation is checked to be the edit's
``before`` (else :class:`AnnotationConflictError`: someone changed or removed it meanwhile), a
new or moved span is checked to cover the words it says in the segment's text as stored now, and
the change is written with a history row. Undo applies the inverse edit.

The history rows have the article and segment, action ``annotation-add``, ``-change``,
``-remove`` (``annotation-undo`` / ``-redo`` for undo and redo), and the annotation before and
after as JSON in ``old_text`` / ``new_text``. Their ``lang`` is left empty: the language is in
the JSON, and the history of a segment's translation in a language (versions, export dates, the
memory's authors) stays the history of its text alone.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from reviewer.core.annotation_history import AnnotationEvent
from reviewer.core.annotations import Annotation, AnnotationEdit, engine_of, locate
from reviewer.core.mqm import Severity
from reviewer.storage.connection import now
from reviewer.storage.errors import NotFoundError, StoreError
from reviewer.storage.sqldb import Database
from reviewer.storage.store import Store
from reviewer.storage.translations import add_history

_COLUMNS = ("segment_id", "lang", "target", "span_start", "span_end", "text", "category",
            "severity", "note", "author", "created_at", "changed_at")


class AnnotationConflictError(StoreError):
    """The annotation is no longer what the edit expects, or its words are not in the text."""


def _row(r: dict[str, Any]) -> Annotation:
    return Annotation(r["segment_id"], r["lang"], r["target"], r["span_start"], r["span_end"],
                      r["text"], r["category"], Severity(r["severity"]), r["note"] or "",
                      r["author"] or "", r["id"], r["created_at"], r["changed_at"])


def as_json(a: Annotation) -> dict[str, Any]:
    """An annotation as the JSON of the CLI and of the history rows."""
    return {"id": a.id, "segment_id": a.segment_id, "lang": a.lang, "target": a.target,
            "start": a.start, "end": a.end, "text": a.text, "category": a.category,
            "severity": str(a.severity), "note": a.note, "author": a.author,
            "created_at": a.created_at, "changed_at": a.changed_at}


def from_json(d: dict[str, Any]) -> Annotation:
    """The annotation :func:`as_json` wrote."""
    return Annotation(d["segment_id"], d["lang"], d["target"], d["start"], d["end"], d["text"],
                      d["category"], Severity(d["severity"]), d.get("note", ""),
                      d.get("author", ""), d.get("id", 0), d.get("created_at", ""),
                      d.get("changed_at", ""))


class Annotations:
    """The annotations of ``store``, written as ``actor``."""

    def __init__(self, store: Store, actor: str = "reviewer") -> None:
        self.store, self.actor = store, actor

    # -- reading ------------------------------------------------------------------------------

    def get(self, annotation_id: int) -> Annotation | None:
        """One annotation by id, if it exists."""
        with self.store.conn.reading() as db:
            rows = list(db.query("SELECT * FROM annotations WHERE id = ?", [annotation_id]))
        return _row(rows[0]) if rows else None

    def of_segment(self, segment_id: int, lang: str | None = None,
                   target: str | None = None) -> list[Annotation]:
        """A segment's annotations (of one language and target if given), by position."""
        return self._select("a.segment_id = ?", [segment_id], lang, target)

    def of_article(self, article_id: int, lang: str | None = None,
                   target: str | None = None) -> list[Annotation]:
        """An article's annotations, by segment and position."""
        return self._select("s.article_id = ?", [article_id], lang, target)

    def _select(self, where: str, args: list[object], lang: str | None,
                target: str | None) -> list[Annotation]:
        sql = ("SELECT a.* FROM annotations a JOIN segments s ON s.id = a.segment_id "
               f"WHERE {where}")
        if lang:
            sql += " AND a.lang = ?"
            args = [*args, lang]
        if target:
            sql += " AND a.target = ?"
            args = [*args, target]
        with self.store.conn.reading() as db:
            return [_row(r) for r in db.query(sql + " ORDER BY s.idx, a.lang, a.target, "
                                              "a.span_start, a.id", args)]

    def text_of(self, segment_id: int, lang: str, target: str) -> str | None:
        """The segment's text that ``target`` names, as stored now (``None``: there is none)."""
        with self.store.conn.reading() as db:
            found = db.execute("SELECT article_id, idx FROM segments WHERE id = ?",
                               [segment_id]).fetchone()
            if found is None:
                raise NotFoundError(f"there is no segment with id {segment_id}")
            if target == "final":
                row = db.execute("SELECT text FROM translations WHERE segment_id = ? AND "
                                 "lang = ?", [segment_id, lang]).fetchone()
                return row[0] if row and row[0] else None
            if engine_of(target):
                row = db.execute("SELECT text FROM suggestions WHERE segment_id = ? AND lang = ? "
                                 "AND engine = ? AND error IS NULL",
                                 [segment_id, lang, engine_of(target)]).fetchone()
                return row[0] if row and row[0] else None
        views = self.store.segment_views(found[0], [lang])
        return views[found[1]].human.get(lang) or None

    def history(self, segment_id: int) -> list[tuple[str, Annotation | None,
                                                     Annotation | None, str, str]]:
        """The annotation changes of a segment, oldest first: (action, before, after, actor,
        time)."""
        with self.store.conn.reading() as db:
            rows = list(db.query("SELECT * FROM history WHERE segment_id = ? AND lang IS NULL "
                                 "AND action LIKE 'annotation-%' ORDER BY id", [segment_id]))
        return [(r["action"], _loaded(r["old_text"]), _loaded(r["new_text"]), r["actor"],
                 r["at"]) for r in rows]

    def events(self, segment_id: int) -> list[AnnotationEvent]:
        """The annotation changes of a segment as events with their history row ids (the order
        they share with the versions of its translations), oldest first."""
        with self.store.conn.reading() as db:
            rows = list(db.query("SELECT * FROM history WHERE segment_id = ? AND lang IS NULL "
                                 "AND action LIKE 'annotation-%' ORDER BY id", [segment_id]))
        return [AnnotationEvent(r["id"], r["action"], _loaded(r["old_text"]),
                                _loaded(r["new_text"]), r["actor"], r["at"]) for r in rows]

    # -- writing ------------------------------------------------------------------------------

    def add(self, annotation: Annotation, label: str = "Mark error") -> AnnotationEdit:
        """Store a new annotation; return the edit made (its ``after`` has the new id)."""
        edit = AnnotationEdit(None, annotation, label)
        return replace(edit, after=self.apply(edit))

    def change(self, before: Annotation, after: Annotation,
               label: str = "Change error") -> AnnotationEdit:
        """Change ``before`` (as the caller saw it) into ``after``; return the edit made."""
        edit = AnnotationEdit(before, replace(after, id=before.id), label)
        return replace(edit, after=self.apply(edit))

    def remove(self, before: Annotation, label: str = "Remove error") -> AnnotationEdit:
        """Remove ``before`` (as the caller saw it); return the edit made."""
        edit = AnnotationEdit(before, None, label)
        self.apply(edit)
        return edit

    def apply(self, edit: AnnotationEdit, *, undo: bool = False,
              redo: bool = False) -> Annotation | None:
        """Write ``edit.after`` in place of ``edit.before``, conflict-checked, with history;
        return the annotation now stored (``None`` when removed)."""
        before, after = edit.before, edit.after
        if before is None and after is None:
            return None
        with self.store.conn.transaction() as db:
            current = self.get(before.id) if before is not None else None
            if before is not None and not before.same_as(current):
                raise AnnotationConflictError(
                    f"cannot {'undo' if undo else 'apply'} \u201c{edit.label}\u201d: the "
                    "annotation was changed or removed elsewhere since")
            if after is not None:
                self._check_words(after, before, restoring=undo or redo)
            stamp = now()
            if after is None:
                assert before is not None
                db.execute("DELETE FROM annotations WHERE id = ?", [before.id])
                stored = None
            elif before is None:
                stored = self._insert(db, after, stamp)
            else:
                stored = replace(after, id=before.id, created_at=before.created_at,
                                 changed_at=stamp)
                db.execute("UPDATE annotations SET " + ", ".join(f"{c} = ?" for c in _COLUMNS)
                           + " WHERE id = ?", [*_values(stored), before.id])
            changed = after if after is not None else before
            assert changed is not None  # not both None: returned above
            segment = changed.segment_id
            kind = "add" if before is None else "remove" if after is None else "change"
            add_history(db, {
                "article_id": _article_of(db, segment), "segment_id": segment,
                "action": "annotation-" + ("undo" if undo else "redo" if redo else kind),
                "old_text": _dumped(before), "new_text": _dumped(stored),
                "actor": self.actor, "at": stamp})
            return stored

    def revert(self, edit: AnnotationEdit) -> None:
        """Undo ``edit``: apply its inverse, conflict-checked, recorded as ``annotation-undo``."""
        self.apply(edit.inverse(), undo=True)

    def _check_words(self, after: Annotation, before: Annotation | None, *,
                     restoring: bool) -> None:
        """A new or moved span must cover its words in the text as stored now (a restored one,
        by undo or redo, may be outdated, as it was)."""
        if restoring or (before is not None and (before.start, before.end, before.text) ==
                         (after.start, after.end, after.text)):
            return
        text = self.text_of(after.segment_id, after.lang, after.target)
        where = f"segment id {after.segment_id} ({after.lang}, {after.target})"
        if text is None:
            raise AnnotationConflictError(f"{where}: there is no such text to annotate")
        if locate(after, text) != (after.start, after.end):
            raise AnnotationConflictError(
                f"{where}: the text at {after.start}:{after.end} is not "
                f"\u201c{after.text}\u201d any more; it was changed elsewhere")

    def _insert(self, db: Database, a: Annotation, stamp: str) -> Annotation:
        stored = replace(a, created_at=a.created_at or stamp, changed_at=stamp)
        cols, values = list(_COLUMNS), list(_values(stored))
        if a.id:
            if db.execute("SELECT 1 FROM annotations WHERE id = ?", [a.id]).fetchone():
                raise AnnotationConflictError(f"annotation {a.id} exists already")
            cols, values = ["id", *cols], [a.id, *values]
        row = db.execute(f"INSERT INTO annotations ({', '.join(cols)}) "
                         f"VALUES ({', '.join('?' * len(cols))}) RETURNING id", values).fetchone()
        return replace(stored, id=int(row[0]))


def _values(a: Annotation) -> Sequence[object]:
    return (a.segment_id, a.lang, a.target, a.start, a.end, a.text, a.category, str(a.severity),
            a.note, a.author, a.created_at, a.changed_at)


def _dumped(a: Annotation | None) -> str | None:
    return json.dumps(as_json(a), ensure_ascii=False) if a is not None else None


def _loaded(text: str | None) -> Annotation | None:
    return from_json(json.loads(text)) if text else None


def _article_of(db: Database, segment_id: int) -> int | None:
    row = db.execute("SELECT article_id FROM segments WHERE id = ?", [segment_id]).fetchone()
    return int(row[0]) if row else None
