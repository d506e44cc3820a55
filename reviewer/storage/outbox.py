"""The outbox: changes made while the database server could not be reached, kept on this computer.

When a change cannot reach the server (:class:`~reviewer.storage.errors.StoreUnreachableError`),
the window writes it here instead, and only then counts it as acknowledged: the outbox is a small
SQLite file in the user's data directory (one per server database, named by a hash of its URL
without the password), written with ``synchronous = FULL``, so a change it has taken survives a
crash of the program or of the machine. Each row is one :class:`~reviewer.core.edits.Edit`
(its ``before`` and ``after`` states with the version ``before`` was read at, its label), what
to do with it (``apply``, ``redo`` or ``revert``), the reviewer who made it and when. The rows
are sent in the order they were taken (:mod:`reviewer.services.outbox_replay`), each removed once
the server has it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reviewer.core.edits import Edit, TranslationState
from reviewer.core.model import Origin, Status
from reviewer.storage.connection import APP_NAME, now
from reviewer.storage.pg_url import redact

KINDS = ("apply", "redo", "revert")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    actor TEXT NOT NULL,
    edit TEXT NOT NULL,
    created_at TEXT NOT NULL
)
"""


@dataclass(frozen=True)
class Pending:
    """One change waiting in the outbox: its row ``id``, what to do, who made it and when."""

    id: int
    kind: str
    actor: str
    edit: Edit
    created_at: str


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
            conn.execute(_SCHEMA)
            self._conn = conn
        return self._conn

    def add(self, edit: Edit, kind: str = "apply", actor: str = "reviewer") -> int:
        """Keep ``edit`` (to ``kind``: apply, redo or revert) made by ``actor``; its row id.
        It is on the disk when this returns."""
        if kind not in KINDS:
            raise ValueError(f"unknown outbox kind {kind!r} (use {', '.join(KINDS)})")
        cursor = self._db().execute(
            "INSERT INTO outbox (kind, actor, edit, created_at) VALUES (?, ?, ?, ?)",
            [kind, actor, dump_edit(edit), now()])
        return int(cursor.lastrowid or 0)

    def pending(self) -> list[Pending]:
        """The changes waiting, oldest first (none when the file does not exist)."""
        if self._conn is None and not self.path.exists():
            return []
        rows = self._db().execute(
            "SELECT id, kind, actor, edit, created_at FROM outbox ORDER BY id").fetchall()
        return [Pending(r[0], r[1], r[2], load_edit(r[3]), r[4]) for r in rows]

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
