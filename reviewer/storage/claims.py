"""Who is on which segment right now: claims that lapse unless refreshed.

Each open window (a ``session``) holds at most one claim: the reviewer's name, the article,
segment and language it shows, and when the claim lapses (``TTL_S`` after it was made). The
window refreshes it while the segment stays current and drops it when it closes; a window that
dies leaves a claim that simply lapses. Times are ISO 8601 UTC strings of one format, so they
compare as text. Plain SQL with parameters, for SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from reviewer.storage.connection import now
from reviewer.storage.store import Store

TTL_S = 60


@dataclass(frozen=True)
class Claim:
    """One window's presence on a segment."""

    session: str
    name: str
    article_id: int
    segment_id: int
    lang: str
    expires_at: str


def _later(seconds: float) -> str:
    return (datetime.now(UTC) + timedelta(seconds=seconds)).isoformat(timespec="seconds")


def claim(store: Store, session: str, name: str, article_id: int, segment_id: int, lang: str,
          ttl_s: float = TTL_S) -> None:
    """Say that ``session`` (``name``) is on a segment for the next ``ttl_s`` seconds; lapsed
    claims of any window are dropped on the way."""
    with store.conn.transaction() as db:
        db.execute("DELETE FROM claims WHERE expires_at < ?", [now()])
        db.execute(
            "INSERT INTO claims (session, name, article_id, segment_id, lang, expires_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session) DO UPDATE SET "
            "name = excluded.name, article_id = excluded.article_id, "
            "segment_id = excluded.segment_id, lang = excluded.lang, "
            "expires_at = excluded.expires_at",
            [session, name, article_id, segment_id, lang, _later(ttl_s)])


def release(store: Store, session: str) -> None:
    """Drop ``session``'s claim (its window closes or shows nothing)."""
    with store.conn.transaction() as db:
        db.execute("DELETE FROM claims WHERE session = ?", [session])


def current(store: Store, article_id: int) -> list[Claim]:
    """The claims on ``article_id`` that have not lapsed, by segment."""
    with store.conn.reading() as db:
        rows = db.execute("SELECT session, name, article_id, segment_id, lang, expires_at "
                          "FROM claims WHERE article_id = ? AND expires_at >= ? "
                          "ORDER BY segment_id, name", [article_id, now()]).fetchall()
    return [Claim(*row) for row in rows]
