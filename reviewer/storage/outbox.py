"""The outbox: changes made while the database server could not be reached, kept on this computer.

When a change cannot reach the server (:class:`~reviewer.storage.errors.StoreUnreachableError`),
the window writes it here instead, and only then counts it as acknowledged: the outbox is a small
SQLite file in the user's data directory (one per server database, named by a hash of its URL
without the password), written with ``synchronous = FULL``, so a change it has taken survives a
crash of the program or of the machine. Each row is one change, the reviewer who made it and
when; its ``kind`` says what it is:

- ``apply``, ``redo``, ``revert``: one :class:`~reviewer.core.edits.Edit` of a translation (its
  ``before`` and ``after`` states with the version ``before`` was read at, its label);
- ``batch-apply``, ``batch-redo``, ``batch-revert``: a "Replace all", several edits written in one
  transaction (:class:`Batch`);
- ``annotation-apply``, ``annotation-redo``, ``annotation-revert``: one
  :class:`~reviewer.core.annotations.AnnotationEdit` (an MQM annotation added, changed, removed);
  an annotation added here has a negative id until the server gives it one;
- ``glossary``: glossary rows replaced by others (:class:`GlossaryChange`; Ctrl+T adds, the
  glossary window's edits, deletes and undo).

The rows are sent in the order they were taken (:mod:`reviewer.services.outbox_replay`), each
removed once the server has it. The outbox has an ``identity`` of its own (a random name made
with the file): the server notes, in the same transaction as each change, the last outbox row
of that identity it took, so a change sent and committed whose row was not yet removed (the
program stopped in between) is never applied twice.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reviewer.core.annotations import AnnotationEdit
from reviewer.core.edits import Edit, TranslationState
from reviewer.core.model import Origin, Status
from reviewer.core.qa.glossary import Term
from reviewer.storage.annotations import as_json, from_json
from reviewer.storage.connection import APP_NAME, now
from reviewer.storage.pg_url import redact

EDIT_KINDS = ("apply", "redo", "revert")
BATCH_KINDS = ("batch-apply", "batch-redo", "batch-revert")
ANNOTATION_KINDS = ("annotation-apply", "annotation-redo", "annotation-revert")
KINDS = (*EDIT_KINDS, *BATCH_KINDS, *ANNOTATION_KINDS, "glossary")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    actor TEXT NOT NULL,
    edit TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS box (key TEXT PRIMARY KEY, value TEXT NOT NULL)
"""


@dataclass(frozen=True)
class Batch:
    """Several edits written in one transaction, all or none (a "Replace all")."""

    edits: tuple[Edit, ...]
    label: str = "Replace all"


@dataclass(frozen=True)
class GlossaryChange:
    """Glossary rows ``before`` replaced by ``after`` (an added term: ``before`` empty; a
    deleted one: ``after`` empty)."""

    before: tuple[Term, ...]
    after: tuple[Term, ...]
    label: str


Change = Edit | Batch | AnnotationEdit | GlossaryChange


@dataclass(frozen=True)
class Pending:
    """One change waiting in the outbox: its row ``id``, what to do, who made it and when."""

    id: int
    kind: str
    actor: str
    change: Change
    created_at: str

    @property
    def edit(self) -> Edit:
        """The change of an ``apply``, ``redo`` or ``revert`` row."""
        assert isinstance(self.change, Edit), self.kind
        return self.change


