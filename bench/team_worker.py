"""One reviewer process of the team load bench (:mod:`bench.team_load` starts several).

Usage: ``python bench/team_worker.py JSON`` where JSON holds the store's target, the reviewer's
name, the article, the operations' seed and count, and the file to record into. The worker opens
the store, prints ``ready``, waits for a line on stdin (the start of the burst), then does its
operations as a window would: it reads a segment's translation (with its version), waits a
moment on the hot segments (where several reviewers work at once), and writes an
:class:`~reviewer.core.edits.Edit` made on what it read through
:class:`~reviewer.services.review.ReviewService`: an approval or a draft edit whose text carries a
token unique to the operation. Each operation's outcome is one JSON line, written after the
store answered: ``ack`` with the version written, or ``conflict`` with who and when.

When the server cannot be reached (stopped, restarting) the worker reopens the store until it
can and sends the same edit again, through the same version check: a change the server
committed just before the connection broke is found already there (no conflict, not written
twice); the operation is then marked ``in_doubt``, and ``found`` when the store held the change
already at the retry.

With ``profile`` in its configuration the worker also times each statement a change sends to the
store, by kind (``lock``: the wait for the translation's write lock; ``commit``; ``begin``;
``statements``: the reads and writes in between), and records them with the change, so that the
bench can say where the slow changes spent their time.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from reviewer.core.edits import Edit, TranslationState
from reviewer.core.model import Origin, Status
from reviewer.services.review import EditConflictError, ReviewService
from reviewer.storage.errors import StoreError, StoreLockedError
from reviewer.storage.store import Store

LANG = "uk"
RECONNECT_FOR_S = 120.0


def lost_server(exc: StoreError) -> bool:
    """Whether a store error says the server went away (rather than refusing the change)."""
    text = str(exc)
    return not isinstance(exc, StoreLockedError) and (
        "cannot be reached" in text or "cannot connect" in text)


def statement_kind(sql: str) -> str:
    """The kind of a statement the store sends, for the profile."""
    if "pg_advisory" in sql:
        return "lock"
    if sql.startswith("COMMIT"):
        return "commit"
    if sql.startswith(("BEGIN", "SAVEPOINT", "RELEASE")):
        return "begin"
    return "statements"


class Profile:
    """Milliseconds spent in the store's statements, by kind, since the last :meth:`take`."""

    def __init__(self) -> None:
        self.ms: defaultdict[str, float] = defaultdict(float)

    def watch(self, store: Store) -> None:
        """Time every statement ``store`` sends (PostgreSQL: its psycopg connection)."""
        pg = getattr(store.conn.db, "pg", None)
        if pg is None:  # SQLite: nothing goes over a connection to time
            return
        inner: Callable[..., Any] = pg.execute

        def timed(sql: str, parameters: Any = None) -> Any:
            start = time.perf_counter()
            try:
                return inner(sql, parameters)
            finally:
                self.ms[statement_kind(sql)] += (time.perf_counter() - start) * 1000

        pg.execute = timed

    def take(self) -> dict[str, float]:
        out, self.ms = dict(self.ms), defaultdict(float)
        return out


def plan(seed: int, count: int, segments: list[int], hot: list[int],
         hot_share: float) -> list[tuple[int, str]]:
    """The worker's operations: (segment id, ``approve`` or ``edit``), drawn with ``seed``."""
    rnd = random.Random(seed)
    return [(rnd.choice(hot) if rnd.random() < hot_share else rnd.choice(segments),
             "approve" if rnd.random() < 0.6 else "edit") for _ in range(count)]


class Worker:
    """A named reviewer with its store, reopened after the server came back."""

    def __init__(self, cfg: dict[str, Any]) -> None:
        self.cfg, self.name = cfg, cfg["name"]
        self.store = Store(cfg["target"])
        self.service = ReviewService(self.store, self.name)
        self.reconnects = 0
        self.profile = Profile() if cfg.get("profile") else None
        if self.profile:
            self.profile.watch(self.store)

    def reopen(self) -> None:
        """Open the store again, waiting for the server to be back."""
        try:
            self.store.close()
        except Exception:  # noqa: BLE001 - a broken connection may fail to close
            pass
        deadline = time.monotonic() + RECONNECT_FOR_S
        while True:
            try:
                self.store = Store(self.cfg["target"])
                break
            except StoreError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        self.service = ReviewService(self.store, self.name)
        self.reconnects += 1
        if self.profile:
            self.profile.watch(self.store)

    def read(self, seg: int) -> TranslationState | None:
        while True:
            try:
                return self.service.state(seg, LANG)
            except StoreError as exc:
                if not lost_server(exc):
                    raise
                self.reopen()

    def op(self, k: int, seg: int, kind: str, hot: bool, rnd: random.Random) -> dict[str, Any]:
        """Read, think, write one change; its record."""
        token = f"{self.name}n{k}"
        before = self.read(seg)
        if hot:
            time.sleep(rnd.uniform(0, self.cfg["think_ms"]) / 1000)
        status = Status.APPROVED if kind == "approve" else Status.DRAFT
        after = TranslationState(f"segment {seg} [{token}]", status, Origin.EDITED, None,
                                 before.comment if before else "")
        edit = Edit(seg, LANG, before, after, f"{kind} {seg}")
        record: dict[str, Any] = {"token": token, "seg": seg, "kind": kind, "hot": hot,
                                  "read": before.version if before else 0, "retries": 0}
        while True:
            if self.profile:
                self.profile.take()
            start = time.perf_counter()
            try:
                saved = self.service.apply(edit)
                record.update(result="ack", version=saved.version if saved else None)
            except EditConflictError as exc:
                theirs = exc.theirs.version if exc.theirs else 0
                record.update(result="conflict", by=exc.by, at=exc.at, theirs=theirs,
                              message=str(exc))
            except StoreError as exc:
                if not lost_server(exc):
                    raise
                record["retries"] += 1
                self.reopen()
                # Whether the change had been committed before the connection broke (the
                # retry then finds it there and writes nothing).
                record["found"] = record.get("found", False) or self.read(seg) == after
                continue
            record["ms"] = (time.perf_counter() - start) * 1000
            if self.profile:
                record["phases"] = self.profile.take()
            record["in_doubt"] = record["retries"] > 0
            return record

    def run(self) -> None:
        cfg = self.cfg
        ops = plan(cfg["seed"], cfg["ops"], cfg["segments"], cfg["hot"], cfg["hot_share"])
        hot = set(cfg["hot"])
        rnd = random.Random(cfg["seed"] + 1)
        print("ready", flush=True)
        sys.stdin.readline()
        with open(cfg["out"], "a", encoding="utf-8") as out:
            for k, (seg, kind) in enumerate(ops):
                record = self.op(k, seg, kind, seg in hot, rnd)
                out.write(json.dumps(record) + "\n")
                out.flush()
                if cfg.get("pace_ms"):
                    time.sleep(cfg["pace_ms"] / 1000)
        print(json.dumps({"reconnects": self.reconnects}), flush=True)
        self.store.close()


if __name__ == "__main__":
    Worker(json.loads(sys.argv[1])).run()
