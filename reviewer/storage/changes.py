"""What other processes changed since we last looked: a cheap counter, then the changed rows.

Every change of a final translation (an approval, an edit, a comment, an undo) appends one
history row, so the history's ids are a change log. A window asks :func:`poll` a few times a
second on its writer's connection: SQLite's ``PRAGMA data_version`` (a number that moves only
when *another* connection commits to the file) answers "nothing new" without reading a table;
when it moved, the history rows after the last id seen name the segments to re-read. PostgreSQL
has no such counter: there the newest history id and the claims' count and latest lapse time
answer the first question (three index lookups), asked only when a notice came: the cursor's
connection ``LISTEN``s on the channel the store notifies on after a commit that added history
rows (:class:`~reviewer.storage.pgdb.PgConn`) and a trigger on the claims on commit
(:data:`~reviewer.storage.pg_triggers.CHANGE_NOTICES`), and a poll first takes the
notices that arrived, without waiting and without a query; none means nothing changed. A
notice arrives a moment after the other's commit: a poll at once may report it only at the
next. A poll that reads the claims (``with_claims``, every few polls) asks the counter whatever
the notices say, so a notice lost (a connection opened again, a pooler that drops ``LISTEN``)
delays a change but never hides it. The rest is plain SQL.

On PostgreSQL writes of different translations commit side by side
(:mod:`~reviewer.storage.write_locks`), so a history row may commit after one with a larger id:
the ids a poll finds missing below the largest it read stay ``pending`` and are asked for again
at every poll (whatever the counter says) until they appear, or for :data:`GAP_GRACE_S` (an id
given to a transaction that was rolled back never appears).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from reviewer.core.model import Translation
from reviewer.storage import claims
from reviewer.storage.dialect import is_pg
from reviewer.storage.pg_triggers import CHANNEL
from reviewer.storage.store import Store

Pair = tuple[int, str]  # segment id, language

#: How long an id missing below the largest read is waited for (PostgreSQL): far longer than a
#: translation write holds its history row uncommitted.
GAP_GRACE_S = 60.0
#: Longer runs of missing ids are a sequence moved on (a server restart skips some), not writes.
MAX_GAP = 256
#: How far below the newest history row a new cursor looks for rows not committed yet.
START_WINDOW = 64


@dataclass
class Cursor:
    """Where a reader is in the change log: the counter it last saw and the last history id."""

    data_version: Any = -1
    last_id: int = 0
    #: The library's articles as last seen: the newest id and how many (an import or deletion
    #: elsewhere moves it even when it writes no history row).
    articles: tuple[int, int] = (0, 0)
    listener: Any = field(default=None, compare=False, repr=False)  # the connection listening
    #: History ids below ``last_id`` not seen yet (PostgreSQL), with when they were found missing.
    pending: dict[int, float] = field(default_factory=dict, compare=False)

    def seen(self, ids: list[int], pg: bool) -> None:
        """Move on past the history rows ``ids`` just read (ascending); on PostgreSQL, keep the
        ids missing between them as pending, and give up those waited for long enough."""
        clock = time.monotonic()
        for row_id in ids:
            self.pending.pop(row_id, None)
            if pg and row_id - self.last_id <= MAX_GAP:  # not a sequence moved on at once
                self.pending.update(dict.fromkeys(range(self.last_id + 1, row_id), clock))
            self.last_id = max(self.last_id, row_id)
        for row_id, since in list(self.pending.items()):
            if clock - since > GAP_GRACE_S:
                del self.pending[row_id]


@dataclass(frozen=True)
class Changes:
    """What changed since a :class:`Cursor`: the translations of the article being shown, as
    stored now (``None``: removed), the other articles that changed, the claims on the
    article (``None``: not read this time), and whether the article itself changed (an
    editor's sign-off or reopening: its locks are to be read again)."""

    translations: dict[Pair, Translation | None] = field(default_factory=dict)
    other_articles: frozenset[int] = frozenset()
    claims: list[claims.Claim] | None = None
    article: bool = False  # an article-level change to the article shown (sign-off, reopening)
    library: bool = False  # an article was imported or deleted elsewhere: list the library again

    def __bool__(self) -> bool:
        return bool(self.translations or self.other_articles or self.article or self.library)


def _counter(db: Any) -> Any:
    """A value that moves when another connection commits: SQLite's ``PRAGMA data_version``;
    PostgreSQL has none, so there the newest history row, the claims and the articles stand in
    for it."""
    if is_pg(db):
        return tuple(db.execute(
            "SELECT (SELECT coalesce(max(id), 0) FROM history), "
            "(SELECT count(*) FROM claims), (SELECT max(expires_at) FROM claims), "
            "(SELECT coalesce(max(id), 0) FROM articles), (SELECT count(*) FROM articles)"
        ).fetchone())
    return db.execute("PRAGMA data_version").fetchone()[0]


def _articles(db: Any) -> tuple[int, int]:
    """The newest article id and the number of articles."""
    newest, count = db.execute("SELECT coalesce(max(id), 0), count(*) FROM articles").fetchone()
    return int(newest), int(count)


def _quiet(db: Any, cursor: Cursor) -> bool:
    """PostgreSQL: whether no notice came since the last poll (the notices that arrived are
    taken, without waiting). A connection not listening yet starts to, and is not quiet."""
    raw = db.pg.raw
    if cursor.listener is not raw:
        db.execute(f"LISTEN {CHANNEL}")
        cursor.listener = raw
        return False
    return not list(raw.notifies(timeout=0))


def start(store: Store) -> Cursor:
    """A cursor at the present: changes made before it are not reported."""
    cursor = Cursor()
    with store.conn.reading() as db:
        if is_pg(db):
            _quiet(db, cursor)  # listening from now on
        cursor.data_version = _counter(db)
        cursor.articles = _articles(db)
        cursor.last_id = db.execute("SELECT coalesce(max(id), 0) FROM history").fetchone()[0]
        if is_pg(db):  # rows with smaller ids still to commit: missing ones near the top
            since = max(0, cursor.last_id - START_WINDOW)
            cursor.last_id = since
            cursor.seen([r[0] for r in db.execute(
                "SELECT id FROM history WHERE id > ? ORDER BY id", [since])], True)
    return cursor


def poll(store: Store, cursor: Cursor, article_id: int | None, langs: list[str],
         also: frozenset[Pair] = frozenset(), with_claims: bool = False) -> Changes:
    """The changes since ``cursor`` (which moves on), for ``article_id`` in ``langs``; the pairs
    ``also`` are re-read whatever the counter says (changes the caller put off showing). The
    claims are read when the counter moved or ``with_claims`` asks (claims lapse by time)."""
    with store.conn.reading() as db:
        quiet = is_pg(db) and _quiet(db, cursor)
        version = cursor.data_version if quiet and not with_claims else _counter(db)
        pairs: set[Pair] = set(also)
        others: set[int] = set()
        article_rows = library = False
        moved = version != cursor.data_version
        if moved:
            seen, cursor.articles = cursor.articles, _articles(db)
            library = seen != cursor.articles
        if moved or cursor.pending:
            cursor.data_version = version
            gaps = sorted(cursor.pending)
            also_gaps = f" OR id IN ({', '.join('?' * len(gaps))})" if gaps else ""
            rows = db.execute("SELECT id, article_id, segment_id, lang FROM history "
                              f"WHERE id > ?{also_gaps} ORDER BY id",
                              [cursor.last_id, *gaps]).fetchall()
            cursor.seen([row[0] for row in rows], is_pg(db))
            for _row_id, art, seg, lang in rows:
                if seg is None:  # an article-level row: a sign-off, a reopening, a deletion
                    if art == article_id:
                        article_rows = True
                    elif art is not None:
                        others.add(art)
                elif art == article_id and lang in langs:
                    pairs.add((seg, lang))
                elif art is not None and art != article_id:
                    others.add(art)
    found = {pair: store.translation(*pair) for pair in sorted(pairs)}
    claimed = (claims.current(store, article_id) if article_id is not None
               and (moved or with_claims) else None)
    return Changes(found, frozenset(others), claimed, article_rows, library)