def outbox_dir() -> Path:
    """Where outboxes live: ``outbox`` in the user data directory."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "outbox"


def outbox_path(target: object, folder: Path | None = None) -> Path:
    """The outbox file for the store at ``target`` (a URL or a path): named by a hash of the
    target with any password left out, so that the same database always finds its outbox."""
    name = hashlib.sha256(redact(str(target)).encode()).hexdigest()[:24]
    return (folder or outbox_dir()) / f"{name}.sqlite"


def _state(state: TranslationState | None) -> dict[str, Any] | None:
    if state is None:
        return None
    return {"text": state.text, "status": str(state.status), "origin": str(state.origin),
            "engine": state.engine, "comment": state.comment, "version": state.version}


def _unstate(data: dict[str, Any] | None) -> TranslationState | None:
    if data is None:
        return None
    return TranslationState(data["text"], Status(data["status"]), Origin(data["origin"]),
                            data["engine"], data["comment"], data["version"])


def dump_edit(edit: Edit) -> str:
    """``edit`` as JSON text."""
    return json.dumps({"segment_id": edit.segment_id, "lang": edit.lang,
                       "before": _state(edit.before), "after": _state(edit.after),
                       "label": edit.label}, ensure_ascii=False)


def load_edit(text: str) -> Edit:
    """The edit :func:`dump_edit` wrote."""
    data = json.loads(text)
    return Edit(data["segment_id"], data["lang"], _unstate(data["before"]),
                _unstate(data["after"]), data["label"])


def _terms(terms: tuple[Term, ...]) -> list[list[str]]:
    return [[t.source, t.lang, t.target, t.note] for t in terms]


def dump_change(kind: str, change: Change) -> str:
    """``change`` (of ``kind``) as JSON text; a :class:`ValueError` when they do not match."""
    if kind in EDIT_KINDS and isinstance(change, Edit):
        return dump_edit(change)
    if kind in BATCH_KINDS and isinstance(change, Batch):
        return json.dumps({"edits": [json.loads(dump_edit(e)) for e in change.edits],
                           "label": change.label}, ensure_ascii=False)
    if kind in ANNOTATION_KINDS and isinstance(change, AnnotationEdit):
        return json.dumps({"before": None if change.before is None else as_json(change.before),
                           "after": None if change.after is None else as_json(change.after),
                           "label": change.label}, ensure_ascii=False)
    if kind == "glossary" and isinstance(change, GlossaryChange):
        return json.dumps({"before": _terms(change.before), "after": _terms(change.after),
                           "label": change.label}, ensure_ascii=False)
    raise ValueError(f"unknown outbox kind {kind!r} for {type(change).__name__} "
                     f"(use {', '.join(KINDS)})")


def load_change(kind: str, text: str) -> Change:
    """The change :func:`dump_change` wrote."""
    if kind in EDIT_KINDS:
        return load_edit(text)
    data = json.loads(text)
    if kind in BATCH_KINDS:
        return Batch(tuple(load_edit(json.dumps(e)) for e in data["edits"]), data["label"])
    if kind in ANNOTATION_KINDS:
        before, after = (None if data[k] is None else from_json(data[k])
                         for k in ("before", "after"))
        return AnnotationEdit(before, after, data["label"])
    return GlossaryChange(tuple(Term(*t) for t in data["before"]),
                          tuple(Term(*t) for t in data["after"]), data["label"])


class Outbox:
    """The outbox file at ``path`` (created, with its folder, when first written to)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = None

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, isolation_level=None)
            conn.execute("PRAGMA synchronous = FULL")  # taken means on the disk
            conn.executescript(_SCHEMA)
            self._conn = conn
        return self._conn

    def add(self, change: Change, kind: str = "apply", actor: str = "reviewer") -> int:
        """Keep ``change`` (of ``kind``, one of :data:`KINDS`) made by ``actor``; its row id.
        It is on the disk when this returns."""
        text = dump_change(kind, change)
        cursor = self._db().execute(
            "INSERT INTO outbox (kind, actor, edit, created_at) VALUES (?, ?, ?, ?)",
            [kind, actor, text, now()])
        return int(cursor.lastrowid or 0)

    def identity(self) -> str:
        """This outbox's own name (made once, with the file): what the server notes the rows
        it took under."""
        db = self._db()
        row = db.execute("SELECT value FROM box WHERE key = 'identity'").fetchone()
        if row is None:
            db.execute("INSERT OR IGNORE INTO box (key, value) VALUES ('identity', ?)",
                       [uuid.uuid4().hex])
            row = db.execute("SELECT value FROM box WHERE key = 'identity'").fetchone()
        return str(row[0])

    def pending(self) -> list[Pending]:
        """The changes waiting, oldest first (none when the file does not exist)."""
        if self._conn is None and not self.path.exists():
            return []
        rows = self._db().execute(
            "SELECT id, kind, actor, edit, created_at FROM outbox ORDER BY id").fetchall()
        return [Pending(r[0], r[1], r[2], load_change(r[1], r[3]), r[4]) for r in rows]

    def count(self) -> int:
        """How many changes are waiting."""
        if self._conn is None and not self.path.exists():
            return 0
        return int(self._db().execute("SELECT count(*) FROM outbox").fetchone()[0])

    def remove(self, item_id: int) -> None:
        """The server has change ``item_id``: take it out."""
        self._db().execute("DELETE FROM outbox WHERE id = ?", [item_id])

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
